import { valueOn } from '@/policy/parameter-lookup';
import { POOLING_PAGES } from './page-groups';
import { registerTip } from './registry';

registerTip({
  id: 'pooling-prerequisites',
  pages: POOLING_PAGES,
  content: ({ policy, book }) => {
    const aid = policy.mutualAid;
    if (!aid) return null;
    const filing = policy.mutualAidFiling;
    // The fuller list (the 2025-03-16 共济 answer, policy/SOURCES.md) once it applies; before, the rule's notice's.
    const channels = filing?.value.channels ?? aid.value.filingChannels;
    const national = valueOn(book.parameters.nationalMutualAidScope, policy.today);
    const beyondBeijing = national?.value.members.filter((member) => !aid.value.members.includes(member)) ?? [];
    return {
      title: '家庭共济：办理前请确认',
      body: (
        <ul>
          <li>
            可以共济的家庭成员：<strong>{aid.value.members.join('、')}</strong>。
          </li>
          {aid.value.membersInsuredInBeijing && <li>家庭成员必须是本市（北京）基本医疗保险参保人员。</li>}
          {aid.value.filingBeforeFirstPayment && (
            <li>
              第一次用个人账户为家人缴费前，<strong>先办理共济备案</strong>。
            </li>
          )}
          {channels && <li>备案渠道：{channels.join('、')}。</li>}
          {filing?.value.ownBalanceFirst && <li>看病时先用本人的个人账户，本人余额为零后才用共济账户的钱。</li>}
        </ul>
      ),
      references: [aid.reference, ...(filing ? [filing.reference] : []), ...(national ? [national.reference] : [])],
      caveats: beyondBeijing.length
        ? [
            `国家已要求把共济范围扩大到近亲属（还包括${beyondBeijing.join('、')}），本助手没有找到北京的具体规定，请以经办机构答复为准。`,
          ]
        : [],
    };
  },
});
