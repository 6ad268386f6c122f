/**
 * Working days in mainland China: Monday–Friday, minus statutory holidays, plus 调休 make-up working days, as
 * set by the holiday notices. For a year without a notice the answer is Monday–Friday and says it is a guess.
 */
import { dateRange, weekday, yearOf } from './civil-date';
import { holidayNotices, type HolidayNotice } from './parameters/holidays';
import type { IsoDate } from './types';

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
  /** False when no holiday notice covers the date's year: `kind` is then a Monday–Friday guess. */
  calendarCovered: boolean;
  /** The holiday's name when `kind` is 'holiday'. */
  holiday?: string;
}

interface Calendar {
  coveredYears: Set<number>;
  daysOff: Map<IsoDate, string>;
  makeUpWorkdays: Set<IsoDate>;
}

export function buildCalendar(notices: readonly HolidayNotice[]): Calendar {
  const calendar: Calendar = { coveredYears: new Set(), daysOff: new Map(), makeUpWorkdays: new Set() };
  for (const notice of notices) {
    calendar.coveredYears.add(notice.year);
    for (const { name, first, last } of notice.daysOff) for (const day of dateRange(first, last)) calendar.daysOff.set(day, name);
    for (const day of notice.makeUpWorkdays) calendar.makeUpWorkdays.add(day);
  }
  return calendar;
}

const bundledCalendar = buildCalendar(holidayNotices);

export function dayInfo(date: IsoDate, calendar: Calendar = bundledCalendar): DayInfo {
  const calendarCovered = calendar.coveredYears.has(yearOf(date));
  const isWeekend = weekday(date) === 0 || weekday(date) === 6;
  let kind: DayKind = isWeekend ? 'weekend' : 'workday';
  if (calendarCovered && calendar.daysOff.has(date)) kind = 'holiday';
  else if (calendarCovered && calendar.makeUpWorkdays.has(date)) kind = 'make-up-workday';
  const holiday = kind === 'holiday' ? calendar.daysOff.get(date) : undefined;
  return { date, kind, isWorkingDay: kind === 'workday' || kind === 'make-up-workday', calendarCovered, ...(holiday && { holiday }) };
}

export function coveredHolidayYears(calendar: Calendar = bundledCalendar): number[] {
  return [...calendar.coveredYears].sort((a, b) => a - b);
}
