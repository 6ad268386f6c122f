/** The answers of the popup, checklist and calendar: every figure they state names its source. */
import { describe, expect, it } from 'vitest';
import { channelsMessage } from '@/answers/contacts';
import { bodyText, type Message } from '@/answers/message';
import { paymentWindowMessage } from '@/answers/payment-window';
import { benefitStartZh } from '@/answers/phrases';
import { answerSnapshot } from '@/answers/snapshot';
import { todayAnswers } from '@/answers/today';
import {
  aggregator2026Year,
  beijingInstant,
  benefitStartIfPaidOn,
  bundledPolicyBook,
  paymentWindowStatus,
  type PolicyBook,
} from '@/policy';

const DAY_MS = 86_400_000;
/** Says that the data is missing rather than giving a figure. */
const NOT_INCLUDED = /尚未收录|没有收录|尚未实行/;
const bundled = { book: bundledPolicyBook, origin: 'bundled' as const };
const text = (m: Message) => `${m.headline}\n${bodyText(m)}`;

describe('todayAnswers', () => {
  it('every answer that states a date names a source, on every day of three years', () => {
    const missing: string[] = [];
    for (let day = 0; day < 3 * 366; day++) {
      const now = beijingInstant('2023-11-01', '09:00') + day * DAY_MS;
      for (const { slot, message } of todayAnswers(answerSnapshot(bundled, now))) {
        if (/\d/.test(text(message)) && !NOT_INCLUDED.test(text(message)) && message.references.length === 0)
          missing.push(`${day} ${slot}: ${text(message)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a batch-debit answer that points to next month cites next month’s days as well', () => {
    // 2026-11-25: November's day is past; the answer names 15 December.
    const batch = todayAnswers(answerSnapshot(bundled, beijingInstant('2026-11-25', '09:00'))).find(
      (a) => a.slot === 'batch-debit',
    )!.message;
    expect(batch.headline).toContain('下次：2026年12月15日');
    expect(batch.references.length).toBeGreaterThan(0);
  });
});

describe('benefitStartZh', () => {
  it('names a source whenever it states a date, for payments on any day of 2021–2027 for the 年度 of that year and the next', () => {
    const missing: string[] = [];
    for (let day = 0; day < 7 * 365; day += 3) {
      const paidOn = new Date(Date.parse('2021-01-01') + day * DAY_MS).toISOString().slice(0, 10);
      for (const year of [Number(paidOn.slice(0, 4)), Number(paidOn.slice(0, 4)) + 1]) {
        const benefit = benefitStartIfPaidOn(year, paidOn);
        const wording = benefitStartZh(benefit);
        const statesADate = /\d+月\d+日/.test(wording.text);
        if (statesADate && wording.references.length === 0) missing.push(`${year} paid ${paidOn}: ${benefit.kind}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('paymentWindowMessage', () => {
  it('quotes the rule in force, not fixed figures: a pack with another window is worded with its own days and time', () => {
    const rule = { firstDay: 1, lastDay: 25, closesAt: '16:30' };
    const windowParameter = bundledPolicyBook.parameters.paymentWindow;
    const book: PolicyBook = {
      ...bundledPolicyBook,
      parameters: {
        ...bundledPolicyBook.parameters,
        paymentWindow: { ...windowParameter, values: windowParameter.values.map((v) => ({ ...v, value: rule })) },
      },
    };
    const options = { calendarCaveats: true };
    // Thursday 2026-11-26: after the 25th.
    const closed = paymentWindowMessage(
      paymentWindowStatus(beijingInstant('2026-11-26', '09:00'), book),
      '当天',
      options,
    )!;
    expect(bodyText(closed)).toBe(
      '本月缴费时间（1日至25日）已结束。每月1日至25日的工作日16:30前可以缴费。下次可缴费：2026年12月1日（周二） 16:30前。',
    );
    expect(closed.references).toEqual([windowParameter.values[0].reference]);
    expect(closed.deadline).toEqual({ date: '2026-12-01', closesAt: beijingInstant('2026-12-01', '16:30') });
    // Wednesday 2026-11-25, 16:00: still open under this rule.
    const open = paymentWindowMessage(
      paymentWindowStatus(beijingInstant('2026-11-25', '16:00'), book),
      '当天',
      options,
    )!;
    expect(bodyText(open)).toBe('当天是2026年11月25日（周三），可以缴费，请在当天16:30前完成。');
  });
});

describe('channelsMessage', () => {
  it('names the latest earlier 年度’s channels with that 年度’s source', () => {
    const said = channelsMessage(2027, bundledPolicyBook);
    expect(bodyText(said)).toBe(
      '2027年度的缴费渠道尚未收录；2026年度的渠道是京通小程序、北京市电子税务局、银行APP或柜台、银行批量扣款，请以官方通知为准。',
    );
    expect(said.references).toEqual([aggregator2026Year]);
  });

  it('before any included 年度 it only says that nothing is included', () => {
    const said = channelsMessage(2020, bundledPolicyBook);
    expect(bodyText(said)).toBe('2020年度的缴费渠道尚未收录，请以官方通知为准。');
    expect(said.references).toEqual([]);
  });
});
