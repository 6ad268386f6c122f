/**
 * What the book covers as seen from one Beijing date: for `npm run freshness`, so a missing notice gets
 * noticed. Pure, so tests pin the date; the script passes the real one.
 */
import type { PolicyBook } from './book';
import { addDays, isoDate, yearOf } from './civil-date';
import { valueOn } from './parameter-lookup';
import type { Confidence, IsoDate, Parameter, Reference, YearlyParameter } from './types';
import { coveredHolidayYears } from './working-days';

export interface ParameterCoverage {
  id: string;
  description: string;
  kind: 'yearly' | 'dated' | 'holidays';
  /** 年度 (yearly), or years with a notice (holidays); empty for dated parameters. */
  years: number[];
  /** Dated parameters: the date the value in force today took effect, if any. */
  inForceSince?: IsoDate;
  /** Publication date of the newest source ('' when undated): how recently the value was confirmed. */
  latestSource: string;
  coversCurrent: boolean;
  coversNext: boolean;
  /** Last day the data speaks for (31 December of the last 年度 or notice year); none for dated parameters. */
  coverageEnds?: IsoDate;
  /** True when `coverageEnds` is within the horizon (or already past). */
  endsSoon: boolean;
  confidences: Confidence[];
}

export interface FreshnessReport {
  today: IsoDate;
  currentYear: number;
  nextYear: number;
  horizonDays: number;
  parameters: ParameterCoverage[];
  /** 集中参保期 that end within the horizon. */
  periodsEndingSoon: { year: number; end: IsoDate }[];
  /** The current and next calendar years without a holiday notice. */
  yearsWithoutHolidayCalendar: number[];
}

export function freshnessReport(today: IsoDate, book: PolicyBook, horizonDays = 60): FreshnessReport {
  const currentYear = yearOf(today);
  const nextYear = currentYear + 1;
  const horizon = addDays(today, horizonDays);
  const yearCoverage = (years: number[]) => {
    const coverageEnds = years.length ? isoDate(Math.max(...years), 12, 31) : undefined;
    return {
      years,
      coversCurrent: years.includes(currentYear),
      coversNext: years.includes(nextYear),
      ...(coverageEnds && { coverageEnds }),
      endsSoon: !coverageEnds || coverageEnds <= horizon,
    };
  };
  const newest = (references: Reference[]) =>
    references
      .map((r) => r.published)
      .sort()
      .at(-1) ?? '';
  const confidences = (references: Reference[]) => [...new Set(references.map((r) => r.confidence))];

  const { holidayCalendar, ...others } = book.parameters;
  const parameters: ParameterCoverage[] = (
    Object.values(others) as (Parameter<unknown> | YearlyParameter<unknown>)[]
  ).map((p) => {
    const references = p.values.map((v) => v.reference);
    const common = {
      id: p.id,
      description: p.description,
      latestSource: newest(references),
      confidences: confidences(references),
    };
    if (isYearly(p)) return { ...common, kind: 'yearly', ...yearCoverage(p.values.map((v) => v.year)) };
    const inForce = valueOn(p, today);
    return {
      ...common,
      kind: 'dated',
      years: [],
      ...(inForce && { inForceSince: inForce.from }),
      coversCurrent: Boolean(inForce),
      coversNext: p.values.length > 0,
      endsSoon: false,
    };
  });
  const noticeReferences = holidayCalendar.notices.map((n) => n.reference);
  parameters.push({
    id: holidayCalendar.id,
    description: holidayCalendar.description,
    kind: 'holidays',
    latestSource: newest(noticeReferences),
    confidences: confidences(noticeReferences),
    ...yearCoverage(coveredHolidayYears(book)),
  });
  const periodsEndingSoon = book.parameters.enrolmentPeriod.values
    .filter((v) => v.value.end >= today && v.value.end <= horizon)
    .map((v) => ({ year: v.year, end: v.value.end }));
  const holidayYears = coveredHolidayYears(book);
  return {
    today,
    currentYear,
    nextYear,
    horizonDays,
    parameters,
    periodsEndingSoon,
    yearsWithoutHolidayCalendar: [currentYear, nextYear].filter((y) => !holidayYears.includes(y)),
  };
}

function isYearly(p: Parameter<unknown> | YearlyParameter<unknown>): p is YearlyParameter<unknown> {
  return p.values.every((v) => 'year' in v);
}
