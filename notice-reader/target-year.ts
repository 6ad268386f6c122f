/**
 * The 年度 a notice is about: "2024年度" in the title, else in a heading, else in the body's first sentence about
 * 城乡居民 参保 / 缴费; a title's "2024年…城乡居民" without 度 counts when nothing says 年度.
 */
import type { Segment } from './segments';
import type { Found, NoticeInput } from './types';

const YEAR_DU = /(?<!\d)(\d{4})\s*年度/g;
const YEAR_PLAIN = /(?<!\d)(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g;
const ABOUT_RESIDENTS = /城乡居民|居民医保|居民基本医疗保险/;

export interface YearFinding {
  year?: Found<number>;
  /** Different 年度 named where the target is read from (a title about two years is not one notice). */
  others: Found<number>[];
}

function yearsIn(text: string, pattern: RegExp): number[] {
  return [...new Set([...text.normalize('NFKC').matchAll(pattern)].map((m) => Number(m[1])))];
}

export function findTargetYear(input: NoticeInput, segments: Segment[]): YearFinding {
  const places: { text: string; evidence: string; source: Found<number>['source'] }[] = [
    { text: input.title, evidence: input.title, source: 'title' },
    ...input.headings.map((heading) => ({ text: heading, evidence: heading, source: 'heading' as const })),
    ...segments
      .filter((s) => ABOUT_RESIDENTS.test(s.text))
      .map((s) => ({ text: s.text, evidence: s.raw, source: 'body' as const })),
  ];
  for (const pattern of [YEAR_DU, YEAR_PLAIN]) {
    for (const place of places) {
      if (pattern === YEAR_PLAIN && !(place.source === 'title' && ABOUT_RESIDENTS.test(place.text))) continue;
      const years = yearsIn(place.text, pattern);
      if (!years.length) continue;
      const [first, ...rest] = years.map((value) => ({ value, evidence: place.evidence.trim(), source: place.source }));
      return { year: first, others: place.source === 'body' ? [] : rest };
    }
  }
  return { others: [] };
}
