/** The household plan's per-person answers: worded with the shared phrases, times read from the rules. */
import { describe, expect, it } from 'vitest';
import {
  householdChecklistStep,
  householdPersonMessage,
  householdPlanCaveats,
  messageLines,
} from '@/answers/household';
import {
  batchBlockedZh,
  batchLockZh,
  ESTIMATED_ZH,
  FILING_BEFORE_FIRST_PAYMENT_ZH,
  MONTH_END_DEDUCTION_ZH,
} from '@/answers/phrases';
import { answerSnapshot } from '@/answers/snapshot';
import { householdPlan } from '@/household/plan';
import { family } from './household-family';
import { beijingInstant, bundledPolicyBook, type PolicyBook } from '@/policy';

function planAt(date: string, book: PolicyBook = bundledPolicyBook) {
  const plan = householdPlan(family, answerSnapshot({ book, origin: 'bundled' }, beijingInstant(date, '10:00')));
  if (plan.kind !== 'plan') throw new Error(plan.kind);
  return plan;
}

function personAt(date: string, label: string, book?: PolicyBook) {
  const person = planAt(date, book).people.find((p) => p.person.label === label);
  if (!person) throw new Error(label);
  return person;
}

describe('household person answers', () => {
  it('words the 批扣 days with the panel’s lock sentence, and the checklist with its short form', () => {
    const mum = personAt('2026-01-20', '妈妈');
    const m = householdPersonMessage(mum);
    expect(m.headline).toBe(`期内最后一个批扣日：2026年2月24日（周二）${ESTIMATED_ZH}，前一天把钱存进签约的银行卡。`);
    expect(messageLines(m)).toContain(`批扣日：2月24日（周二）。${batchLockZh('当天')}。`);
    expect(m.facts.filter((f) => f.role === 'batch-day').map((f) => f.kind === 'date' && f.date)).toEqual([
      '2026-02-24',
    ]);
    expect(householdChecklistStep(mum)).toBe(`批扣日2月24日：${batchBlockedZh('当天')}。`);
  });

  it('gives the 共济 steps from the mutual-aid rule and the month-end deduction phrase', () => {
    const me = householdPersonMessage(personAt('2026-01-20', '我'));
    const lines = messageLines(me);
    expect(lines[1]).toMatch(/^第一步：先办共济备案（.+）。/);
    expect(lines[1]).toContain(FILING_BEFORE_FIRST_PAYMENT_ZH);
    expect(lines[2]).toBe(`第二步：2026年1月31日（周六）从个人账户扣缴（${MONTH_END_DEDUCTION_ZH}）。`);
  });

  it('takes the next slot’s closing time from the payment-window rule, not a written 15:00', () => {
    const line = (book: PolicyBook) => messageLines(householdPersonMessage(personAt('2026-01-20', '爸爸', book)))[1];
    expect(line(bundledPolicyBook)).toBe('下一个可缴费时段：2026年1月20日（周二）（当天15:00前）。');
    const window = bundledPolicyBook.parameters.paymentWindow;
    const later: PolicyBook = {
      ...bundledPolicyBook,
      parameters: {
        ...bundledPolicyBook.parameters,
        paymentWindow: {
          ...window,
          values: window.values.map((v) => ({ ...v, value: { ...v.value, closesAt: '16:30' } })),
        },
      },
    };
    expect(line(later)).toBe('下一个可缴费时段：2026年1月20日（周二）（当天16:30前）。');
  });

  it('states the late-payment caveats once for the plan, not once per person', () => {
    const plan = planAt('2026-01-20');
    const caveats = householdPlanCaveats(plan);
    const perPerson = plan.people.filter((p) => !p.paid).flatMap((p) => householdPersonMessage(p).caveats);
    expect(perPerson.length).toBeGreaterThan(new Set(perPerson).size);
    expect(caveats).toEqual([...new Set(perPerson)]);
  });

  it('carries the late benefit-start caveats and its day as facts', () => {
    const dad = householdPersonMessage(personAt('2026-01-20', '爸爸'));
    expect(dad.facts.find((f) => f.role === 'benefit-start')).toBeDefined();
    expect(dad.references.length).toBeGreaterThan(0);
  });
});
