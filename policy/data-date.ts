/**
 * How current a book is, as a user can judge it: the newest publication date among its sources (数据截至).
 * Pure. Whether the likely 年度 is included is the snapshot's (`answers/snapshot.ts`, `likely`).
 */
import type { PolicyBook } from './book';
import type { Reference } from './types';

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

/**
 * Every source counts, whatever its confidence: 数据截至 says how recent the newest information in this copy is,
 * and each figure shows its own confidence beside it. Counting only official sources would date a copy by its
 * holiday notice while its newest figures came from a later secondary page.
 *
 * The newest `published` among the book's sources (`YYYY-MM-DD` or `YYYY-MM`), '' when none is dated. Dates
 * compare as text: `2026-01-10` > `2026-01` > `2025-12-08`.
 */
export function newestSourceDate(book: PolicyBook): string {
  return (
    references(book.parameters)
      .map((reference) => reference.published)
      .filter((published) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(published))
      .sort()
      .at(-1) ?? ''
  );
}
