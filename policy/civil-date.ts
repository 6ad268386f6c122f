/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Everything goes through UTC day numbers, so no answer ever
 * depends on the machine's time zone.
 */
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = parseIsoDate(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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

export function parseIsoDate(date: IsoDate): [year: number, month: number, day: number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const parts = [Number(match[1]), Number(match[2]), Number(match[3])] as const;
  const roundTrip = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).toISOString().slice(0, 10);
  if (roundTrip !== date) throw new RangeError(`No such calendar date: ${date}`);
  return [...parts];
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
  return fromDayNumber(Date.UTC(y, m, 0) / MS_PER_DAY);
}

/** Every date from `start` to `end`, both included. */
export function dateRange(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = dayNumber(start); day <= dayNumber(end); day++) out.push(fromDayNumber(day));
  return out;
}

/** The same day `months` months later, clamped to the month's end (01-31 + 1 month → 02-28 or 02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parseIsoDate(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const first = isoDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
  return isoDate(yearOf(first), monthOf(first), Math.min(d, dayOfMonth(endOfMonth(first))));
}
