import { describe, expect, test } from 'vitest';
import { classifyNoticeContent, classifyNoticePage, readNotice, toPolicyValues } from '@/notice-reader';
import { announcedBatchDebitDays } from '@/policy/parameters/batch-debit';
import { hotlines } from '@/policy/parameters/contacts';
import { enrolmentPeriod, waitingPeriod } from '@/policy/parameters/enrolment';
import { governmentSubsidy, individualContribution } from '@/policy/parameters/standards';
import { loadNotice } from './load-fixture';

const seed004 = loadNotice('seed-004.txt');

describe('seed 004: 北京积分落户网 repost of the 2024年度 notice, with its chrome', () => {
  const reading = readNotice(seed004);

  test('is a notice by its content, but not an official notice page', () => {
    expect(classifyNoticeContent(seed004)).toEqual({ notice: true, year: 2024 });
    expect(classifyNoticePage(seed004)).toMatchObject({ notice: false, reason: 'not-official-notice-site' });
  });

  test('the same text at the address of the original it names would be a notice page', () => {
    expect(classifyNoticePage({ ...seed004, url: reading.quotedOriginalUrl!.value })).toEqual({
      notice: true,
      year: 2024,
    });
  });

  test('the 年度, the 集中参保期, the benefit start and the waiting period', () => {
    expect(reading.year?.value).toBe(2024);
    expect(reading.periodStart?.value).toBe('2023-11-15');
    expect(reading.periodEnd?.value).toBe('2024-01-31');
    expect(reading.periodEnd?.evidence).toContain('集中参保时间为2023年11月15日至2024年1月31日');
    expect(reading.benefitsStart?.value).toBe('2024-01-01');
    expect(reading.waitingMonths?.value).toBe(3);
    expect(reading.waitingMonths?.evidence).toContain('3个月等待期满后方可享受当年城乡居民医保待遇');
  });

  test('individual contributions and subsidies per category, each with its own line', () => {
    expect(reading.individual.elderly).toEqual({
      value: 400,
      evidence: '缴费标准城乡老年人调整为每人每年400元;',
      source: 'body',
    });
    expect(reading.individual.student).toEqual({ value: 375, evidence: '学生儿童每人每年375元;', source: 'body' });
    expect(reading.individual['working-age']).toEqual({
      value: 695,
      evidence: '劳动年龄内居民每人每年695元。',
      source: 'body',
    });
    expect(reading.subsidy.elderly?.value).toBe(4320);
    expect(reading.subsidy.elderly?.evidence).toBe('财政补助城乡老年人提升到每人每年4320元;');
    expect(reading.subsidy.student?.value).toBe(1695);
    expect(reading.subsidy['working-age']?.value).toBe(2325);
  });

  test('"同步新增30元" is context only', () => {
    expect(reading.context).toContainEqual(expect.objectContaining({ value: 30, why: 'relative' }));
    const values = [reading.individual, reading.subsidy, reading.total].flatMap((figures) =>
      Object.values(figures).map((f) => f!.value),
    );
    expect(values).not.toContain(30);
  });

  test('the December batch-debit days 15, 18, 19', () => {
    expect(reading.batchDebitDays).toHaveLength(1);
    expect(reading.batchDebitDays[0].value).toEqual({
      year: 2023,
      month: 12,
      spans: [
        { from: 15, to: 15 },
        { from: 18, to: 18 },
        { from: 19, to: 19 },
      ],
      yearFromPeriod: false,
    });
  });

  test('hotlines 12333 / 12366 / 4007112366 with what each is for, never the 落户 number 18902150509', () => {
    expect(reading.hotlines.map((h) => [h.value.digits, h.value.purpose])).toEqual([
      ['12333', '关于参保及使用医保个人账户缴费业务有疑问'],
      ['12366', '关于税务渠道缴费业务有疑问'],
      ['4007112366', '使用北京市电子税务局有疑问'],
    ]);
    expect(JSON.stringify(reading)).not.toContain('18902150509');
  });

  test('publication, publisher and the original it quotes; nothing missing, nothing conflicting', () => {
    expect(reading.published?.value).toBe('2023-11-16');
    expect(reading.publishers.map((p) => p.value)).toEqual(['北京医保局']);
    expect(reading.quotedOriginalUrl?.value).toBe('https://ybj.beijing.gov.cn/tzgg2022/202311/t20231114_3301348.html');
    expect(reading.notFound).toEqual([]);
    expect(reading.conflicts).toEqual([]);
    expect(reading.savable).toBe(true);
  });

  test("maps onto the bundled book's 2024年度 values, as a quoted official source", () => {
    const values = toPolicyValues(seed004, reading)!;
    const bundled = <T>(p: { values: { year: number; value: T }[] }) => p.values.find((v) => v.year === 2024)!.value;
    expect(values.year).toBe(2024);
    expect(values.enrolmentPeriod).toEqual(bundled(enrolmentPeriod));
    expect(values.individualContribution).toEqual(bundled(individualContribution));
    expect(values.governmentSubsidy).toEqual(bundled(governmentSubsidy));
    expect(values.waitingPeriod?.months).toBe(bundled(waitingPeriod).months);
    expect(values.announcedBatchDebitDays).toEqual(bundled(announcedBatchDebitDays));
    expect(values.hotlines?.map((h) => h.number)).toEqual(hotlines.values[0].value.map((h) => h.number));
    expect(values.reference).toMatchObject({
      publisher: '北京医保局',
      published: '2023-11-16',
      confidence: 'quoted-official',
    });
  });
});

describe('the other seed texts are not notices', () => {
  test.each([
    ['seed-000.txt', 'not-resident-insurance-payment'],
    ['seed-001.txt', 'not-resident-insurance-payment'],
    ['seed-002.txt', 'not-resident-insurance-payment'],
    ['seed-003.txt', 'news'],
  ])('%s → %s', (name, reason) => {
    const input = loadNotice(name);
    expect(classifyNoticeContent(input)).toMatchObject({ notice: false, reason });
    const reading = readNotice(input);
    expect(reading.savable).toBe(false);
    expect(toPolicyValues(input, reading)).toBeUndefined();
  });
});
