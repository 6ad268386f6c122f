/**
 * Bank batch-debit days of a month: the 15th moved to the next working day, unless a notice announced the
 * month's days. Where the sources do not settle the date the answer is an ambiguity with the computed candidate
 * ("以官方通知为准"), never a bare date.
 */
import { beijingTime } from '../beijing-time';
import { bundledPolicyBook, type PolicyBook } from '../book';
import { addDays, dateRange, daysInMonth, isoDate, monthOf, yearOf } from '../civil-date';
import { valueOn } from '../parameter-lookup';
import type { DateCaveat, IsoDate, Reference } from '../types';
import { dayInfo, workingDayOnOrAfter } from '../working-days';

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
  /** The rule's day is a 调休 weekend working day; if such days do not count it would be `ifNotCounted`. */
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
      /** Empty when the days are settled; otherwise show "以官方通知为准". */
      ambiguities: BatchDebitAmbiguity[];
      caveats: DateCaveat[];
      /** Holders of a valid 批扣 agreement cannot pay through other channels on these days. */
      lock: { text: string; reference: Reference };
      references: Reference[];
    };

function monthKey(year: number, month: number): string {
  return isoDate(year, month, 1).slice(0, 7);
}

/** The first working day after `date` that is not a 调休 weekend day. */
function ordinaryWorkingDayAfter(date: IsoDate, book: PolicyBook): IsoDate {
  let day = addDays(date, 1);
  while (!(dayInfo(day, book).kind === 'workday')) day = addDays(day, 1);
  return day;
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
  const fromRule = workingDayOnOrAfter(isoDate(year, month, rule.value.dayOfMonth), book);
  const payWindow = valueOn(book.parameters.paymentWindow, first)?.value;
  // A pack's window may name days this month lacks (31 in February).
  const windowFirst = payWindow && isoDate(year, month, Math.min(payWindow.firstDay, daysInMonth(year, month)));
  const windowLast = payWindow && isoDate(year, month, Math.min(payWindow.lastDay, daysInMonth(year, month)));
  const references = [rule.reference];
  const ambiguities: BatchDebitAmbiguity[] = [];

  const announced = book.parameters.announcedBatchDebitDays.values.flatMap((entry) =>
    entry.value.filter((a) => a.month === key).map((a) => ({ days: a.days, reference: entry.reference })),
  )[0];
  let days: BatchDebitDay[];
  if (announced) {
    references.push(announced.reference);
    days = announced.days.map((d) => isoDate(year, month, d)).map((date) => ({ date, announced: true, byRule: date === fromRule.date }));
  } else {
    days = [{ date: fromRule.date, announced: false, byRule: true }];
    if (windowLast && fromRule.date > windowLast) ambiguities.push({ kind: 'after-window', candidate: fromRule.date, windowLastDay: windowLast });
    if (dayInfo(fromRule.date, book).kind === 'make-up-workday') {
      ambiguities.push({ kind: 'make-up-workday', candidate: fromRule.date, ifNotCounted: ordinaryWorkingDayAfter(fromRule.date, book) });
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
    ambiguities,
    caveats: announced ? [] : fromRule.caveats,
    lock: { text: rule.value.lockText, reference: rule.reference },
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
    (a) => (a.kind === 'make-up-workday' && (a.candidate === today || a.ifNotCounted === today)) || (a.kind === 'after-window' && a.candidate === today),
  );
  const settled = month.days.some((d) => d.date === today);
  return { kind: possible ? 'possible-batch-day' : settled ? 'batch-day' : 'not-batch-day', today, month };
}
