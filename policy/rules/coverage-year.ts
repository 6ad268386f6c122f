/**
 * Which 年度 (coverage year) a payment counts for, whether its 集中参保期 is open, and when benefits start.
 * A 年度 the book does not include is answered as such, never with a neighbouring year's figures.
 */
import { beijingTime } from '../beijing-time';
import { bundledPolicyBook, type PolicyBook } from '../book';
import { addMonths, dayNumber, isoDate, yearOf } from '../civil-date';
import { valueForYear, valueOn } from '../parameter-lookup';
import type { EnrolmentPeriod } from '../parameters/enrolment';
import type { IsoDate, Reference } from '../types';

export type BenefitCaveat =
  /** The source says "3个月等待期满后" without saying from which day the months count: the date may be a day later. */
  | { kind: 'waiting-count-not-stated' }
  /** 国办发〔2024〕38号 adds a month per year without cover; Beijing's figures for that are not included. */
  | { kind: 'variable-waiting-not-included'; reference: Reference };

interface WaitingBasis {
  year: number;
  paidOn: IsoDate;
  waitingMonths: number;
  /** The waiting rule's wording: the 年度's own notice, else 国办发〔2024〕38号's (then `reference` is the guideline). */
  text: string;
  /** Earliest day benefits could start: the paid-on date plus the months (counting from the payment day). */
  benefitsFrom: IsoDate;
  reference: Reference;
  caveats: BenefitCaveat[];
}

export type BenefitStart =
  /** Paid inside the 集中参保期: benefits from the date the notice states (1 January of the 年度). */
  | { kind: 'from-period-start'; year: number; paidOn: IsoDate; start: IsoDate; reference: Reference }
  /** Paid inside the 集中参保期, but the source does not state the start date. */
  | { kind: 'in-period-start-not-stated'; year: number; paidOn: IsoDate; reference: Reference }
  /** Paid after the period: benefits after the waiting period, inside the 年度. */
  | ({ kind: 'after-waiting-period' } & WaitingBasis)
  /** Paid after the period, and the waiting period runs past 31 December: no benefits for that 年度. */
  | ({ kind: 'cannot-start-this-year'; yearEnd: IsoDate } & WaitingBasis)
  /** Paid after the period, and no waiting-period rule for that 年度 is included. */
  | { kind: 'waiting-rule-not-included'; year: number; paidOn: IsoDate; periodEnd: IsoDate; periodReference: Reference }
  /** Paid before the 年度's period opens. */
  | { kind: 'period-not-open'; year: number; paidOn: IsoDate; periodStart: IsoDate; reference: Reference }
  /** Paid after the 年度 ended. */
  | { kind: 'year-over'; year: number; paidOn: IsoDate }
  | { kind: 'year-not-included'; year: number };

/** Benefit start for a payment for `year` made on `paidOn` (Beijing date). */
export function benefitStartIfPaidOn(
  year: number,
  paidOn: IsoDate,
  book: PolicyBook = bundledPolicyBook,
): BenefitStart {
  const period = valueForYear(book.parameters.enrolmentPeriod, year);
  if (!period) return { kind: 'year-not-included', year };
  const { start, end, benefitsStart } = period.value;
  const yearEnd = isoDate(year, 12, 31);
  if (paidOn < start) return { kind: 'period-not-open', year, paidOn, periodStart: start, reference: period.reference };
  if (paidOn <= end) {
    return benefitsStart
      ? { kind: 'from-period-start', year, paidOn, start: benefitsStart, reference: period.reference }
      : { kind: 'in-period-start-not-stated', year, paidOn, reference: period.reference };
  }
  if (paidOn > yearEnd) return { kind: 'year-over', year, paidOn };

  const beijing = valueForYear(book.parameters.waitingPeriod, year);
  const national = valueOn(book.parameters.nationalWaitingGuideline, paidOn);
  const months = beijing?.value.months ?? national?.value.fixedMonths;
  const reference = beijing?.reference ?? national?.reference;
  const text = beijing?.value.text ?? national?.value.text;
  if (months === undefined || !reference || text === undefined)
    return { kind: 'waiting-rule-not-included', year, paidOn, periodEnd: end, periodReference: period.reference };

  const caveats: BenefitCaveat[] = [{ kind: 'waiting-count-not-stated' }];
  if (national && !national.value.beijingDetailsIncluded)
    caveats.push({ kind: 'variable-waiting-not-included', reference: national.reference });
  const benefitsFrom = addMonths(paidOn, months);
  const basis: WaitingBasis = { year, paidOn, waitingMonths: months, text, benefitsFrom, reference, caveats };
  return benefitsFrom > yearEnd
    ? { kind: 'cannot-start-this-year', yearEnd, ...basis }
    : { kind: 'after-waiting-period', ...basis };
}

export type PeriodSituation =
  | {
      kind: 'in-period';
      year: number;
      period: EnrolmentPeriod;
      /**
       * Beijing calendar days left, today and the end day both counted: 1 on the last day (the sources give the end
       * date only, no closing hour). Never a deadline on its own: see `selfPayDeadline`.
       */
      daysLeft: number;
      benefit: BenefitStart;
      reference: Reference;
    }
  | { kind: 'before-period'; year: number; period: EnrolmentPeriod; reference: Reference }
  /** The period is over: a payment today is late; `benefit` says what paying today would give. */
  | { kind: 'after-period'; year: number; period: EnrolmentPeriod; benefit: BenefitStart; reference: Reference }
  | {
      kind: 'year-not-included';
      year: number;
      /** True when an included 年度's period was open at this time of year: this one's may well be open now. */
      periodMayBeOpen: boolean;
    };

export interface PaymentYear {
  today: IsoDate;
  /** The 年度 a payment made today counts for. */
  current: PeriodSituation;
  /** The following 年度, when today's payment still counts for this calendar year's 年度. */
  next?: PeriodSituation;
}

/** Shifts an included period by whole years onto `year`, to see whether it would contain `date`. */
export function periodMayBeOpen(year: number, date: IsoDate, book: PolicyBook): boolean {
  return book.parameters.enrolmentPeriod.values.some(({ year: known, value }) => {
    // String comparison only, so a shifted 02-29 needs no real date.
    const shift = (d: IsoDate) => `${yearOf(d) + year - known}${d.slice(4)}`;
    return shift(value.start) <= date && date <= shift(value.end);
  });
}

function situation(year: number, today: IsoDate, book: PolicyBook): PeriodSituation {
  const found = valueForYear(book.parameters.enrolmentPeriod, year);
  if (!found) return { kind: 'year-not-included', year, periodMayBeOpen: periodMayBeOpen(year, today, book) };
  const { value: period, reference } = found;
  if (today < period.start) return { kind: 'before-period', year, period, reference };
  const benefit = benefitStartIfPaidOn(year, today, book);
  if (today > period.end) return { kind: 'after-period', year, period, benefit, reference };
  return {
    kind: 'in-period',
    year,
    period,
    daysLeft: dayNumber(period.end) - dayNumber(today) + 1,
    benefit,
    reference,
  };
}

/**
 * The 年度 a payment made at `instant` is for: next year's once its period has started (it starts in the
 * autumn or winter before), else this year's; plus the next 年度 when that is still to come.
 */
export function paymentYear(instant: number, book: PolicyBook = bundledPolicyBook): PaymentYear {
  const today = beijingTime(instant).date;
  const year = yearOf(today);
  const following = situation(year + 1, today, book);
  if (following.kind === 'in-period' || following.kind === 'after-period') return { today, current: following };
  return { today, current: situation(year, today, book), next: following };
}

/**
 * The 年度 a payment made now is most probably for: the next one when it is not included but its 集中参保期
 * would, going by the included years, be open by now (so the answer must be "not included", not last year's).
 */
export function likelyPaymentYear({ current, next }: PaymentYear): PeriodSituation {
  return next?.kind === 'year-not-included' && next.periodMayBeOpen ? next : current;
}
