import { describe, expect, test } from 'vitest';
import {
  accountDeductionDate,
  batchDebitDays,
  batchDebitToday,
  beijingInstant,
  bundledPolicyBook,
  type BatchDebitMonth,
  type NonWorkingDayMove,
  type PolicyBook,
} from '@/policy';

type Days = Extract<BatchDebitMonth, { kind: 'days' }>;

function month(year: number, m: number, book?: PolicyBook): Days {
  const result = batchDebitDays(year, m, book);
  if (result.kind !== 'days') throw new Error(`no rule for ${year}-${m}`);
  return result;
}

// policy/SOURCES.md, "Cross-checks in the tests": the 15th moved to the next working day, per month, 2024–2026.
const byRule: Record<number, string[]> = {
  2024: ['01-15', '02-18', '03-15', '04-15', '05-15', '06-17', '07-15', '08-15', '09-18', '10-15', '11-15', '12-16'],
  2025: ['01-15', '02-17', '03-17', '04-15', '05-15', '06-16', '07-15', '08-15', '09-15', '10-15', '11-17', '12-15'],
  2026: ['01-15', '02-24', '03-16', '04-15', '05-15', '06-15', '07-15', '08-17', '09-15', '10-15', '11-16', '12-15'],
};
const ruleTable = Object.entries(byRule).flatMap(([year, days]) =>
  days.map((d, i) => [Number(year), i + 1, `${year}-${d}`] as const),
);

describe('batch-debit day by the rule', () => {
  test.each(ruleTable)('%i-%i → %s', (year, m, expected) => {
    expect(month(year, m).days.find((d) => d.byRule)?.date).toBe(expected);
  });
});

describe('announced batch-debit days replace the rule for their month', () => {
  const table: [number, number, string[]][] = [
    [2023, 12, ['2023-12-15', '2023-12-18', '2023-12-19']],
    [2025, 1, ['2025-01-15', '2025-01-16', '2025-01-17']],
    [2025, 12, ['2025-12-15', '2025-12-16', '2025-12-17']],
  ];
  test.each(table)('%i-%i', (year, m, dates) => {
    const result = month(year, m);
    expect(result.days.map((d) => d.date)).toEqual(dates);
    expect(result.days.every((d) => d.announced)).toBe(true);
    expect(result.days.filter((d) => d.byRule).map((d) => d.date)).toEqual([dates[0]]);
    expect(result.ambiguities).toEqual([]);
    expect(result.references).toHaveLength(2);
  });

  test('a neighbouring month is by the rule alone', () => {
    expect(month(2023, 11).days).toEqual([{ date: '2023-11-15', announced: false, byRule: true }]);
    expect(month(2024, 1).days).toEqual([{ date: '2024-01-15', announced: false, byRule: true }]);
  });
});

describe('what the sources leave open', () => {
  test('February 2026: the computed day falls after the window → ambiguity with the candidate', () => {
    expect(month(2026, 2).ambiguities).toEqual([
      { kind: 'after-window', candidate: '2026-02-24', windowLastDay: '2026-02-20' },
      { kind: 'make-up-workday-in-window', dates: ['2026-02-14'] },
    ]);
  });

  test('February 2024: the rule lands on the Sunday 调休 working day; 02-19 if such days do not count', () => {
    expect(month(2024, 2).ambiguities).toEqual([
      { kind: 'make-up-workday', candidate: '2024-02-18', ifNotCounted: '2024-02-19' },
      { kind: 'make-up-workday-in-window', dates: ['2024-02-18'] },
    ]);
  });

  test.each([
    [2024, 5, ['2024-05-11']],
    [2024, 9, ['2024-09-14']],
    [2024, 10, ['2024-10-12']],
    [2025, 10, ['2025-10-11']],
    [2026, 5, ['2026-05-09']],
    [2026, 10, ['2026-10-10']],
  ])('%i-%i: make-up days inside the window are flagged', (year, m, dates) => {
    expect(month(year, m).ambiguities).toEqual([{ kind: 'make-up-workday-in-window', dates }]);
  });

  test('ordinary months are settled', () => {
    expect(month(2024, 12).ambiguities).toEqual([]);
    expect(month(2024, 12).caveats).toEqual([]);
  });

  test('2027: Monday–Friday fallback, with the caveat', () => {
    expect(month(2027, 3)).toMatchObject({
      days: [{ date: '2027-03-15' }],
      caveats: [{ kind: 'calendar-not-covered', year: 2027 }],
    });
  });

  test('before October 2021 the rule was not in force', () => {
    expect(batchDebitDays(2021, 9)).toEqual({ kind: 'rule-not-in-force', month: '2021-09' });
    expect(month(2021, 10).days[0].date).toBe('2021-10-15');
  });

  test('the 批扣 lock comes with every month, in the wording of the notice in force', () => {
    expect(month(2022, 5).lock?.text).toContain('批量扣款日无法通过其他方式缴费');
    expect(month(2024, 5).lock?.text).toBe('存在有效缴费协议（批扣）的参保人在银行批量扣款日不能使用其他渠道缴费');
    expect(month(2023, 11).lock?.reference.published).toBe('2021-09'); // the 2024年度 wording applies from 2023-11-15
    expect(month(2023, 12).lock?.reference.published).toBe('2023-11-14');
  });
});

/** The bundled book with every batch-debit rule value changed by `change`. */
function withRule(
  change: (rule: PolicyBook['parameters']['batchDebitRule']['values'][number]['value']) => void,
): PolicyBook {
  const b = structuredClone(bundledPolicyBook);
  for (const v of b.parameters.batchDebitRule.values) change(v.value);
  return b;
}

describe('the rule as a later notice may change it', () => {
  test.each<[NonWorkingDayMove, number, number, string, unknown[]]>([
    // 2026-02-15 falls in 春节 (02-15..23); 2024-09-15 in 中秋 (09-15..17), 09-14 being a 调休 Saturday.
    [
      'next-working-day',
      2026,
      2,
      '2026-02-24',
      [
        { kind: 'after-window', candidate: '2026-02-24', windowLastDay: '2026-02-20' },
        { kind: 'make-up-workday-in-window', dates: ['2026-02-14'] },
      ],
    ],
    [
      'previous-working-day',
      2026,
      2,
      '2026-02-14',
      [
        { kind: 'make-up-workday', candidate: '2026-02-14', ifNotCounted: '2026-02-13' },
        { kind: 'make-up-workday-in-window', dates: ['2026-02-14'] },
      ],
    ],
    ['same-day', 2026, 2, '2026-02-15', [{ kind: 'make-up-workday-in-window', dates: ['2026-02-14'] }]],
    [
      'previous-working-day',
      2024,
      9,
      '2024-09-14',
      [
        { kind: 'make-up-workday', candidate: '2024-09-14', ifNotCounted: '2024-09-13' },
        { kind: 'make-up-workday-in-window', dates: ['2024-09-14'] },
      ],
    ],
    ['next-working-day', 2024, 9, '2024-09-18', [{ kind: 'make-up-workday-in-window', dates: ['2024-09-14'] }]],
  ])('ifNotWorkingDay %s: %i-%i → %s', (move, year, m, expected, ambiguities) => {
    const result = month(
      year,
      m,
      withRule((rule) => (rule.ifNotWorkingDay = move)),
    );
    expect(result.days).toEqual([{ date: expected, announced: false, byRule: true }]);
    expect(result.ambiguities).toEqual(ambiguities);
  });

  test('without the lock no month says other channels are closed', () => {
    const open = withRule((rule) => (rule.locksOtherChannels = false));
    expect(month(2024, 5, open).lock).toBeUndefined();
    const today = batchDebitToday(beijingInstant('2024-05-15', '10:00'), open);
    expect(today.kind).toBe('batch-day');
    expect(today.kind !== 'rule-not-in-force' && 'lock' in today.month).toBe(false);
  });
});

describe('is now a batch-debit day?', () => {
  const table: [string, string, string][] = [
    ['2024-12-15', '10:00', 'not-batch-day'], // Sunday
    ['2024-12-16', '00:00', 'batch-day'],
    ['2024-12-16', '23:59', 'batch-day'],
    ['2024-12-17', '00:00', 'not-batch-day'],
    ['2023-12-18', '10:00', 'batch-day'], // announced
    ['2023-12-20', '10:00', 'not-batch-day'],
    ['2025-01-17', '10:00', 'batch-day'],
    ['2024-02-18', '10:00', 'possible-batch-day'],
    ['2024-02-19', '10:00', 'possible-batch-day'],
    ['2026-02-24', '10:00', 'possible-batch-day'],
    ['2026-02-20', '10:00', 'not-batch-day'],
  ];
  test.each(table)('%s %s Beijing → %s', (date, time, kind) => {
    expect(batchDebitToday(beijingInstant(date, time)).kind).toBe(kind);
  });
});

describe('personal-account deduction on the month’s last day', () => {
  const table: [string, string, boolean][] = [
    ['2023-11-15', '2023-11-30', false],
    ['2024-02-01', '2024-02-29', false],
    ['2024-02-29', '2024-02-29', true],
    ['2025-02-10', '2025-02-28', false],
    ['2024-09-30', '2024-09-30', true], // a Monday before 国庆: a calendar day, no 顺延
    ['2026-12-31', '2026-12-31', true],
    ['2027-01-05', '2027-01-31', false], // a Sunday: the notice says "每月最后一天"
  ];
  test.each(table)('%s → %s', (date, expected, isToday) => {
    expect(accountDeductionDate(date)).toMatchObject({ kind: 'deduction', date: expected, isToday });
  });
  test('not before the 2024年度 notice', () => {
    expect(accountDeductionDate('2023-11-14')).toEqual({ kind: 'rule-not-in-force', date: '2023-11-14' });
  });
});
