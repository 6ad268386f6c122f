/** Everything the tips of one page need for an instant, computed in one call (the unit the bench times). */
import { beijingTime } from '../beijing-time';
import { bundledPolicyBook, type PolicyBook } from '../book';
import { figureForYear, valueOn, type YearFigure } from '../parameter-lookup';
import type { Channel, Hotline } from '../parameters/contacts';
import type { CategoryAmounts } from '../parameters/standards';
import type { DatedValue, IsoDate } from '../types';
import type { MutualAidFiling, MutualAidRule } from '../parameters/mutual-aid';
import { accountDeductionDate, type AccountDeductionDate } from './account-deduction';
import { batchDebitToday, type BatchDebitToday } from './batch-debit';
import { paymentYear, type PaymentYear } from './coverage-year';
import { paymentWindowStatus, type PaymentWindowStatus } from './payment-window';

/** The figures of one 年度; each one is either included with its reference or says it is not. */
export interface YearFigures {
  year: number;
  individualContribution: YearFigure<CategoryAmounts>;
  governmentSubsidy: YearFigure<CategoryAmounts>;
  enrolThenPay: YearFigure<string>;
  paymentChannels: YearFigure<Channel[]>;
}

export function yearFigures(year: number, book: PolicyBook = bundledPolicyBook): YearFigures {
  const p = book.parameters;
  return {
    year,
    individualContribution: figureForYear(p.individualContribution, year),
    governmentSubsidy: figureForYear(p.governmentSubsidy, year),
    enrolThenPay: figureForYear(p.enrolThenPay, year),
    paymentChannels: figureForYear(p.paymentChannels, year),
  };
}

export interface PolicySnapshot {
  today: IsoDate;
  minuteOfDay: number;
  paymentWindow: PaymentWindowStatus;
  paymentYear: PaymentYear;
  /** Figures for the 年度 a payment today counts for, and for the next one when `paymentYear.next` is set. */
  figures: YearFigures;
  nextFigures?: YearFigures;
  batchDebit: BatchDebitToday;
  accountDeduction: AccountDeductionDate;
  /** Undefined before the rule's first source. */
  hotlines?: DatedValue<Hotline[]>;
  mutualAid?: DatedValue<MutualAidRule>;
  mutualAidFiling?: DatedValue<MutualAidFiling>;
  /** The national 近亲属 scope, kept apart from Beijing's `mutualAid` (no Beijing text confirms it). */
  nationalMutualAidScope?: DatedValue<{ members: string[] }>;
}

export function policySnapshot(instant: number, book: PolicyBook = bundledPolicyBook): PolicySnapshot {
  const { date: today, minuteOfDay } = beijingTime(instant);
  const year = paymentYear(instant, book);
  const p = book.parameters;
  return {
    today,
    minuteOfDay,
    paymentWindow: paymentWindowStatus(instant, book),
    paymentYear: year,
    figures: yearFigures(year.current.year, book),
    ...(year.next && { nextFigures: yearFigures(year.next.year, book) }),
    batchDebit: batchDebitToday(instant, book),
    accountDeduction: accountDeductionDate(today, book),
    hotlines: valueOn(p.hotlines, today),
    mutualAid: valueOn(p.mutualAid, today),
    mutualAidFiling: valueOn(p.mutualAidFiling, today),
    nationalMutualAidScope: valueOn(p.nationalMutualAidScope, today),
  };
}
