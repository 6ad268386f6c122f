import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  batchDebitDays,
  benefitStartIfPaidOn,
  bundledPolicyBook,
  daysInMonth,
  fromDayNumber,
  isoDate,
  policySnapshot,
  beijingInstant,
  freshnessReport,
  nonWorkingDayMoves,
  selfPayDeadline,
  type PolicyBook,
} from '@/policy';
import { parsePolicyBook } from '@/policy/schema';

// Imported policy packs are validated by the schema and then run through the same rules: any book the schema
// accepts must give an answer (never a throw) for any instant, and the answer must be plain data.

const day2001to2099 = fc.integer({ min: 11323, max: 47117 }).map(fromDayNumber);

const window = fc
  .tuple(
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([a, b, h, m]) => ({
    firstDay: Math.min(a, b),
    lastDay: Math.max(a, b),
    closesAt: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  }));

const period = fc
  .tuple(
    fc.integer({ min: 2001, max: 2099 }),
    fc.integer({ min: 0, max: 300 }),
    fc.integer({ min: 0, max: 200 }),
    fc.boolean(),
  )
  .map(([year, before, length, stated]) => {
    const start = addDays(isoDate(year, 1, 1), -before);
    return {
      year,
      value: { start, end: addDays(start, length), ...(stated && { benefitsStart: isoDate(year, 1, 1) }) },
    };
  });

const announced = fc
  .tuple(
    fc.integer({ min: 2001, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 5 }),
  )
  .map(([y, m, days]) => ({
    month: isoDate(y, m, 1).slice(0, 7),
    days: days.filter((d) => d <= daysInMonth(y, m)).concat(days.every((d) => d > daysInMonth(y, m)) ? [1] : []),
  }));

const book: fc.Arbitrary<PolicyBook> = fc
  .record({
    window,
    batchDay: fc.integer({ min: 1, max: 28 }),
    move: fc.constantFrom(...nonWorkingDayMoves),
    locks: fc.boolean(),
    periods: fc.uniqueArray(period, { selector: (p) => p.year, maxLength: 6 }),
    waitingMonths: fc.integer({ min: 0, max: 60 }),
    notices: fc.subarray(bundledPolicyBook.parameters.holidayCalendar.notices),
    announced: fc.array(announced, { maxLength: 3 }),
  })
  .map(({ window, batchDay, move, locks, periods, waitingMonths, notices, announced }) => {
    const b = structuredClone(bundledPolicyBook);
    const reference = b.parameters.paymentWindow.values[0].reference;
    b.parameters.paymentWindow.values = [{ from: '2001-01-01', value: window, reference }];
    b.parameters.batchDebitRule.values = b.parameters.batchDebitRule.values.map((v) => ({
      ...v,
      value: { ...v.value, dayOfMonth: batchDay, ifNotWorkingDay: move, locksOtherChannels: locks },
    }));
    b.parameters.enrolmentPeriod.values = periods.map((p) => ({ ...p, reference }));
    b.parameters.waitingPeriod.values = periods.map((p) => ({
      year: p.year,
      value: { months: waitingMonths, text: '测试' },
      reference,
    }));
    b.parameters.holidayCalendar.notices = structuredClone(notices);
    b.parameters.announcedBatchDebitDays.values = announced.length
      ? [
          {
            year: 2050,
            value: announced.filter((a, i) => announced.findIndex((x) => x.month === a.month) === i),
            reference,
          },
        ]
      : [];
    return b;
  });

describe('rules on any book the schema accepts', () => {
  test('every generated book is valid, and every rule answers with plain data', () => {
    fc.assert(
      fc.property(book, day2001to2099, fc.integer({ min: 0, max: 1439 }), (b, date, minute) => {
        const parsed = parsePolicyBook(JSON.parse(JSON.stringify(b)));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const snapshot = policySnapshot(beijingInstant(date, time), parsed.book);
        expect(snapshot.today).toBe(date);
        expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
        const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
        expect(batchDebitDays(y, m, parsed.book).month).toBe(date.slice(0, 7));
        expect(benefitStartIfPaidOn(y, date, parsed.book).year).toBe(y);
        expect(freshnessReport(date, parsed.book).today).toBe(date);
        const deadline = selfPayDeadline(beijingInstant(date, time), { registered: minute % 2 === 0 }, parsed.book);
        expect(deadline.today).toBe(date);
        expect(JSON.parse(JSON.stringify(deadline))).toEqual(deadline);
      }),
      { numRuns: 300 },
    );
  });
});
