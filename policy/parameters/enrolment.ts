/** 集中参保期, "当月参保，次月缴费" and waiting periods, per 年度 (sources: policy/SOURCES.md). */
import {
  aggregator2025Year,
  aggregator2026Year,
  nationalGuideline2024,
  notice2021Year,
  notice2022Year,
  notice2023Year,
  notice2024Year,
} from '../references';
import type { IsoDate, Parameter, YearlyParameter } from '../types';

export interface EnrolmentPeriod {
  /** First and last day of the 集中参保 (and payment) period, both included, Beijing calendar dates. */
  start: IsoDate;
  end: IsoDate;
  /** When benefits start for those who pay inside the period; absent when the source does not say. */
  benefitsStart?: IsoDate;
}

export const enrolmentPeriod: YearlyParameter<EnrolmentPeriod> = {
  id: 'enrolment-period',
  description: '集中参保期（参保缴费期）及在期内缴费的待遇起始日',
  values: [
    { year: 2021, value: { start: '2020-10-01', end: '2020-12-31' }, reference: notice2021Year },
    { year: 2022, value: { start: '2021-10-01', end: '2021-12-30' }, reference: notice2022Year },
    { year: 2023, value: { start: '2022-11-01', end: '2023-01-31' }, reference: notice2023Year },
    {
      year: 2024,
      value: { start: '2023-11-15', end: '2024-01-31', benefitsStart: '2024-01-01' },
      reference: notice2024Year,
    },
    {
      year: 2025,
      value: { start: '2024-12-30', end: '2025-03-31', benefitsStart: '2025-01-01' },
      reference: aggregator2025Year,
    },
    // The start, 2025-11-30, is a Sunday.
    {
      year: 2026,
      value: { start: '2025-11-30', end: '2026-02-28', benefitsStart: '2026-01-01' },
      reference: aggregator2026Year,
    },
  ],
};

/** The quoted wording: enrol in one month, pay from the next. */
export const enrolThenPay: YearlyParameter<string> = {
  id: 'enrol-then-pay',
  description: '当月参保，次月缴费',
  values: [
    { year: 2022, value: '参保人参保后，次月办理缴费', reference: notice2022Year },
    { year: 2023, value: '参保人当月参保，次月缴费', reference: notice2023Year },
    { year: 2024, value: '参保人当月参保，次月缴费', reference: notice2024Year },
    { year: 2025, value: '当月办理参保，次月可办理缴费', reference: aggregator2025Year },
  ],
};

export interface WaitingPeriod {
  /** Months to wait after paying outside the 集中参保期 before that 年度's benefits start. */
  months: number;
  /** The source's wording. */
  text: string;
}

/** Beijing's own rule. The source does not say from which day the months count or whether the last day is included. */
export const waitingPeriod: YearlyParameter<WaitingPeriod> = {
  id: 'waiting-period',
  description: '集中参保期后缴费的待遇等待期（北京）',
  unit: '月',
  values: [
    {
      year: 2024,
      value: { months: 3, text: '在集中参保期后缴纳医保费用的，3个月等待期满后方可享受当年城乡居民医保待遇' },
      reference: notice2024Year,
    },
    {
      year: 2025,
      value: {
        months: 3,
        text: '因参保人自身原因在集中参保期后缴纳2025年度城乡居民医疗保险费的，3个月等待期满后才可享受',
      },
      reference: aggregator2025Year,
    },
  ],
};

export interface NationalWaitingGuideline {
  fixedMonths: number;
  extraMonthsPerGapYear: number;
  repairMonthsPerPaidYear: number;
  longGapYears: number;
  minMonthsAfterLongGap: number;
  /** Always false so far: Beijing's implementing details (numbers, exemptions, effective date) were not found. */
  beijingDetailsIncluded: boolean;
  text: string;
}

/** 国办发〔2024〕38号: a national guideline; provinces set the details ("等待期具体标准由各省份根据自身情况确定"). */
export const nationalWaitingGuideline: Parameter<NationalWaitingGuideline> = {
  id: 'national-waiting-guideline',
  description: '国家指导意见：固定待遇等待期与变动待遇等待期（国办发〔2024〕38号，北京实施细则未收录）',
  unit: '月',
  values: [
    {
      from: '2025-01-01',
      value: {
        fixedMonths: 3,
        extraMonthsPerGapYear: 1,
        repairMonthsPerPaidYear: 1,
        longGapYears: 4,
        minMonthsAfterLongGap: 6,
        beijingDetailsIncluded: false,
        text: '自2025年起，除新生儿等特殊群体外，对未在居民医保集中参保期内参保或未连续参保的人员，设置参保后固定待遇等待期3个月；未连续参保的，每多断保1年，原则上在固定待遇等待期基础上增加变动待遇等待期1个月。',
      },
      reference: nationalGuideline2024,
    },
  ],
};
