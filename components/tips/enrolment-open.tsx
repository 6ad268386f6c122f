import { dateZh } from '@/utils/format-zh';
import { windowRuleZh } from '@/utils/wording';
import { ENROLMENT_PAGES } from './page-groups';
import { registerTip } from './registry';

registerTip({
  id: 'enrolment-open',
  pages: ENROLMENT_PAGES,
  content: ({ policy }) => {
    const situation = policy.paymentYear.current;
    if (situation.kind !== 'in-period') return null;
    const { year, period, daysLeft, benefit, reference } = situation;
    const enrolThenPay = policy.figures.enrolThenPay;
    const payWindow = policy.paymentWindow;
    const windowAfterPeriod = payWindow.state === 'closed' && payWindow.next && payWindow.next.date > period.end;
    return {
      title: `${year}年度集中参保期正在进行`,
      body: (
        <>
          <p>
            现在缴费是为<strong>{year}年度</strong>。集中参保期到<strong>{dateZh(period.end)}</strong>结束，
            {daysLeft === 1 ? <strong>今天是最后一天</strong> : <>还剩{daysLeft}天（含今天）</>}。
          </p>
          <p>
            在集中参保期内缴费，
            {benefit.kind === 'from-period-start' ? (
              <>从{dateZh(benefit.start)}起享受待遇。</>
            ) : (
              <>待遇起始日以官方通知为准。</>
            )}
            过了集中参保期再缴费，要等待期满后才能享受待遇。
          </p>
          {enrolThenPay.kind === 'included' && <p>还没参保的请注意：{enrolThenPay.value}，别等到最后几天。</p>}
        </>
      ),
      // The registry drops repeated sources.
      references: [
        reference,
        ...(enrolThenPay.kind === 'included' ? [enrolThenPay.reference] : []),
        ...(windowAfterPeriod ? [payWindow.reference] : []),
      ],
      caveats: windowAfterPeriod
        ? [
            `本月税务渠道的缴费时间（${windowRuleZh(payWindow.rule)}）已过，下一次是${dateZh(payWindow.next!.date)}，已在集中参保期之后。期末还能怎样缴费，请拨打咨询电话确认。`,
          ]
        : [],
    };
  },
});
