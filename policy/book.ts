/**
 * The whole parameter book as one JSON-serialisable object. Rules take a book as their last argument
 * (defaulting to the bundled one), so a validated imported policy pack runs through the same code.
 */
import {
  announcedBatchDebitDays,
  batchDebitRule,
  personalAccountDeduction,
  type AccountDeduction,
  type AnnouncedBatchDays,
  type BatchDebitRule,
} from './parameters/batch-debit';
import { hotlines, paymentChannels, type Channel, type Hotline } from './parameters/contacts';
import {
  enrolmentPeriod,
  enrolThenPay,
  nationalWaitingGuideline,
  waitingPeriod,
  type EnrolmentPeriod,
  type NationalWaitingGuideline,
  type WaitingPeriod,
} from './parameters/enrolment';
import { holidayCalendar, type HolidayCalendar } from './parameters/holidays';
import {
  mutualAid,
  mutualAidFiling,
  nationalMutualAidScope,
  type MutualAidFiling,
  type MutualAidRule,
} from './parameters/mutual-aid';
import { paymentWindow, type PaymentWindow } from './parameters/payment-window';
import { governmentSubsidy, individualContribution, type CategoryAmounts } from './parameters/standards';
import { POLICY_PACK_FORMAT, type IsoDate, type Parameter, type YearlyParameter } from './types';

export interface PolicyParameters {
  individualContribution: YearlyParameter<CategoryAmounts>;
  governmentSubsidy: YearlyParameter<CategoryAmounts>;
  enrolmentPeriod: YearlyParameter<EnrolmentPeriod>;
  enrolThenPay: YearlyParameter<string>;
  waitingPeriod: YearlyParameter<WaitingPeriod>;
  nationalWaitingGuideline: Parameter<NationalWaitingGuideline>;
  paymentWindow: Parameter<PaymentWindow>;
  batchDebitRule: Parameter<BatchDebitRule>;
  announcedBatchDebitDays: YearlyParameter<AnnouncedBatchDays[]>;
  personalAccountDeduction: Parameter<AccountDeduction>;
  mutualAid: Parameter<MutualAidRule>;
  mutualAidFiling: Parameter<MutualAidFiling>;
  nationalMutualAidScope: Parameter<{ members: string[] }>;
  paymentChannels: YearlyParameter<Channel[]>;
  hotlines: Parameter<Hotline[]>;
  holidayCalendar: HolidayCalendar;
}

export interface PolicyBook {
  /** Shape version of the pack: see `POLICY_PACK_FORMAT`. */
  format: typeof POLICY_PACK_FORMAT;
  /** Version of the data: its date, e.g. `2026.11.24`, plus `.N` for a later revision the same day. */
  version: string;
  /** When this book was compiled. */
  published: IsoDate;
  parameters: PolicyParameters;
}

export const bundledPolicyBook: PolicyBook = {
  format: POLICY_PACK_FORMAT,
  version: '2026.12.01',
  published: '2026-12-01',
  parameters: {
    individualContribution,
    governmentSubsidy,
    enrolmentPeriod,
    enrolThenPay,
    waitingPeriod,
    nationalWaitingGuideline,
    paymentWindow,
    batchDebitRule,
    announcedBatchDebitDays,
    personalAccountDeduction,
    mutualAid,
    mutualAidFiling,
    nationalMutualAidScope,
    paymentChannels,
    hotlines,
    holidayCalendar,
  },
};
