/** Figures that contradict each other make the reading unsavable and say which values disagree. */
import { describe, expect, test } from 'vitest';
import { readNotice, toPolicyValues, type NoticeInput } from '@/notice-reader';

const notice = (
  bodyText: string,
  tables: string[][][] = [],
  title = '关于做好2031年度城乡居民基本医疗保险参保缴费工作的通知',
): NoticeInput => ({
  url: 'https://ybj.beijing.gov.cn/tzgg2022/203011/t1.html',
  title,
  headings: [],
  bodyText,
  tables,
});

const consistent = notice(
  '本市2031年度城乡居民医保集中参保期为2030年11月1日至2031年1月31日，参保人员自2031年1月1日起享受待遇。',
);

describe('conflicts', () => {
  test('a consistent notice is savable', () => {
    const reading = readNotice(consistent);
    expect(reading.conflicts).toEqual([]);
    expect(reading.savable).toBe(true);
  });

  test('合计 ≠ 个人 + 补助 (table): only the row that does not add up', () => {
    const reading = readNotice(
      notice('本市2031年度城乡居民医保缴费标准如下表。', [
        [
          ['类别', '个人缴费', '财政补助', '合计'],
          ['城乡老年人', '560', '4560', '5120'],
          ['学生儿童', '535', '1860', '2400'],
        ],
      ]),
    );
    expect(reading.conflicts).toEqual([
      {
        kind: 'total-mismatch',
        message: '学生儿童：个人缴费535元＋财政补助1860元＝2395元，通知写的合计是2400元',
        values: [
          { field: 'individual.student', value: 535, evidence: '学生儿童 | 535 | 1860 | 2400' },
          { field: 'subsidy.student', value: 1860, evidence: '学生儿童 | 535 | 1860 | 2400' },
          { field: 'total.student', value: 2400, evidence: '学生儿童 | 535 | 1860 | 2400' },
        ],
      },
    ]);
    expect(reading.savable).toBe(false);
  });

  test('合计 ≠ 个人 + 补助 (prose, 其中)', () => {
    const reading = readNotice(
      notice('2031年度城乡老年人筹资标准为每人每年5200元，其中个人缴费560元，财政补助4560元。'),
    );
    expect(reading.conflicts).toHaveLength(1);
    expect(reading.conflicts[0]).toMatchObject({ kind: 'total-mismatch' });
    expect(reading.conflicts[0].values.map((v) => [v.field, v.value])).toEqual([
      ['individual.elderly', 560],
      ['subsidy.elderly', 4560],
      ['total.elderly', 5200],
    ]);
    expect(reading.conflicts[0].message).toContain('5120');
    expect(reading.savable).toBe(false);
    expect(toPolicyValues(notice(''), reading)).toBeUndefined();
  });

  test('period end before its start', () => {
    const reading = readNotice(notice('2031年度城乡居民医保集中参保期为2031年1月31日至2030年11月1日。'));
    expect(reading.conflicts.map((c) => c.kind)).toEqual(['period-end-before-start']);
    expect(reading.conflicts[0].values.map((v) => v.value)).toEqual(['2031-01-31', '2030-11-01']);
    expect(reading.savable).toBe(false);
  });

  test('a 集中参保期 in years that are not the 年度 or the one before', () => {
    const reading = readNotice(notice('2031年度城乡居民医保集中参保期为2028年11月1日至2029年1月31日。'));
    expect(reading.conflicts.map((c) => [c.kind, c.values.map((v) => v.field)])).toEqual([
      ['period-outside-year', ['periodStart', 'periodEnd', 'year']],
    ]);
    expect(reading.savable).toBe(false);
  });

  test('benefit start outside the 年度', () => {
    const reading = readNotice(
      notice('2031年度城乡居民医保集中参保期为2030年11月1日至2031年1月31日，参保人员自2030年1月1日起享受待遇。'),
    );
    expect(reading.conflicts.map((c) => c.kind)).toEqual(['benefits-outside-year']);
    expect(reading.savable).toBe(false);
  });

  test('two different target-年度 amounts for one category', () => {
    const reading = readNotice(
      notice('2031年度城乡老年人个人缴费标准为每人每年560元。\n城乡老年人个人缴费每人每年580元。'),
    );
    expect(reading.conflicts).toHaveLength(1);
    expect(reading.conflicts[0]).toMatchObject({
      kind: 'two-amounts',
      message: '城乡老年人的个人缴费有两个不同的数：560元和580元',
    });
    expect(reading.savable).toBe(false);
  });

  test('prose and table agreeing is no conflict; disagreeing is', () => {
    const table = (amount: string) => [
      [
        ['人员类别', '个人缴费标准（元/人·年）'],
        ['城乡老年人', amount],
      ],
    ];
    const body = '2031年度城乡老年人个人缴费标准为每人每年560元。';
    expect(readNotice(notice(body, table('560'))).conflicts).toEqual([]);
    expect(readNotice(notice(body, table('565'))).conflicts.map((c) => c.kind)).toEqual(['two-amounts']);
  });

  test('a bracketed weekday that is not the date’s', () => {
    const reading = readNotice(
      notice('2031年度城乡居民医保集中参保期为2030年11月1日（星期一）至2031年1月31日（星期五）。'),
    );
    // 2030-11-01 is a Friday; 2031-01-31 is a Friday.
    expect(reading.conflicts.map((c) => [c.kind, c.values[0].value])).toEqual([['weekday-mismatch', '2030-11-01']]);
    expect(reading.savable).toBe(false);
  });

  test('a title about two 年度', () => {
    const reading = readNotice(notice('', [], '关于2030年度和2031年度城乡居民基本医疗保险参保缴费的通知'));
    expect(reading.conflicts.map((c) => c.kind)).toEqual(['two-years']);
  });
});
