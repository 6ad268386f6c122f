import { paymentWindowStatus, type PaymentWindowStatus } from '@/policy/rules/payment-window';
import { dateCaveatZh, dateZh } from '@/utils/format-zh';
import { TAX_PAYMENT_PAGES } from './page-groups';
import { registerTip, type TipContent } from './registry';

function closedReasonZh(status: Extract<PaymentWindowStatus, { state: 'closed' }>): string {
  switch (status.reason) {
    case 'after-cutoff': return `今天${status.next?.closesAt ?? '15:00'}已过`;
    case 'before-window': return '本月缴费期（5日至20日）还没开始';
    case 'after-window': return '本月缴费期（5日至20日）已结束';
    case 'holiday': return `今天是法定节假日（${status.holiday}）`;
    case 'weekend': return '今天是周末';
  }
}

/**
 * The payment-window message for an instant; also used by the popup. In the panel the uncovered-calendar
 * caveat is left to the `calendar-not-covered` tip, which speaks for every date on the page.
 */
export function paymentWindowContent(now: number, status: PaymentWindowStatus = paymentWindowStatus(now), calendarCaveats = true): TipContent | null {
  if (status.state === 'rule-not-in-force') return null;
  const caveats = status.caveats.filter((c) => calendarCaveats || c.kind !== 'calendar-not-covered').map(dateCaveatZh);
  if (status.state === 'open') {
    return {
      title: '今天可以缴费',
      body: (
        <p>
          今天是{dateZh(status.today)}，可以缴费，请在<strong>今天{status.closesAt}前</strong>完成。
        </p>
      ),
      references: [status.reference],
      caveats,
    };
  }
  return {
    title: '现在不在缴费时间',
    body: (
      <p>
        {closedReasonZh(status)}。每月5日至20日的工作日15:00前可以缴费。
        {status.next && (
          <>
            下次可缴费：<strong>{dateZh(status.next.date)} {status.next.closesAt}前</strong>。
          </>
        )}
      </p>
    ),
    references: [status.reference],
    caveats,
  };
}

registerTip({
  id: 'payment-window',
  pages: TAX_PAYMENT_PAGES,
  content: ({ now, policy }) => paymentWindowContent(now, policy.paymentWindow, false),
});
