/**
 * One snapshot per question: the active book, Beijing time computed once, every rule result the answers read,
 * and the decisions that span answers, made here once:
 * - the 年度 a payment now is most probably for (`likely`),
 * - which answer speaks for the 年度 (`enrolment`): an open period, a closed one, one not included (then the
 *   closed-period answer stays silent), or one still to come,
 * - which years without a holiday notice the dates of today's answers were computed across (`calendarGaps`):
 *   on pages with a `calendar-not-covered` answer that answer speaks for them and the others leave them out.
 */
import { beijingTime } from '@/policy/beijing-time';
import { bundledPolicyBook } from '@/policy/book';
import type { PeriodSituation } from '@/policy/rules/coverage-year';
import { likelyPaymentYear } from '@/policy/rules/coverage-year';
import {
  selfPayDeadline,
  type SelfPayDeadline,
  type SelfPayPeriod,
  type SlotCaveat,
} from '@/policy/rules/self-pay-deadline';
import { policySnapshot, type PolicySnapshot } from '@/policy/rules/snapshot';
import type { IsoDate } from '@/policy/types';
import type { ActiveBook } from '@/utils/active-pack';

/** The book in force and where it came from (built in, or a pack the user imported). */
export type { ActiveBook };

type Situation<K extends PeriodSituation['kind']> = Extract<PeriodSituation, { kind: K }>;

/** Which answer speaks for the 年度 a payment now is for. */
export type EnrolmentVoice =
  /** `selfPay` is absent only when the deadline rule found no period to match (should not happen). */
  | { kind: 'open'; situation: Situation<'in-period'>; selfPay?: SelfPayPeriod }
  | { kind: 'closed'; situation: Situation<'after-period'>; upcoming?: Situation<'before-period'> }
  | { kind: 'not-included'; situation: Situation<'year-not-included'> }
  | { kind: 'upcoming'; situation: Situation<'before-period'> };

export interface AnswerSnapshot extends ActiveBook {
  now: number;
  today: IsoDate;
  minuteOfDay: number;
  /** Every rule result for `now`. */
  policy: PolicySnapshot;
  /** The 年度 a payment made now is most probably for. */
  likely: PeriodSituation;
  enrolment: EnrolmentVoice;
  /** Deadlines per channel for the period in force or next; `registered` unknown, so registration is included. */
  selfPay: SelfPayDeadline;
  /** Years with no holiday notice that today's dates were computed across, ascending. */
  calendarGaps: number[];
}

function enrolmentVoice(policy: PolicySnapshot, selfPay: SelfPayDeadline): EnrolmentVoice {
  const { current, next } = policy.paymentYear;
  const missing =
    current.kind === 'year-not-included'
      ? current
      : next?.kind === 'year-not-included' && next.periodMayBeOpen
        ? next
        : undefined;
  if (missing) return { kind: 'not-included', situation: missing };
  switch (current.kind) {
    case 'in-period': {
      const matches = selfPay.kind === 'period' && selfPay.year === current.year && selfPay.periodState === 'open';
      return { kind: 'open', situation: current, ...(matches && { selfPay }) };
    }
    case 'after-period':
      return { kind: 'closed', situation: current, ...(next?.kind === 'before-period' && { upcoming: next }) };
    case 'before-period':
      return { kind: 'upcoming', situation: current };
    case 'year-not-included':
      return { kind: 'not-included', situation: current };
  }
}

function calendarGaps(policy: PolicySnapshot, enrolment: EnrolmentVoice): number[] {
  const caveats: SlotCaveat[] =
    policy.paymentWindow.state === 'rule-not-in-force' ? [] : [...policy.paymentWindow.caveats];
  if (policy.batchDebit.kind === 'batch-day' || policy.batchDebit.kind === 'possible-batch-day')
    caveats.push(...policy.batchDebit.month.caveats);
  if (enrolment.kind === 'open' && enrolment.selfPay) {
    const { lastSlot, afterLastSlot } = enrolment.selfPay;
    for (const slot of [lastSlot, afterLastSlot?.slot]) caveats.push(...(slot?.caveats ?? []));
  }
  const years = caveats.flatMap((c) => (c.kind === 'calendar-not-covered' ? [c.year] : []));
  return [...new Set(years)].sort((a, b) => a - b);
}

export function answerSnapshot(
  { book, origin }: ActiveBook = { book: bundledPolicyBook, origin: 'bundled' },
  now: number = Date.now(),
): AnswerSnapshot {
  const { date: today, minuteOfDay } = beijingTime(now);
  const policy = policySnapshot(now, book);
  const selfPay = selfPayDeadline(now, {}, book);
  const enrolment = enrolmentVoice(policy, selfPay);
  return {
    book,
    origin,
    now,
    today,
    minuteOfDay,
    policy,
    likely: likelyPaymentYear(policy.paymentYear),
    enrolment,
    selfPay,
    calendarGaps: calendarGaps(policy, enrolment),
  };
}
