/** 家庭共济: who can be linked, what to do first; the national 近亲属 scope as a caveat. */
import { list, message, strong, type Message, type Run } from './message';
import { MEMBERS_INSURED_IN_BEIJING_ZH } from './phrases';
import type { AnswerSnapshot } from './snapshot';

export function poolingMessage({ policy }: AnswerSnapshot): Message<'pooling-prerequisites'> | null {
  const aid = policy.mutualAid;
  if (!aid) return null;
  const filing = policy.mutualAidFiling;
  // The fuller list (the 2025-03-16 共济 answer, policy/SOURCES.md) once it applies; before, the rule's notice's.
  const channels = filing?.value.channels ?? aid.value.filingChannels;
  const national = policy.nationalMutualAidScope;
  const beyondBeijing = national?.value.members.filter((member) => !aid.value.members.includes(member)) ?? [];
  const items: Run[][] = [
    ['可以共济的家庭成员：', strong(aid.value.members.join('、')), '。'],
    ...(aid.value.membersInsuredInBeijing ? [[`${MEMBERS_INSURED_IN_BEIJING_ZH}。`]] : []),
    ...(aid.value.filingBeforeFirstPayment ? [['第一次用个人账户为家人缴费前，', strong('先办理共济备案'), '。']] : []),
    ...(channels ? [[`备案渠道：${channels.join('、')}。`]] : []),
    ...(filing?.value.ownBalanceFirst ? [['看病时先用本人的个人账户，本人余额为零后才用共济账户的钱。']] : []),
  ];
  return message({
    id: 'pooling-prerequisites',
    severity: 'info',
    headline: '家庭共济：办理前请确认',
    body: [list(items)],
    facts: [],
    caveats: beyondBeijing.length
      ? [
          `国家已要求把共济范围扩大到近亲属（还包括${beyondBeijing.join('、')}），本助手没有找到北京的具体规定，请以经办机构答复为准。`,
        ]
      : [],
    references: [aid.reference, ...(filing ? [filing.reference] : []), ...(national ? [national.reference] : [])],
  });
}
