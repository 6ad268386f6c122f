/** Bank batch-debit days: whether today (or a chosen day) is one, and this month's days. */
import { addDays, endOfMonth, monthOf, yearOf } from '@/policy/civil-date';
import type { PolicyBook } from '@/policy/book';
import { batchDebitDays, type BatchDebitToday } from '@/policy/rules/batch-debit';
import type { IsoDate } from '@/policy/types';
import { message, p, quote, strong, type AnswerOptions, type Message } from './message';
import {
  BATCH_RULE_ZH,
  batchAmbiguityZh,
  batchLockZh,
  dateCaveatZh,
  dateZh,
  shortDateZh,
  type DayWord,
} from './phrases';

export type BatchDebitId = 'batch-debit-day';

/**
 * Today's (or a picked day's) batch-debit answer. On a batch day it is urgent: 批扣 agreement holders cannot pay
 * any other way that day. Otherwise, for today, it names this month's day or next month's.
 */
export function batchDebitMessage(
  batch: BatchDebitToday,
  day: DayWord,
  book: PolicyBook,
  { calendarCaveats }: AnswerOptions,
): Message<BatchDebitId> | null {
  if (batch.kind === 'rule-not-in-force') return null;
  const { month, today } = batch;
  const dateCaveats = month.caveats
    .filter((c) => calendarCaveats || c.kind !== 'calendar-not-covered')
    .map(dateCaveatZh);
  const days = month.days.map((d) => d.date);
  const lockReferences = month.lock ? [month.lock.reference] : [];
  if (batch.kind === 'batch-day' || batch.kind === 'possible-batch-day') {
    const settled = batch.kind === 'batch-day';
    const announced = month.days.some((d) => d.announced);
    return message({
      id: 'batch-debit-day',
      severity: 'urgent',
      headline: `${day}${settled ? '是' : '可能是'}银行批量扣款日`,
      body: [
        p(
          `${day}是${dateZh(today)}，${settled ? '是' : '可能是'}银行`,
          strong('批量扣款日'),
          '。',
          ...(month.lock ? [strong(`${batchLockZh(day)}`), '。'] : []),
        ),
        p(
          `本月批量扣款日：${days.map(shortDateZh).join('、')}${announced ? '（通知公布）' : `（${BATCH_RULE_ZH}）`}。`,
        ),
        ...(month.lock ? [quote(month.lock.text)] : []),
      ],
      facts: days.map((date) => ({ kind: 'date' as const, role: 'batch-day', date })),
      deadline: { date: today },
      caveats: [...month.ambiguities.map(batchAmbiguityZh).filter((t): t is string => !!t), ...dateCaveats],
      references: [...lockReferences, ...month.references],
    });
  }
  if (day !== '今天') {
    return message({
      id: 'batch-debit-day',
      severity: 'info',
      headline: `${day}不是银行批量扣款日`,
      body: [],
      facts: [],
      caveats: [],
      references: month.references,
    });
  }
  const ahead = days.find((date) => date >= today);
  const nextMonth = ahead ? undefined : nextMonthDays(today, book);
  const next: IsoDate | undefined = ahead ?? nextMonth?.days[0]?.date;
  return message({
    id: 'batch-debit-day',
    severity: 'info',
    headline: ahead
      ? `本月批量扣款日：${shortDateZh(ahead)}`
      : next
        ? `本月批量扣款日已过，下次：${dateZh(next)}`
        : '本月批量扣款日已过',
    body: month.lock ? [p(`${batchLockZh('当天')}。`)] : [],
    facts: next ? [{ kind: 'date', role: 'batch-day', date: next }] : [],
    ...(next && { deadline: { date: next } }),
    caveats: [
      ...(month.ambiguities.length > 0 && ahead ? ['本月扣款日以官方通知为准。'] : []),
      ...dateCaveats,
      ...(nextMonth?.caveats.filter((c) => calendarCaveats || c.kind !== 'calendar-not-covered').map(dateCaveatZh) ??
        []),
    ],
    references: [...lockReferences, ...month.references, ...(nextMonth?.references ?? [])],
  });
}

function nextMonthDays(today: IsoDate, book: PolicyBook) {
  const following = addDays(endOfMonth(today), 1);
  const days = batchDebitDays(yearOf(following), monthOf(following), book);
  return days.kind === 'days' ? days : undefined;
}
