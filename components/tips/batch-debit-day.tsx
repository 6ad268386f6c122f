import type { BatchDebitAmbiguity } from '@/policy';
import { dateCaveatZh, dateZh, shortDateZh } from '@/utils/format-zh';
import { TAX_PAYMENT_PAGES } from './page-groups';
import { registerTip } from './registry';

function ambiguityZh(ambiguity: BatchDebitAmbiguity): string | undefined {
  switch (ambiguity.kind) {
    case 'after-window':
      return `按“每月15日，遇节假日顺延”推算，本月批量扣款日是${shortDateZh(ambiguity.candidate)}，但这已在本月缴费时间（到${shortDateZh(ambiguity.windowLastDay)}）之后，请以官方通知为准。`;
    case 'make-up-workday':
      return `按规则推算是${shortDateZh(ambiguity.candidate)}（调休上班日）；如果调休日不算工作日，则是${shortDateZh(ambiguity.ifNotCounted)}。请以官方通知为准。`;
    case 'make-up-workday-in-window':
      return undefined;
  }
}

registerTip({
  id: 'batch-debit-day',
  pages: TAX_PAYMENT_PAGES,
  content: ({ policy }) => {
    const batch = policy.batchDebit;
    if (batch.kind !== 'batch-day' && batch.kind !== 'possible-batch-day') return null;
    const { month, today } = batch;
    const announced = month.days.some((day) => day.announced);
    return {
      title: batch.kind === 'batch-day' ? '今天是银行批量扣款日' : '今天可能是银行批量扣款日',
      body: (
        <>
          <p>
            今天是{dateZh(today)}，{batch.kind === 'batch-day' ? '是' : '可能是'}银行<strong>批量扣款日</strong>
            {'。已签有效批扣协议的，今天由银行从协议账户自动扣款，'}
            <strong>今天不能通过其他渠道缴费</strong>。
          </p>
          <p>
            本月批量扣款日：{month.days.map((day) => shortDateZh(day.date)).join('、')}
            {announced ? '（通知公布）' : '（每月15日，遇节假日、双休日顺延）'}。
          </p>
          {month.lock && <p class="quote">原文：“{month.lock.text}”</p>}
        </>
      ),
      references: [...(month.lock ? [month.lock.reference] : []), ...month.references],
      caveats: [
        ...month.ambiguities.map(ambiguityZh).filter((text): text is string => !!text),
        ...month.caveats.filter((c) => c.kind !== 'calendar-not-covered').map(dateCaveatZh),
      ],
    };
  },
});
