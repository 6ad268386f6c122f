import { dateZh } from '@/utils/format-zh';
import { benefitCaveatZh, benefitStartZh } from '@/utils/wording';
import { ENROLMENT_PAGES } from './page-groups';
import { registerTip } from './registry';

registerTip({
  id: 'enrolment-closed-waiting',
  pages: ENROLMENT_PAGES,
  content: ({ policy }) => {
    const { current, next } = policy.paymentYear;
    if (current.kind !== 'after-period') return null;
    // When the next 年度 is probably being enrolled now but not included, `year-not-covered` speaks instead.
    if (next?.kind === 'year-not-included' && next.periodMayBeOpen) return null;
    const { year, period, benefit, reference } = current;
    const waiting =
      benefit.kind === 'after-waiting-period' || benefit.kind === 'cannot-start-this-year' ? benefit : undefined;
    const upcoming = next?.kind === 'before-period' ? next : undefined;
    return {
      title: `${year}年度集中参保期已结束：现在缴费有等待期`,
      body: (
        <>
          <p>
            {year}年度的集中参保期已于<strong>{dateZh(period.end)}</strong>结束。现在补缴{year}
            年度的医保费，不能马上享受待遇。
          </p>
          <p>按今天缴费计算：{benefitStartZh(benefit).summary}</p>
          {upcoming && (
            <p>
              {upcoming.year}年度的集中参保期从{dateZh(upcoming.period.start)}开始
              {upcoming.period.benefitsStart && (
                <>，在期内缴费的，从{dateZh(upcoming.period.benefitsStart)}起享受待遇</>
              )}
              。
            </p>
          )}
        </>
      ),
      references: [reference, ...(waiting ? [waiting.reference] : []), ...(upcoming ? [upcoming.reference] : [])],
      caveats: waiting?.caveats.map(benefitCaveatZh) ?? [],
    };
  },
});
