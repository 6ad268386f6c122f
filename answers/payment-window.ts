/** Can I pay through the tax channels now (or on a chosen day), and if not, when next. */
import { beijingInstant } from '@/policy/beijing-time';
import type { PaymentWindowStatus } from '@/policy/rules/payment-window';
import { message, p, strong, type AnswerOptions, type Message } from './message';
import { dateCaveatZh, dateNearZh, dateZh, windowClosedReasonZh, windowRuleZh, type DayWord } from './phrases';

export function paymentWindowMessage(
  status: PaymentWindowStatus,
  day: DayWord,
  { calendarCaveats }: AnswerOptions,
): Message<'payment-window'> | null {
  if (status.state === 'rule-not-in-force') return null;
  const caveats = status.caveats.filter((c) => calendarCaveats || c.kind !== 'calendar-not-covered').map(dateCaveatZh);
  const references = [status.reference];
  if (status.state === 'open') {
    const closesAt = beijingInstant(status.today, status.closesAt);
    return message({
      id: 'payment-window',
      severity: 'urgent',
      headline: `${day}可以缴费`,
      body: [p(`${day}是${dateZh(status.today)}，可以缴费，请在`, strong(`${day}${status.closesAt}前`), '完成。')],
      facts: [{ kind: 'instant', role: 'window-closes', at: closesAt }],
      deadline: { date: status.today, closesAt },
      caveats,
      references,
    });
  }
  const next = status.next;
  const nextAt = next && beijingInstant(next.date, next.closesAt);
  return message({
    id: 'payment-window',
    severity: 'info',
    headline: `${day === '今天' ? '现在不在缴费时间' : `${day}不能缴费`}${next ? `，下次：${dateNearZh(next.date, status.today)} ${next.closesAt}前` : ''}`,
    body: [
      p(
        `${windowClosedReasonZh(status, day)}。${windowRuleZh(status.rule)}可以缴费。`,
        ...(next ? ['下次可缴费：', strong(`${dateZh(next.date)} ${next.closesAt}前`), '。'] : []),
      ),
    ],
    facts:
      next && nextAt
        ? [
            { kind: 'date', role: 'next-slot', date: next.date },
            { kind: 'instant', role: 'next-slot-closes', at: nextAt },
          ]
        : [],
    ...(next && nextAt && { deadline: { date: next.date, closesAt: nextAt } }),
    caveats,
    references,
  });
}
