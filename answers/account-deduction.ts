/** Premiums from the 医保个人账户 are deducted on the month's last day. */
import { message, p, quote, strong, type Message } from './message';
import { dateZh, FILING_BEFORE_FIRST_PAYMENT_ZH } from './phrases';
import type { AnswerSnapshot } from './snapshot';

export function accountDeductionMessage({ policy }: AnswerSnapshot): Message<'account-deduction'> | null {
  const deduction = policy.accountDeduction;
  if (deduction.kind !== 'deduction') return null;
  const aid = policy.mutualAid;
  return message({
    id: 'account-deduction',
    severity: deduction.isToday ? 'urgent' : 'info',
    headline: '用医保个人账户缴费：每月最后一天扣费',
    body: [
      p(
        '用医保个人账户（含共济账户）缴纳城乡居民医保费的，医保部门在每月最后一天发起扣费。本月扣费日：',
        strong(dateZh(deduction.date)),
        ...(deduction.isToday ? [strong('（就是今天）')] : []),
        '。扣费前请确认账户余额足够。',
      ),
      ...(aid?.value.filingBeforeFirstPayment ? [p(`${FILING_BEFORE_FIRST_PAYMENT_ZH}。`)] : []),
      quote(deduction.text),
    ],
    facts: [{ kind: 'date', role: 'account-deduction', date: deduction.date }],
    deadline: { date: deduction.date },
    caveats: [],
    references: [deduction.reference, ...(aid ? [aid.reference] : [])],
  });
}
