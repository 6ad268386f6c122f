/**
 * Is this page a notice about one 年度's Beijing 城乡居民基本医疗保险 参保 / 缴费? The host and path must be one of the
 * official notice sites, and the title or a heading must be about it; 职工医保, 大病保险 alone, other cities, topic
 * lists, 政策解读 digests and news are not.
 */
import { noticePageOf } from '../utils/official-sites';
import { MAX_BODY, splitSegments } from './segments';
import { findTargetYear } from './target-year';
import type { NoticeInput } from './types';

/** The notice pages come from the one list of official sites; re-exported for the reader's users. */
export { noticeMatchPatterns, noticePages } from '../utils/official-sites';

export type NoticeRejection =
  | 'not-official-notice-site'
  | 'not-resident-insurance-payment'
  | 'employee-insurance'
  | 'serious-illness-only'
  | 'other-city'
  | 'topic-list'
  | 'policy-digest'
  | 'news'
  | 'no-year'
  | 'several-years';

export type NoticeClassification =
  | { notice: true; year: number }
  | { notice: false; reason: NoticeRejection; detail: string };

export function isNoticeSiteUrl(url: string): boolean {
  return noticePageOf(url) !== undefined;
}

/** The page test: an official notice site and notice content. */
export function classifyNoticePage(input: NoticeInput): NoticeClassification {
  if (!isNoticeSiteUrl(input.url))
    return {
      notice: false,
      reason: 'not-official-notice-site',
      detail: `不是医保局、税务局或首都之窗的通知页面：${input.url}`,
    };
  return classifyNoticeContent(input);
}

const RESIDENT_INSURANCE = /城乡居民(?:基本)?医疗保险|城乡居民医保|居民医保|居民基本医疗保险/;
const ENROL_OR_PAY = /参保|缴费|筹资|缴费标准/;
const EMPLOYEE = /职工(?:基本)?医疗保险|职工医保|灵活就业人员(?:基本)?医疗保险/;
const SERIOUS_ILLNESS = /大病保险|大病医疗/;
const DIGEST = /解读|图解|一图(?:读懂|看懂)|问答|答记者问|热点问题|划重点|政策速览/;
const LIST_TITLE = /通知公告|通知通告|公告公示|政策文件|栏目|列表|专题|政策库|首页/;
/** Words of a news report's own body (a byline, an editor); a site's menu naming 新闻 or a newspaper is not enough. */
const NEWS = /记者|原标题|通讯员|责任编辑|编辑[:：]|来源[:：].{0,6}(?:日报|晚报|晨报|新闻网)/;
/** Places other than Beijing that publish their own resident-insurance notices (provinces and large cities). */
const OTHER_PLACES =
  /天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|石家庄|廊坊|保定|唐山|沈阳|大连|哈尔滨|长春|南京|苏州|杭州|宁波|合肥|福州|厦门|南昌|济南|青岛|郑州|武汉|长沙|广州|深圳|南宁|海口|成都|贵阳|昆明|拉萨|西安|兰州|西宁|银川|乌鲁木齐|呼和浩特|太原|阜新/;
/** A list line: a title followed by its date, as topic pages show them. */
const LIST_LINE = /^\s*\S.{5,200}?\s*[[(（]?\d{4}[-./]\d{1,2}[-./]\d{1,2}[\])）]?\s*$/;

/** The content test alone, for reposts and tests; a page also needs `isNoticeSiteUrl`. */
export function classifyNoticeContent(input: NoticeInput): NoticeClassification {
  const title = simplified(input.title);
  const heads = [title, ...input.headings.map(simplified)].join('\n');
  const body = input.bodyText.slice(0, MAX_BODY);
  const listLines = body
    .split('\n')
    .filter((line) => line.length <= 300 && LIST_LINE.test(line.normalize('NFKC'))).length;
  if (LIST_TITLE.test(title) && !RESIDENT_INSURANCE.test(title))
    return reject('topic-list', `标题是栏目或列表：${input.title}`);
  if (listLines >= 5) return reject('topic-list', `正文是 ${listLines} 条带日期的标题列表`);
  if (EMPLOYEE.test(title) && !RESIDENT_INSURANCE.test(title))
    return reject('employee-insurance', `职工医保的通知：${input.title}`);
  if (SERIOUS_ILLNESS.test(title) && !RESIDENT_INSURANCE.test(title))
    return reject('serious-illness-only', `只涉及大病保险：${input.title}`);
  if (!RESIDENT_INSURANCE.test(heads) || !ENROL_OR_PAY.test(heads))
    return reject('not-resident-insurance-payment', `标题不是城乡居民医保参保缴费：${input.title}`);
  const place = OTHER_PLACES.exec(heads.replace(/北京/g, ''));
  if (place) return reject('other-city', `外地（${place[0]}）的通知：${input.title}`);
  if (!/北京|本市|京/.test(`${heads}\n${body}`)) return reject('other-city', '正文没有说是北京市的通知');
  if (DIGEST.test(title)) return reject('policy-digest', `政策解读或问答：${input.title}`);
  if (NEWS.test(simplified(body))) return reject('news', '新闻报道，不是通知原文');
  const { year, others } = findTargetYear(input, splitSegments(input.bodyText));
  if (!year) return reject('no-year', '没有找到是哪个年度的通知');
  if (others.length)
    return reject('several-years', `标题涉及多个年度：${[year, ...others].map((y) => y.value).join('、')}`);
  return { notice: true, year: year.value };
}

/** Reposts from Hong Kong, Taiwan or Fujian sites may be in traditional characters: the few that matter here. */
const TRADITIONAL: Record<string, string> = {
  醫: '医',
  療: '疗',
  險: '险',
  繳: '缴',
  費: '费',
  參: '参',
  鄉: '乡',
  職: '职',
  補: '补',
  記: '记',
  聞: '闻',
  報: '报',
  標: '标',
  題: '题',
  責: '责',
  編: '编',
  輯: '辑',
};
function simplified(text: string): string {
  return text.normalize('NFKC').replace(/[醫療險繳費參鄉職補記聞報標題責編輯]/g, (c) => TRADITIONAL[c]);
}

function reject(reason: NoticeRejection, detail: string): NoticeClassification {
  return { notice: false, reason, detail };
}
