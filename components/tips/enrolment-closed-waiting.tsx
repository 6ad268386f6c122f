import type { BenefitStart } from '@/policy';
import { dateZh } from '@/utils/format-zh';
import { benefitCaveatZh } from '@/utils/wording';
import { ENROLMENT_PAGES } from './page-groups';
import { registerTip } from './registry';

function benefitZh(benefit: BenefitStart) {
  switch (benefit.kind) {
    case 'after-waiting-period':
      return (
        <p>
          按今天缴费计算，要经过<strong>{benefit.waitingMonths}个月等待期</strong>，大约从<strong>{dateZh(benefit.benefitsFrom)}</strong>起享受待遇。
        </p>
      );
    case 'cannot-start-this-year':
      return (
        <p>
          按今天缴费计算，{benefit.waitingMonths}个月等待期要到{dateZh(benefit.benefitsFrom)}左右才满，已超出{benefit.year}年度（到
          {dateZh(benefit.yearEnd)}为止），<strong>{benefit.year}年度的待遇无法享受</strong>。
        </p>
      );
    case 'waiting-rule-not-included':
      return <p>{benefit.year}年度集中参保期后缴费的等待期规定，本助手尚未收录，请拨打下方咨询电话确认。</p>;
    default:
      return null;
  }
}

registerTip({
  id: 'enrolment-closed-waiting',
  pages: ENROLMENT_PAGES,
  content: ({ policy }) => {
    const { current, next } = policy.paymentYear;
    if (current.kind !== 'after-period') return null;
    // When the next 年度 is probably being enrolled now but not included, `year-not-covered` speaks instead.
    if (next?.kind === 'year-not-included' && next.periodMayBeOpen) return null;
    const { year, period, benefit, reference } = current;
    const waiting = benefit.kind === 'after-waiting-period' || benefit.kind === 'cannot-start-this-year' ? benefit : undefined;
    const upcoming = next?.kind === 'before-period' ? next : undefined;
    return {
      title: `${year}年度集中参保期已结束：现在缴费有等待期`,
      body: (
        <>
          <p>
            {year}年度的集中参保期已于<strong>{dateZh(period.end)}</strong>结束。现在补缴{year}年度的医保费，不能马上享受待遇。
          </p>
          {benefitZh(benefit)}
          {upcoming && (
            <p>
              {upcoming.year}年度的集中参保期从{dateZh(upcoming.period.start)}开始
              {upcoming.period.benefitsStart && <>，在期内缴费的，从{dateZh(upcoming.period.benefitsStart)}起享受待遇</>}。
            </p>
          )}
        </>
      ),
      references: [reference, ...(waiting ? [waiting.reference] : []), ...(upcoming ? [upcoming.reference] : [])],
      caveats: waiting?.caveats.map(benefitCaveatZh) ?? [],
    };
  },
});
