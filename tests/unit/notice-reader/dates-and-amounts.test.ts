import { describe, expect, test } from 'vitest';
import { readNotice, type NoticeInput } from '@/notice-reader';
import { findDateRanges, findDates } from '@/notice-reader/dates';
import { normalize } from '@/notice-reader/segments';

describe('date ranges as notices write them', () => {
  test.each([
    ['2023年11月15日至2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日到2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日—2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日——2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日－2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日～2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日 - 2024年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日（星期三）至2024年1月31日（星期三）', '2023-11-15', '2024-01-31'],
    ['2023年11月15日(周三)至2024年1月31日(周三)', '2023-11-15', '2024-01-31'],
    ['２０２３年１１月１５日至２０２４年１月３１日', '2023-11-15', '2024-01-31'],
    ['2023年11月01日至2024年01月31日', '2023-11-01', '2024-01-31'],
    ['2020年10月1日至12月31日', '2020-10-01', '2020-12-31'],
    ['2023年11月15日至次年1月31日', '2023-11-15', '2024-01-31'],
    ['2023年11月15日至1月31日', '2023-11-15', '2024-01-31'],
  ])('%s', (text, start, end) => {
    const [range] = findDateRanges(normalize(text));
    expect([range.startIso, range.endIso]).toEqual([start, end]);
  });

  test('no range without a start year, none across other words, none for impossible dates', () => {
    expect(findDateRanges('11月15日至1月31日')).toEqual([]);
    expect(findDateRanges('2023年11月15日起，至2024年1月31日')).toEqual([]);
    expect(findDates('2023年2月30日')).toEqual([]);
    expect(findDates('2024年2月29日')).toHaveLength(1);
  });
});

const input = (bodyText: string): NoticeInput => ({
  url: '',
  title: '关于做好2031年度北京市城乡居民基本医疗保险参保缴费工作的通知',
  headings: [],
  bodyText,
  tables: [],
});
const elderly = (body: string) => readNotice(input(body)).individual.elderly?.value;

describe('amount phrasing', () => {
  test.each([
    ['城乡老年人个人缴费标准为每人每年560元。', 560],
    ['城乡老年人个人缴费标准调整为每人每年560元。', 560],
    ['城乡老年人个人缴费标准由520元调整为560元。', 560],
    ['城乡老年人个人缴费标准从520元提高到560元。', 560],
    ['城乡老年人个人缴费标准较上年的520元提高至560元。', 560],
    ['城乡老年人个人缴费标准：560元/人·年。', 560],
    ['城乡老年人个人缴费标准：５６０元／人·年。', 560],
    ['城乡老年人个人缴费标准2030年度为520元，2031年度为560元。', 560],
    ['2031年度城乡老年人个人缴费标准由2030年度的520元调整为560元。', 560],
    ['城乡老年人个人缴费标准由2030年度的520元调整为2031年度的560元。', 560],
    ['城乡老年人个人缴费标准2031年度调整为560元。', 560],
    ['2030年度城乡老年人个人缴费标准为520元，学生儿童495元。', undefined],
    ['城乡老年人个人缴费标准每人每年提高40元。', undefined],
    ['城乡老年人个人缴费标准同步新增30元。', undefined],
    ['城乡老年人个人缴费标准比2030年度增加40元。', undefined],
    ['城乡老年人个人缴费标准2030年度为520元。', undefined],
    ['城乡老年人每人每年560元。', undefined],
    ['城乡老年人养老金为每人每月960元。', undefined],
    ['城乡老年人大病保险起付线为1.5万元。', undefined],
    ['城乡老年人个人缴费标准为每人每年560.00元。', 560],
    ['城乡老年人个人缴费标准为每人每年560.50元。', undefined],
    ['城乡老年人个人缴费标准为每人每年4,560元。', undefined],
  ])('%s → %s', (body, expected) => expect(elderly(body)).toBe(expected));

  test('an earlier 年度 tags every figure of its list, not only the first', () => {
    expect(readNotice(input('2030年度城乡老年人个人缴费标准为520元，学生儿童495元。')).individual).toEqual({});
  });

  test('"城乡老年人每人每年560元" with no kind is kept as context, not a value', () => {
    expect(readNotice(input('城乡老年人每人每年560元。')).context).toEqual([
      expect.objectContaining({ value: 560, why: 'kind-unknown', category: 'elderly' }),
    ]);
  });

  test('分别由…调整为… pairs the listed categories in order', () => {
    const reading = readNotice(
      input('城乡老年人、学生儿童、劳动年龄内居民个人缴费标准分别由520元、495元、860元调整为560元、535元、900元。'),
    );
    expect([
      reading.individual.elderly?.value,
      reading.individual.student?.value,
      reading.individual['working-age']?.value,
    ]).toEqual([560, 535, 900]);
    expect(reading.context.map((c) => [c.category, c.value, c.why])).toEqual([
      ['elderly', 520, 'earlier'],
      ['student', 495, 'earlier'],
      ['working-age', 860, 'earlier'],
    ]);
  });

  test('a category heading carries to the lines under it; a line with nothing resets it', () => {
    const reading = readNotice(
      input('城乡老年人：\n个人缴费每人每年560元；\n财政补助每人每年4560元。\n三、缴费方式\n每人每年900元。'),
    );
    expect(reading.individual.elderly?.value).toBe(560);
    expect(reading.subsidy.elderly?.value).toBe(4560);
    expect(reading.context).toEqual([]);
  });
});

describe('tables', () => {
  const withTable = (table: string[][]): NoticeInput => ({
    ...input('本市2031年度城乡居民医保缴费标准见下表。'),
    tables: [table],
  });
  const read = (table: string[][]) => readNotice(withTable(table));
  const all = (table: string[][]) => {
    const r = read(table);
    return [r.individual, r.subsidy].map((f) => [f.elderly?.value, f.student?.value, f['working-age']?.value]);
  };

  test('kinds across, categories down', () => {
    expect(
      all([
        ['类别', '个人缴费（元）', '财政补助（元）'],
        ['城乡老年人', '560', '4560'],
        ['学生儿童', '535元', '1860元'],
        ['劳动年龄内居民', '900.00', '2460'],
      ]),
    ).toEqual([
      [560, 535, 900],
      [4560, 1860, 2460],
    ]);
  });

  test('categories across, kinds down (transposed); the evidence is the kind row', () => {
    const table = [
      ['项目', '城乡老年人', '学生儿童', '劳动年龄内居民'],
      ['个人缴费标准', '560', '535', '900'],
      ['财政补助标准', '4560', '1860', '2460'],
    ];
    expect(all(table)).toEqual([
      [560, 535, 900],
      [4560, 1860, 2460],
    ]);
    expect(read(table).individual.student?.evidence).toBe('个人缴费标准 | 560 | 535 | 900');
  });

  test('a row for another 年度 is context', () => {
    const table = [
      ['项目', '城乡老年人', '学生儿童', '劳动年龄内居民'],
      ['2030年度个人缴费', '520', '495', '860'],
      ['2031年度个人缴费', '560', '535', '900'],
    ];
    const reading = read(table);
    expect([
      reading.individual.elderly?.value,
      reading.individual.student?.value,
      reading.individual['working-age']?.value,
    ]).toEqual([560, 535, 900]);
    expect(reading.context.map((c) => [c.value, c.why])).toEqual([
      [520, 'other-year'],
      [495, 'other-year'],
      [860, 'other-year'],
    ]);
  });

  test('a cell saying "由520元调整为560元" gives 560, with 520 as context', () => {
    const reading = read([
      ['类别', '个人缴费'],
      ['城乡老年人', '由520元调整为560元'],
    ]);
    expect(reading.individual.elderly?.value).toBe(560);
    expect(reading.context).toEqual([
      expect.objectContaining({
        value: 520,
        why: 'earlier',
        evidence: '城乡老年人 | 由520元调整为560元',
        source: 'table',
      }),
    ]);
  });

  test('a table also present in the body text is read once, as a table', () => {
    const table = [
      ['类别', '个人缴费', '财政补助', '合计'],
      ['城乡老年人', '560元', '4560元', '5120元'],
    ];
    const reading = readNotice({
      ...input(
        `本市2031年度城乡居民医保缴费标准如下：\n类别\t个人缴费\t财政补助\t合计\n城乡老年人\t560元\t4560元\t5120元\n`,
      ),
      tables: [table],
    });
    expect(reading.conflicts).toEqual([]);
    expect([reading.individual.elderly?.value, reading.subsidy.elderly?.value, reading.total.elderly?.value]).toEqual([
      560, 4560, 5120,
    ]);
    expect(reading.individual.elderly?.source).toBe('table');
  });

  test('a table that names no kind gives no value', () => {
    expect(
      read([
        ['类别', '金额'],
        ['城乡老年人', '560'],
      ]).individual,
    ).toEqual({});
    const reading = read([
      ['类别', '城乡老年人'],
      ['金额', '560'],
    ]);
    expect(reading.individual).toEqual({});
    expect(reading.context).toEqual([expect.objectContaining({ value: 560, why: 'kind-unknown' })]);
  });
});

describe('waiting period and batch days', () => {
  test.each([
    ['在集中参保期后缴费的，3个月等待期满后方可享受待遇。', 3],
    ['集中参保期后参保的，设置固定待遇等待期３个月。', 3],
    ['须满三个月等待期后方可享受待遇。', 3],
    ['每多断保1年，增加变动待遇等待期1个月。', undefined],
    ['连续3个月未成功缴费的，须重新办理参保缴费。', undefined],
  ])('%s → %s', (body, months) => expect(readNotice(input(body)).waitingMonths?.value).toBe(months));

  test.each([
    [
      '15日、18日与19日',
      [
        [15, 15],
        [18, 18],
        [19, 19],
      ],
    ],
    [
      '15、18、19日',
      [
        [15, 15],
        [18, 18],
        [19, 19],
      ],
    ],
    [
      '15日和18日',
      [
        [15, 15],
        [18, 18],
      ],
    ],
    ['15日至17日', [[15, 17]]],
    ['15—17日', [[15, 17]]],
    ['１５日～１７日', [[15, 17]]],
    [
      '15日、16日、17日，遇节假日顺延',
      [
        [15, 15],
        [16, 16],
        [17, 17],
      ],
    ],
    ['15', []],
    ['32日', []],
    ['31日', [[31, 31]]],
    ['17日至15日', []],
  ])('其中2030年12月银行批量扣款日为%s', (days, expected) => {
    const reading = readNotice(input(`其中2030年12月银行批量扣款日为${days}。`));
    expect(reading.batchDebitDays.flatMap((b) => b.value.spans.map((s) => [s.from, s.to]))).toEqual(expected);
  });

  test('a day the month does not have is no batch day', () => {
    expect(readNotice(input('其中2031年2月银行批量扣款日为27日至29日。')).batchDebitDays).toEqual([]);
    expect(readNotice(input('其中2032年2月银行批量扣款日为27日至29日。')).batchDebitDays).toHaveLength(1);
  });

  test('a month with no year takes it from the 集中参保期, and says so', () => {
    const reading = readNotice(input('集中参保期为2030年11月1日至2031年1月31日。其中12月银行批量扣款日为15日至17日。'));
    expect(reading.batchDebitDays.map((b) => b.value)).toEqual([
      { year: 2030, month: 12, spans: [{ from: 15, to: 17 }], yearFromPeriod: true },
    ]);
  });

  test('without a period such a month is not placed in any year', () => {
    expect(readNotice(input('其中12月银行批量扣款日为15日至17日。')).batchDebitDays).toEqual([]);
  });
});
