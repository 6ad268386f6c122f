/** The problem report's text and the data date it quotes. */
import { describe, expect, test } from 'vitest';
import { bundledPolicyBook, dataDate, newestSourceDate } from '@/policy';
import { dataDateLinesZh, sourceDateZh } from '@/utils/data-date-zh';
import { problemReportText } from '@/utils/problem-report';

const at = (beijing: string) => Date.parse(`${beijing}+08:00`);

describe('dataDate', () => {
  test('数据截至 is the newest source date of the book', () => {
    const dates = JSON.stringify(bundledPolicyBook.parameters).match(/"published":"[^"]+"/g) ?? [];
    const newest = newestSourceDate(bundledPolicyBook);
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(date.slice(13, -1) <= newest).toBe(true);
  });

  test('the likely 年度: included in 2026-06 (2026年度), not in 2026-12 (2027年度)', () => {
    expect(dataDate(bundledPolicyBook, at('2026-06-01T10:00:00'))).toMatchObject({
      likelyYear: 2026,
      likelyYearIncluded: true,
    });
    const now = dataDate(bundledPolicyBook, at('2026-12-01T10:00:00'));
    expect(now).toMatchObject({ likelyYear: 2027, likelyYearIncluded: false });
    const lines = dataDateLinesZh(now, '扩展自带');
    expect(lines.version).toBe(`数据版本 ${bundledPolicyBook.version}（扩展自带）`);
    expect(lines.outOfDate).toContain('2027年度');
    expect(dataDateLinesZh(dataDate(bundledPolicyBook, at('2026-06-01T10:00:00')), '扩展自带').outOfDate).toBe(
      undefined,
    );
  });

  test('source dates in words, day or month precision', () => {
    expect(sourceDateZh('2026-01-10')).toBe('2026年1月10日');
    expect(sourceDateZh('2021-09')).toBe('2021年9月');
    expect(sourceDateZh('')).toBe('未注明');
  });
});

describe('problemReportText', () => {
  test('lines for data, date, page kind and every tip by id', () => {
    const text = problemReportText({
      dataVersion: '数据版本 1（扩展自带）',
      dataAsOf: '数据截至 2026年1月10日',
      beijingDate: '2026年12月1日（周二）',
      panel: { pageKind: 'etax-social-fee', tips: [{ id: 'year-not-covered', text: '2027年度\n  尚未收录' }] },
      popupAnswers: [{ id: 'hotlines', text: '12333' }],
    });
    expect(text.split('\n')).toEqual([
      '医保缴费助手·北京 问题报告',
      '数据版本 1（扩展自带）',
      '数据截至 2026年1月10日',
      '北京日期：2026年12月1日（周二）',
      '页面类型：电子税务局·社保费缴纳（etax-social-fee）',
      '页面上的提示（1条）：',
      '[year-not-covered] 2027年度 尚未收录',
      '弹出窗口的回答（1条）：',
      '[hotlines] 12333',
      '哪一条不对、应该是什么：（请在这里写；不要写姓名、身份证号、电话等个人信息）',
    ]);
  });
});
