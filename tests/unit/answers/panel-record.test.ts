/**
 * The record the background publishes for content scripts (answers/panel-record.ts, utils/panel-answers.ts): its
 * shape survives storage, a malformed one is refused, and its span of time is exact — at every sampled instant
 * in [validFrom, validUntil) the panel says what it says at the instant it was worked out for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { panelAnswersRecord, answersValidity, timesOfDay } from '@/answers/panel-record';
import { panelMessages } from '@/answers/panel';
import { answerSnapshot } from '@/answers/snapshot';
import { beijingInstant, bundledPolicyBook, type PolicyBook } from '@/policy';
import type { PaymentWindow } from '@/policy/parameters/payment-window';
import { answersHoldAt, messagesFor, panelAnswersAt, readPanelAnswers } from '@/utils/panel-answers';
import { pageKinds } from '@/utils/page-detection';

const window = bundledPolicyBook.parameters.paymentWindow;
const withWindows = (version: string, values: typeof window.values): PolicyBook => ({
  ...bundledPolicyBook,
  version,
  parameters: { ...bundledPolicyBook.parameters, paymentWindow: { ...window, values } },
});
const closingAt = (closesAt: string, v: (typeof window.values)[number]) => ({ ...v, value: { ...v.value, closesAt } });
const later: PaymentWindow = { firstDay: 1, lastDay: 25, closesAt: '16:30' };

const books: [string, PolicyBook][] = [
  ['the bundled book (15:00)', bundledPolicyBook],
  [
    'a test book closing at 16:30',
    withWindows(
      'test-1630',
      window.values.map((v) => closingAt('16:30', v)),
    ),
  ],
  [
    'a book whose window moves to 1–25, 16:30 from 2026-07-01',
    withWindows('test-moves', [
      ...window.values,
      { from: '2026-07-01', value: later, reference: window.values[0].reference },
    ]),
  ],
  [
    'a book closing at 09:45',
    withWindows(
      'test-0945',
      window.values.map((v) => closingAt('09:45', v)),
    ),
  ],
];

/** What a reader sees at `now`: every page kind's messages and the footer, as stored (JSON). */
const shownAt = (book: PolicyBook, now: number) => {
  const record = panelAnswersRecord({ book, origin: 'imported' }, now);
  return JSON.stringify([pageKinds.map((kind) => messagesFor(record, kind)), record.footer]);
};

const START = beijingInstant('2023-11-01');
const END = beijingInstant('2027-03-31');
const DAY = 86_400_000;
/** Uniform instants, and instants within a few minutes of the times of day answers turn at. */
const instant = fc.oneof(
  fc.integer({ min: START, max: END }),
  fc
    .tuple(
      fc.integer({ min: 0, max: Math.floor((END - START) / DAY) }),
      fc.constantFrom('00:00', '09:45', '15:00', '16:30'),
      fc.integer({ min: -180_000, max: 180_000 }),
    )
    .map(
      ([day, time, offset]) => beijingInstant(new Date(START + day * DAY).toISOString().slice(0, 10), time) + offset,
    ),
);

describe('the span the panel answers hold for', () => {
  it('is read from the book: midnight and every time of day it names', () => {
    expect(timesOfDay(bundledPolicyBook)).toEqual(['00:00', '15:00']);
    expect(timesOfDay(books[2][1])).toEqual(['00:00', '15:00', '16:30']);
    const { validFrom, validUntil } = answersValidity(bundledPolicyBook, beijingInstant('2026-03-10', '14:59'));
    expect([validFrom, validUntil]).toEqual([beijingInstant('2026-03-10'), beijingInstant('2026-03-10', '15:00')]);
    const evening = answersValidity(bundledPolicyBook, beijingInstant('2026-03-10', '15:00'));
    expect([evening.validFrom, evening.validUntil]).toEqual([
      beijingInstant('2026-03-10', '15:00'),
      beijingInstant('2026-03-11'),
    ]);
  });

  it.each(books)('holds at every sampled instant of [validFrom, validUntil): %s', (_, book) => {
    fc.assert(
      fc.property(
        instant,
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 3 }),
        (t, fractions) => {
          const { validFrom, validUntil } = answersValidity(book, t);
          expect(validFrom).toBeLessThanOrEqual(t);
          expect(validUntil).toBeGreaterThan(t);
          expect(validUntil - validFrom).toBeLessThanOrEqual(DAY);
          const expected = shownAt(book, t);
          const samples = [validFrom, validUntil - 1, ...fractions.map((f) => t + Math.floor(f * (validUntil - t)))];
          for (const s of samples) expect(shownAt(book, s)).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is not wider than it must be: on a payment day the answers change at the close', () => {
    const before = shownAt(bundledPolicyBook, beijingInstant('2026-03-10', '14:59'));
    expect(shownAt(bundledPolicyBook, beijingInstant('2026-03-10', '15:00'))).not.toBe(before);
    const late = books[1][1];
    expect(shownAt(late, beijingInstant('2026-03-10', '16:29'))).not.toBe(
      shownAt(late, beijingInstant('2026-03-10', '16:30')),
    );
  });
});

describe('the published record', () => {
  const now = beijingInstant('2026-02-24', '10:00');
  const record = panelAnswersRecord({ book: bundledPolicyBook, origin: 'bundled' }, now);
  const stored = JSON.parse(JSON.stringify(record));

  it('gives every page kind its panel messages, in order, each message stored once', () => {
    const snapshot = answerSnapshot({ book: bundledPolicyBook, origin: 'bundled' }, now);
    for (const kind of pageKinds)
      expect(messagesFor(stored, kind)).toEqual(JSON.parse(JSON.stringify(panelMessages(kind, snapshot))));
    const keys = record.messages.map((m) => JSON.stringify(m));
    expect(new Set(keys).size).toBe(keys.length);
    expect(record.footer.line).toMatch(/^数据版本 .* · 数据截至/);
    expect(record).toMatchObject({ format: 1, computedAt: now, bookVersion: bundledPolicyBook.version });
  });

  it('is read back after storage and holds exactly over its span', () => {
    expect(readPanelAnswers(stored)).toEqual(stored);
    expect(panelAnswersAt(stored, now)).toBeDefined();
    expect(answersHoldAt(stored, record.validFrom)).toBe(true);
    expect(answersHoldAt(stored, record.validUntil - 1)).toBe(true);
    expect(panelAnswersAt(stored, record.validUntil)).toBeUndefined(); // slept past it
    expect(panelAnswersAt(stored, record.validFrom - 1)).toBeUndefined(); // clock set back
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'panel'],
    ['another format', { ...stored, format: 2 }],
    ['no span', { ...stored, validUntil: undefined }],
    ['a span that does not hold its own instant', { ...stored, validUntil: stored.computedAt }],
    ['a message without a headline', { ...stored, messages: [{ ...stored.messages[0], headline: 1 }] }],
    ['a page pointing past the messages', { ...stored, pages: { ...stored.pages, 'etax-social-fee': [999] } }],
    ['pages that are not lists', { ...stored, pages: { 'etax-social-fee': 'all' } }],
    ['no footer', { ...stored, footer: null }],
    ['an out-of-date line that is not text', { ...stored, footer: { line: 'x', outOfDate: 3 } }],
  ])('is refused when malformed: %s', (_, value) => {
    expect(readPanelAnswers(value)).toBeUndefined();
    expect(panelAnswersAt(value, now)).toBeUndefined();
  });
});
