/** The replica pages, one per page kind, as the demo, the e2e tests and the benchmarks open them. */
import type { PageKind } from '../../utils/page-detection';

export interface ReplicaPage {
  kind: PageKind;
  url: string;
  /** What the page is, for screenshots and reports. */
  label: string;
  /** Paths the page itself loads; anything else on the network is not the page's doing. */
  assets: string[];
}

export const replicaPages: ReplicaPage[] = [
  {
    kind: 'etax-social-fee',
    url: 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html',
    label: '电子税务局 · 社保费缴纳（城乡居民医保）',
    assets: ['/sbf/cxjmyb.html', '/site.css'],
  },
  {
    kind: 'ybj-resident',
    url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/home',
    label: '北京医保公共服务平台 · 个人网厅（单页应用）',
    assets: ['/hallEnter/', '/hallEnter/site.css', '/hallEnter/app.js'],
  },
  {
    kind: 'ybj-family-pooling',
    url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/gjgx',
    label: '北京医保公共服务平台 · 个人账户家庭共济关系维护',
    assets: ['/hallEnter/', '/hallEnter/site.css', '/hallEnter/app.js'],
  },
  {
    kind: 'bjt-social-fee',
    url: 'http://bjt.beijing.gov.cn/h5/?p=sbfbl-cxjmyb',
    label: '京通 · 城乡居民基本医疗保险缴费办理（History API 单页应用）',
    assets: ['/h5/?p=sbfbl-cxjmyb', '/h5/site.css', '/h5/app.js'],
  },
  {
    kind: 'rsj-old-platform',
    url: 'http://fuwu.rsj.beijing.gov.cn/csibiz/indinfo/index.jsp',
    label: '北京市社会保险网上服务平台（旧渠道）· 个人用户登录',
    assets: ['/csibiz/indinfo/index.jsp', '/csibiz/site.css'],
  },
  {
    kind: 'nhsa-beijing-pooling',
    url: 'http://fuwu.nhsa.gov.cn/nationalHallSt/#/area/110000/gjba',
    label: '国家医保服务平台 · 北京地方专区 · 家庭共济备案（严格 CSP）',
    assets: ['/nationalHallSt/', '/nationalHallSt/site.css', '/nationalHallSt/app.js'],
  },
];

/** Pages on the official hosts where no tip belongs: the panel must stay away. */
export const unrelatedPages: { url: string; label: string }[] = [
  { url: 'http://etax.beijing.chinatax.gov.cn/', label: '电子税务局首页' },
  { url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin', label: '医保平台单位网厅登录' },
  { url: 'http://bjt.beijing.gov.cn/h5/?p=home', label: '京通 社会保障首页' },
  { url: 'http://fuwu.nhsa.gov.cn/nationalHallSt/#/home', label: '国家医保服务平台首页' },
];

export function replicaPage(kind: PageKind): ReplicaPage {
  const page = replicaPages.find((p) => p.kind === kind);
  if (!page) throw new Error(`No replica for ${kind}`);
  return page;
}
