/**
 * Dates as Chinese notices write them, read from NFKC text: 2023年11月15日, 2023年1月5日（星期五）, 2023-11-14,
 * 2023.11.14, and ranges joined by 至 / 到 / — / － / ～. Calendar arithmetic only (policy/civil-date), never `Date`,
 * so nothing depends on the machine's time zone.
 */
import { daysInMonth, isoDate, weekday } from '../policy/civil-date';
import type { IsoDate } from '../policy/types';

export interface DateMention {
  /** Undefined when the text gives only month and day. */
  year?: number;
  month: number;
  day: number;
  /** The weekday written in brackets, 0 = Sunday … 6 = Saturday. */
  statedWeekday?: number;
  index: number;
  end: number;
}

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

const CHINESE_DATE =
  /(?:(?<!\d)(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*\(\s*(?:星期|周|礼拜)([一二三四五六日天])\s*\))?/g;
const NUMERIC_DATE = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;

export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(CHINESE_DATE)) {
    const mention: DateMention = {
      year: m[1] ? Number(m[1]) : undefined,
      month: Number(m[2]),
      day: Number(m[3]),
      statedWeekday: m[4] ? WEEKDAYS[m[4]] : undefined,
      index: m.index,
      end: m.index + m[0].length,
    };
    if (isRealDate(mention.year ?? 2000, mention.month, mention.day)) found.push(mention);
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (isRealDate(year, month, day)) found.push({ year, month, day, index: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toIso(mention: DateMention, year = mention.year): IsoDate | undefined {
  if (year === undefined || !isRealDate(year, mention.month, mention.day)) return undefined;
  return isoDate(year, mention.month, mention.day);
}

/** The bracketed weekday disagrees with the calendar. */
export function weekdayMismatch(mention: DateMention, year = mention.year): boolean {
  const iso = toIso(mention, year);
  return iso !== undefined && mention.statedWeekday !== undefined && weekday(iso) !== mention.statedWeekday;
}

export interface DateRange {
  start: DateMention;
  end: DateMention;
  startIso: IsoDate;
  endIso: IsoDate;
  /** The end names no year of its own: it is the start's year, or the next one after 次年 or a smaller month. */
  endYearFromStart: boolean;
}

const RANGE_JOIN = /^\s*(?:至|到|[-~—–―－～]+)\s*(次年|翌年)?\s*$/;

/** Date ranges: two dates joined only by a range mark. The start must name its year. */
export function findDateRanges(text: string): DateRange[] {
  const dates = findDates(text);
  const ranges: DateRange[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const [start, end] = [dates[i], dates[i + 1]];
    const join = RANGE_JOIN.exec(text.slice(start.end, end.index));
    if (!join || start.year === undefined) continue;
    let endYear = end.year;
    const endYearFromStart = endYear === undefined;
    if (endYear === undefined) endYear = join[1] || end.month < start.month ? start.year + 1 : start.year;
    const startIso = toIso(start);
    const endIso = toIso(end, endYear);
    if (startIso && endIso) ranges.push({ start, end, startIso, endIso, endYearFromStart });
  }
  return ranges;
}
