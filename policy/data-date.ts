/**
 * How current a book is, as a user can judge it: its version, the newest publication date among its sources
 * (数据截至), and whether the 年度 a payment made today is most probably for is included. Pure: the caller
 * passes the instant.
 */
import type { PolicyBook } from './book';
import { likelyPaymentYear, paymentYear } from './rules/coverage-year';
import type { Reference } from './types';

export interface DataDate {
  version: string;
  /** The newest `published` among the book's sources (`YYYY-MM-DD` or `YYYY-MM`); '' when none is dated. */
  newestSource: string;
  /** The 年度 a payment made today is most probably for. */
  likelyYear: number;
  /** False when that 年度's figures are not in the book: this copy may be out of date. */
  likelyYearIncluded: boolean;
}

function references(node: unknown, found: Reference[] = []): Reference[] {
  if (Array.isArray(node)) for (const item of node) references(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'reference' && value && typeof value === 'object') found.push(value as Reference);
      else references(value, found);
    }
  }
  return found;
}

/** Dates compare as text: `2026-01-10` > `2026-01` > `2025-12-08`. */
export function newestSourceDate(book: PolicyBook): string {
  return (
    references(book.parameters)
      .map((reference) => reference.published)
      .filter((published) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(published))
      .sort()
      .at(-1) ?? ''
  );
}

export function dataDate(book: PolicyBook, instant: number): DataDate {
  const likely = likelyPaymentYear(paymentYear(instant, book));
  return {
    version: book.version,
    newestSource: newestSourceDate(book),
    likelyYear: likely.year,
    likelyYearIncluded: likely.kind !== 'year-not-included',
  };
}
