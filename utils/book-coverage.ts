/** What a policy book covers, for the options page: 年度 with standards, holiday years, every source. */
import type { PolicyBook, Reference } from '@/policy';

export interface BookCoverage {
  standardYears: number[];
  holidayYears: number[];
  references: Reference[];
}

function collectReferences(value: unknown, into: Map<string, Reference>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'reference') {
      const reference = item as Reference;
      into.set(`${reference.url}|${reference.title}`, reference);
    } else collectReferences(item, into);
  }
}

export function bookCoverage(book: PolicyBook): BookCoverage {
  const references = new Map<string, Reference>();
  collectReferences(book.parameters, references);
  return {
    standardYears: book.parameters.individualContribution.values.map((v) => v.year).sort((a, b) => a - b),
    holidayYears: book.parameters.holidayCalendar.notices.map((n) => n.year).sort((a, b) => a - b),
    references: [...references.values()].sort((a, b) => b.published.localeCompare(a.published)),
  };
}
