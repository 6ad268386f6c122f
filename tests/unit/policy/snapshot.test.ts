import { describe, expect, test } from 'vitest';
import { beijingInstant, bundledPolicyBook, paymentWindowStatus, policySnapshot, type PolicyBook } from '@/policy';
import { parsePolicyBook } from '@/policy/schema';

describe('everything one page needs, in one call', () => {
  test('2026-11-24: 2026年度 paid now cannot start; 2027年度 has no figures and its period may be open', () => {
    const s = policySnapshot(beijingInstant('2026-11-24', '10:00'));
    expect(s.today).toBe('2026-11-24');
    expect(s.paymentWindow.state).toBe('closed');
    expect(s.paymentYear.current).toMatchObject({
      kind: 'after-period',
      year: 2026,
      benefit: { kind: 'cannot-start-this-year' },
    });
    expect(s.paymentYear.next).toEqual({ kind: 'year-not-included', year: 2027, periodMayBeOpen: true });
    expect(s.figures.individualContribution).toMatchObject({
      kind: 'included',
      year: 2026,
      value: { elderly: 460, student: 435, 'working-age': 795 },
    });
    expect(
      s.figures.individualContribution.kind === 'included' && s.figures.individualContribution.reference.confidence,
    ).toBe('secondary');
    expect(s.figures.governmentSubsidy).toEqual({
      kind: 'year-not-included',
      year: 2026,
      parameter: 'government-subsidy',
    });
    expect(s.nextFigures?.individualContribution).toEqual({
      kind: 'year-not-included',
      year: 2027,
      parameter: 'individual-contribution',
    });
    expect(s.batchDebit.kind).toBe('not-batch-day');
    expect(s.accountDeduction).toMatchObject({ kind: 'deduction', date: '2026-11-30' });
    expect(s.hotlines?.value.map((h) => h.number)).toEqual(['12333', '12366', '4007112366']);
  });

  test('2024-12-16 10:00: window open, batch-debit day, 2024 standards from the quoted notice', () => {
    const s = policySnapshot(beijingInstant('2024-12-16', '10:00'));
    expect(s.paymentWindow.state).toBe('open');
    expect(s.batchDebit.kind).toBe('batch-day');
    expect(s.paymentYear.current).toMatchObject({ kind: 'after-period', year: 2024 });
    expect(s.paymentYear.next).toMatchObject({ kind: 'before-period', year: 2025, period: { start: '2024-12-30' } });
    expect(s.figures.governmentSubsidy).toMatchObject({ kind: 'included', value: { elderly: 4320 } });
  });

  test('the snapshot is plain data', () => {
    const s = policySnapshot(beijingInstant('2025-01-15', '09:00'));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('rules run on any valid book', () => {
  test('an imported pack with a 2027 holiday notice changes the answer, and the bundled book stays as it was', () => {
    const pack: PolicyBook = structuredClone(bundledPolicyBook);
    const template = pack.parameters.holidayCalendar.notices[3];
    // A made-up test calendar, not a claim about 2027.
    pack.parameters.holidayCalendar.notices.push({
      ...template,
      year: 2027,
      daysOff: [{ name: '测试假日', first: '2027-03-10', last: '2027-03-10' }],
      makeUpWorkdays: [],
    });
    const parsed = parsePolicyBook(JSON.parse(JSON.stringify(pack)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const instant = beijingInstant('2027-03-10', '10:00');
    expect(paymentWindowStatus(instant, parsed.book)).toMatchObject({
      state: 'closed',
      reason: 'holiday',
      caveats: [],
    });
    expect(paymentWindowStatus(instant)).toMatchObject({
      state: 'open',
      caveats: [{ kind: 'calendar-not-covered', year: 2027 }],
    });
  });
});
