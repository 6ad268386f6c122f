import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  beijingInstant,
  bundledPolicyBook,
  dateRange,
  dayInfo,
  paymentWindowStatus,
  selfPayDeadline,
  type PolicyBook,
  type SelfPayDeadline,
  type SelfPayPeriod,
} from '@/policy';

function at(date: string, time: string, registered?: boolean, book?: PolicyBook): SelfPayDeadline {
  return selfPayDeadline(beijingInstant(date, time), { registered }, book);
}

function period(result: SelfPayDeadline): SelfPayPeriod {
  if (result.kind !== 'period') throw new Error(`expected a period, got ${result.kind}`);
  return result;
}

describe('the cases the issue names', () => {
  test('2026-02-24: period to 02-28, window shut until 03-05 → no self-pay slot; deduction 02-28 still inside', () => {
    const r = period(at('2026-02-24', '10:00'));
    expect(r).toMatchObject({ year: 2026, period: { end: '2026-02-28' }, periodState: 'open', slotLeft: false });
    expect(r.lastSlot).toMatchObject({ date: '2026-02-13', closesAt: beijingInstant('2026-02-13', '15:00') });
    expect(r.afterLastSlot?.slot).toMatchObject({
      date: '2026-03-05',
      closesAt: beijingInstant('2026-03-05', '15:00'),
    });
    // Beijing's 2026 waiting rule is not included: the national guideline's fixed 3 months.
    expect(r.afterLastSlot?.benefit).toMatchObject({ kind: 'after-waiting-period', benefitsFrom: '2026-06-05' });
    expect(r.otherChannels.map((c) => [c.kind, c.date])).toEqual([
      ['batch-debit', '2026-02-24'],
      ['account-deduction', '2026-02-28'],
    ]);
    // The rule's 02-24 batch day lies after the window's 20th: the sources leave it open.
    expect(r.otherChannels[0]).toMatchObject({
      ambiguities: [{ kind: 'after-window', candidate: '2026-02-24' }],
      lock: { reference: expect.any(Object) },
    });
    expect(r.inPeriodCaveats).toMatchObject([{ kind: 'national-waiting-guideline', guideline: { fixedMonths: 3 } }]);
  });

  test('2026-02-10: last slot Friday 02-13 15:00 (春节 02-15..23); the 调休 Saturday 02-14 is only a maybe', () => {
    const r = period(at('2026-02-10', '10:00'));
    expect(r.slotLeft).toBe(true);
    expect(r.afterLastSlot).toBeUndefined();
    expect(r.lastSlot).toMatchObject({
      date: '2026-02-13',
      closesAtTime: '15:00',
      closesAt: beijingInstant('2026-02-13', '15:00'),
      caveats: [],
    });
    expect(r.lastSlot?.laterMakeUpWorkday).toMatchObject({
      date: '2026-02-14',
      caveats: [{ kind: 'make-up-workday', date: '2026-02-14' }],
    });
    expect(r.benefitIfPaidInPeriod).toMatchObject({ kind: 'from-period-start', start: '2026-01-01' });
  });

  test.each([
    ['2025-03-20', '2025-03-31', '2025-04-07', '2025-07-07'],
    ['2024-01-19', '2024-01-31', '2024-02-05', '2024-05-05'],
  ])(
    '%s: a slot until 15:00, none from 15:00 on (period to %s; next %s, benefits from %s)',
    (day, end, next, benefitsFrom) => {
      const before = period(at(day, '14:59'));
      expect(before).toMatchObject({ slotLeft: true, lastSlot: { date: day }, period: { end } });
      const after = period(at(day, '15:00'));
      expect(after).toMatchObject({ slotLeft: false, lastSlot: { date: day } });
      expect(after.afterLastSlot).toMatchObject({
        slot: { date: next },
        benefit: { kind: 'after-waiting-period', benefitsFrom },
      });
      expect(after.otherChannels).toMatchObject([{ kind: 'account-deduction', date: end }]);
    },
  );

  test('2024年度 predates the national guideline: no 38号 caveat; 2025年度 has it', () => {
    expect(period(at('2024-01-10', '10:00')).inPeriodCaveats).toEqual([]);
    expect(period(at('2025-01-10', '10:00')).inPeriodCaveats.map((c) => c.kind)).toEqual([
      'national-waiting-guideline',
    ]);
  });
});

describe('people not yet registered (当月参保，次月缴费)', () => {
  test('register by the end of the month before the last slot', () => {
    expect(period(at('2024-12-31', '10:00', false)).registration).toMatchObject({
      kind: 'register-by',
      date: '2025-02-28',
      forSlot: '2025-03-20',
      stillPossible: true,
    });
    expect(period(at('2025-02-28', '23:59', false)).registration).toMatchObject({ stillPossible: true });
    const late = period(at('2025-03-01', '00:00', false)).registration;
    expect(late).toMatchObject({
      kind: 'register-by',
      stillPossible: false,
      ifRegisteredToday: { slot: { date: '2025-04-07' }, benefit: { kind: 'after-waiting-period' } },
    });
  });

  test('registered people get no registration facts; a 年度 without the wording says so', () => {
    expect(period(at('2025-01-10', '10:00', true)).registration).toBeUndefined();
    expect(period(at('2026-01-10', '10:00')).registration).toEqual({ kind: 'rule-not-included', year: 2026 });
  });
});

describe('choosing the period', () => {
  test('before a period opens it is the next one; a missing 年度 is said, not replaced', () => {
    expect(period(at('2025-11-20', '10:00'))).toMatchObject({ year: 2026, periodState: 'not-started', slotLeft: true });
    expect(period(at('2021-12-31', '10:00'))).toMatchObject({ year: 2023, periodState: 'not-started' });
    // 2020年度 is not included, but its period would be long over: the next one, 2021年度's, is.
    expect(period(at('2020-09-30', '10:00'))).toMatchObject({
      year: 2021,
      periodState: 'not-started',
      lastSlot: null,
      slotLeft: false,
    });
    expect(at('2026-11-24', '10:00')).toMatchObject({ kind: 'period-not-included', year: 2027, periodMayBeOpen: true });
    expect(at('2026-05-01', '10:00')).toMatchObject({
      kind: 'period-not-included',
      year: 2027,
      periodMayBeOpen: false,
    });
  });

  test('every result names its sources', () => {
    const r = period(at('2026-02-24', '10:00'));
    const urls = r.references.map((x) => x.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const reference of [r.periodReference, r.lastSlot!.reference, ...r.inPeriodCaveats.map((c) => c.reference)])
      expect(urls).toContain(reference.url);
  });
});

// An independent check: whether any payment-window moment exists on a day, from paymentWindowStatus at midnight
// (the window is open from the day's start until its closing time).
const windowDay = new Map<string, boolean>();
function hasWindowMoment(date: string): boolean {
  let known = windowDay.get(date);
  if (known === undefined)
    windowDay.set(date, (known = paymentWindowStatus(beijingInstant(date, '00:00')).state === 'open'));
  return known;
}

function checkAgainstBruteForce(now: number): void {
  const r = selfPayDeadline(now);
  if (r.kind !== 'period') return;
  const { period: p, lastSlot } = r;
  expect(r.today <= p.end).toBe(true);
  if (!lastSlot) {
    expect(dateRange(p.start, p.end).some(hasWindowMoment)).toBe(false);
    return;
  }
  // (a) inside the period
  expect(lastSlot.date >= p.start && lastSlot.date <= p.end).toBe(true);
  // (b) a payment-window moment: open just before closesAt, closed at it
  expect(paymentWindowStatus(lastSlot.closesAt - 1)).toMatchObject({ state: 'open', today: lastSlot.date });
  expect(paymentWindowStatus(lastSlot.closesAt).state).not.toBe('open');
  // (c) no later window moment inside the period, but on 调休 weekend days, of which the latest is reported
  const later = dateRange(addDays(lastSlot.date, 1), p.end).filter(hasWindowMoment);
  for (const date of later) expect(dayInfo(date).kind).toBe('make-up-workday');
  expect(lastSlot.laterMakeUpWorkday?.date).toBe(later.at(-1));
  // (d) reported as left only while it is ahead
  expect(r.slotLeft).toBe(now < lastSlot.closesAt);
  if (!r.slotLeft) {
    const next = r.afterLastSlot!.slot!;
    expect(next.closesAt > now).toBe(true);
    // No window moment between now and the next slot's day.
    const status = paymentWindowStatus(now);
    expect(next.date).toBe(
      status.state === 'open' ? status.today : status.state === 'closed' ? status.next?.date : undefined,
    );
  }
}

describe('against a brute-force search over the days', () => {
  test('every day 2023-11-01..2026-12-31 at 10:00 and 16:00 Beijing', () => {
    let checked = 0;
    for (const date of dateRange('2023-11-01', '2026-12-31')) {
      for (const time of ['10:00', '16:00']) {
        checkAgainstBruteForce(beijingInstant(date, time));
        checked++;
      }
    }
    expect(checked).toBe(2 * 1157);
  });

  test('any instant 2020..2027 (fast-check)', () => {
    const from = beijingInstant('2020-01-01');
    const to = beijingInstant('2027-12-31', '23:59');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (now) => checkAgainstBruteForce(now)),
      { numRuns: 400 },
    );
  });
});

test('a book without holiday notices: dates carry the calendar-not-covered caveat', () => {
  const b = structuredClone(bundledPolicyBook);
  b.parameters.holidayCalendar.notices = [];
  const r = period(at('2026-02-10', '10:00', true, b));
  expect(r.lastSlot).toMatchObject({ date: '2026-02-20', caveats: [{ kind: 'calendar-not-covered', year: 2026 }] });
});
