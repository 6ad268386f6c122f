/**
 * Wording that more than one answer says, written once: the window rule, why a day is closed, the 批扣 lock,
 * benefit starts, caveats, channel and hotline lists. Answers compose these; renderers never word anything.
 */
import type { BatchDebitAmbiguity } from '@/policy/rules/batch-debit';
import type { BenefitCaveat, BenefitStart } from '@/policy/rules/coverage-year';
import type { PaymentWindowStatus } from '@/policy/rules/payment-window';
import type { PaymentSlot } from '@/policy/rules/self-pay-deadline';
import type { Channel, Hotline } from '@/policy/parameters/contacts';
import type { PaymentWindow } from '@/policy/parameters/payment-window';
import type { NationalWaitingGuideline } from '@/policy/parameters/enrolment';
import type { DateCaveat, IsoDate, Reference } from '@/policy/types';
import { dateZh, shortDateZh } from '@/utils/format-zh';
import { NOTICE_LIST_URL } from '@/utils/official-sites';
import { link, p, strong, type Block, type Run } from './message';

export { dateZh, shortDateZh } from '@/utils/format-zh';

/** "今天" on today's answers, "当天"/"这天" for a date the reader picked. */
export type DayWord = '今天' | '当天' | '这天';

/** The self-pay channels collected by the tax bureau (the monthly payment window applies to them). */
export const TAX_CHANNELS = '税务渠道（电子税务局、京通、银行APP和柜台）';

/** Why a computed date may not hold, in plain words. */
export function dateCaveatZh(caveat: DateCaveat): string {
  return caveat.kind === 'calendar-not-covered'
    ? `${caveat.year}年的节假日安排尚未收录，${caveat.year}年的日期按周一至周五推算，可能有变，请以官方通知为准。`
    : `${dateZh(caveat.date)}是调休上班日，这一天能否缴费、扣款没有找到明确说法，请以官方通知为准。`;
}

/** The monthly payment window as the rule in force states it, e.g. 每月5日至20日的工作日15:00前. */
export function windowRuleZh(rule: PaymentWindow): string {
  return `每月${rule.firstDay}日至${rule.lastDay}日的工作日${rule.closesAt}前`;
}

/** A date, without its year when it falls in `sameYearAs`'s year. */
export function dateNearZh(date: IsoDate, sameYearAs: IsoDate): string {
  return date.slice(0, 4) === sameYearAs.slice(0, 4) ? shortDateZh(date) : dateZh(date);
}

/** A self-pay slot: `2月13日（周五）15:00前`. */
export function slotZh(slot: Pick<PaymentSlot, 'date' | 'closesAtTime'>, today: IsoDate): string {
  return `${dateNearZh(slot.date, today)}${slot.closesAtTime}前`;
}

/** Why the window is closed on a day. */
export function windowClosedReasonZh(status: Extract<PaymentWindowStatus, { state: 'closed' }>, day: DayWord): string {
  const { rule } = status;
  switch (status.reason) {
    case 'after-cutoff':
      return `${day}${rule.closesAt}已过`;
    case 'before-window':
      return `本月缴费时间（${rule.firstDay}日至${rule.lastDay}日）还没开始`;
    case 'after-window':
      return `本月缴费时间（${rule.firstDay}日至${rule.lastDay}日）已结束`;
    case 'holiday':
      return `${day}是法定节假日（${status.holiday ?? '节假日'}）`;
    case 'weekend':
      return `${day}是周末`;
  }
}

/** The 批扣 lock: agreement holders cannot pay through any other channel on a batch-debit day. */
export function batchLockZh(day: DayWord): string {
  return `已签有效批扣协议的，${day}由银行从协议账户自动扣款，${batchBlockedZh(day)}`;
}

/** The 批扣 lock's short form (the household checklist, where the reader already holds an agreement). */
export function batchBlockedZh(day: DayWord): string {
  return `${day}不能通过其他渠道缴费`;
}

/** A computed date the sources do not settle. */
export const ESTIMATED_ZH = '（推算，以官方通知为准）';

/** When the 医保个人账户 (and 共济账户) premium is deducted. */
export const MONTH_END_DEDUCTION_ZH = '每月最后一天扣费';

/** 家庭共济: the 备案 comes before the first payment for a family member. */
export const FILING_BEFORE_FIRST_PAYMENT_ZH = '第一次用个人账户为家人缴费前，必须先办理家庭共济备案';

/** 家庭共济: who can be paid for. */
export const MEMBERS_INSURED_IN_BEIJING_ZH = '家庭成员必须是本市（北京）基本医疗保险参保人员';

/** Why a computed batch-debit day is not settled; undefined when the ambiguity is about other days. */
export function batchAmbiguityZh(ambiguity: BatchDebitAmbiguity): string | undefined {
  switch (ambiguity.kind) {
    case 'after-window':
      return `按“每月15日，遇节假日顺延”推算，本月批量扣款日是${shortDateZh(ambiguity.candidate)}，但这已在本月缴费时间（到${shortDateZh(ambiguity.windowLastDay)}）之后，请以官方通知为准。`;
    case 'make-up-workday':
      return `按规则推算是${shortDateZh(ambiguity.candidate)}（调休上班日）；如果调休日不算工作日，则是${shortDateZh(ambiguity.ifNotCounted)}。请以官方通知为准。`;
    case 'make-up-workday-in-window':
      return undefined;
  }
}

export const BATCH_RULE_ZH = '每月15日，遇节假日、双休日顺延';

export function benefitCaveatZh(caveat: BenefitCaveat): string {
  return caveat.kind === 'waiting-count-not-stated'
    ? '通知只说“等待期满后”享受待遇，没有说明从哪天起算，日期是估算。'
    : '国家规定断保每多1年，等待期原则上再加1个月（国办发〔2024〕38号）；北京的具体办法尚未收录，以前断过保的，等待期可能更长。';
}

/** 国办发〔2024〕38号 for payments inside the period: not continuously insured may still wait. */
export function inPeriodWaitingCaveatZh(guideline: NationalWaitingGuideline): string {
  return `国家规定（国办发〔2024〕38号）：未连续参保的人员，即使在集中参保期内缴费，也可能有${guideline.fixedMonths}个月起的待遇等待期；北京的具体办法尚未收录，以前断过保的请拨打咨询电话确认。`;
}

export interface BenefitWording {
  text: string;
  caveats: string[];
  references: Reference[];
  /** The day benefits would start, when the sources give or let us estimate one. */
  startsOn?: IsoDate;
}

/** What paying on a day gives: benefits from the period's start, after a waiting period, or not this 年度. */
export function benefitStartZh(benefit: BenefitStart): BenefitWording {
  switch (benefit.kind) {
    case 'from-period-start':
      return {
        text: `在集中参保期内缴费，从${dateZh(benefit.start)}起享受${benefit.year}年度待遇。`,
        caveats: [],
        references: [benefit.reference],
        startsOn: benefit.start,
      };
    case 'in-period-start-not-stated':
      return {
        text: '在集中参保期内缴费；待遇起始日通知中没有写明，以官方通知为准。',
        caveats: [],
        references: [benefit.reference],
      };
    case 'after-waiting-period':
      return {
        text: `已过集中参保期，要等${benefit.waitingMonths}个月等待期，大约从${dateZh(benefit.benefitsFrom)}起享受待遇。`,
        caveats: benefit.caveats.map(benefitCaveatZh),
        references: waitingReferences(benefit),
        startsOn: benefit.benefitsFrom,
      };
    case 'cannot-start-this-year':
      return {
        text: `已过集中参保期，${benefit.waitingMonths}个月等待期要到${dateZh(benefit.benefitsFrom)}左右才满，超出${benefit.year}年度，这一年度的待遇无法享受。`,
        caveats: benefit.caveats.map(benefitCaveatZh),
        references: waitingReferences(benefit),
      };
    case 'waiting-rule-not-included':
      return {
        text: `已过集中参保期（${dateZh(benefit.periodEnd)}结束）；这一年度的等待期规定尚未收录，请拨打咨询电话确认。`,
        caveats: [],
        references: [benefit.periodReference],
      };
    case 'period-not-open':
      return {
        text: `${benefit.year}年度集中参保期${dateZh(benefit.periodStart)}才开始。`,
        caveats: [],
        references: [benefit.reference],
      };
    case 'year-over':
      return { text: `${benefit.year}年度已经结束。`, caveats: [], references: [] };
    case 'year-not-included':
      return {
        text: `${benefit.year}年度的集中参保时间和待遇规定尚未收录，不作推算，请以官方通知为准。`,
        caveats: [],
        references: [],
      };
  }
}

function waitingReferences(
  benefit: Extract<BenefitStart, { kind: 'after-waiting-period' | 'cannot-start-this-year' }>,
): Reference[] {
  return [
    benefit.reference,
    ...benefit.caveats.flatMap((c) => (c.kind === 'variable-waiting-not-included' ? [c.reference] : [])),
  ];
}

/** A year's missing figures: never replaced by another year's. */
export function yearNotIncludedZh(year: number): string {
  return `本助手还没有收录${year}年度的集中参保时间、缴费标准和待遇起始日，所以不显示这些内容，也不拿往年的数字代替。请以北京市医保局、北京市税务局发布的${year}年度通知为准，或拨打咨询电话。`;
}

/**
 * How to fill a missing 年度 now (issue 18.4): the 北京市医保局 通知公告 list as a plain link the user clicks, then
 * 保存 on the year's notice there (the notice reader, components/notice).
 */
export function fillGapBlock(year: number): Block {
  return p(
    '现在就能补上：打开',
    link('北京市医保局通知公告', NOTICE_LIST_URL),
    `里${year}年度的城乡居民医保参保缴费通知，在页面旁本助手的提示里点“保存到本助手”，本助手就按这份通知显示${year}年度的时间和金额。`,
  );
}

/** Payment channels as list items: name in bold, then what it is. */
export function channelItems(channels: readonly Channel[]): Run[][] {
  return channels.map((channel) => [strong(channel.name), ...(channel.detail ? [`：${channel.detail}`] : [])]);
}

/** Hotlines as list items: the number in bold, then what to call it about. */
export function hotlineItems(hotlines: readonly Hotline[]): Run[][] {
  return hotlines.map((line) => [strong(line.number), `：${line.for}`]);
}
