/**
 * Where a 年度 is missing (the year-not-covered tip, the popup, the checklist): how to fill the gap now. A plain
 * link the user clicks to the 北京市医保局 通知公告 list (never fetched by us), then 保存 on the notice. Plain JSX:
 * rendered by Preact on extension pages and by the static runtime in the panel.
 */
import { type PolicyBook, valueForYear } from '@/policy';
import { NOTICE_LIST_URL } from '@/utils/official-sites';

export function FillGap({ year }: { year: number }) {
  return (
    <p data-fill-gap="">
      现在就能补上：打开
      <a href={NOTICE_LIST_URL} target="_blank" rel="noopener noreferrer">
        北京市医保局通知公告
      </a>
      {`里${year}年度的城乡居民医保参保缴费通知，在页面旁本助手的提示里点“保存到本助手”，本助手就按这份通知显示${year}年度的时间和金额。`}
    </p>
  );
}

/** True when the book lacks the 年度's 集中参保期 or its amounts. */
export function yearMissing(book: PolicyBook, year: number): boolean {
  const p = book.parameters;
  return !valueForYear(p.enrolmentPeriod, year) || !valueForYear(p.individualContribution, year);
}
