/** The fact sheet's verbatim quotations of the 2021–2023 notices: only what they state, nothing from another year. */
import { expect, test } from 'vitest';
import { readNotice } from '@/notice-reader';
import { loadNotice } from './load-fixture';

const everythingButYear = [
  'periodStart',
  'periodEnd',
  'benefitsStart',
  'waitingMonths',
  'published',
  'individual.elderly',
  'subsidy.elderly',
  'individual.student',
  'subsidy.student',
  'individual.working-age',
  'subsidy.working-age',
  'batchDebitDays',
  'hotlines',
  'publishers',
];

test.each([
  ['factsheet-2021.txt', 2021],
  ['factsheet-2022.txt', 2022],
  ['factsheet-2023.txt', 2023],
])('%s: the 年度 %i and nothing else; nothing filled from another year', (name, year) => {
  const reading = readNotice(loadNotice(name));
  expect(reading.year?.value).toBe(year);
  expect(reading.notFound).toEqual(everythingButYear);
  expect(reading.context).toEqual([]);
  expect(reading.conflicts).toEqual([]);
});

test('2022: "连续3个月未成功缴费" is not a waiting period, and the standing "每月15日" rule is no announced batch day', () => {
  const reading = readNotice(loadNotice('factsheet-2022.txt'));
  expect(reading.waitingMonths).toBeUndefined();
  expect(reading.batchDebitDays).toEqual([]);
});
