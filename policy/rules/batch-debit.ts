/**
 * Bank batch-debit days of a month: the rule's day (the 15th) moved as the rule says when it is not a working day
 * (so far to the next one), unless a notice announced the month's days. Where the sources do not settle the date the answer is an ambiguity with the computed candidate
 * ("以官方通知为准"), never a bare date.
 */
import { beijingTime } from '../beijing-time';
import { bundledPolicyBook, type PolicyBook } from '../book';
import { addDays, dateRange, daysInMonth, isoDate, monthOf, yearOf } from '../civil-date';
import { valueOn } from '../parameter-lookup';
import type { BatchDebitRule } from '../parameters/batch-debit';
import type { DateCaveat, IsoDate, Reference } from '../types';
import { dayInfo, workingDayOnOrAfter, workingDayOnOrBefore, type ComputedDate } from '../working-days';

export interface BatchDebitDay {
  date: IsoDate;
  /** Listed in a notice for this month. */
  announced: boolean;
  /** The day the 15th-and-顺延 rule gives. */
  byRule: boolean;
}

export type BatchDebitAmbiguity =
  /** The rule's day falls after the payment window's last day (February 2026: 02-24 after the 20th). */
  | { kind: 'after-window'; candidate: IsoDate; windowLastDay: IsoDate }
  /** The rule's day is a 调休 weekend working day reached by moving; if such days do not count it would be `ifNotCounted`. */
  | { kind: 'make-up-workday'; candidate: IsoDate; ifNotCounted: IsoDate }
  /** 调休 weekend working days inside days 5–20: whether payment channels open on them is not stated. */
  | { kind: 'make-up-workday-in-window'; dates: IsoDate[] };

export type BatchDebitMonth =
  | { kind: 'rule-not-in-force'; month: string }
  | {
      kind: 'days';
      /** `YYYY-MM`. */
      month: string;
      days: BatchDebitDay[];
      /** The 年度 whose notice announced this month's days; absent when they come from the rule. */
      announcedForYear?: number;
      /** Empty when the days are settled; otherwise show "以官方通知为准". */
      ambiguities: BatchDebitAmbiguity[];
      caveats: DateCaveat[];
      /** Holders of a valid 批扣 agreement cannot pay through other channels on these days; absent when the rule says they can. */
      lock?: { text: string; reference: Reference };
      references: Reference[];
    };

function monthKey(year: number, month: number): string {
  return isoDate(year, month, 1).slice(0, 7);
}

/** The first working day after (`step` 1) or before (-1) `date` that is not a 调休 weekend day. */
function ordinaryWorkingDay(date: IsoDate, step: 1 | -1, book: PolicyBook): IsoDate {
  let day = addDays(date, step);
  while (!(dayInfo(day, book).kind === 'workday')) day = addDays(day, step);
  return day;
}

/** The rule's day for a month, moved as `ifNotWorkingDay` says. */
function dayByRule(year: number, month: number, rule: BatchDebitRule, book: PolicyBook): ComputedDate {
  const date = isoDate(year, month, rule.dayOfMonth);
  switch (rule.ifNotWorkingDay) {
    case 'next-working-day':
      return workingDayOnOrAfter(date, book);
    case 'previous-working-day':
      return workingDayOnOrBefore(date, book);
    case 'same-day':
      return { date, caveats: [] };
  }
}

const monthCache = new WeakMap<PolicyBook, Map<string, BatchDebitMonth>>();

/** A month's batch-debit days. Memoised per book and month: treat the result as read-only. */
export function batchDebitDays(year: number, month: number, book: PolicyBook = bundledPolicyBook): BatchDebitMonth {
  let cache = monthCache.get(book);
  if (!cache) monthCache.set(book, (cache = new Map()));
  const key = monthKey(year, month);
  let result = cache.get(key);
  if (!result) cache.set(key, (result = computeBatchDebitDays(year, month, key, book)));
  return result;
}

function computeBatchDebitDays(year: number, month: number, key: string, book: PolicyBook): BatchDebitMonth {
  const first = `${key}-01`;
  const rule = valueOn(book.parameters.batchDebitRule, first);
  if (!rule) return { kind: 'rule-not-in-force', month: key };
  const fromRule = dayByRule(year, month, rule.value, book);
  const payWindow = valueOn(book.parameters.paymentWindow, first)?.value;
  // A pack's window may name days this month lacks (31 in February).
  const windowFirst = payWindow && isoDate(year, month, Math.min(payWindow.firstDay, daysInMonth(year, month)));
  const windowLast = payWindow && isoDate(year, month, Math.min(payWindow.lastDay, daysInMonth(year, month)));
  const references = [rule.reference];
  const ambiguities: BatchDebitAmbiguity[] = [];

  const announced = book.parameters.announcedBatchDebitDays.values.flatMap((entry) =>
    entry.value
      .filter((a) => a.month === key)
      .map((a) => ({ days: a.days, year: entry.year, reference: entry.reference })),
  )[0];
  let days: BatchDebitDay[];
  if (announced) {
    references.push(announced.reference);
    days = announced.days
      .map((d) => isoDate(year, month, d))
      .map((date) => ({ date, announced: true, byRule: date === fromRule.date }));
  } else {
    days = [{ date: fromRule.date, announced: false, byRule: true }];
    if (windowLast && fromRule.date > windowLast)
      ambiguities.push({ kind: 'after-window', candidate: fromRule.date, windowLastDay: windowLast });
    // Only a moved day raises the question; 'same-day' keeps the day whatever it is.
    const step =
      rule.value.ifNotWorkingDay === 'next-working-day'
        ? 1
        : rule.value.ifNotWorkingDay === 'previous-working-day'
          ? -1
          : 0;
    if (step !== 0 && dayInfo(fromRule.date, book).kind === 'make-up-workday') {
      ambiguities.push({
        kind: 'make-up-workday',
        candidate: fromRule.date,
        ifNotCounted: ordinaryWorkingDay(fromRule.date, step, book),
      });
    }
  }
  if (windowFirst && windowLast) {
    const makeUps = dateRange(windowFirst, windowLast).filter((date) => dayInfo(date, book).kind === 'make-up-workday');
    if (makeUps.length) ambiguities.push({ kind: 'make-up-workday-in-window', dates: makeUps });
  }
  return {
    kind: 'days',
    month: key,
    days,
    ...(announced && { announcedForYear: announced.year }),
    ambiguities,
    caveats: announced ? [] : fromRule.caveats,
    ...(rule.value.locksOtherChannels && { lock: { text: rule.value.lockText, reference: rule.reference } }),
    references,
  };
}

export type BatchDebitToday =
  | { kind: 'rule-not-in-force'; today: IsoDate }
  | {
      kind: 'batch-day' | 'possible-batch-day' | 'not-batch-day';
      today: IsoDate;
      /** This month's days, ambiguities and the 批扣 lock. */
      month: Extract<BatchDebitMonth, { kind: 'days' }>;
    };

/** Whether the Beijing date of `instant` is a batch-debit day; 'possible-batch-day' when the sources leave it open. */
export function batchDebitToday(instant: number, book: PolicyBook = bundledPolicyBook): BatchDebitToday {
  const today = beijingTime(instant).date;
  const month = batchDebitDays(yearOf(today), monthOf(today), book);
  if (month.kind === 'rule-not-in-force') return { kind: 'rule-not-in-force', today };
  const possible = month.ambiguities.some(
    (a) =>
      (a.kind === 'make-up-workday' && (a.candidate === today || a.ifNotCounted === today)) ||
      (a.kind === 'after-window' && a.candidate === today),
  );
  const settled = month.days.some((d) => d.date === today);
  return { kind: possible ? 'possible-batch-day' : settled ? 'batch-day' : 'not-batch-day', today, month };
}
