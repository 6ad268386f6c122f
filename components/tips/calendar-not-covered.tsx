import type { DateCaveat } from '@/policy';
import { TAX_PAYMENT_PAGES } from './page-groups';
import { registerTip, type TipContext } from './registry';

/** The years without a holiday notice that the dates shown on this page were computed across. */
function uncoveredYears({ policy }: TipContext): number[] {
  const caveats: DateCaveat[] = [
    ...(policy.paymentWindow.state === 'rule-not-in-force' ? [] : policy.paymentWindow.caveats),
  ];
  if (policy.batchDebit.kind === 'batch-day' || policy.batchDebit.kind === 'possible-batch-day')
    caveats.push(...policy.batchDebit.month.caveats);
  const years = caveats.flatMap((c) => (c.kind === 'calendar-not-covered' ? [c.year] : []));
  return [...new Set(years)].sort();
}

registerTip({
  id: 'calendar-not-covered',
  pages: TAX_PAYMENT_PAGES,
  content: (context) => {
    const years = uncoveredYears(context)
      .map((year) => `${year}年`)
      .join('、');
    if (!years) return null;
    return {
      title: `${years}的节假日安排尚未收录`,
      body: (
        <p>
          {`本页提示中${years}的日期（如下次可缴费日）是按周一至周五推算的，没有算入${years}的法定节假日和调休，`}
          <strong>可能有变</strong>
          {`。国务院办公厅公布${years}节假日安排后，请以官方通知为准。`}
        </p>
      ),
      references: [],
    };
  },
});
