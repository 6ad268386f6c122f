/**
 * Hotlines, only from sentences that say what the number is for and are about 医保 / 缴费 / 税务 business. A number
 * on a line of its own, in an advert, or for another business (落户, 学历, 代办) is never one; nor is a mobile number,
 * which no official hotline is.
 */
import type { Segment } from './segments';
import type { Found, Hotline } from './types';

/** Digits with optional area code and hyphens/spaces, not part of a longer number, amount or date. */
const PHONE =
  /(?<![\d.-])(?:\(0\d{2,3}\)\s*|0\d{2,3}[-\s])?\d[\d-]{3,13}\d(?![\d.-]|\s*(?:元|年|月|日|号|人|万|%|个|天|分|时|:))/g;
const SAYS_PURPOSE = /咨询|疑问|问题|拨打|致电|热线|服务电话|联系电话|咨询电话/;
const INSURANCE_TOPIC = /参保|缴费|医保|医疗保险|税务|社保|个人账户|待遇|报销/;
const OTHER_BUSINESS =
  /落户|积分|学历|留学|培训|代办|代缴|中介|加盟|广告|推广|贷款|客服|扫码|微信群|交流群|加群|QQ|本站|本网|我们/;
const MOBILE = /^1[3-9]\d{9}$/;

export function findHotlines(segments: Segment[]): Found<Hotline>[] {
  const out: Found<Hotline>[] = [];
  for (const segment of segments) {
    const text = segment.text;
    if (!SAYS_PURPOSE.test(text) || !INSURANCE_TOPIC.test(text) || OTHER_BUSINESS.test(text)) continue;
    for (const m of text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 5 || digits.length > 12 || MOBILE.test(digits)) continue;
      const purpose = purposeOf(text, m.index, m.index + m[0].length);
      if (purpose.length < 4 || out.some((h) => h.value.digits === digits)) continue;
      out.push({ value: { number: m[0].trim(), digits, purpose }, evidence: segment.raw, source: 'body' });
    }
  }
  return out;
}

/**
 * What the number is for: the words before it in its clause, without the dialling words ("可以拨打", "请致电",
 * "服务热线") and a leading label ("咨询电话：", "市医保局提醒："); when its own clause says nothing else, the clause
 * before it ("关于税务渠道缴费业务有疑问，可以拨打12366"); failing that, the words after it ("12333（参保咨询）").
 */
function purposeOf(text: string, start: number, end: number): string {
  const clauses = text.slice(0, start).split(/[,，;；]/);
  let purpose = '';
  for (let i = clauses.length - 1; i >= 0 && purpose.length < 4; i--) {
    if (i < clauses.length - 1 && /\d{5}/.test(clauses[i])) break;
    purpose = clean(
      clauses[i]
        .replace(/(?:可以|可|请|欢迎)?(?:拨打|致电).*$/, '')
        .replace(/(?:服务|咨询|联系)?(?:热线|电话)(?:号码)?(?:为|是)?\s*:?\s*$/, ''),
    );
  }
  return purpose.length >= 4 ? purpose : clean(text.slice(end).split(/[,，;；。]/)[0]);
}

function clean(text: string): string {
  return text
    .replace(/^.*(?:提醒|提示|咨询电话|联系电话|服务电话|热线)\s*:/, '')
    .replace(/[()（）]/g, '')
    .replace(/^[\s:：。.]+|[\s:：。.]+$/g, '');
}
