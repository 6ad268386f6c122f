/**
 * The deadline calendar's events as messages, one per day it is about (`deadline.date`): the 集中参保期's start and
 * end, the last self-pay slot inside it, payment-window days, batch-debit days and month-end deductions for the
 * next three months. The `.ics` writer (utils/deadline-calendar.ts) only renders them.
 */
import { beijingInstant } from '@/policy/beijing-time';
import { addDays, dateRange, monthOf, yearOf } from '@/policy/civil-date';
import { accountDeductionDate } from '@/policy/rules/account-deduction';
import { batchDebitDays } from '@/policy/rules/batch-debit';
import { paymentWindowStatus } from '@/policy/rules/payment-window';
import type { IsoDate } from '@/policy/types';
import { message, p, quote, type Message } from './message';
import { batchLockZh, dateCaveatZh, dateZh, inPeriodWaitingCaveatZh, windowRuleZh } from './phrases';
import type { AnswerSnapshot } from './snapshot';

const HORIZON_DAYS = 92;

export function calendarMessages(snapshot: AnswerSnapshot): Message[] {
  const { today, book, policy, selfPay } = snapshot;
  const days = dateRange(today, addDays(today, HORIZON_DAYS - 1));
  const inHorizon = (date: IsoDate) => date >= today && date <= days[days.length - 1];
  const events: Message[] = [];

  const years = policy.paymentYear;
  for (const situation of new Set([snapshot.likely, years.current, ...(years.next ? [years.next] : [])])) {
    if (situation.kind !== 'in-period' && situation.kind !== 'before-period') continue;
    const { year, period, reference } = situation;
    if (situation.kind === 'before-period' && inHorizon(period.start)) {
      events.push(
        message({
          id: `enrolment-start-${year}`,
          severity: 'info',
          headline: `${year}年度城乡居民医保集中参保期开始`,
          body: [p(`${year}年度集中参保期从今天开始，到${dateZh(period.end)}结束。`)],
          facts: [{ kind: 'date', role: 'next-period-start', date: period.start }],
          deadline: { date: period.start },
          caveats: [],
          references: [reference],
        }),
      );
    }
    events.push(
      message({
        id: `enrolment-end-${year}`,
        severity: 'warning',
        headline: `${year}年度城乡居民医保集中参保期最后一天`,
        body: [p(`今天是${year}年度集中参保期的最后一天，之后缴费要等待期满才能享受待遇。`)],
        facts: [{ kind: 'date', role: 'period-end', date: period.end }],
        deadline: { date: period.end },
        caveats: [],
        references: [reference],
      }),
    );
  }

  if (selfPay.kind === 'period' && selfPay.lastSlot && selfPay.slotLeft) {
    const slot = selfPay.lastSlot;
    events.push(
      message({
        id: `last-slot-${selfPay.year}`,
        severity: 'warning',
        headline: `${selfPay.year}年度集中参保期内自行缴费最后机会（${slot.closesAtTime}前）`,
        body: [p(`今天${slot.closesAtTime}前是集中参保期内通过税务渠道自行缴费的最后机会。`)],
        facts: [
          { kind: 'date', role: 'last-slot', date: slot.date },
          { kind: 'instant', role: 'last-slot-closes', at: slot.closesAt },
        ],
        deadline: { date: slot.date, closesAt: slot.closesAt },
        caveats: [
          ...slot.caveats.flatMap((c) => (c.kind === 'batch-debit-day' ? [] : [dateCaveatZh(c)])),
          ...selfPay.inPeriodCaveats.map((c) => inPeriodWaitingCaveatZh(c.guideline)),
        ],
        references: [selfPay.periodReference, slot.reference, ...selfPay.inPeriodCaveats.map((c) => c.reference)],
      }),
    );
  }

  for (const date of days) {
    const status = paymentWindowStatus(beijingInstant(date, '09:00'), book);
    if (status.state !== 'open') continue;
    events.push(
      message({
        id: `payment-window-${date}`,
        severity: 'info',
        headline: `可缴医保费（${status.closesAt}前）`,
        body: [p(`${windowRuleZh(status.rule)}可以缴费。`)],
        facts: [{ kind: 'instant', role: 'window-closes', at: beijingInstant(date, status.closesAt) }],
        deadline: { date, closesAt: beijingInstant(date, status.closesAt) },
        caveats: status.caveats.map(dateCaveatZh),
        references: [status.reference],
      }),
    );
  }

  for (const month of [...new Set(days.map((d) => d.slice(0, 7)))]) {
    const first = `${month}-01`;
    const result = batchDebitDays(yearOf(first), monthOf(first), book);
    if (result.kind === 'days') {
      for (const day of result.days.filter((d) => inHorizon(d.date))) {
        events.push(
          message({
            id: `batch-debit-${day.date}`,
            severity: 'warning',
            headline: '银行批量扣款日',
            body: [...(result.lock ? [p(`${batchLockZh('当天')}。`), quote(result.lock.text)] : [])],
            facts: [{ kind: 'date', role: 'batch-day', date: day.date }],
            deadline: { date: day.date },
            caveats: [
              ...(result.ambiguities.length > 0 ? ['本月扣款日还有不确定之处，请以官方通知为准。'] : []),
              ...result.caveats.map(dateCaveatZh),
            ],
            references: [...(result.lock ? [result.lock.reference] : []), ...result.references],
          }),
        );
      }
    }
    const deduction = accountDeductionDate(first, book);
    if (deduction.kind === 'deduction' && inHorizon(deduction.date)) {
      events.push(
        message({
          id: `account-deduction-${deduction.date}`,
          severity: 'info',
          headline: '医保个人账户扣缴医保费日',
          body: [quote(deduction.text)],
          facts: [{ kind: 'date', role: 'account-deduction', date: deduction.date }],
          deadline: { date: deduction.date },
          caveats: [],
          references: [deduction.reference],
        }),
      );
    }
  }
  return events;
}
