/**
 * Deadlines people can act on, per channel, for the 集中参保期 in force (or the next one): the last moment to pay
 * it through the 税务 channels (电子税务局, 京通, bank apps and counters — the monthly payment window), whether that
 * moment is still ahead, and what is left when it is not. A calendar-day countdown to the period's end misleads:
 * on 2026-02-24 the period runs to 02-28 but the window is shut until 03-05.
 *
 * `selfPayDeadline(now, { registered }, book)` returns typed facts only (ISO dates, instants in ms since the epoch,
 * kinds and references), never sentences; the answers layer words them. Shape of a `kind: 'period'` result:
 * - `lastSlot`: the last window day inside the period on an ordinary working day and the instant it closes
 *   (`closesAt`, exclusive: paying must happen strictly before it). A later 调休 weekend window day inside the
 *   period is `laterMakeUpWorkday` (a maybe: no source says the channels open then). Caveats:
 *   `calendar-not-covered` (a year between the slot and the period's end has no holiday notice: Monday–Friday was
 *   assumed), `make-up-workday` (only when the period's sole slots are 调休 days), `batch-debit-day` (批扣
 *   agreement holders cannot self-pay that day). Null when the period holds no window day at all (e.g. before the
 *   window rule existed).
 * - `slotLeft`: `now < lastSlot.closesAt`. When false, `afterLastSlot` gives the next slot from now on (outside the
 *   period) and `benefitStartIfPaidOn` for it (waiting period, or no benefit within the 年度).
 * - `otherChannels`: dates still ahead (today included) and inside the period for the personal-account month-end
 *   deduction and bank batch debits, each with its own caveats and references; listed whether or not a self-pay
 *   slot is left, sorted by date.
 * - `registration` (unless `registered` is true): under "当月参保，次月缴费", the last day to 参保登记 so that the
 *   last self-pay slot can still be used, whether that is still possible, and if not the first slot and benefit
 *   start for someone who registers today. `rule-not-included` when the 年度's notice has no such wording.
 * - `inPeriodCaveats`: for 年度 from the national guideline's start on (国办发〔2024〕38号), people not continuously
 *   insured may wait even when they pay inside the period; Beijing's implementing rule is not included.
 * A 年度 the book does not include gives `kind: 'period-not-included'`, never another year's dates.
 */
import { beijingInstant, beijingTime } from '../beijing-time';
import { bundledPolicyBook, type PolicyBook } from '../book';
import { addDays, addMonths, isoDate, monthOf, yearOf } from '../civil-date';
import { valueForYear, valueOn } from '../parameter-lookup';
import type { EnrolmentPeriod, NationalWaitingGuideline } from '../parameters/enrolment';
import { uniqueByUrl } from '../references';
import type { DateCaveat, IsoDate, Reference } from '../types';
import { dayInfo } from '../working-days';
import { accountDeductionDate } from './account-deduction';
import { batchDebitDays, batchDebitToday, type BatchDebitAmbiguity } from './batch-debit';
import {
  benefitStartIfPaidOn,
  paymentYear,
  periodMayBeOpen,
  type BenefitStart,
  type PeriodSituation,
} from './coverage-year';
import { paymentWindowStatus, windowRuleOn } from './payment-window';

export type SlotCaveat =
  | DateCaveat
  /** The slot's day is (`settled`) or may be a bank batch-debit day: 批扣 agreement holders cannot self-pay then. */
  | { kind: 'batch-debit-day'; date: IsoDate; settled: boolean; reference: Reference };

/** One day's self-pay window through the 税务 channels. */
export interface PaymentSlot {
  date: IsoDate;
  /** Beijing wall-clock closing time, `HH:MM`. */
  closesAtTime: string;
  /** The instant the window closes; paying is possible strictly before it. */
  closesAt: number;
  caveats: SlotCaveat[];
  reference: Reference;
}

export interface LastSlot extends PaymentSlot {
  /**
   * A later window day inside the period that is a 调休 weekend working day (2026-02-14 after 02-13): no source says
   * whether the 税务 channels take payments then, so the deadline is the ordinary day and this one is a maybe.
   */
  laterMakeUpWorkday?: PaymentSlot;
}

/** A date inside the period, still ahead, on which a channel other than self-pay takes the premium. */
export type InPeriodChannel =
  | { kind: 'account-deduction'; date: IsoDate; text: string; reference: Reference }
  | {
      kind: 'batch-debit';
      date: IsoDate;
      /** Listed in a notice (not only computed from the rule). */
      announced: boolean;
      /** The ambiguities about this very day; empty when the sources settle it. */
      ambiguities: BatchDebitAmbiguity[];
      caveats: DateCaveat[];
      /** Present when agreement holders cannot use other channels that day. */
      lock?: { text: string; reference: Reference };
      references: Reference[];
    };

export type InPeriodCaveat =
  /** 国办发〔2024〕38号: not continuously insured → a waiting period even inside the period; Beijing's rule missing. */
  { kind: 'national-waiting-guideline'; guideline: NationalWaitingGuideline; reference: Reference };

export type RegistrationDeadline =
  | {
      kind: 'register-by';
      /** Last day to 参保登记 so that a payment in `lastSlot`'s month is possible (the end of the month before). */
      date: IsoDate;
      /** The self-pay slot that registration still reaches. */
      forSlot: IsoDate;
      /** `today <= date`. */
      stillPossible: boolean;
      /** When not possible any more: registering today, the first slot and what paying then gives. */
      ifRegisteredToday?: { slot: PaymentSlot | null; benefit: BenefitStart | null };
      /** The notice's wording of "当月参保，次月缴费". */
      text: string;
      reference: Reference;
    }
  /** The 年度's notice wording of "当月参保，次月缴费" is not included: no deadline is computed. */
  | { kind: 'rule-not-included'; year: number }
  | { kind: 'no-slot-in-period'; year: number };

export interface SelfPayPeriod {
  kind: 'period';
  now: number;
  today: IsoDate;
  year: number;
  period: EnrolmentPeriod;
  periodReference: Reference;
  periodState: 'open' | 'not-started';
  lastSlot: LastSlot | null;
  slotLeft: boolean;
  /** Only when no slot is left: the next slot from now on (null: none found) and its benefit start. */
  afterLastSlot?: { slot: PaymentSlot | null; benefit: BenefitStart | null };
  /** What paying in the last slot (else on the period's last day) gives. */
  benefitIfPaidInPeriod: BenefitStart;
  inPeriodCaveats: InPeriodCaveat[];
  otherChannels: InPeriodChannel[];
  registration?: RegistrationDeadline;
  /** Every source the facts above rest on, each once. */
  references: Reference[];
}

export type SelfPayDeadline =
  | SelfPayPeriod
  /** The 年度 whose period is in force or comes next is not included. */
  | { kind: 'period-not-included'; now: number; today: IsoDate; year: number; periodMayBeOpen: boolean };

export interface SelfPayQuery {
  /** Already 参保登记 for the 年度. Unknown (undefined) is treated as possibly not: `registration` is included. */
  registered?: boolean;
}

function batchDayCaveat(date: IsoDate, book: PolicyBook): SlotCaveat[] {
  const today = batchDebitToday(beijingInstant(date, '12:00'), book);
  if (today.kind !== 'batch-day' && today.kind !== 'possible-batch-day') return [];
  const lock = today.month.lock;
  return lock
    ? [{ kind: 'batch-debit-day', date, settled: today.kind === 'batch-day', reference: lock.reference }]
    : [];
}

function slot(date: IsoDate, dateCaveats: DateCaveat[], book: PolicyBook): PaymentSlot | null {
  const rule = windowRuleOn(date, book);
  if (!rule) return null;
  const closesAtTime = rule.value.closesAt;
  return {
    date,
    closesAtTime,
    closesAt: beijingInstant(date, closesAtTime),
    caveats: [...dateCaveats, ...batchDayCaveat(date, book)],
    reference: rule.reference,
  };
}

/** The last window day in `[first, last]` (optionally on an ordinary working day only), scanning backwards. */
function lastSlotIn(first: IsoDate, last: IsoDate, book: PolicyBook, ordinaryOnly: boolean): PaymentSlot | null {
  const uncovered = new Set<number>();
  for (let date = last; date >= first; date = addDays(date, -1)) {
    const info = dayInfo(date, book);
    if (!info.calendarCovered) uncovered.add(yearOf(date));
    if (!windowRuleOn(date, book) || (ordinaryOnly && info.kind === 'make-up-workday')) continue;
    const caveats: DateCaveat[] = [...uncovered]
      .sort((a, b) => a - b)
      .map((year) => ({ kind: 'calendar-not-covered', year }));
    if (info.kind === 'make-up-workday') caveats.push({ kind: 'make-up-workday', date });
    return slot(date, caveats, book);
  }
  return null;
}

/**
 * The last slot on an ordinary working day, plus a later 调休 one if any; the 调休 slot itself only when the period
 * has no other.
 */
function lastSelfPaySlot(period: EnrolmentPeriod, book: PolicyBook): LastSlot | null {
  const any = lastSlotIn(period.start, period.end, book, false);
  if (!any?.caveats.some((c) => c.kind === 'make-up-workday')) return any;
  const ordinary = lastSlotIn(period.start, period.end, book, true);
  return ordinary ? { ...ordinary, laterMakeUpWorkday: any } : any;
}

/** The slot open at `instant`, else the next one (with the caveats of the days crossed to reach it). */
function slotFrom(instant: number, book: PolicyBook): PaymentSlot | null {
  const status = paymentWindowStatus(instant, book);
  if (status.state === 'rule-not-in-force') return null;
  const date = status.state === 'open' ? status.today : status.next?.date;
  return date ? slot(date, status.caveats, book) : null;
}

function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

function channelsAhead(from: IsoDate, end: IsoDate, book: PolicyBook): InPeriodChannel[] {
  const out: InPeriodChannel[] = [];
  for (let month = firstOfMonth(from); month <= end; month = addMonths(month, 1)) {
    const deduction = accountDeductionDate(month, book);
    if (deduction.kind === 'deduction' && deduction.date >= from && deduction.date <= end) {
      out.push({
        kind: 'account-deduction',
        date: deduction.date,
        text: deduction.text,
        reference: deduction.reference,
      });
    }
    const batch = batchDebitDays(yearOf(month), monthOf(month), book);
    if (batch.kind !== 'days') continue;
    for (const day of batch.days) {
      if (day.date < from || day.date > end) continue;
      const ambiguities = batch.ambiguities.filter((a) =>
        a.kind === 'make-up-workday-in-window' ? a.dates.includes(day.date) : a.candidate === day.date,
      );
      out.push({
        kind: 'batch-debit',
        date: day.date,
        announced: day.announced,
        ambiguities,
        caveats: batch.caveats,
        ...(batch.lock && { lock: batch.lock }),
        references: batch.references,
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function registrationDeadline(
  year: number,
  today: IsoDate,
  lastSlot: PaymentSlot | null,
  book: PolicyBook,
): RegistrationDeadline {
  const rule = valueForYear(book.parameters.enrolThenPay, year);
  if (!rule) return { kind: 'rule-not-included', year };
  if (!lastSlot) return { kind: 'no-slot-in-period', year };
  const date = addDays(firstOfMonth(lastSlot.date), -1);
  const stillPossible = today <= date;
  let ifRegisteredToday: { slot: PaymentSlot | null; benefit: BenefitStart | null } | undefined;
  if (!stillPossible) {
    const firstPayableMonth = addMonths(firstOfMonth(today), 1);
    const next = slotFrom(beijingInstant(firstPayableMonth), book);
    ifRegisteredToday = { slot: next, benefit: next && benefitStartIfPaidOn(year, next.date, book) };
  }
  return {
    kind: 'register-by',
    date,
    forSlot: lastSlot.date,
    stillPossible,
    ...(ifRegisteredToday && { ifRegisteredToday }),
    text: rule.value,
    reference: rule.reference,
  };
}

function benefitReferences(benefit: BenefitStart | null | undefined): Reference[] {
  if (!benefit) return [];
  if (benefit.kind === 'after-waiting-period' || benefit.kind === 'cannot-start-this-year') {
    return [benefit.reference, ...benefit.caveats.flatMap((c) => ('reference' in c ? [c.reference] : []))];
  }
  return 'reference' in benefit
    ? [benefit.reference]
    : benefit.kind === 'waiting-rule-not-included'
      ? [benefit.periodReference]
      : [];
}

type Chosen =
  | { year: number; period: EnrolmentPeriod; reference: Reference }
  | { notIncluded: number; periodMayBeOpen: boolean };

/**
 * The period in force, else the next one. A 年度 that is not included speaks instead when its period may be open
 * by now (going by the included years), or when no included period is ahead.
 */
function choosePeriod(instant: number, today: IsoDate, book: PolicyBook): Chosen {
  const { current, next } = paymentYear(instant, book);
  const situations = next ? [current, next] : [current];
  const pick = (test: (s: PeriodSituation) => boolean) => situations.find(test);
  const chosen =
    pick((s) => s.kind === 'in-period') ??
    pick((s) => s.kind === 'year-not-included' && s.periodMayBeOpen) ??
    pick((s) => s.kind === 'before-period') ??
    pick((s) => s.kind === 'year-not-included');
  if (chosen?.kind === 'year-not-included')
    return { notIncluded: chosen.year, periodMayBeOpen: chosen.periodMayBeOpen };
  if (chosen && chosen.kind !== 'after-period')
    return { year: chosen.year, period: chosen.period, reference: chosen.reference };
  // Only a period already over: the 年度 after it (2021-12-31 → 2023年度, whose period starts 2022-11-01).
  const following = current.year + 1;
  const found = valueForYear(book.parameters.enrolmentPeriod, following);
  if (found && today <= found.value.end) return { year: following, period: found.value, reference: found.reference };
  return { notIncluded: following, periodMayBeOpen: periodMayBeOpen(following, today, book) };
}

export function selfPayDeadline(
  now: number,
  query: SelfPayQuery = {},
  book: PolicyBook = bundledPolicyBook,
): SelfPayDeadline {
  const today = beijingTime(now).date;
  const chosen = choosePeriod(now, today, book);
  if ('notIncluded' in chosen)
    return {
      kind: 'period-not-included',
      now,
      today,
      year: chosen.notIncluded,
      periodMayBeOpen: chosen.periodMayBeOpen,
    };
  const { year, period } = chosen;

  const lastSlot = lastSelfPaySlot(period, book);
  const slotLeft = lastSlot !== null && now < lastSlot.closesAt;
  let afterLastSlot: SelfPayPeriod['afterLastSlot'];
  if (!slotLeft) {
    const next = slotFrom(now, book);
    afterLastSlot = { slot: next, benefit: next && benefitStartIfPaidOn(year, next.date, book) };
  }
  const guideline = valueOn(book.parameters.nationalWaitingGuideline, isoDate(year, 1, 1));
  const inPeriodCaveats: InPeriodCaveat[] = guideline
    ? [{ kind: 'national-waiting-guideline', guideline: guideline.value, reference: guideline.reference }]
    : [];
  // biome-ignore lint/complexity/useMathMinMax: civil dates are ISO strings; Math.max would turn them into NaN.
  const otherChannels = channelsAhead(today > period.start ? today : period.start, period.end, book);
  const registration = query.registered === true ? undefined : registrationDeadline(year, today, lastSlot, book);
  const benefitIfPaidInPeriod = benefitStartIfPaidOn(year, lastSlot?.date ?? period.end, book);

  const references = uniqueByUrl([
    chosen.reference,
    ...(lastSlot ? [lastSlot.reference] : []),
    ...(afterLastSlot?.slot ? [afterLastSlot.slot.reference] : []),
    ...benefitReferences(afterLastSlot?.benefit),
    ...[lastSlot, lastSlot?.laterMakeUpWorkday, afterLastSlot?.slot].flatMap(
      (s) => s?.caveats.flatMap((c) => ('reference' in c ? [c.reference] : [])) ?? [],
    ),
    ...otherChannels.flatMap((c) =>
      c.kind === 'account-deduction' ? [c.reference] : [...(c.lock ? [c.lock.reference] : []), ...c.references],
    ),
    ...(registration?.kind === 'register-by'
      ? [registration.reference, ...benefitReferences(registration.ifRegisteredToday?.benefit)]
      : []),
    ...inPeriodCaveats.map((c) => c.reference),
  ]);
  return {
    kind: 'period',
    now,
    today,
    year,
    period,
    periodReference: chosen.reference,
    periodState: today < period.start ? 'not-started' : 'open',
    lastSlot,
    slotLeft,
    ...(afterLastSlot && { afterLastSlot }),
    benefitIfPaidInPeriod,
    inPeriodCaveats,
    otherChannels,
    ...(registration && { registration }),
    references,
  };
}
