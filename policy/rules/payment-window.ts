/**
 * Is the monthly payment window open at an instant, and if not, when does it open next?
 * Rule: days 5–20 of the month, working days only, before 15:00 Beijing time.
 */
import { beijingTime } from '../beijing-time';
import { bundledPolicyBook, type PolicyBook } from '../book';
import { addDays, dayOfMonth, yearOf } from '../civil-date';
import { valueOn } from '../parameter-lookup';
import type { PaymentWindow } from '../parameters/payment-window';
import type { DatedValue, DateCaveat, IsoDate, Reference } from '../types';
import { dayInfo } from '../working-days';

/** 'make-up-workday': no source says whether the window opens on a 调休 weekend working day. */
export type WindowCaveat = DateCaveat;

export interface WindowSlot {
  date: IsoDate;
  closesAt: string;
}

export type PaymentWindowStatus =
  | {
      state: 'open';
      today: IsoDate;
      closesAt: string;
      rule: PaymentWindow;
      caveats: WindowCaveat[];
      reference: Reference;
    }
  | {
      state: 'closed';
      /** The rule in force, for wording that quotes it. */
      rule: PaymentWindow;
      today: IsoDate;
      reason: 'after-cutoff' | 'before-window' | 'after-window' | 'holiday' | 'weekend';
      /** The holiday's name when `reason` is 'holiday'. */
      holiday?: string;
      /** Null only when no slot was found within the search horizon (should not happen). */
      next: WindowSlot | null;
      caveats: WindowCaveat[];
      reference: Reference;
    }
  /** The rule was not yet in force on that date. */
  | { state: 'rule-not-in-force'; today: IsoDate };

/** Two months always contain a window day; a longer horizon only guards against bad data. */
const SEARCH_HORIZON_DAYS = 70;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function caveatsFor(date: IsoDate, book: PolicyBook): WindowCaveat[] {
  const info = dayInfo(date, book);
  const caveats: WindowCaveat[] = [];
  if (!info.calendarCovered) caveats.push({ kind: 'calendar-not-covered', year: yearOf(date) });
  if (info.kind === 'make-up-workday') caveats.push({ kind: 'make-up-workday', date });
  return caveats;
}

function isWindowDay(date: IsoDate, rule: PaymentWindow, book: PolicyBook = bundledPolicyBook): boolean {
  const day = dayOfMonth(date);
  return day >= rule.firstDay && day <= rule.lastDay && dayInfo(date, book).isWorkingDay;
}

/** The window rule in force on `date` when that date is a window day (payable until `closesAt`), else undefined. */
export function windowRuleOn(
  date: IsoDate,
  book: PolicyBook = bundledPolicyBook,
): DatedValue<PaymentWindow> | undefined {
  const inForce = valueOn(book.parameters.paymentWindow, date);
  return inForce && isWindowDay(date, inForce.value, book) ? inForce : undefined;
}

/** The first window day on or after `from`, with caveats for every uncovered year the search crossed. */
export function nextWindowDay(
  from: IsoDate,
  rule: PaymentWindow,
  book: PolicyBook = bundledPolicyBook,
): { date: IsoDate; caveats: WindowCaveat[] } | null {
  const crossed = new Map<number, WindowCaveat>();
  for (let i = 0, date = from; i < SEARCH_HORIZON_DAYS; i++, date = addDays(date, 1)) {
    if (!dayInfo(date, book).calendarCovered)
      crossed.set(yearOf(date), { kind: 'calendar-not-covered', year: yearOf(date) });
    if (isWindowDay(date, rule, book)) {
      const caveats = [...crossed.values(), ...caveatsFor(date, book).filter((c) => c.kind === 'make-up-workday')];
      return { date, caveats };
    }
  }
  return null;
}

export function paymentWindowStatus(instant: number, book: PolicyBook = bundledPolicyBook): PaymentWindowStatus {
  const { date: today, minuteOfDay } = beijingTime(instant);
  const inForce = valueOn(book.parameters.paymentWindow, today);
  if (!inForce) return { state: 'rule-not-in-force', today };
  const rule = inForce.value;
  const reference = inForce.reference;

  if (isWindowDay(today, rule, book) && minuteOfDay < minutes(rule.closesAt)) {
    return { state: 'open', today, closesAt: rule.closesAt, rule, caveats: caveatsFor(today, book), reference };
  }

  const info = dayInfo(today, book);
  const day = dayOfMonth(today);
  // The most telling reason first: a holiday explains more than "before the 5th".
  const reason =
    info.kind === 'holiday'
      ? 'holiday'
      : day < rule.firstDay
        ? 'before-window'
        : day > rule.lastDay
          ? 'after-window'
          : !info.isWorkingDay
            ? 'weekend'
            : 'after-cutoff';
  const found = nextWindowDay(addDays(today, 1), rule, book);
  const todayCaveats = info.calendarCovered ? [] : caveatsFor(today, book);
  return {
    state: 'closed',
    rule,
    today,
    reason,
    ...(info.holiday && { holiday: info.holiday }),
    next: found && { date: found.date, closesAt: rule.closesAt },
    caveats: dedupe([...todayCaveats, ...(found?.caveats ?? [])]),
    reference,
  };
}

function dedupe(caveats: WindowCaveat[]): WindowCaveat[] {
  const seen = new Set<string>();
  return caveats.filter((c) => {
    const key = JSON.stringify(c);
    return !seen.has(key) && seen.add(key);
  });
}
