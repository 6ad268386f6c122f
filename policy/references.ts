/** The Beijing notices that more than one parameter cites (policy-facts §0–§6). */
import type { Reference } from './types';

export const notice2022Year: Reference = {
  publisher: '北京市医疗保障局、国家税务总局北京市税务局',
  title: '关于办理2022年度城乡居民基本医疗保险参保缴费事宜的公告',
  url: 'https://m12333.cn/policy/iczk.html',
  published: '2021-09',
  confidence: 'quoted-official',
  note: 'Verbatim repost; the original was not opened.',
};

export const notice2024Year: Reference = {
  publisher: '北京市医疗保障局',
  title: '2024年度北京市城乡居民基本医疗保险集中参保通知',
  url: 'https://ybj.beijing.gov.cn/tzgg2022/202311/t20231114_3301348.html',
  published: '2023-11-14',
  confidence: 'quoted-official',
  note: 'Quoted verbatim by 北京积分落户网 (2023-11-16) and two other reposts; the original was not opened.',
};
