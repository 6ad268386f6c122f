/**
 * Working days in mainland China: Monday–Friday, minus statutory holidays, plus 调休 make-up working days, as
 * set by the holiday notices of a policy book. For a year without a notice the answer is Monday–Friday, and
 * every computed date says so with a 'calendar-not-covered' caveat.
 */
import { bundledPolicyBook, type PolicyBook } from './book';
import { addDays, weekday, yearOf } from './civil-date';
import type { HolidayNotice } from './parameters/holidays';
import type { DateCaveat, IsoDate } from './types';

export type DayKind =
  | 'workday'
  /** A weekend day made a working day by 调休. */
  | 'make-up-workday'
  | 'weekend'
  | 'holiday';

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  isWorkingDay: boolean;
  /** False when no holiday notice covers the date: `kind` is then a Monday–Friday guess. */
  calendarCovered: boolean;
  /** The holiday's name when `kind` is 'holiday'. */
  holiday?: string;
}

export interface Calendar {
  coveredYears: Set<number>;
  /**
   * The holidays as ranges, looked up by comparing ISO dates as strings (they sort like the dates): cheaper than
   * expanding every range into days, which the content script would pay on every official page it opens.
   */
  daysOff: readonly { name: string; first: IsoDate; last: IsoDate }[];
  makeUpWorkdays: Set<IsoDate>;
}

export function buildCalendar(notices: readonly HolidayNotice[]): Calendar {
  return {
    coveredYears: new Set(notices.map((notice) => notice.year)),
    daysOff: notices.flatMap((notice) => notice.daysOff),
    makeUpWorkdays: new Set(notices.flatMap((notice) => notice.makeUpWorkdays)),
  };
}

const calendars = new WeakMap<readonly HolidayNotice[], Calendar>();

/** The book's calendar, built once per notice list. */
export function calendarOf(book: PolicyBook): Calendar {
  const notices = book.parameters.holidayCalendar.notices;
  let calendar = calendars.get(notices);
  if (!calendar) calendars.set(notices, (calendar = buildCalendar(notices)));
  return calendar;
}

export function dayInfo(date: IsoDate, book: PolicyBook = bundledPolicyBook): DayInfo {
  const calendar = calendarOf(book);
  const holiday = calendar.daysOff.find(({ first, last }) => first <= date && date <= last)?.name;
  const makeUp = calendar.makeUpWorkdays.has(date);
  // A notice may list days of the previous year (2022-12-31 in the 2023 notice): a listed day is covered.
  const calendarCovered = calendar.coveredYears.has(yearOf(date)) || holiday !== undefined || makeUp;
  const dayOfWeek = weekday(date);
  const isWeekend = dayOfWeek === 0 || dayOfWeek === 6;
  const kind: DayKind =
    holiday !== undefined ? 'holiday' : makeUp ? 'make-up-workday' : isWeekend ? 'weekend' : 'workday';
  return {
    date,
    kind,
    isWorkingDay: kind === 'workday' || kind === 'make-up-workday',
    calendarCovered,
    ...(holiday !== undefined && { holiday }),
  };
}

export function coveredHolidayYears(book: PolicyBook = bundledPolicyBook): number[] {
  return [...calendarOf(book).coveredYears].sort((a, b) => a - b);
}

/** A computed date and the caveats of the days it was computed across. */
export interface ComputedDate {
  date: IsoDate;
  caveats: DateCaveat[];
}

/** Walks day by day from `from` (included) in `step` direction to the first working day. */
function walkToWorkingDay(from: IsoDate, step: 1 | -1, book: PolicyBook, uncovered: Set<number>): IsoDate {
  // Terminates: a book covers finitely many years, and outside them every Monday–Friday is a working day.
  for (let date = from; ; date = addDays(date, step)) {
    const info = dayInfo(date, book);
    if (!info.calendarCovered) uncovered.add(yearOf(date));
    if (info.isWorkingDay) return date;
  }
}

function computed(date: IsoDate, uncovered: Set<number>): ComputedDate {
  return {
    date,
    caveats: [...uncovered].sort((a, b) => a - b).map((year) => ({ kind: 'calendar-not-covered', year })),
  };
}

/** `date` itself when it is a working day, else the next working day (the batch-debit rule's "顺延"). */
export function workingDayOnOrAfter(date: IsoDate, book: PolicyBook = bundledPolicyBook): ComputedDate {
  const uncovered = new Set<number>();
  return computed(walkToWorkingDay(date, 1, book, uncovered), uncovered);
}

/** `date` itself when it is a working day, else the last working day before it. */
export function workingDayOnOrBefore(date: IsoDate, book: PolicyBook = bundledPolicyBook): ComputedDate {
  const uncovered = new Set<number>();
  return computed(walkToWorkingDay(date, -1, book, uncovered), uncovered);
}
