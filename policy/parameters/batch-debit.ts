/** Bank batch debit (银行批量扣款) and the personal-account deduction (sources: policy/SOURCES.md). */
import { aggregator2025Year, aggregator2026Year, notice2022Year, notice2024Year } from '../references';
import type { Parameter, YearlyParameter } from '../types';

/** Where a batch-debit day that is not a working day goes. */
export const nonWorkingDayMoves = ['next-working-day', 'previous-working-day', 'same-day'] as const;
export type NonWorkingDayMove = (typeof nonWorkingDayMoves)[number];

export interface BatchDebitRule {
  dayOfMonth: number;
  /** So far always the next working day ("遇法定节假日、双休日顺延至下一个工作日"); a later notice may say otherwise. */
  ifNotWorkingDay: NonWorkingDayMove;
  /** Holders of a valid 批扣 agreement cannot pay through other channels on batch-debit days. */
  locksOtherChannels: boolean;
  /** The notice's wording of the lock (quoted only while `locksOtherChannels` is true). */
  lockText: string;
}

export const batchDebitRule: Parameter<BatchDebitRule> = {
  id: 'batch-debit-rule',
  description: '银行批量扣款日：每月15日，遇法定节假日、双休日顺延至下一个工作日；批扣日不能使用其他渠道缴费',
  values: [
    {
      from: '2021-10-01',
      value: {
        dayOfMonth: 15,
        ifNotWorkingDay: 'next-working-day',
        locksOtherChannels: true,
        lockText: '选择银行批量扣款缴费方式的参保人在批量扣款日无法通过其他方式缴费',
      },
      reference: notice2022Year,
    },
    {
      from: '2023-11-15',
      value: {
        dayOfMonth: 15,
        ifNotWorkingDay: 'next-working-day',
        locksOtherChannels: true,
        lockText: '存在有效缴费协议（批扣）的参保人在银行批量扣款日不能使用其他渠道缴费',
      },
      reference: notice2024Year,
    },
  ],
};

export interface AnnouncedBatchDays {
  /** `YYYY-MM`. */
  month: string;
  days: number[];
}

/** Extra batch-debit days a 年度's notice announces, replacing the rule for that month. */
export const announcedBatchDebitDays: YearlyParameter<AnnouncedBatchDays[]> = {
  id: 'announced-batch-debit-days',
  description: '通知公布的当月银行批量扣款日（集中参保期首个扣款月）',
  values: [
    { year: 2024, value: [{ month: '2023-12', days: [15, 18, 19] }], reference: notice2024Year },
    // Repeated on fudaoke.com/exam/329320.html.
    { year: 2025, value: [{ month: '2025-01', days: [15, 16, 17] }], reference: aggregator2025Year },
    { year: 2026, value: [{ month: '2025-12', days: [15, 16, 17] }], reference: aggregator2026Year },
  ],
};

/** The deduction day is the month's last calendar day: the only rule any notice has given. */
export interface AccountDeduction {
  text: string;
}

/** Paying premiums from a 医保个人账户 (incl. 共济账户): deducted on the month's last calendar day. */
export const personalAccountDeduction: Parameter<AccountDeduction> = {
  id: 'personal-account-deduction',
  description: '医保个人账户（含共济账户）缴费：每月最后一天发起扣费',
  values: [{ from: '2023-11-15', value: { text: '医保部门将于每月最后一天发起扣费工作' }, reference: notice2024Year }],
};
