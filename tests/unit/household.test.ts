/** The household plan's pure parts, with `now` passed in (run once per machine time zone). */
import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/household/badge';
import { householdEvents } from '@/household/calendar';
import { type Household, labelProblem, parseHousehold } from '@/household/model';
import { householdPlan as planFrom } from '@/household/plan';
import { answerSnapshot } from '@/answers/snapshot';
import { family } from './household-family';
import { reminderSchedule } from '@/household/reminders';
import { beijingInstant, bundledPolicyBook as book } from '@/policy';

const at = (date: string, time = '10:00') => beijingInstant(date, time);
/** The plan from the same answer snapshot the panel uses. */
const householdPlan = (household: Household, now: number) =>
  planFrom(household, answerSnapshot({ book, origin: 'bundled' }, now));

describe('household plan', () => {
  it('totals the unpaid amounts of the 年度 in force and gives each channel its own last chance', () => {
    const plan = householdPlan(family, at('2026-01-20'));
    if (plan.kind !== 'plan') throw new Error(plan.kind);
    expect(plan.year).toBe(2026);
    expect(plan.unpaidTotal).toBe(460 + 460 + 795);
    expect(plan.people.map((p) => [p.person.label, p.deadline?.date, p.deadline?.via])).toEqual([
      ['爸爸', '2026-02-13', 'self-pay'],
      ['妈妈', '2026-02-24', 'batch-debit'],
      ['小明', '2026-02-13', 'school'],
      ['我', '2026-02-28', 'personal-account'],
    ]);
    // Paying after the last chance starts a waiting period: said before that date comes.
    expect(plan.people[0].late).toMatchObject({ date: '2026-03-05', benefit: { kind: 'after-waiting-period' } });
  });

  it('uses 2025年度 amounts in its period and says a 年度 that is not included', () => {
    const p2025 = householdPlan(family, at('2025-01-10'));
    expect(p2025.kind === 'plan' && p2025.unpaidTotal).toBe(430 + 430 + 405 + 750);
    const p2027 = householdPlan(family, at('2026-12-01'));
    expect(p2027).toMatchObject({ kind: 'year-not-included', year: 2027 });
  });

  it('badge: days left counting today, warning from 7, "!" after 15:00 on the last slot', () => {
    expect(badgeFor(householdPlan(family, at('2026-01-20'))).text).toBe('25');
    expect(badgeFor(householdPlan(family, at('2026-02-07')))).toMatchObject({ text: '7', colour: '#c01c28' });
    expect(badgeFor(householdPlan(family, at('2026-02-13', '14:59'))).text).toBe('1');
    expect(badgeFor(householdPlan(family, at('2026-02-13', '15:00'))).text).toBe('!');
    expect(badgeFor(householdPlan(family, at('2025-10-15'))).text).toBe('');
    const allPaid = { ...family, people: family.people.map((p) => ({ ...p, paidYears: [2026] })) };
    expect(badgeFor(householdPlan(allPaid, at('2026-01-20'))).text).toBe('');
  });

  it('reminders 7 and 1 days before, and the first payment day of each month', () => {
    const plan = householdPlan(family, at('2026-01-20'));
    const ids = reminderSchedule(plan, book).map((r) => r.id);
    expect(ids).toContain('first-payment-day:2026-02-05');
    expect(ids).toContain('week-before:2026-02-06');
    expect(ids).toContain('day-before:2026-02-12');
    expect(householdEvents(plan).map((e) => e.alarms?.map((a) => a.trigger))).toEqual([
      ['-P6DT15H', '-PT15H'],
      ['-P6DT15H', '-PT15H'],
      ['-P6DT15H', '-PT15H'],
    ]);
  });
});

describe('stored household', () => {
  it('refuses labels that look like personal data, however written', () => {
    for (const label of [
      '１１０１０５１９４９１２３１００２７',
      '139-1234-5678',
      '010 6512 3456',
      '4111 1111 1111 1111',
    ])
      expect(labelProblem(label)).toMatch(/^请不要填写/);
    expect(labelProblem('爸爸')).toBeUndefined();
    expect(labelProblem('一二三四五六七八九')).toMatch(/最多8个字/);
  });

  it('migrates format 1 and rejects anything else whole', () => {
    const migrated = parseHousehold(
      { format: 1, people: [{ label: '奶奶', category: 'elderly', channel: 'self-pay', paid: true, year: 2026 }] },
      () => 'id1',
    );
    expect(migrated).toEqual({
      ok: true,
      migrated: true,
      household: {
        format: 2,
        notifications: false,
        people: [{ id: 'id1', label: '奶奶', category: 'elderly', channel: 'self-pay', paidYears: [2026] }],
      },
    });
    expect(parseHousehold({ ...family, extra: 1 }).ok).toBe(false);
    expect(parseHousehold({ ...family, people: [...family.people, family.people[0]] }).ok).toBe(false);
    expect(parseHousehold(null).ok).toBe(false);
  });
});
