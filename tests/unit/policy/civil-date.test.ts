import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMonths, dayNumber, endOfMonth, fromDayNumber, parseIsoDate, weekday } from '@/policy';

// The integer algorithms against the platform's UTC calendar, 1900–2200.
describe('civil dates', () => {
  const day = fc.integer({ min: -25567, max: 84006 });
  test('fromDayNumber matches Date in UTC, and dayNumber inverts it', () => {
    fc.assert(
      fc.property(day, (n) => {
        const date = fromDayNumber(n);
        expect(date).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(date)).toBe(n);
        expect(weekday(date)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  test.each([
    '2024-02-30',
    '2023-02-29',
    '2100-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-4-1',
    '20240401',
  ])('rejects %s', (date) => {
    expect(() => parseIsoDate(date)).toThrow(RangeError);
  });
  test.each(['2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (date) =>
    expect(() => parseIsoDate(date)).not.toThrow(),
  );

  test.each([
    ['2024-02-01', '2024-02-29'],
    ['2025-02-14', '2025-02-28'],
    ['2026-12-05', '2026-12-31'],
  ])('endOfMonth(%s) = %s', (date, expected) => expect(endOfMonth(date)).toBe(expected));

  test.each([
    ['2024-11-30', 3, '2025-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-10-01', 3, '2025-01-01'],
    ['2024-01-31', -2, '2023-11-30'],
  ] as const)('addMonths(%s, %i) = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));
});
