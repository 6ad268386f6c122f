/** Payment channels per 年度 and hotlines (sources: policy/SOURCES.md). */
import {
  aggregator2026Year,
  fudaoke2025Year,
  notice2021Year,
  notice2022Year,
  notice2023Year,
  notice2024Year,
} from '../references';
import type { Parameter, YearlyParameter } from '../types';

export interface Channel {
  name: string;
  detail?: string;
  url?: string;
}

const ETAX = { name: '北京市电子税务局', url: 'https://etax.beijing.chinatax.gov.cn/' };
const JINGTONG = { name: '京通小程序' };
/** The menu paths only the 2024年度 notice gives (as of 2023-11; policy/SOURCES.md): other years name the channel. */
const ETAX_2024 = { ...ETAX, detail: '我要办税-社保' };
const JINGTONG_2024 = { ...JINGTONG, detail: '社会保障 → 社保费办理 → 城乡居民基本医疗保险缴费办理' };

export const paymentChannels: YearlyParameter<Channel[]> = {
  id: 'payment-channels',
  description: '缴费渠道',
  values: [
    {
      year: 2021,
      value: [
        { name: '银行代扣' },
        { name: '银行柜台' },
        // The 2021年度 notice gives the site, not the menu: "网上自助缴费" is a 2018 label (北京晨报; SOURCES.md).
        { name: '北京市社会保险网上服务平台', url: 'http://rsj.beijing.gov.cn/csibiz/' },
      ],
      reference: notice2021Year,
    },
    {
      year: 2022,
      value: [
        { name: '银行批量扣款', detail: '邮储、北京、农商、农业、建设、交通、中信、招商、光大、民生、中国、工商银行' },
        { name: '银行柜台查询缴费' },
        { name: '北京银行APP' },
        { name: '北京市电子税务局', detail: '个人实时扣款', url: 'https://etax.beijing.chinatax.gov.cn/' },
      ],
      reference: notice2022Year,
    },
    {
      year: 2023,
      value: [
        { name: '银行APP', detail: '邮储、北京、农商、浦发、中国银行' },
        { name: '银行协议批量扣款', detail: '新签协议：邮储、北京、农商、交通、浦发、华夏、中国银行' },
        ETAX,
        { name: '银行柜台' },
      ],
      reference: notice2023Year,
    },
    {
      year: 2024,
      value: [
        ETAX_2024,
        { name: '银行APP', detail: '邮储、北京、农商、浦发' },
        { name: '银行批量扣款' },
        { name: '银行柜台', detail: '邮储、北京、农商、交通、浦发、华夏、农业、建设、中信、招商、光大、民生' },
        JINGTONG_2024,
        { name: '医保个人账户（含共济账户）', detail: '每月最后一天扣费' },
      ],
      reference: notice2024Year,
    },
    {
      year: 2025,
      value: [
        JINGTONG,
        { ...ETAX, detail: '网页版或北京税务APP' },
        { name: '银行APP', detail: '邮储、北京、农商、浦发' },
        { name: '银行柜台' },
      ],
      reference: fudaoke2025Year,
    },
    {
      year: 2026,
      value: [JINGTONG, ETAX, { name: '银行APP或柜台' }, { name: '银行批量扣款' }],
      reference: aggregator2026Year,
    },
  ],
};

export interface Hotline {
  number: string;
  /** What to call it about. */
  for: string;
}

/** 010-12393 is left out: it appears in no notice seen. */
export const hotlines: Parameter<Hotline[]> = {
  id: 'hotlines',
  description: '咨询电话',
  values: [
    {
      from: '2023-11-14',
      value: [
        { number: '12333', for: '参保问题、医保个人账户缴费' },
        { number: '12366', for: '税务渠道缴费' },
        { number: '4007112366', for: '北京市电子税务局使用' },
      ],
      reference: notice2024Year,
    },
  ],
};
