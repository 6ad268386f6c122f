/**
 * Today's four answers in plain Chinese — can I pay, batch debit, 集中参保期, account deduction — shared by the
 * popup and the printable checklist.
 */
import {
  addDays,
  batchDebitDays,
  endOfMonth,
  likelyPaymentYear,
  monthOf,
  policySnapshot,
  yearOf,
  type IsoDate,
  type PolicyBook,
  type Reference,
} from '@/policy';
import { dateCaveatZh, dateZh, shortDateZh } from './format-zh';
import { paymentWindowZh } from './wording';

export interface TodayAnswer {
  id: 'payment-window' | 'batch-debit' | 'enrolment' | 'account-deduction';
  label: string;
  text: string;
  /** Worth reading first: a deadline today, a blocked channel, data not included. */
  important: boolean;
  caveats: string[];
  /** Where the answer's rule and dates come from. */
  references: Reference[];
}

export function todayAnswers(now: number, book: PolicyBook): { today: IsoDate; answers: TodayAnswer[] } {
  const snapshot = policySnapshot(now, book);
  const windowAnswer = paymentWindowZh(snapshot.paymentWindow);
  const current = likelyPaymentYear(snapshot.paymentYear);
  const upcoming = snapshot.paymentYear.next?.kind === 'before-period' ? snapshot.paymentYear.next : undefined;
  const batch = snapshot.batchDebit;
  const nextBatchDay =
    batch.kind === 'rule-not-in-force' ? undefined : batch.month.days.find((d) => d.date >= snapshot.today);
  // When this month's days are over, the next one is next month's first.
  const following = addDays(endOfMonth(snapshot.today), 1);
  const nextMonth = batchDebitDays(yearOf(following), monthOf(following), book);
  const nextMonthDay = nextMonth.kind === 'days' ? nextMonth.days[0] : undefined;
  const deduction = snapshot.accountDeduction;
  const enrolmentReferences = [
    ...(current.kind === 'year-not-included' ? [] : [current.reference]),
    ...(upcoming ? [upcoming.reference] : []),
  ];

  const batchText =
    batch.kind === 'rule-not-in-force'
      ? '没有收录这个月的批量扣款规则。'
      : batch.kind === 'batch-day'
        ? '今天是批量扣款日：有批扣协议的，今天不能用其他渠道缴费。'
        : batch.kind === 'possible-batch-day'
          ? '今天可能是批量扣款日，以官方通知为准。'
          : nextBatchDay
            ? `本月批量扣款日：${shortDateZh(nextBatchDay.date)}。`
            : nextMonthDay
              ? `本月批量扣款日已过，下次：${dateZh(nextMonthDay.date)}。`
              : '本月批量扣款日已过。';
  const batchReferences =
    batch.kind === 'rule-not-in-force'
      ? []
      : [
          ...(batch.month.lock ? [batch.month.lock.reference] : []),
          ...batch.month.references,
          ...(!nextBatchDay && nextMonth.kind === 'days' ? nextMonth.references : []),
        ];
  const batchCaveats =
    batch.kind === 'rule-not-in-force'
      ? []
      : [
          ...(batch.month.ambiguities.length > 0 ? ['本月扣款日以官方通知为准。'] : []),
          ...batch.month.caveats.map(dateCaveatZh),
        ];

  const enrolmentText =
    (current.kind === 'in-period'
      ? `${current.year}年度集中参保期到${dateZh(current.period.end)}，还剩${current.daysLeft}天（含今天）。`
      : current.kind === 'before-period'
        ? `${current.year}年度集中参保期${dateZh(current.period.start)}开始。`
        : current.kind === 'after-period'
          ? `${current.year}年度集中参保期已于${dateZh(current.period.end)}结束，现在缴费有等待期。`
          : `${current.year}年度的集中参保时间和缴费标准尚未收录${current.periodMayBeOpen ? '（往年此时已开始集中参保）' : ''}，请以官方通知为准。`) +
    (upcoming ? `${upcoming.year}年度集中参保期${dateZh(upcoming.period.start)}开始。` : '');

  return {
    today: snapshot.today,
    answers: [
      {
        id: 'payment-window',
        label: '能否缴费',
        text: windowAnswer.summary,
        important: false,
        caveats: windowAnswer.caveats,
        references: windowAnswer.references,
      },
      {
        id: 'batch-debit',
        label: '银行批量扣款',
        text: batchText,
        important: batch.kind === 'batch-day' || batch.kind === 'possible-batch-day',
        caveats: dedupe(batchCaveats, windowAnswer.caveats),
        references: batchReferences,
      },
      {
        id: 'enrolment',
        label: '集中参保期',
        text: enrolmentText,
        important: current.kind === 'year-not-included' || current.kind === 'in-period',
        caveats: [],
        references: enrolmentReferences,
      },
      {
        id: 'account-deduction',
        label: '个人账户扣费',
        text:
          deduction.kind === 'deduction'
            ? `用医保个人账户缴费的，本月扣费日：${dateZh(deduction.date)}。`
            : '没有收录个人账户扣费规则。',
        important: false,
        caveats: [],
        references: deduction.kind === 'deduction' ? [deduction.reference] : [],
      },
    ],
  };
}

/** A caveat already said in an earlier answer is not repeated. */
function dedupe(caveats: string[], said: string[]): string[] {
  return caveats.filter((c) => !said.includes(c));
}
