/**
 * The answers on the dates issue 17 names: the 集中参保期's deadlines per channel (17.2) that people can act on,
 * never a bare calendar-day countdown while the tax channels are shut.
 */
import { describe, expect, it } from 'vitest';
import { enrolmentMessage } from '@/answers/enrolment';
import { bodyText, type Fact, type Message } from '@/answers/message';
import { panelMessages } from '@/answers/panel';
import { answerSnapshot } from '@/answers/snapshot';
import { standardMessage } from '@/answers/standards';
import { todayAnswers } from '@/answers/today';
import { beijingInstant, bundledPolicyBook, nationalGuideline2024 } from '@/policy';

const bundled = { book: bundledPolicyBook, origin: 'bundled' as const };
const at = (beijing: string) => {
  const [date, time] = beijing.split(' ');
  return answerSnapshot(bundled, beijingInstant(date, time));
};
const enrolment = (beijing: string) => enrolmentMessage(at(beijing), { calendarCaveats: true });
const all = (m: Message) => [m.headline, bodyText(m), ...m.caveats].join('\n');
const fact = (m: Message, role: string) => m.facts.find((f) => f.role === role);
const date = (m: Message, role: string) => (fact(m, role) as Extract<Fact, { kind: 'date' }> | undefined)?.date;
const NATIONAL = '国办发〔2024〕38号）：未连续参保的人员，即使在集中参保期内缴费，也可能有';

describe('2026-02-24 10:00: the period runs to 02-28 but the tax window is shut until 03-05', () => {
  const m = enrolment('2026-02-24 10:00');
  it('the headline says no self-pay slot is left, not "还剩5天"', () => {
    expect(m.id).toBe('enrolment-open');
    expect(m.headline).toBe('2026年度集中参保期内已没有自行缴费的机会');
    expect(m.severity).toBe('urgent');
    for (const tip of panelMessages('etax-social-fee', at('2026-02-24 10:00')))
      expect(all(tip)).not.toMatch(/还剩\d+天/);
  });
  it('gives the next slot and the benefit start paying then gives', () => {
    expect(bodyText(m)).toContain(
      '下次可自行缴费：3月5日（周四）15:00前。已过集中参保期，要等3个月等待期，大约从2026年6月5日（周五）起享受待遇。',
    );
    expect(date(m, 'next-slot')).toBe('2026-03-05');
    expect(date(m, 'last-slot')).toBe('2026-02-13');
    expect(m.deadline).toEqual({ date: '2026-03-05', closesAt: beijingInstant('2026-03-05', '15:00') });
  });
  it('lists the channels still inside the period: today’s possible batch debit (with the lock) and the month-end deduction', () => {
    const text = bodyText(m);
    expect(text).toContain(
      '银行批量扣款：今天（推算，以官方通知为准）。已签有效批扣协议的，这天由银行从协议账户自动扣款，这天不能通过其他渠道缴费',
    );
    expect(text).toContain('医保个人账户（含共济账户）扣费：2月28日（周六）');
    expect(
      m.facts
        .filter((f) => f.role === 'batch-day' || f.role === 'account-deduction')
        .map((f) => f.kind === 'date' && f.date),
    ).toEqual(['2026-02-24', '2026-02-28']);
    expect(m.caveats.some((c) => c.includes('请以官方通知为准') && c.includes('2月24日'))).toBe(true);
  });
  it('carries the 国办发〔2024〕38号 caveat for the in-period channels, with its source', () => {
    expect(m.caveats.some((c) => c.includes(NATIONAL))).toBe(true);
    expect(m.references).toContainEqual(nationalGuideline2024);
  });
});

describe('2026-02-10 10:00: the last self-pay slot is ahead', () => {
  const m = enrolment('2026-02-10 10:00');
  it('names it in the headline, with the make-up-day caveat for 02-14', () => {
    expect(m.headline).toBe('自行缴费最后机会：2月13日（周五）15:00前');
    expect(m.deadline).toEqual({ date: '2026-02-13', closesAt: beijingInstant('2026-02-13', '15:00') });
    expect(m.caveats).toContain(
      '2026年2月14日（周六）是调休上班日，这一天能否缴费、扣款没有找到明确说法，请以官方通知为准。',
    );
  });
  it('the countdown comes only with the slot, and the amounts and benefit start are stated with their sources', () => {
    expect(bodyText(m)).toContain(
      '结束（还剩19天，含今天）；但税务渠道（电子税务局、京通、银行APP和柜台）只在每月5日至20日的工作日15:00前收费，期内最后一次是2月13日（周五）15:00前',
    );
    expect(bodyText(m)).toContain('城乡老年人460元，学生儿童435元，劳动年龄内居民795元');
    expect(date(m, 'benefit-start')).toBe('2026-01-01');
    expect(m.references.map((r) => r.title)).toContain('2026年度北京市城乡居民基本医疗保险参保时间及缴费标准');
    expect(m.caveats.some((c) => c.includes(NATIONAL))).toBe(true);
  });
  it('2026年度 has no "当月参保，次月缴费" wording included: it says so instead of borrowing 2025’s', () => {
    expect(bodyText(m)).toContain('还没参保登记的：2026年度参保后何时可以缴费的规定尚未收录');
    expect(bodyText(m)).not.toContain('当月办理参保');
  });
});

describe('2025-03-20: the last slot closes at 15:00', () => {
  it('at 14:59 it is today, urgent', () => {
    const m = enrolment('2025-03-20 14:59');
    expect(m.headline).toBe('自行缴费最后机会：今天15:00前');
    expect(m.severity).toBe('urgent');
  });
  it('at 15:00 none is left: next slot 04-07, a waiting period, and registering now cannot make the period', () => {
    const m = enrolment('2025-03-20 15:00');
    expect(m.headline).toBe('2025年度集中参保期内已没有自行缴费的机会');
    expect(date(m, 'next-slot')).toBe('2025-04-07');
    expect(bodyText(m)).toContain('大约从2025年7月7日（周一）起享受待遇');
    expect(bodyText(m)).toContain(
      '还没参保登记的：“当月办理参保，次月可办理缴费”，现在登记已赶不上集中参保期内的自行缴费；今天登记，最早4月7日（周一）15:00前缴费',
    );
    expect(m.caveats.some((c) => c.includes(NATIONAL))).toBe(true);
  });
});

describe('2024-01-19 15:00: the 2024年度 period’s last slot has just closed', () => {
  const m = enrolment('2024-01-19 15:00');
  it('says so, gives 02-05 and the waiting period, and no 2025 guideline caveat for 2024年度', () => {
    expect(m.headline).toBe('2024年度集中参保期内已没有自行缴费的机会');
    expect(bodyText(m)).toContain('下次可自行缴费：2月5日（周一）15:00前');
    expect(bodyText(m)).toContain('医保个人账户（含共济账户）扣费：1月31日（周三）');
    expect(m.caveats.some((c) => c.includes(NATIONAL))).toBe(false);
  });
  it('a month before, the not-yet-registered get their last registration day', () => {
    const early = enrolment('2023-12-18 10:00');
    expect(bodyText(early)).toContain(
      '还没参保登记的：“参保人当月参保，次月缴费”，最晚12月31日（周日）前办理参保登记，才赶得上2024年1月19日（周五）这一次缴费。',
    );
    expect(date(early, 'register-by')).toBe('2023-12-31');
  });
});

describe('2027-03-01: 2027年度 is not included', () => {
  const snapshot = at('2027-03-01 10:00');
  it('the 年度 answer says so everywhere and no other year’s figure or date stands in', () => {
    const tips = panelMessages('etax-social-fee', snapshot);
    expect(tips.map((t) => t.id)).toContain('year-not-covered');
    expect(tips.map((t) => t.id)).not.toContain('enrolment-open');
    const popup = todayAnswers(snapshot).find((a) => a.slot === 'enrolment')!.message;
    expect(popup.id).toBe('year-not-covered');
    expect(standardMessage(2027, 'elderly', bundledPolicyBook).headline).toContain('2027年度的缴费标准尚未收录');
    for (const text of [...tips, popup].map(all)) expect(text).not.toMatch(/460|435|795|2026年2月28日/);
  });
  it('dates computed in 2027 come with the calendar-not-covered answer on the tax pages', () => {
    const tips = panelMessages('etax-social-fee', snapshot);
    expect(tips.find((t) => t.id === 'calendar-not-covered')?.headline).toBe('2027年的节假日安排尚未收录');
    // Elsewhere (the popup) each answer carries the caveat itself.
    const window = todayAnswers(snapshot).find((a) => a.slot === 'payment-window')!.message;
    expect(window.caveats.some((c) => c.startsWith('2027年的节假日安排尚未收录'))).toBe(true);
  });
});

describe('a calendar-day countdown never stands alone', () => {
  it('every day of three years: a "还剩N天" comes with a self-pay slot still ahead, or says each channel’s days are the notice’s', () => {
    const bad: string[] = [];
    for (let day = 0; day < 3 * 366; day++) {
      for (const time of ['10:00', '16:00']) {
        const now = beijingInstant('2023-11-01', time) + day * 86_400_000;
        const m = enrolmentMessage(answerSnapshot(bundled, now), { calendarCaveats: true });
        if (!/还剩\d+天/.test(all(m))) continue;
        const closes = fact(m, 'last-slot-closes');
        const slotAhead = closes?.kind === 'instant' && closes.at > now && all(m).includes('最后');
        if (!slotAhead && !all(m).includes('每种渠道哪天能缴，以官方通知为准'))
          bad.push(`${day} ${time}: ${m.headline}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
