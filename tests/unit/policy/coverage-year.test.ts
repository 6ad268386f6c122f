import { describe, expect, test } from 'vitest';
import {
  beijingInstant,
  benefitStartIfPaidOn,
  bundledPolicyBook,
  dayNumber,
  likelyPaymentYear,
  paymentYear,
  type PaymentYear,
  type PolicyBook,
} from '@/policy';

type Brief = [string, number, number?] | ['year-not-included', number, boolean];

/** `[kind, year, daysLeft | days until the start]` or `['year-not-included', year, periodMayBeOpen]`. */
function brief(s: PaymentYear['current'], today: string): Brief {
  switch (s.kind) {
    case 'in-period':
      return [s.kind, s.year, s.daysLeft];
    case 'before-period':
      return [s.kind, s.year, dayNumber(s.period.start) - dayNumber(today)];
    case 'after-period':
      return [s.kind, s.year];
    case 'year-not-included':
      return [s.kind, s.year, s.periodMayBeOpen];
  }
}

// Beijing date-time → current 年度, next 年度. Each 集中参保期 edge: the day before, first day, last day, day after.
const table: [string, string, Brief, Brief | null][] = [
  ['2020-09-30', '12:00', ['year-not-included', 2020, false], ['before-period', 2021, 1]],
  ['2020-10-01', '00:00', ['in-period', 2021, 92], null],
  ['2020-12-31', '23:59', ['in-period', 2021, 1], null],
  ['2021-01-01', '00:00', ['after-period', 2021], ['before-period', 2022, 273]],
  ['2021-09-30', '12:00', ['after-period', 2021], ['before-period', 2022, 1]],
  ['2021-10-01', '12:00', ['in-period', 2022, 91], null],
  ['2021-12-30', '12:00', ['in-period', 2022, 1], null],
  ['2021-12-31', '12:00', ['after-period', 2022], null], // 2022年度's period ended a day before the year
  ['2022-10-31', '12:00', ['after-period', 2022], ['before-period', 2023, 1]],
  ['2022-11-01', '12:00', ['in-period', 2023, 92], null],
  ['2023-01-31', '23:59', ['in-period', 2023, 1], ['before-period', 2024, 288]],
  ['2023-02-01', '00:00', ['after-period', 2023], ['before-period', 2024, 287]],
  ['2023-11-14', '12:00', ['after-period', 2023], ['before-period', 2024, 1]],
  ['2023-11-15', '00:00', ['in-period', 2024, 78], null],
  ['2024-01-31', '12:00', ['in-period', 2024, 1], ['before-period', 2025, 334]],
  ['2024-02-01', '12:00', ['after-period', 2024], ['before-period', 2025, 333]],
  ['2024-12-29', '12:00', ['after-period', 2024], ['before-period', 2025, 1]],
  ['2024-12-30', '12:00', ['in-period', 2025, 92], null],
  ['2025-03-31', '12:00', ['in-period', 2025, 1], ['before-period', 2026, 244]],
  ['2025-04-01', '12:00', ['after-period', 2025], ['before-period', 2026, 243]],
  ['2025-11-29', '12:00', ['after-period', 2025], ['before-period', 2026, 1]],
  ['2025-11-30', '12:00', ['in-period', 2026, 91], null],
  ['2026-02-28', '12:00', ['in-period', 2026, 1], ['year-not-included', 2027, false]],
  ['2026-03-01', '12:00', ['after-period', 2026], ['year-not-included', 2027, false]],
  // Today's situation: 2027年度's period is probably open, and the book has nothing for it.
  ['2026-09-30', '12:00', ['after-period', 2026], ['year-not-included', 2027, false]],
  ['2026-10-01', '12:00', ['after-period', 2026], ['year-not-included', 2027, true]],
  ['2026-11-24', '12:00', ['after-period', 2026], ['year-not-included', 2027, true]],
  ['2027-01-15', '12:00', ['year-not-included', 2027, true], ['year-not-included', 2028, false]],
  ['2027-04-01', '12:00', ['year-not-included', 2027, false], ['year-not-included', 2028, false]],
];

describe('the 年度 a payment made now is for', () => {
  test.each(table)('%s %s Beijing', (date, time, current, next) => {
    const answer = paymentYear(beijingInstant(date, time));
    expect(answer.today).toBe(date);
    expect(brief(answer.current, answer.today)).toEqual(current);
    if (next?.length) expect(answer.next && brief(answer.next, answer.today)).toEqual(next);
    if (next === null) expect(answer.next).toBeUndefined();
  });

  test.each([
    ['2024-12-16', ['after-period', 2024]], // 2025's period is announced and not open yet
    ['2025-12-01', ['in-period', 2026, 90]],
    ['2026-09-30', ['after-period', 2026]],
    ['2026-10-01', ['year-not-included', 2027, true]], // from here a 2027 period may be open: say "not included"
    ['2026-11-24', ['year-not-included', 2027, true]],
    ['2027-01-15', ['year-not-included', 2027, true]],
  ] as const)('likely 年度 on %s', (date, expected) => {
    expect(brief(likelyPaymentYear(paymentYear(beijingInstant(date, '12:00'))), date)).toEqual(expected);
  });

  test('the last day of the period counts, and says so', () => {
    const { current } = paymentYear(beijingInstant('2024-01-31', '14:00'));
    expect(current).toMatchObject({ kind: 'in-period', daysLeft: 1 });
  });

  test('Beijing midnight decides, whatever the machine zone: 2024-01-31 16:00 UTC is already 02-01 in Beijing', () => {
    expect(paymentYear(Date.parse('2024-01-31T15:59:00Z')).current.kind).toBe('in-period');
    expect(paymentYear(Date.parse('2024-01-31T16:00:00Z')).current.kind).toBe('after-period');
  });
});

describe('benefit start if paid on a date', () => {
  const table: [number, string, Record<string, unknown>][] = [
    [2024, '2023-11-14', { kind: 'period-not-open', periodStart: '2023-11-15' }],
    [2024, '2023-11-15', { kind: 'from-period-start', start: '2024-01-01' }],
    [2024, '2024-01-31', { kind: 'from-period-start', start: '2024-01-01' }],
    [
      2024,
      '2024-02-01',
      {
        kind: 'after-waiting-period',
        text: expect.stringContaining('3个月等待期满后方可享受'),
        waitingMonths: 3,
        benefitsFrom: '2024-05-01',
      },
    ],
    [2024, '2024-09-30', { kind: 'after-waiting-period', benefitsFrom: '2024-12-30' }],
    [2024, '2024-10-01', { kind: 'cannot-start-this-year', benefitsFrom: '2025-01-01', yearEnd: '2024-12-31' }],
    [2024, '2024-11-30', { kind: 'cannot-start-this-year', benefitsFrom: '2025-02-28' }],
    [2024, '2025-01-01', { kind: 'year-over' }],
    [2025, '2025-03-31', { kind: 'from-period-start', start: '2025-01-01' }],
    [
      2025,
      '2025-04-01',
      { kind: 'after-waiting-period', text: expect.stringContaining('2025年度'), benefitsFrom: '2025-07-01' },
    ],
    // 2026: no Beijing waiting rule included; only the national guideline's fixed 3 months is known.
    [
      2026,
      '2026-03-01',
      {
        kind: 'after-waiting-period',
        reference: { title: expect.stringContaining('国办发〔2024〕38号') },
        text: expect.stringContaining('固定待遇等待期3个月'),
        benefitsFrom: '2026-06-01',
      },
    ],
    [
      2026,
      '2026-11-24',
      {
        kind: 'cannot-start-this-year',
        reference: { title: expect.stringContaining('国办发〔2024〕38号') },
        text: expect.stringContaining('固定待遇等待期3个月'),
        benefitsFrom: '2027-02-24',
      },
    ],
    // 2021–2023: the notices state neither a benefit start nor a waiting period.
    [2023, '2022-11-01', { kind: 'in-period-start-not-stated' }],
    [2023, '2023-02-01', { kind: 'waiting-rule-not-included', periodEnd: '2023-01-31' }],
    [2027, '2026-11-24', { kind: 'year-not-included' }],
    [2020, '2020-05-01', { kind: 'year-not-included' }],
  ];
  test.each(table)('年度 %i paid %s', (year, paidOn, expected) => {
    expect(benefitStartIfPaidOn(year, paidOn)).toMatchObject({ year, ...expected });
  });

  test('late payment caveats: the count is not stated; from 2025 the national variable period is not included', () => {
    const kinds = (year: number, date: string) => {
      const b = benefitStartIfPaidOn(year, date);
      return 'caveats' in b ? b.caveats.map((c) => c.kind) : [];
    };
    expect(kinds(2024, '2024-02-01')).toEqual(['waiting-count-not-stated']);
    expect(kinds(2025, '2025-04-01')).toEqual(['waiting-count-not-stated', 'variable-waiting-not-included']);
  });

  test('an imported book that adds 2027 is used as is', () => {
    const pack: PolicyBook = structuredClone(bundledPolicyBook);
    const reference = pack.parameters.enrolmentPeriod.values[5].reference;
    pack.parameters.enrolmentPeriod.values.push({
      year: 2027,
      value: { start: '2026-11-20', end: '2027-02-28', benefitsStart: '2027-01-01' },
      reference,
    });
    expect(brief(paymentYear(beijingInstant('2026-11-24', '12:00'), pack).current, '2026-11-24')).toEqual([
      'in-period',
      2027,
      97,
    ]);
    expect(brief(paymentYear(beijingInstant('2026-11-24', '12:00')).current, '2026-11-24')).toEqual([
      'after-period',
      2026,
    ]);
  });
});
