/** 个人缴费标准 and 财政补助, yuan per person per 年度, by category (sources: policy/SOURCES.md). */
import {
  fudaoke2025Year,
  notice2021Year,
  notice2022Year,
  notice2023Year,
  notice2024Year,
  seed002Standards2025,
  standards2026,
} from '../references';
import type { YearlyParameter } from '../types';

export const categories = ['elderly', 'student', 'working-age'] as const;
export type Category = (typeof categories)[number];
export type CategoryAmounts = Record<Category, number>;

export const categoryLabels: Record<Category, string> = {
  elderly: '城乡老年人',
  student: '学生儿童',
  'working-age': '劳动年龄内居民',
};

function amounts(elderly: number, student: number, workingAge: number): CategoryAmounts {
  return { elderly, student, 'working-age': workingAge };
}

export const individualContribution: YearlyParameter<CategoryAmounts> = {
  id: 'individual-contribution',
  description: '城乡居民基本医疗保险个人缴费标准',
  unit: '元/人/年',
  values: [
    { year: 2021, value: amounts(340, 325, 580), reference: notice2021Year },
    { year: 2022, value: amounts(340, 325, 580), reference: notice2022Year },
    { year: 2023, value: amounts(370, 345, 665), reference: notice2023Year },
    { year: 2024, value: amounts(400, 375, 695), reference: notice2024Year },
    // Three secondary pages agree (fudaoke.com, the 2025-03-16 AI answer, jiusongjiankang.com 7462757 for the
    // student amount); official text not seen.
    { year: 2025, value: amounts(430, 405, 750), reference: fudaoke2025Year },
    { year: 2026, value: amounts(460, 435, 795), reference: standards2026 },
  ],
};

/** 2023 is left out: its figures are only inferred from the 2024 notice's "同步新增30元". */
export const governmentSubsidy: YearlyParameter<CategoryAmounts> = {
  id: 'government-subsidy',
  description: '城乡居民基本医疗保险财政补助标准',
  unit: '元/人/年',
  values: [
    { year: 2024, value: amounts(4320, 1695, 2325), reference: notice2024Year },
    { year: 2025, value: amounts(4350, 1725, 2335), reference: seed002Standards2025 },
  ],
};
