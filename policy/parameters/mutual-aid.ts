/** 家庭共济: paying a family member's premium from one's 医保个人账户 (sources: policy/SOURCES.md). */
import { nationalMutualAid2024, notice2024Year, seed002MutualAid } from '../references';
import type { Parameter } from '../types';

export interface MutualAidRule {
  members: string[];
  /** Family members must themselves be insured in Beijing. */
  membersInsuredInBeijing: boolean;
  /** 共济备案 must be done before the first premium payment for a family member. */
  filingBeforeFirstPayment: boolean;
  /** Where the rule's own text says to file (optional: packs made before it was added lack it). */
  filingChannels?: string[];
  text: string;
}

export const mutualAid: Parameter<MutualAidRule> = {
  id: 'mutual-aid',
  description: '家庭共济：可共济的家庭成员、须为本市参保人员、首次缴费前须先备案',
  values: [
    {
      from: '2023-11-15',
      value: {
        members: ['配偶', '父母', '子女'],
        membersInsuredInBeijing: true,
        filingBeforeFirstPayment: true,
        filingChannels: ['北京医保公共服务平台', '京通小程序', '经办柜台'],
        text: '能建立共济关系的家庭成员包括参保人员的配偶、父母及其子女。参保人员配偶、父母、子女应为本市基本医疗保险参保人员。初次使用医保个人账户为家庭成员缴纳保费时，需先通过“北京医保公共服务平台”、“京通”小程序或经办柜台办理共济备案。',
      },
      reference: notice2024Year,
    },
  ],
};

export interface MutualAidFiling {
  channels: string[];
  /** One's own account is used first; the 共济 account only when one's own balance is zero. */
  ownBalanceFirst: boolean;
}

export const mutualAidFiling: Parameter<MutualAidFiling> = {
  id: 'mutual-aid-filing',
  description: '家庭共济备案渠道与使用顺序',
  values: [
    {
      from: '2025-03-16',
      value: {
        channels: [
          '北京医保公共服务平台',
          '支付宝“京通”小程序',
          '微信“京通”小程序',
          '国家医保服务平台北京地方专区',
          '各区经办机构窗口',
        ],
        ownBalanceFirst: true,
      },
      reference: seed002MutualAid,
    },
  ],
};

/** National scope after 国办发〔2024〕38号; no Beijing text confirms it, so it is kept apart from `mutualAid`. */
export const nationalMutualAidScope: Parameter<{ members: string[] }> = {
  id: 'national-mutual-aid-scope',
  description: '全国：职工医保个人账户共济范围扩大至近亲属（北京专门文件未见）',
  values: [
    {
      from: '2024-12-09',
      value: { members: ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女'] },
      reference: nationalMutualAid2024,
    },
  ],
};
