/** The problem report's text and the data date it quotes. */
import { describe, expect, test } from 'vitest';
import { dataDateMessage, outOfDateMessage, sourceDateZh } from '@/answers/data-date';
import { bodyText } from '@/answers/message';
import { answerSnapshot } from '@/answers/snapshot';
import { bundledPolicyBook } from '@/policy';
import { newestSourceDate } from '@/policy/data-date';
import { problemReportText } from '@/utils/problem-report';

const at = (beijing: string) => Date.parse(`${beijing}+08:00`);
const snapshotAt = (beijing: string) => answerSnapshot({ book: bundledPolicyBook, origin: 'bundled' }, at(beijing));

describe('data date', () => {
  test('数据截至 is the newest source date of the book', () => {
    const dates = JSON.stringify(bundledPolicyBook.parameters).match(/"published":"[^"]+"/g) ?? [];
    const newest = newestSourceDate(bundledPolicyBook);
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(date.slice(13, -1) <= newest).toBe(true);
    const message = dataDateMessage(snapshotAt('2026-12-01T10:00:00'));
    expect(message.headline).toBe(
      `数据版本 ${bundledPolicyBook.version}（扩展自带） · 数据截至${sourceDateZh(newest)}`,
    );
    expect(message.facts).toEqual([{ kind: 'date', role: 'data-as-of', date: newest }]);
    expect(dataDateMessage({ book: bundledPolicyBook, origin: 'signed' }).headline).toContain('已验证（项目发布）');
    expect(
      dataDateMessage({ book: bundledPolicyBook, origin: 'bundled' }, { withOrigin: false }).headline,
    ).not.toContain('（');
  });

  test('out of date only when the likely 年度 is not included: not in 2026-06 (2026年度), yes in 2026-12 (2027年度)', () => {
    expect(outOfDateMessage(snapshotAt('2026-06-01T10:00:00'))).toBeNull();
    const message = outOfDateMessage(snapshotAt('2026-12-01T10:00:00'));
    expect(message?.facts).toEqual([{ kind: 'year', role: 'likely-year', year: 2027 }]);
    expect(message && bodyText(message)).toContain('2027年度');
    expect(message && bodyText(message)).toContain('保存');
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
      dataDate: '数据版本 1（扩展自带） · 数据截至2026年1月10日',
      beijingDate: '2026年12月1日（周二）',
      panel: { pageKind: 'etax-social-fee', tips: [{ id: 'year-not-covered', text: '2027年度\n  尚未收录' }] },
      popupAnswers: [{ id: 'hotlines', text: '12333' }],
    });
    expect(text.split('\n')).toEqual([
      '医保缴费助手·北京 问题报告',
      '数据版本 1（扩展自带） · 数据截至2026年1月10日',
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
