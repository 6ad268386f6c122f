/**
 * The notice's dates: the 集中参保期 (and an extension of it), the benefit start, the waiting period after the
 * period, and extra bank batch-debit days announced for one month.
 */
import { daysInMonth } from '../policy/civil-date';
import { findDateRanges, findDates, toIso, weekdayMismatch, type DateMention } from './dates';
import type { Segment } from './segments';
import type { BatchDebitDays, Conflict, ContextFigure, Found } from './types';
import type { IsoDate } from '../policy/types';

const PERIOD_WORDS = /集中参保|参保缴费期|参保缴费时间|参保时间|缴费期|参保期|集中缴费/;
const EXTENSION = /(?:延长|顺延|延)(?:至|到)/;
const BENEFIT_WORDS = /享受.{0,12}待遇|待遇享受|享受待遇|待遇(?:开始|起始)|开始享受/;

export interface Period {
  start?: Found<IsoDate>;
  end?: Found<IsoDate>;
  extended: boolean;
  context: ContextFigure[];
}

/** The first 集中参保期 range; an "延长至…" sentence gives the end, the range's own end becomes context. */
export function findPeriod(segments: Segment[]): Period {
  const period: Period = { extended: false, context: [] };
  for (const segment of segments) {
    if (!PERIOD_WORDS.test(segment.text) || /待遇/.test(clauseOfFirstRange(segment.text) ?? '待遇')) continue;
    const range = findDateRanges(segment.text)[0];
    if (!range) continue;
    period.start = { value: range.startIso, evidence: segment.raw, source: 'body' };
    period.end = { value: range.endIso, evidence: segment.raw, source: 'body' };
    break;
  }
  for (const segment of segments) {
    const m = EXTENSION.exec(segment.text);
    if (!m || !PERIOD_WORDS.test(segment.text)) continue;
    const date = findDates(segment.text).find((d) => d.index >= m.index && d.year !== undefined);
    const iso = date && toIso(date);
    if (!iso) continue;
    if (period.end && period.end.value !== iso) {
      period.context.push({
        value: period.end.value,
        why: 'superseded-date',
        evidence: period.end.evidence,
        source: 'body',
      });
    }
    period.end = { value: iso, evidence: segment.raw, source: 'body' };
    period.extended = true;
    break;
  }
  return period;
}

/** The clause (between commas) that holds the sentence's first date range. */
function clauseOfFirstRange(text: string): string | undefined {
  const range = findDateRanges(text)[0];
  if (!range) return undefined;
  const from = Math.max(text.lastIndexOf(',', range.start.index), text.lastIndexOf('，', range.start.index)) + 1;
  const to = text.slice(range.end.end).search(/[,，]/);
  return text.slice(from, to < 0 ? undefined : range.end.end + to);
}

/** "参保人员自2024年1月1日起按规定享受城乡居民医保待遇" / "待遇享受期为2025年1月1日至12月31日". */
export function findBenefitsStart(segments: Segment[]): Found<IsoDate> | undefined {
  for (const segment of segments) {
    for (const clause of clauses(segment.text)) {
      if (!BENEFIT_WORDS.test(clause) || /等待期/.test(clause)) continue;
      const date = findDates(clause).find((d) => d.year !== undefined);
      const iso = date && toIso(date);
      if (iso) return { value: iso, evidence: segment.raw, source: 'body' };
    }
  }
  return undefined;
}

const CHINESE_NUMBERS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const MONTHS = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])';
const WAITING = new RegExp(`(?<!\\d)${MONTHS}个月(?:的)?(?:待遇)?等待期|等待期(?:为|是)?${MONTHS}个月`);

/** "3个月等待期满后方可享受", "设置…固定待遇等待期3个月"; not a 变动待遇等待期 increment. */
export function findWaitingMonths(segments: Segment[]): Found<number> | undefined {
  for (const segment of segments) {
    for (const clause of clauses(segment.text)) {
      if (/变动/.test(clause)) continue;
      const m = WAITING.exec(clause);
      if (!m) continue;
      const written = m[1] ?? m[2];
      const months = /\d/.test(written) ? Number(written) : CHINESE_NUMBERS[written];
      if (months) return { value: months, evidence: segment.raw, source: 'body' };
    }
  }
  return undefined;
}

function clauses(text: string): string[] {
  return text.split(/[,，]/);
}

const BATCH =
  /(?:(?<!\d)(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月(?:份)?(?:的)?(?:银行)?批量扣款(?:日|时间)?(?:为|是|:)(.*)$/;
/** The day list right after 为: "15日、18日与19日", "15、18、19日", "15日至17日", "15-17日". */
const DAY_LIST = /^[\s\d日号、,和与及至到~\-—–－～]+/;

function daySpans(tail: string): { from: number; to: number }[] {
  const list = DAY_LIST.exec(tail)?.[0] ?? '';
  if (!/[日号]/.test(list)) return [];
  const spans: { from: number; to: number }[] = [];
  let rangeOpen = false;
  for (const token of list.matchAll(/(\d+)|(至|到|[~\-—–－～])/g)) {
    if (token[2]) rangeOpen = spans.length > 0;
    else if (rangeOpen) [spans[spans.length - 1].to, rangeOpen] = [Number(token[1]), false];
    else spans.push({ from: Number(token[1]), to: Number(token[1]) });
  }
  return spans;
}

/** "其中2023年12月银行批量扣款日为15日、18日与19日"; the standing monthly rule ("每月15日") is not an announcement. */
export function findBatchDebitDays(segments: Segment[], period: Period): Found<BatchDebitDays>[] {
  const out: Found<BatchDebitDays>[] = [];
  for (const segment of segments) {
    for (const part of segment.text.split(/[;；]|其中/)) {
      const m = BATCH.exec(part);
      if (!m || /每月/.test(part.slice(0, m.index + m[0].length - m[3].length))) continue;
      const month = Number(m[2]);
      const spans = daySpans(m[3]);
      if (!spans.length || month < 1 || month > 12) continue;
      const year = m[1] ? Number(m[1]) : yearInPeriod(month, period);
      if (year === undefined || spans.some((s) => s.from < 1 || s.to > daysInMonth(year, month) || s.to < s.from))
        continue;
      out.push({ value: { year, month, spans, yearFromPeriod: !m[1] }, evidence: segment.raw, source: 'body' });
    }
  }
  return out;
}

/** The year of the one month of the 集中参保期 that has this month number. */
function yearInPeriod(month: number, period: Period): number | undefined {
  if (!period.start || !period.end) return undefined;
  const [startYear, startMonth] = period.start.value.split('-').map(Number);
  const [endYear, endMonth] = period.end.value.split('-').map(Number);
  const years = [];
  for (let y = startYear; y <= endYear; y++) {
    const index = y * 12 + month;
    if (index >= startYear * 12 + startMonth && index <= endYear * 12 + endMonth) years.push(y);
  }
  return years.length === 1 ? years[0] : undefined;
}

/** A bracketed weekday that is not the date's weekday: the sentence cannot be trusted as read. */
export function weekdayConflicts(segments: Segment[]): Conflict[] {
  const out: Conflict[] = [];
  for (const segment of segments) {
    for (const range of findDateRanges(segment.text))
      checkWeekday(range.end, Number(range.endIso.slice(0, 4)), segment, out);
    for (const date of findDates(segment.text))
      if (date.year !== undefined) checkWeekday(date, date.year, segment, out);
  }
  return out;
}

function checkWeekday(date: DateMention, year: number, segment: Segment, out: Conflict[]): void {
  if (!weekdayMismatch(date, year)) return;
  const iso = toIso(date, year)!;
  if (out.some((c) => c.values[0].value === iso)) return;
  out.push({
    kind: 'weekday-mismatch',
    message: `${iso} 与括号里写的星期不一致`,
    values: [{ field: 'date', value: iso, evidence: segment.raw }],
  });
}
