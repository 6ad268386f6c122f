/**
 * Today's four answers for the popup and the printable checklist: can I pay, batch debit, the 年度, the month-end
 * deduction. They are the panel's messages (the same functions, the same words), plus the batch-debit and 年度
 * answers on days the panel has nothing to say about them.
 */
import { accountDeductionMessage } from './account-deduction';
import { batchDebitMessage } from './batch-debit';
import { enrolmentMessage } from './enrolment';
import { noteMessage, type AnswerOptions, type Message } from './message';
import { paymentWindowMessage } from './payment-window';
import type { AnswerSnapshot } from './snapshot';

export interface TodayAnswer {
  /** The slot's stable name: the popup's and the checklist's `data-answer`. */
  slot: 'payment-window' | 'batch-debit' | 'enrolment' | 'account-deduction';
  label: string;
  message: Message;
}

/** Popup and checklist have no calendar-gap answer of their own: each answer carries its caveat. */
const OPTIONS: AnswerOptions = { calendarCaveats: true };

export function todayAnswers(snapshot: AnswerSnapshot): TodayAnswer[] {
  const { policy, book } = snapshot;
  return [
    {
      slot: 'payment-window',
      label: '能否缴费',
      message:
        paymentWindowMessage(policy.paymentWindow, '今天', OPTIONS) ??
        noteMessage('payment-window', '这一天每月缴费时间的规定尚未实行。'),
    },
    {
      slot: 'batch-debit',
      label: '银行批量扣款',
      message:
        batchDebitMessage(policy.batchDebit, '今天', book, OPTIONS) ??
        noteMessage('batch-debit-day', '没有收录这个月的批量扣款规则。'),
    },
    { slot: 'enrolment', label: '集中参保期', message: enrolmentMessage(snapshot, OPTIONS) },
    {
      slot: 'account-deduction',
      label: '个人账户扣费',
      message: accountDeductionMessage(snapshot) ?? noteMessage('account-deduction', '没有收录个人账户扣费规则。'),
    },
  ];
}
