/** 个人缴费标准, yuan per person per 年度, by category (policy-facts §1a). */
import { notice2024Year } from '../references';
import type { YearlyParameter } from '../types';

export const categories = ['elderly', 'student', 'working-age'] as const;
export type Category = (typeof categories)[number];

export const categoryLabels: Record<Category, string> = {
  elderly: '城乡老年人',
  student: '学生儿童',
  'working-age': '劳动年龄内居民',
};

export const individualContribution: YearlyParameter<Record<Category, number>> = {
  id: 'individual-contribution',
  description: '城乡居民基本医疗保险个人缴费标准',
  unit: '元/人/年',
  values: [{ year: 2024, value: { elderly: 400, student: 375, 'working-age': 695 }, reference: notice2024Year }],
};
