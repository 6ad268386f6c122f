/**
 * The sources the parameters cite, each described in policy/SOURCES.md (keep the two in step; a unit test checks).
 * A verbatim repost of an official notice → 'quoted-official'; news, aggregator and AI pages → 'secondary'. No
 * official page was opened directly, so nothing is 'official'.
 */
import type { Reference } from './types';

const YBJ_AND_TAX = '北京市医疗保障局、国家税务总局北京市税务局';

/** Verbatim repost; published autumn 2020, exact date not in the excerpt; the original was not opened. */
export const notice2021Year: Reference = {
  publisher: YBJ_AND_TAX,
  title: '关于办理2021年度城乡居民基本医疗保险参保缴费手续的公告',
  url: 'http://www.jumpstarthappiness.com/policy/92919.html',
  published: '2020',
  confidence: 'quoted-official',
};

/** Verbatim repost; the original was not opened. */
export const notice2022Year: Reference = {
  publisher: YBJ_AND_TAX,
  title: '关于办理2022年度城乡居民基本医疗保险参保缴费事宜的公告',
  url: 'https://m12333.cn/policy/iczk.html',
  published: '2021-09',
  confidence: 'quoted-official',
};

/** Verbatim repost (same text on banzhengshi.com/shebao/697450.html); repost date, the original was not opened. */
export const notice2023Year: Reference = {
  publisher: YBJ_AND_TAX,
  title: '关于办理2023年度城乡居民基本医疗保险参保缴费事宜的公告',
  url: 'http://galtzs.cn/shuishou/gddt/mu20221103094234.shtml',
  published: '2022-11-03',
  confidence: 'quoted-official',
};

/** Quoted verbatim by 北京积分落户网 (2023-11-16) and two other reposts; the original was not opened. */
export const notice2024Year: Reference = {
  publisher: '北京市医疗保障局',
  title: '2024年度北京市城乡居民基本医疗保险集中参保通知',
  url: 'https://ybj.beijing.gov.cn/tzgg2022/202311/t20231114_3301348.html',
  published: '2023-11-14',
  confidence: 'quoted-official',
};

/**
 * 2025年度: no official copy seen; three secondary pages agree on the figures. Publication date unknown. AI-style
 * aggregator; period end 2025-03-31 repeated on …/5764893.html; no official copy seen.
 */
export const aggregator2025Year: Reference = {
  publisher: '久颂健康网（聚合站）',
  title: '北京2025年度城乡居民医保集中参保缴费',
  url: 'https://www.jiusongjiankang.com/health/news/4899834.html',
  published: '',
  confidence: 'secondary',
};

/** Publication date unknown. Says it quotes the 北京市医疗保障局 and 北京市税务局 notices; official text not seen. */
export const fudaoke2025Year: Reference = {
  publisher: 'fudaoke.com',
  title: '北京城乡居民医保2025年度缴费标准及缴费方式',
  url: 'https://www.fudaoke.com/exam/329320.html',
  published: '',
  confidence: 'secondary',
};

/** The saved copy of an AI answer on a health-news site whose address was not kept (policy/SOURCES.md). */
const SEED_002 = 'sources/002_c028bf2ceca7c2d9.txt';

/**
 * Individual amounts agree with fudaoke.com and jiusongjiankang.com; the subsidy appears in this single source
 * only.
 */
export const seed002Standards2025: Reference = {
  publisher: '健康资讯网站（AI 回答，网址未留存）',
  title: '北京居民医保多少钱一年',
  url: SEED_002,
  published: '2025-03-16',
  confidence: 'secondary',
};

/** Cited by one GitHub demo project’s policy table; the page itself was not opened. */
export const standards2026: Reference = {
  publisher: '北京市医疗保障局（经第三方转引）',
  title: '2026年度北京市城乡居民基本医疗保险参保时间及缴费标准',
  url: 'https://ybj.beijing.gov.cn/2020_zwfw/2020_cjwt/202512/t20251208_4327187.html',
  published: '2025-12-08',
  confidence: 'secondary',
};

/**
 * Low confidence: same-origin AI pages (also php.bkmy88.com/faq/2053540.html); verify against the ybj notice of
 * 2025-12-08.
 */
export const aggregator2026Year: Reference = {
  publisher: 'php.sqjnqi.com（AI 生成页面）',
  title: '北京2026年度城乡居民医保参保缴费时间',
  url: 'https://php.sqjnqi.com/faq/1960347.html',
  published: '2026-01-10',
  confidence: 'secondary',
};

/** Wording from many identical full-text reposts; dated 2024-07-26, published on gov.cn in early August 2024. */
export const nationalGuideline2024: Reference = {
  publisher: '国务院办公厅',
  title: '关于健全基本医疗保险参保长效机制的指导意见（国办发〔2024〕38号）',
  url: 'https://www.gov.cn/zhengce/content/202408/content_6965741.htm',
  published: '2024-07-26',
  confidence: 'quoted-official',
};

/** National statement reported by newspapers; no Beijing-specific text seen. */
export const nationalMutualAid2024: Reference = {
  publisher: '国家医疗保障局（新闻转述）',
  title: '全国所有省份已将职工医保个人账户共济范围扩大至“近亲属”',
  url: 'https://szb.wxrb.com/jnwb/content/202412/27/content_254905.html',
  published: '2024-12-27',
  confidence: 'secondary',
};

/** AI answer; consistent with the 2024年度 notice wording. */
export const seed002MutualAid: Reference = {
  publisher: '健康资讯网站（AI 回答，网址未留存）',
  title: '北京医保余额怎么给家人共用',
  url: SEED_002,
  published: '2025-03-16',
  confidence: 'secondary',
};

/**
 * Each source once, in first-cited order (several figures often rest on one notice). A source without an address
 * (an imported pack's unverified one, `policy/pack-trust.ts`) is told apart by its publisher and title.
 */
export function uniqueByUrl(references: readonly Reference[]): Reference[] {
  const key = (reference: Reference) => reference.url || `${reference.publisher}《${reference.title}》`;
  return references.filter((reference, i) => references.findIndex((other) => key(other) === key(reference)) === i);
}
