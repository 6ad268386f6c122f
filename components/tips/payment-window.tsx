import { paymentWindowStatus, type PaymentWindowStatus } from '@/policy/rules/payment-window';
import { dateCaveatZh, dateZh } from '@/utils/format-zh';
import { windowClosedReasonZh, windowRuleZh } from '@/utils/wording';
import { TAX_PAYMENT_PAGES } from './page-groups';
import { registerTip, type TipContent } from './registry';

/**
 * The payment-window message for an instant; also used by the popup. In the panel the uncovered-calendar
 * caveat is left to the `calendar-not-covered` tip, which speaks for every date on the page.
 */
export function paymentWindowContent(
  now: number,
  status: PaymentWindowStatus = paymentWindowStatus(now),
  calendarCaveats = true,
): TipContent | null {
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
        {windowClosedReasonZh(status, '今天')}。{windowRuleZh(status.rule)}可以缴费。
        {status.next && (
          <>
            下次可缴费：
            <strong>
              {dateZh(status.next.date)} {status.next.closesAt}前
            </strong>
            。
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
