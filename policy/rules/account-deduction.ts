/**
 * Premiums paid from a 医保个人账户 (incl. 共济账户) are deducted on the month's last calendar day: the only day any
 * notice has given, so the parameter carries the wording and the date of the rule, not the day.
 */
import { bundledPolicyBook, type PolicyBook } from '../book';
import { endOfMonth } from '../civil-date';
import { valueOn } from '../parameter-lookup';
import type { IsoDate, Reference } from '../types';

export type AccountDeductionDate =
  | { kind: 'rule-not-in-force'; date: IsoDate }
  /** A calendar day: the notice says "每月最后一天", with no 顺延 for holidays. */
  | { kind: 'deduction'; date: IsoDate; isToday: boolean; text: string; reference: Reference };

/** The deduction date of the month that contains `date`. */
export function accountDeductionDate(date: IsoDate, book: PolicyBook = bundledPolicyBook): AccountDeductionDate {
  const rule = valueOn(book.parameters.personalAccountDeduction, date);
  if (!rule) return { kind: 'rule-not-in-force', date };
  const deduction = endOfMonth(date);
  return {
    kind: 'deduction',
    date: deduction,
    isToday: deduction === date,
    text: rule.value.text,
    reference: rule.reference,
  };
}
