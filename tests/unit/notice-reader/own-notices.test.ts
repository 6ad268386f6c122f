/** Notices written in the official style with the variation real ones have (see tests/fixtures/notices/README.md). */
import { describe, expect, test } from 'vitest';
import {
  classifyNoticePage,
  readNotice,
  toPolicyValues,
  type CategoryFigures,
  type NoticeReading,
} from '@/notice-reader';
import { loadNotice } from './load-fixture';

const amounts = (figures: CategoryFigures) => [
  figures.elderly?.value,
  figures.student?.value,
  figures['working-age']?.value,
];
const spans = (reading: NoticeReading) =>
  reading.batchDebitDays.map((b) => [
    b.value.year,
    b.value.month,
    b.value.spans.map((s) => `${s.from}-${s.to}`).join(','),
  ]);

interface Expected {
  year: number;
  period: [string | undefined, string | undefined];
  benefits?: string;
  waiting?: number;
  individual: (number | undefined)[];
  subsidy: (number | undefined)[];
  total?: (number | undefined)[];
  batch: unknown[];
  hotlines: string[];
  published?: string;
  publishers: string[];
  confidence?: 'official' | 'quoted-official' | 'secondary';
}

const none = [undefined, undefined, undefined];

const cases: [string, string, Expected][] = [
  [
    'own-01-ybj-2025-prose.txt',
    'prose, full-width punctuation, 至 with weekday brackets, signature on one line, an attachment',
    {
      year: 2025,
      period: ['2024-12-30', '2025-03-31'],
      benefits: '2025-01-01',
      waiting: 3,
      individual: [430, 405, 750],
      subsidy: [4350, 1725, 2335],
      batch: [[2025, 1, '15-17']],
      hotlines: ['12333', '12366', '4007112366'],
      published: '2024-12-27',
      publishers: ['北京市医疗保障局', '国家税务总局北京市税务局'],
      confidence: 'official',
    },
  ],
  [
    'own-02-tax-table-fullwidth.txt',
    'full-width digits, — between dates, amounts in a table with an earlier-year column and 合计',
    {
      year: 2030,
      period: ['2029-11-01', '2030-01-31'],
      benefits: '2030-01-01',
      waiting: 6,
      individual: [520, 495, 860],
      subsidy: [4500, 1800, 2400],
      total: [5020, 2295, 3260],
      batch: [[2029, 12, '15-15,16-16,18-18']],
      hotlines: ['12333', '12366'],
      published: '2029-10-30',
      publishers: ['国家税务总局北京市税务局', '北京市医疗保障局'],
      confidence: 'official',
    },
  ],
  [
    'own-03-gov-split-paragraphs.txt',
    '－ between zero-padded dates, 由…调整为 split across paragraphs, 分别为 list, 三个月',
    {
      year: 2031,
      period: ['2030-11-01', '2031-01-31'],
      benefits: '2031-01-01',
      waiting: 3,
      individual: [560, 535, 900],
      subsidy: [4560, 1860, 2460],
      batch: [],
      hotlines: ['12333', '12366'],
      published: '2030-10-15',
      publishers: ['北京市医疗保障局', '北京市财政局', '国家税务总局北京市税务局'],
      confidence: 'official',
    },
  ],
  [
    'own-04-repost-with-chrome.txt',
    'a repost: ～ between dates, 元/人·年, site chrome, ads and other numbers around it',
    {
      year: 2030,
      period: ['2029-11-01', '2030-01-31'],
      benefits: '2030-01-01',
      waiting: 6,
      individual: [520, 495, 860],
      subsidy: [4500, 1800, 2400],
      batch: [],
      hotlines: ['12333', '12366'],
      published: '2029-11-02',
      publishers: ['北京市医疗保障局'],
      confidence: 'quoted-official',
    },
  ],
  [
    'own-05-supplement-extends.txt',
    'a 补充通知 that extends the period',
    {
      year: 2030,
      period: ['2029-11-01', '2030-02-28'],
      benefits: '2030-01-01',
      individual: none,
      subsidy: none,
      batch: [],
      hotlines: [],
      published: '2030-01-20',
      publishers: ['北京市医疗保障局'],
      confidence: 'official',
    },
  ],
];

describe.each(cases)('%s: %s', (name, _what, expected) => {
  const input = loadNotice(name);
  const reading = readNotice(input);

  test('reads every value the notice states', () => {
    expect(reading.year?.value).toBe(expected.year);
    expect([reading.periodStart?.value, reading.periodEnd?.value]).toEqual(expected.period);
    expect(reading.benefitsStart?.value).toBe(expected.benefits);
    expect(reading.waitingMonths?.value).toBe(expected.waiting);
    expect(amounts(reading.individual)).toEqual(expected.individual);
    expect(amounts(reading.subsidy)).toEqual(expected.subsidy);
    expect(amounts(reading.total)).toEqual(expected.total ?? none);
    expect(spans(reading)).toEqual(expected.batch);
    expect(reading.hotlines.map((h) => h.value.digits)).toEqual(expected.hotlines);
    expect(reading.published?.value).toBe(expected.published);
    expect(reading.publishers.map((p) => p.value)).toEqual(expected.publishers);
  });

  test('lists exactly what it did not find, conflicts with nothing, and maps to the book', () => {
    const missing = [
      ...(expected.waiting === undefined ? ['waitingMonths'] : []),
      ...(['elderly', 'student', 'working-age'] as const).flatMap((c, i) => [
        ...(expected.individual[i] === undefined ? [`individual.${c}`] : []),
        ...(expected.subsidy[i] === undefined ? [`subsidy.${c}`] : []),
      ]),
      ...(expected.batch.length ? [] : ['batchDebitDays']),
      ...(expected.hotlines.length ? [] : ['hotlines']),
    ];
    expect(reading.notFound).toEqual(missing);
    expect(reading.conflicts).toEqual([]);
    expect(reading.savable).toBe(true);
    const values = toPolicyValues(input, reading)!;
    expect(values.reference.confidence).toBe(expected.confidence);
    expect(values.enrolmentPeriod).toMatchObject({ start: expected.period[0], end: expected.period[1] });
    expect(values.individualContribution === undefined).toBe(expected.individual.includes(undefined));
  });
});

test('own-01 and own-02 are recognised as notice pages on their official hosts', () => {
  for (const name of [
    'own-01-ybj-2025-prose.txt',
    'own-02-tax-table-fullwidth.txt',
    'own-03-gov-split-paragraphs.txt',
    'own-05-supplement-extends.txt',
  ]) {
    expect(classifyNoticePage(loadNotice(name)).notice).toBe(true);
  }
});

test('own-02: the earlier-year table column is context, never a value', () => {
  const reading = readNotice(loadNotice('own-02-tax-table-fullwidth.txt'));
  expect(reading.context.filter((c) => c.why === 'other-year').map((c) => c.value)).toEqual([490, 465, 820]);
  expect(reading.individual.elderly?.evidence).toBe('城乡老年人 | 490 | 520 | 4500 | 5020');
  expect(reading.individual.elderly?.source).toBe('table');
});

test('own-03: "由520元调整为" and "提高40元" are context; the evidence spans the split paragraph', () => {
  const reading = readNotice(loadNotice('own-03-gov-split-paragraphs.txt'));
  expect(reading.context.map((c) => [c.value, c.why])).toEqual([
    [40, 'relative'],
    [520, 'earlier'],
    [495, 'earlier'],
    [860, 'earlier'],
  ]);
  expect(reading.individual.elderly?.evidence).toBe('城乡老年人个人缴费标准由520元调整为\n每人每年560元；');
});

test('own-04: no number from the chrome, the ads or the 落户 consultancy', () => {
  const text = JSON.stringify(readNotice(loadNotice('own-04-repost-with-chrome.txt')).hotlines);
  for (const number of [
    '4001234567',
    '400-123-4567',
    '13911112222',
    '010-87654321',
    '400-888-9999',
    '18902150509',
    '12345678',
  ]) {
    expect(text).not.toContain(number);
  }
});

test('own-05: the extended end replaces the original one, which stays as context; no amount borrowed', () => {
  const reading = readNotice(loadNotice('own-05-supplement-extends.txt'));
  expect(reading.periodExtended).toBe(true);
  expect(reading.periodEnd?.evidence).toContain('延长至2030年2月28日（星期四）');
  expect(reading.context).toContainEqual(expect.objectContaining({ value: '2030-01-31', why: 'superseded-date' }));
});
