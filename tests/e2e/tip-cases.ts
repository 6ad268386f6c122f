/**
 * What the panel must show, page kind by page kind and instant by instant (Beijing wall-clock time). One table
 * for every build: the extension's e2e and the userscript's e2e run these same cases. Keep it data only.
 */
import type { TipId } from '../../answers/ids';
import type { PageKind } from '../../utils/page-detection';

export interface TipCase {
  page: PageKind;
  /** Beijing wall-clock time, `YYYY-MM-DD HH:MM`. */
  beijing: string;
  /** Tips that must show, each with texts its section must contain. */
  show: Partial<Record<TipId, string[]>>;
  /** Tips that must not show. */
  hide: TipId[];
  /** Texts the whole panel must not contain (another year's figures shown as current). */
  panelExcludes?: string[];
  why: string;
}

const HOTLINES = ['12333', '12366', '4007112366'];

export const tipCases: TipCase[] = [
  {
    page: 'etax-social-fee',
    beijing: '2023-12-18 10:00',
    show: {
      'batch-debit-day': ['2023年12月18日（周一）', '批量扣款日', '批扣'],
      'enrolment-open': ['2024年度', '2024年1月31日（周三）', '2024年1月1日'],
      'payment-window': ['今天可以缴费'],
      hotlines: HOTLINES,
    },
    hide: [
      'enrolment-closed-waiting',
      'year-not-covered',
      'calendar-not-covered',
      'channel-moved',
      'pooling-prerequisites',
    ],
    why: '2023-12-18 is one of the extra batch-debit days the 2024年度 notice announced (15, 18, 19 December)',
  },
  {
    page: 'etax-social-fee',
    beijing: '2023-12-20 10:00',
    show: { 'payment-window': ['今天可以缴费'], 'enrolment-open': ['2024年度'] },
    hide: ['batch-debit-day'],
    why: 'the day after the last announced batch day is an ordinary window day',
  },
  {
    page: 'etax-social-fee',
    beijing: '2024-01-31 10:00',
    show: {
      'enrolment-open': ['2024年度', '2024年1月31日（周三）', '今天'],
      'payment-window': ['现在不在缴费时间', '2024年2月5日（周一）'],
    },
    hide: ['enrolment-closed-waiting', 'year-not-covered', 'batch-debit-day'],
    why: 'last day of the 2024年度 集中参保期',
  },
  {
    page: 'etax-social-fee',
    beijing: '2024-02-01 10:00',
    show: { 'enrolment-closed-waiting': ['2024年度', '2024年1月31日（周三）', '等待期', '3个月'] },
    hide: ['enrolment-open', 'year-not-covered'],
    why: 'the day after the 2024年度 集中参保期: paying now means the waiting period',
  },
  {
    page: 'etax-social-fee',
    beijing: '2024-06-15 10:00',
    show: { 'payment-window': ['现在不在缴费时间', '今天是周末', '2024年6月17日（周一）'] },
    hide: ['batch-debit-day', 'enrolment-open'],
    why: 'the 15th is a Saturday: the batch debit moves to Monday the 17th',
  },
  {
    page: 'etax-social-fee',
    beijing: '2024-06-17 10:00',
    show: { 'batch-debit-day': ['2024年6月17日（周一）', '批量扣款日'], 'payment-window': ['今天可以缴费'] },
    hide: ['enrolment-open'],
    why: 'the moved batch-debit day',
  },
  {
    page: 'etax-social-fee',
    beijing: '2024-10-15 10:00',
    show: { 'enrolment-closed-waiting': ['2024年度', '等待期', '无法享受'] },
    hide: ['enrolment-open', 'year-not-covered'],
    why: 'a 2024年度 payment this late ends its waiting period after the 年度',
  },
  {
    page: 'etax-social-fee',
    beijing: '2025-01-16 10:00',
    show: {
      'batch-debit-day': ['2025年1月16日（周四）', '1月15日（周三）、1月16日（周四）、1月17日（周五）', '非官方来源'],
      'enrolment-open': ['2025年度', '2025年3月31日（周一）', '非官方来源'],
    },
    hide: ['enrolment-closed-waiting', 'year-not-covered'],
    why: 'a batch day announced only by secondary pages (2025-01: 15–17): shown, with its confidence',
  },
  {
    page: 'etax-social-fee',
    beijing: '2026-02-24 10:00',
    show: {
      'batch-debit-day': ['可能是', '2月24日（周二）', '以官方通知为准'],
      'enrolment-open': [
        '2026年度集中参保期内已没有自行缴费的机会',
        '2026年2月28日（周六）',
        '下次可自行缴费：3月5日（周四）15:00前',
        '医保个人账户（含共济账户）扣费：2月28日（周六）',
      ],
    },
    hide: ['calendar-not-covered'],
    panelExcludes: ['还剩5天'],
    why: 'after the Spring Festival the computed batch day falls after the 20th: a candidate, not a settled date; the period runs to 02-28 but no self-pay slot is left in it',
  },
  {
    page: 'etax-social-fee',
    beijing: '2026-02-10 10:00',
    show: {
      'enrolment-open': [
        '自行缴费最后机会：2月13日（周五）15:00前',
        '2026年2月14日（周六）是调休上班日',
        '国办发〔2024〕38号',
      ],
      'payment-window': ['今天可以缴费'],
    },
    hide: ['enrolment-closed-waiting', 'year-not-covered', 'batch-debit-day', 'calendar-not-covered'],
    why: 'the last self-pay slot of the 2026年度 period is three days ahead, before the Spring Festival',
  },
  {
    page: 'etax-social-fee',
    beijing: '2026-11-24 10:00',
    show: {
      'year-not-covered': ['2027年度', '尚未收录'],
      'payment-window': ['现在不在缴费时间', '2026年12月7日（周一）'],
      hotlines: HOTLINES,
    },
    hide: ['enrolment-open', 'enrolment-closed-waiting', 'batch-debit-day', 'calendar-not-covered'],
    panelExcludes: ['795', '460元', '435元'],
    why: 'today: a payment now is for 2027年度, which has no figures included',
  },
  {
    page: 'etax-social-fee',
    beijing: '2026-12-21 10:00',
    show: {
      'calendar-not-covered': ['2027年', '节假日安排'],
      'payment-window': ['2027年1月5日（周二）'],
      'year-not-covered': ['2027年度'],
    },
    hide: ['enrolment-open', 'batch-debit-day'],
    why: 'the next payment slot lies in 2027, whose holiday notice is not included',
  },
  {
    page: 'bjt-social-fee',
    beijing: '2024-06-17 10:00',
    show: { 'batch-debit-day': ['2024年6月17日（周一）'], 'payment-window': ['今天可以缴费'], hotlines: HOTLINES },
    hide: ['channel-moved', 'account-deduction', 'pooling-prerequisites'],
    why: '京通 is a tax-collected channel like the e-tax bureau',
  },
  {
    page: 'bjt-social-fee',
    beijing: '2026-11-24 10:00',
    show: { 'year-not-covered': ['2027年度'], 'payment-window': ['2026年12月7日（周一）'] },
    hide: ['enrolment-open', 'enrolment-closed-waiting'],
    panelExcludes: ['795', '460元', '435元'],
    why: 'today on 京通',
  },
  {
    page: 'ybj-resident',
    beijing: '2024-01-15 10:00',
    show: { 'enrolment-open': ['2024年度', '2024年1月31日（周三）'], 'account-deduction': ['2024年1月31日（周三）'] },
    hide: ['payment-window', 'batch-debit-day', 'pooling-prerequisites', 'channel-moved'],
    why: 'the 医保 platform: enrolment and the personal-account deduction, not the tax window',
  },
  {
    page: 'ybj-resident',
    beijing: '2026-11-24 10:00',
    show: { 'year-not-covered': ['2027年度'], 'account-deduction': ['2026年11月30日（周一）'], hotlines: HOTLINES },
    hide: ['enrolment-open', 'enrolment-closed-waiting', 'payment-window'],
    panelExcludes: ['795', '460元', '435元'],
    why: 'today on the 医保 platform',
  },
  {
    page: 'ybj-family-pooling',
    beijing: '2024-01-31 10:00',
    show: {
      'account-deduction': ['2024年1月31日（周三）', '今天', '备案'],
      'pooling-prerequisites': ['配偶', '父母', '子女', '本市', '备案'],
    },
    hide: ['payment-window', 'batch-debit-day', 'enrolment-open', 'channel-moved'],
    why: 'the deduction day is the last day of the month: today',
  },
  {
    page: 'ybj-family-pooling',
    beijing: '2024-02-01 10:00',
    show: { 'account-deduction': ['2024年2月29日（周四）'], 'pooling-prerequisites': ['备案'] },
    hide: ['payment-window'],
    why: 'a new month: the next deduction is at the end of February (a leap year)',
  },
  {
    page: 'ybj-family-pooling',
    beijing: '2026-11-24 10:00',
    show: { 'account-deduction': ['2026年11月30日（周一）'], 'pooling-prerequisites': ['备案'], hotlines: HOTLINES },
    hide: ['payment-window', 'batch-debit-day'],
    why: 'today in the 个人账户家庭共济关系维护 module',
  },
  {
    page: 'nhsa-beijing-pooling',
    beijing: '2024-06-17 10:00',
    // Before the 2025-03-16 共济 answer's fuller list applies (policy/SOURCES.md), the rule's own notice's channels.
    show: {
      'pooling-prerequisites': ['备案渠道：北京医保公共服务平台、京通小程序、经办柜台。'],
      'account-deduction': ['2024年6月30日（周日）'],
    },
    hide: ['batch-debit-day', 'payment-window', 'channel-moved'],
    why: '共济 备案 on the national platform: no tax-window tips even on a batch day',
  },
  {
    page: 'nhsa-beijing-pooling',
    beijing: '2026-11-24 10:00',
    show: {
      'pooling-prerequisites': ['备案渠道：北京医保公共服务平台、支付宝“京通”小程序'],
      'account-deduction': ['2026年11月30日（周一）'],
      hotlines: HOTLINES,
    },
    hide: ['payment-window', 'year-not-covered'],
    why: 'today in the 北京地方专区',
  },
  {
    page: 'rsj-old-platform',
    beijing: '2026-11-24 10:00',
    show: { 'channel-moved': ['电子税务局', '京通', '银行'], 'year-not-covered': ['2027年度'], hotlines: HOTLINES },
    hide: ['payment-window', 'batch-debit-day', 'account-deduction', 'pooling-prerequisites'],
    panelExcludes: ['795', '460元', '435元'],
    why: 'today on the old 社保 platform: say where to pay instead',
  },
];
