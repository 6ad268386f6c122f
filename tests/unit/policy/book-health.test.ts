import { describe, expect, test } from 'vitest';
import { bundledPolicyBook, type PolicyBook, type Reference } from '@/policy';
import { parsePolicyBook, policyBookSchema } from '@/policy/schema';

const book = bundledPolicyBook;
const parameters = Object.values(book.parameters);

/** Every reference in the book, with where it sits. */
function references(b: PolicyBook): [string, Reference][] {
  const out: [string, Reference][] = [];
  for (const p of Object.values(b.parameters)) {
    if ('notices' in p)
      for (const n of p.notices as { year: number; reference: Reference }[])
        out.push([`${p.id} ${n.year}`, n.reference]);
    else
      for (const v of p.values as { reference: Reference; year?: number; from?: string }[])
        out.push([`${p.id} ${v.year ?? v.from}`, v.reference]);
  }
  return out;
}

/** A deep copy to break. */
function copy(): PolicyBook {
  return structuredClone(book);
}

describe('data health of the bundled book', () => {
  test('the bundled book passes the schema, also after a JSON round trip', () => {
    expect(parsePolicyBook(book)).toEqual({ ok: true, book });
    expect(policyBookSchema.safeParse(JSON.parse(JSON.stringify(book))).success).toBe(true);
  });

  test('parameter ids are unique and kebab-case', () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  test.each(references(book))('%s is sourced with a known confidence', (_, reference) => {
    expect(reference.publisher.length).toBeGreaterThan(0);
    expect(reference.title.length).toBeGreaterThan(0);
    expect(reference.url).toMatch(/^(https?:\/\/|sources\/)/);
    expect(['official', 'quoted-official', 'secondary']).toContain(reference.confidence);
  });

  test('no value claims "official": no official page was opened directly (policy/SOURCES.md)', () => {
    expect(references(book).filter(([, r]) => r.confidence === 'official')).toEqual([]);
  });

  test('the 2023 subsidy, which is only inferred, is not in the book', () => {
    expect(book.parameters.governmentSubsidy.values.map((v) => v.year)).toEqual([2024, 2025]);
  });

  test('the unsourced hotline 010-12393 is not in the book', () => {
    expect(JSON.stringify(book)).not.toContain('12393');
  });

  test('yearly parameters have no duplicate 年度, dated ones increase strictly', () => {
    for (const p of parameters) {
      if ('notices' in p) continue;
      const keys = (p.values as { year?: number; from?: string }[]).map((v) => v.year ?? v.from);
      expect(new Set(keys).size, p.id).toBe(keys.length);
      expect([...keys].sort(), p.id).toEqual(keys);
    }
  });

  test('coverage: standards and 集中参保期 2021–2026, holidays 2023–2026', () => {
    expect(book.parameters.individualContribution.values.map((v) => v.year)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(book.parameters.enrolmentPeriod.values.map((v) => v.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(book.parameters.holidayCalendar.notices.map((n) => n.year)).toEqual([2023, 2024, 2025, 2026]);
  });
});

describe('broken books fail the schema', () => {
  const broken: [string, (b: PolicyBook & Record<string, unknown>) => void, string][] = [
    [
      'an unknown confidence',
      (b) =>
        void ((b.parameters.individualContribution.values[0].reference as { confidence: string }).confidence = 'high'),
      'confidence',
    ],
    [
      'a value without a reference',
      (b) => void delete (b.parameters.paymentWindow.values[0] as Partial<{ reference: unknown }>).reference,
      'reference',
    ],
    ['an unreal date', (b) => void (b.parameters.enrolmentPeriod.values[0].value.end = '2021-02-30'), 'end'],
    ['a date in another format', (b) => void (b.parameters.paymentWindow.values[0].from = '2021/10/01'), 'from'],
    [
      'a duplicate 年度',
      (b) =>
        void b.parameters.individualContribution.values.push(
          structuredClone(b.parameters.individualContribution.values[0]),
        ),
      'values',
    ],
    [
      'a duplicate holiday year',
      (b) => void b.parameters.holidayCalendar.notices.push(structuredClone(b.parameters.holidayCalendar.notices[0])),
      'notices',
    ],
    ['a duplicate id', (b) => void (b.parameters.hotlines.id = b.parameters.paymentWindow.id), 'parameters'],
    ['a 年度 out of range', (b) => void (b.parameters.individualContribution.values[0].year = 1999), 'year'],
    ['a negative amount', (b) => void (b.parameters.governmentSubsidy.values[0].value.elderly = -1), 'elderly'],
    ['an absurd amount', (b) => void (b.parameters.governmentSubsidy.values[0].value.elderly = 1e7), 'elderly'],
    [
      'a non-finite amount',
      (b) => void (b.parameters.governmentSubsidy.values[0].value.student = Number.POSITIVE_INFINITY),
      'student',
    ],
    [
      'an unknown key',
      (b) => void ((b.parameters.hotlines as unknown as Record<string, unknown>).extra = 1),
      'hotlines',
    ],
    ['an unknown top-level key', (b) => void (b.extra = 1), '(book)'],
    ['an over-long string', (b) => void (b.parameters.hotlines.description = 'x'.repeat(5000)), 'description'],
    ['an empty publisher', (b) => void (b.parameters.hotlines.values[0].reference.publisher = ''), 'publisher'],
    ['a javascript: URL', (b) => void (b.parameters.hotlines.values[0].reference.url = 'javascript:alert(1)'), 'url'],
    ['dated values out of order', (b) => void b.parameters.batchDebitRule.values.reverse(), 'values'],
    [
      'a period that ends before it starts',
      (b) => void (b.parameters.enrolmentPeriod.values[0].value.end = '2020-09-30'),
      'enrolmentPeriod',
    ],
    [
      'an announced day that does not exist',
      (b) => {
        b.parameters.announcedBatchDebitDays.values[0].value[0].month = '2024-02';
        b.parameters.announcedBatchDebitDays.values[0].value[0].days = [30];
      },
      'announcedBatchDebitDays',
    ],
    [
      'a 40-day holiday',
      (b) => void (b.parameters.holidayCalendar.notices[0].daysOff[0].last = '2023-02-10'),
      'daysOff',
    ],
    [
      'a missing parameter',
      (b) => void delete (b.parameters as Partial<PolicyBook['parameters']>).hotlines,
      'hotlines',
    ],
    [
      'a payment-window hour that is no time',
      (b) => void (b.parameters.paymentWindow.values[0].value.closesAt = '25:00'),
      'closesAt',
    ],
  ];
  test.each(broken)('%s', (_, breakIt, path) => {
    const b = copy() as PolicyBook & Record<string, unknown>;
    breakIt(b);
    const result = parsePolicyBook(b);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toContain(path);
  });

  test('not a book at all', () => {
    for (const input of [null, 42, 'book', [], {}]) expect(parsePolicyBook(input).ok).toBe(false);
  });
});
