import { bundledPolicyBook } from '@/policy/book';
import { dateZh } from '@/utils/format-zh';
import { FillGap } from '../notice/fill-gap';
import { ENROLMENT_PAGES } from './page-groups';
import { registerTip } from './registry';

registerTip({
  id: 'year-not-covered',
  pages: ENROLMENT_PAGES,
  content: ({ policy }) => {
    const { current, next } = policy.paymentYear;
    const missing =
      current.kind === 'year-not-included'
        ? current
        : next?.kind === 'year-not-included' && next.periodMayBeOpen
          ? next
          : undefined;
    if (!missing) return null;
    const { year } = missing;
    return {
      title: `${year}年度的缴费信息尚未收录`,
      body: (
        <>
          <p>
            现在缴费很可能是为<strong>{year}年度</strong>
            {missing.periodMayBeOpen && '（往年这个时候，下一年度的集中参保期已经开始）'}。
          </p>
          <p>
            本助手还<strong>没有收录{year}年度</strong>
            {`的集中参保时间、缴费标准和待遇起始日，所以不显示这些内容，也不拿往年的数字代替。请以北京市医保局、北京市税务局发布的${year}年度通知为准，或拨打下方咨询电话。`}
          </p>
          <FillGap year={year} />
        </>
      ),
      references: [],
      caveats: [`本助手的资料截至${dateZh(bundledPolicyBook.published)}。`],
    };
  },
});
