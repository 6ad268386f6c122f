import { describe, expect, test } from 'vitest';
import { bundledPolicyBook, freshnessReport } from '@/policy';

describe('freshness report (pinned dates)', () => {
  test('2026-11-25: nothing for 2027 and no 2027 holiday calendar; 2026 data ends within 60 days', () => {
    const report = freshnessReport('2026-11-25', bundledPolicyBook);
    const byId = Object.fromEntries(report.parameters.map((p) => [p.id, p]));
    expect(report.yearsWithoutHolidayCalendar).toEqual([2027]);
    expect(byId['individual-contribution']).toMatchObject({
      coversCurrent: true,
      coversNext: false,
      coverageEnds: '2026-12-31',
      endsSoon: true,
    });
    expect(byId['government-subsidy']).toMatchObject({ coversCurrent: false, coversNext: false });
    expect(byId['holiday-calendar']).toMatchObject({
      kind: 'holidays',
      years: [2023, 2024, 2025, 2026],
      coversNext: false,
      endsSoon: true,
    });
    expect(byId['payment-window']).toMatchObject({
      kind: 'dated',
      inForceSince: '2021-10-01',
      coversCurrent: true,
      endsSoon: false,
    });
    expect(report.parameters).toHaveLength(Object.keys(bundledPolicyBook.parameters).length);
  });

  test('2025-01-20: the 2025年度 period is not ending within 60 days, 2026 holidays are in', () => {
    const report = freshnessReport('2025-01-20', bundledPolicyBook);
    expect(report.periodsEndingSoon).toEqual([]);
    expect(report.yearsWithoutHolidayCalendar).toEqual([]);
    expect(freshnessReport('2025-02-15', bundledPolicyBook).periodsEndingSoon).toEqual([
      { year: 2025, end: '2025-03-31' },
    ]);
  });
});
