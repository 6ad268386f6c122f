/** "如果在某天缴费": which 年度, when benefits start, whether that day is a payment day or a batch-debit day. */
import { beijingInstant } from '@/policy/beijing-time';
import type { PolicyBook } from '@/policy/book';
import { benefitStartIfPaidOn } from '@/policy/rules/coverage-year';
import type { IsoDate } from '@/policy/types';
import { batchDebitMessage } from './batch-debit';
import { message, noteMessage, type Message } from './message';
import { paymentWindowMessage } from './payment-window';
import { benefitStartZh, dateZh } from './phrases';
import { answerSnapshot, type ActiveBook } from './snapshot';

export interface LabelledAnswer {
  label: string;
  message: Message;
}

function benefitMessage(year: number, date: IsoDate, book: PolicyBook): Message<'benefit'> {
  const wording = benefitStartZh(benefitStartIfPaidOn(year, date, book));
  return message({
    id: 'benefit',
    severity: 'info',
    headline: wording.text,
    body: [],
    facts: [
      { kind: 'year', role: 'year', year },
      ...(wording.startsOn ? [{ kind: 'date' as const, role: 'benefit-start', date: wording.startsOn }] : []),
    ],
    caveats: wording.caveats,
    references: wording.references,
  });
}

/** The answers for a payment on `date`, from one snapshot of the book in force at that day's morning. */
export function payOnDateAnswers(date: IsoDate, active: ActiveBook): LabelledAnswer[] {
  // Morning of that day: the 15:00 cut-off has not passed yet.
  const { book, likely, policy } = answerSnapshot(active, beijingInstant(date, '09:00'));
  // When the likely 年度 is not included, a late payment for the previous one is still worth answering.
  const candidates = [...new Set([likely.year, policy.paymentYear.current.year])];
  const options = { calendarCaveats: true };
  const window = paymentWindowMessage(policy.paymentWindow, '当天', options);
  const batch = batchDebitMessage(policy.batchDebit, '这天', book, options);
  return [
    ...candidates.map((year, i) => ({
      label:
        i === 0
          ? `${dateZh(date)}缴费，缴的${candidates.length > 1 ? '很可能' : ''}是${year}年度`
          : `如果是补缴${year}年度`,
      message: benefitMessage(year, date, book),
    })),
    {
      label: '当天能否缴费',
      message: window ?? noteMessage('payment-window', '这一天每月缴费时间的规定尚未实行。'),
    },
    {
      label: '批量扣款',
      message: batch ?? noteMessage('batch-debit-day', '这天的批量扣款规则尚未收录。'),
    },
  ];
}
