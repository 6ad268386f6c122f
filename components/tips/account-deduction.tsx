import { dateZh } from '@/utils/format-zh';
import { ACCOUNT_PAGES } from './page-groups';
import { registerTip } from './registry';

registerTip({
  id: 'account-deduction',
  pages: ACCOUNT_PAGES,
  content: ({ policy }) => {
    const deduction = policy.accountDeduction;
    if (deduction.kind !== 'deduction') return null;
    const aid = policy.mutualAid;
    return {
      title: '用医保个人账户缴费：每月最后一天扣费',
      body: (
        <>
          <p>
            用医保个人账户（含共济账户）缴纳城乡居民医保费的，医保部门在每月最后一天发起扣费。本月扣费日：
            <strong>{dateZh(deduction.date)}</strong>
            {deduction.isToday && <strong>（就是今天）</strong>}。扣费前请确认账户余额足够。
          </p>
          {aid?.value.filingBeforeFirstPayment && <p>为家人缴费的，第一次缴费前必须先办理家庭共济备案。</p>}
          <p class="quote">原文：“{deduction.text}”</p>
        </>
      ),
      references: [deduction.reference, ...(aid ? [aid.reference] : [])],
    };
  },
});
