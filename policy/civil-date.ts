/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Everything goes through integer day numbers, never `Date`'s
 * local-time getters, so no answer depends on the machine's time zone.
 */
import type { IsoDate } from './types';

// Integer civil-calendar algorithms (H. Hinnant, "chrono-compatible low-level date algorithms"): exact for the
// proleptic Gregorian calendar and several times faster than round trips through `Date` and `toISOString`.

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const [year, m, d] = parseIsoDate(date);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function parseIsoDate(date: IsoDate): [year: number, month: number, day: number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`No such calendar date: ${date}`);
  return [y, m, d];
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function dayOfMonth(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/** Last calendar day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = parseIsoDate(date);
  return isoDate(y, m, daysInMonth(y, m));
}

/** Every date from `start` to `end`, both included. */
export function dateRange(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const last = dayNumber(end);
  for (let day = dayNumber(start); day <= last; day++) out.push(fromDayNumber(day));
  return out;
}

/** The same day `months` months later, clamped to the month's end (01-31 + 1 month → 02-28 or 02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parseIsoDate(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}
