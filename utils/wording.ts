/**
 * Rule results in one or two plain Chinese sentences, for places that need text rather than a whole tip
 * (the popup, the calendar export, the printable checklist).
 */
import {
  categoryLabels,
  yearFigures,
  type BenefitCaveat,
  type BenefitStart,
  type Category,
  type PaymentWindow,
  type PaymentWindowStatus,
  type PolicyBook,
  type Reference,
} from '@/policy';
import { dateCaveatZh, dateZh } from './format-zh';

export interface Wording {
  summary: string;
  caveats: string[];
  /** Where the sentence's rule comes from. */
  references: Reference[];
}

/** The monthly payment window as the rule in force states it, e.g. 每月5日至20日的工作日15:00前. */
export function windowRuleZh(rule: PaymentWindow): string {
  return `每月${rule.firstDay}日至${rule.lastDay}日的工作日${rule.closesAt}前`;
}

/** Why the window is closed on a day; `day` is 今天 in the panel, 当天 for a chosen date. */
export function windowClosedReasonZh(
  status: Extract<PaymentWindowStatus, { state: 'closed' }>,
  day: '今天' | '当天',
): string {
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

export function paymentWindowZh(status: PaymentWindowStatus): Wording {
  if (status.state === 'rule-not-in-force')
    return { summary: '这一天每月缴费时间的规定尚未实行。', caveats: [], references: [] };
  const caveats = status.caveats.map(dateCaveatZh);
  const references = [status.reference];
  if (status.state === 'open') return { summary: `可以缴费，当天${status.closesAt}前。`, caveats, references };
  const next = status.next ? `下次可缴费：${dateZh(status.next.date)} ${status.next.closesAt}前。` : '';
  return { summary: `不能缴费：${windowClosedReasonZh(status, '当天')}。${next}`, caveats, references };
}

export function benefitCaveatZh(caveat: BenefitCaveat): string {
  return caveat.kind === 'waiting-count-not-stated'
    ? '通知只说“等待期满后”享受待遇，没有说明从哪天起算，日期是估算。'
    : '国家规定断保每多1年，等待期原则上再加1个月（国办发〔2024〕38号）；北京的具体办法尚未收录，以前断过保的，等待期可能更长。';
}

export function benefitStartZh(benefit: BenefitStart): Wording {
  switch (benefit.kind) {
    case 'from-period-start':
      return {
        summary: `在集中参保期内缴费，从${dateZh(benefit.start)}起享受${benefit.year}年度待遇。`,
        caveats: [],
        references: [benefit.reference],
      };
    case 'in-period-start-not-stated':
      return {
        summary: `在集中参保期内缴费；待遇起始日通知中没有写明，以官方通知为准。`,
        caveats: [],
        references: [benefit.reference],
      };
    case 'after-waiting-period':
      return {
        summary: `已过集中参保期，要等${benefit.waitingMonths}个月等待期，大约从${dateZh(benefit.benefitsFrom)}起享受待遇。`,
        caveats: benefit.caveats.map(benefitCaveatZh),
        references: waitingReferences(benefit),
      };
    case 'cannot-start-this-year':
      return {
        summary: `已过集中参保期，${benefit.waitingMonths}个月等待期要到${dateZh(benefit.benefitsFrom)}左右才满，超出${benefit.year}年度，这一年度的待遇无法享受。`,
        caveats: benefit.caveats.map(benefitCaveatZh),
        references: waitingReferences(benefit),
      };
    case 'waiting-rule-not-included':
      return {
        summary: `已过集中参保期（${dateZh(benefit.periodEnd)}结束）；这一年度的等待期规定尚未收录，请拨打咨询电话确认。`,
        caveats: [],
        references: [benefit.periodReference],
      };
    case 'period-not-open':
      return {
        summary: `${benefit.year}年度集中参保期${dateZh(benefit.periodStart)}才开始。`,
        caveats: [],
        references: [benefit.reference],
      };
    case 'year-over':
      return { summary: `${benefit.year}年度已经结束。`, caveats: [], references: [] };
    case 'year-not-included':
      return {
        summary: `${benefit.year}年度的集中参保时间和待遇规定尚未收录，不作推算，请以官方通知为准。`,
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

/** The individual standard, subsidy and total for a 年度 and category, or a plain "not included". */
export function standardZh(
  year: number,
  category: Category,
  book: PolicyBook,
): { included: boolean; lines: string[]; references: Reference[] } {
  const figures = yearFigures(year, book);
  const own = figures.individualContribution;
  const subsidy = figures.governmentSubsidy;
  if (own.kind === 'year-not-included') {
    return {
      included: false,
      lines: [`${year}年度的缴费标准尚未收录。本助手不拿往年的数字代替，请以北京市医保局发布的${year}年度通知为准。`],
      references: [],
    };
  }
  const label = categoryLabels[category];
  return {
    included: true,
    lines: [
      `${year}年度${label}个人缴费：${own.value[category]}元/年`,
      subsidy.kind === 'included'
        ? `财政补助：${subsidy.value[category]}元/年；合计：${own.value[category] + subsidy.value[category]}元/年`
        : '财政补助：这一年度的数字尚未收录。',
    ],
    references: [
      own.reference,
      ...(subsidy.kind === 'included' && subsidy.reference.url !== own.reference.url ? [subsidy.reference] : []),
    ],
  };
}

/** When a 年度's channels are not included: say so, and name the latest earlier 年度's channels with their source. */
export function channelsNotIncludedZh(year: number, book: PolicyBook): { text: string; references: Reference[] } {
  const earlier = book.parameters.paymentChannels.values
    .filter((entry) => entry.year < year)
    .sort((a, b) => b.year - a.year)[0];
  if (!earlier) return { text: `${year}年度的缴费渠道尚未收录，请以官方通知为准。`, references: [] };
  const names = earlier.value.map((channel) => channel.name).join('、');
  return {
    text: `${year}年度的缴费渠道尚未收录；${earlier.year}年度的渠道是${names}，请以官方通知为准。`,
    references: [earlier.reference],
  };
}
