/**
 * The household plan as typed facts (no sentences: `answers/household.ts` words each person's rule results).
 * One source: the plan reads the answer snapshot the panel and popup answer from (`answerSnapshot`): its 年度 and
 * per-channel deadlines (`snapshot.selfPay`), and each amount from that 年度's 个人缴费标准.
 */
import type { AnswerSnapshot } from '@/answers/snapshot';
import { beijingInstant } from '@/policy/beijing-time';
import type { PolicyBook } from '@/policy/book';
import { addDays } from '@/policy/civil-date';
import { valueForYear, valueOn } from '@/policy/parameter-lookup';
import type { EnrolmentPeriod } from '@/policy/parameters/enrolment';
import type { MutualAidRule } from '@/policy/parameters/mutual-aid';
import { benefitStartIfPaidOn, type BenefitStart } from '@/policy/rules/coverage-year';
import { nextWindowDay, paymentWindowStatus } from '@/policy/rules/payment-window';
import type { InPeriodCaveat, PaymentSlot, SelfPayPeriod } from '@/policy/rules/self-pay-deadline';
import type { IsoDate, Reference } from '@/policy/types';
import type { Household, PayChannel, Person } from './model';

export interface Deadline {
  date: IsoDate;
  /** The instant this last chance is gone: the slot's closing time, else the end of the day. */
  endsAt: number;
  /** The self-pay slot closes at this Beijing time; absent for whole-day dates (debits, deductions). */
  closesAtTime?: string;
  /** `self-pay-fallback`: the channel has no date left in the period, so self-pay's last slot is the deadline. */
  via: PayChannel | 'self-pay-fallback';
  /** The sources do not settle this date (an ambiguous batch-debit day, a year whose holidays are not included). */
  uncertain: boolean;
}

export interface LateSlot {
  date: IsoDate;
  benefit: BenefitStart;
}

export interface PersonPlan {
  person: Person;
  paid: boolean;
  /** 个人缴费标准 for the 年度 and category; null when the 年度's figures are not included. */
  amount: number | null;
  /** The last chance inside the 集中参保期 for the person's channel; null when the period has none. */
  deadline: Deadline | null;
  /** The deadline has passed. */
  missed: boolean;
  /** The next self-pay slot from now on (today's when still open), with the window rule's closing time. */
  nextSlot: { date: IsoDate; closesAtTime: string } | null;
  /** The first self-pay slot after the deadline and what paying then gives (the waiting-period warning). */
  late: LateSlot | null;
  /** Batch-debit days ahead in the period (for 批扣 agreement holders: no other channel those days). */
  batchDays: IsoDate[];
  /** Personal-account payers: the 共济 rule (备案 first) and the month-end deductions ahead in the period. */
  mutualAid?: { rule: MutualAidRule | null; filingChannels: string[]; deductions: IsoDate[] };
}

export type HouseholdPlan =
  | {
      kind: 'plan';
      now: number;
      today: IsoDate;
      year: number;
      period: EnrolmentPeriod;
      periodState: 'open' | 'not-started';
      people: PersonPlan[];
      /** Sum of the amounts of everyone unpaid whose amount is included. */
      unpaidTotal: number;
      /** Unpaid people whose amount is not included (not in the total). */
      amountsMissing: number;
      inPeriodCaveats: InPeriodCaveat[];
      references: Reference[];
    }
  | {
      kind: 'year-not-included';
      now: number;
      today: IsoDate;
      year: number;
      periodMayBeOpen: boolean;
      people: { person: Person; paid: boolean }[];
    };

const endOfDay = (date: IsoDate) => beijingInstant(addDays(date, 1));

function slotDeadline(slot: PaymentSlot, via: Deadline['via']): Deadline {
  const uncertain = slot.caveats.some((c) => c.kind === 'calendar-not-covered' || c.kind === 'make-up-workday');
  return { date: slot.date, endsAt: slot.closesAt, closesAtTime: slot.closesAtTime, via, uncertain };
}

function channelDeadline(channel: PayChannel, facts: SelfPayPeriod): Deadline | null {
  const lastOf = (kind: 'batch-debit' | 'account-deduction') =>
    facts.otherChannels.filter((c) => c.kind === kind).at(-1);
  const own =
    channel === 'batch-debit'
      ? lastOf('batch-debit')
      : channel === 'personal-account'
        ? lastOf('account-deduction')
        : undefined;
  if (own) {
    const uncertain = own.kind === 'batch-debit' && (own.ambiguities.length > 0 || own.caveats.length > 0);
    return { date: own.date, endsAt: endOfDay(own.date), via: channel, uncertain };
  }
  if (!facts.lastSlot) return null;
  const ownChannel = channel === 'self-pay' || channel === 'school';
  return slotDeadline(facts.lastSlot, ownChannel ? channel : 'self-pay-fallback');
}

/**
 * The first self-pay slot after both the deadline and the period's end (paying then starts a waiting period),
 * and the benefit start for paying then.
 */
function lateSlot(year: number, deadline: Deadline, facts: SelfPayPeriod, book: PolicyBook): LateSlot | null {
  const after = [deadline.date, facts.period.end].sort()[1];
  // The day after both, or today when both have passed.
  const from = after >= facts.today ? addDays(after, 1) : facts.today;
  const rule = valueOn(book.parameters.paymentWindow, from);
  const next = rule && nextWindowDay(from, rule.value, book);
  return next ? { date: next.date, benefit: benefitStartIfPaidOn(year, next.date, book) } : null;
}

function nextSlotFrom(now: number, book: PolicyBook): PersonPlan['nextSlot'] {
  const status = paymentWindowStatus(now, book);
  if (status.state === 'open') return { date: status.today, closesAtTime: status.closesAt };
  if (status.state !== 'closed' || !status.next) return null;
  return { date: status.next.date, closesAtTime: status.next.closesAt };
}

function personPlan(person: Person, facts: SelfPayPeriod, book: PolicyBook): PersonPlan {
  const { year, now, today } = facts;
  const amount = valueForYear(book.parameters.individualContribution, year)?.value[person.category] ?? null;
  const deadline = channelDeadline(person.channel, facts);
  const plan: PersonPlan = {
    person,
    paid: person.paidYears.includes(year),
    amount,
    deadline,
    missed: deadline !== null && now >= deadline.endsAt,
    nextSlot: nextSlotFrom(Math.max(now, beijingInstant(facts.period.start)), book),
    late: deadline && lateSlot(year, deadline, facts, book),
    batchDays:
      person.channel === 'batch-debit'
        ? facts.otherChannels.filter((c) => c.kind === 'batch-debit').map((c) => c.date)
        : [],
  };
  if (person.channel === 'personal-account') {
    plan.mutualAid = {
      rule: valueOn(book.parameters.mutualAid, today)?.value ?? null,
      filingChannels: valueOn(book.parameters.mutualAidFiling, today)?.value.channels ?? [],
      deductions: facts.otherChannels.filter((c) => c.kind === 'account-deduction').map((c) => c.date),
    };
  }
  return plan;
}

/** The snapshot fields the plan reads. */
export type PlanSnapshot = Pick<AnswerSnapshot, 'book' | 'now' | 'today' | 'selfPay'>;

/** The plan for the 年度 being enrolled (or in force) at the snapshot's instant, Beijing time whatever the zone. */
export function householdPlan(household: Household, snapshot: PlanSnapshot): HouseholdPlan {
  const { book, now, selfPay: facts } = snapshot;
  if (facts.kind === 'period-not-included') {
    return {
      kind: 'year-not-included',
      now,
      today: snapshot.today,
      year: facts.year,
      periodMayBeOpen: facts.periodMayBeOpen,
      people: household.people.map((person) => ({ person, paid: person.paidYears.includes(facts.year) })),
    };
  }
  const people = household.people.map((person) => personPlan(person, facts, book));
  const unpaid = people.filter((p) => !p.paid);
  const amountReference = valueForYear(book.parameters.individualContribution, facts.year)?.reference;
  return {
    kind: 'plan',
    now,
    today: facts.today,
    year: facts.year,
    period: facts.period,
    periodState: facts.periodState,
    people,
    unpaidTotal: unpaid.reduce((sum, p) => sum + (p.amount ?? 0), 0),
    amountsMissing: unpaid.filter((p) => p.amount === null).length,
    inPeriodCaveats: facts.inPeriodCaveats,
    references: [...(amountReference ? [amountReference] : []), ...facts.references],
  };
}
