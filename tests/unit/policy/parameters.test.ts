import { describe, expect, test } from 'vitest';
import {
  addDays,
  bundledPolicyBook,
  figureForYear,
  valueOn,
  yearFigures,
  type Parameter,
  type YearlyParameter,
} from '@/policy';

const { holidayCalendar, ...others } = bundledPolicyBook.parameters;
const all = Object.values(others) as (Parameter<unknown> | YearlyParameter<unknown>)[];
const dated = all.filter((p): p is Parameter<unknown> => p.values.every((v) => 'from' in v));
const yearly = all.filter((p): p is YearlyParameter<unknown> => p.values.every((v) => 'year' in v));

describe('dated parameters: the day before and the day of each change', () => {
  const edges = dated.flatMap((p) => p.values.map((v, i) => [p.id, v.from, i, p] as const));
  test.each(edges)('%s changes on %s', (_, from, index, parameter) => {
    expect(valueOn(parameter, from)).toBe(parameter.values[index]);
    expect(valueOn(parameter, addDays(from, -1))).toBe(index === 0 ? undefined : parameter.values[index - 1]);
  });
});

describe('yearly parameters: nothing before the first or after the last 年度', () => {
  test.each(yearly.map((p) => [p.id, p] as const))('%s', (_, parameter) => {
    const years = parameter.values.map((v) => v.year);
    for (const year of years) expect(figureForYear(parameter, year)).toMatchObject({ kind: 'included', year });
    expect(figureForYear(parameter, Math.min(...years) - 1)).toEqual({
      kind: 'year-not-included',
      year: Math.min(...years) - 1,
      parameter: parameter.id,
    });
    expect(figureForYear(parameter, Math.max(...years) + 1).kind).toBe('year-not-included');
  });
});

describe('standards per 年度 (policy/SOURCES.md)', () => {
  const table: [number, [number, number, number] | null, [number, number, number] | null, string | null][] = [
    // 年度, individual (elderly, student, working-age), subsidy, confidence of the individual figures
    [2020, null, null, null],
    [2021, [340, 325, 580], null, 'quoted-official'],
    [2022, [340, 325, 580], null, 'quoted-official'],
    [2023, [370, 345, 665], null, 'quoted-official'], // the 2023 subsidy is only inferred: left out
    [2024, [400, 375, 695], [4320, 1695, 2325], 'quoted-official'],
    [2025, [430, 405, 750], [4350, 1725, 2335], 'secondary'],
    [2026, [460, 435, 795], null, 'secondary'],
    [2027, null, null, null],
  ];
  test.each(table)('%i', (year, individual, subsidy, confidence) => {
    const f = yearFigures(year);
    const amounts = (x: typeof f.individualContribution) =>
      x.kind === 'included' ? [x.value.elderly, x.value.student, x.value['working-age']] : null;
    expect(amounts(f.individualContribution)).toEqual(individual);
    expect(amounts(f.governmentSubsidy)).toEqual(subsidy);
    expect(f.individualContribution.kind === 'included' ? f.individualContribution.reference.confidence : null).toBe(
      confidence,
    );
  });

  test('the 2025 subsidy, from a single secondary page, is marked secondary', () => {
    expect(figureForYear(bundledPolicyBook.parameters.governmentSubsidy, 2025)).toMatchObject({
      reference: { confidence: 'secondary' },
    });
  });
});

describe('holiday notices', () => {
  test('one per year, each from the 国务院办公厅', () => {
    expect(holidayCalendar.notices.map((n) => n.reference.publisher)).toEqual(Array(4).fill('国务院办公厅'));
  });
});
