/**
 * 数据版本 / 数据截至 and the out-of-date line, worded once for the panel's footer, the popup and the problem
 * report.
 */
import type { DataDate } from '@/policy/data-date';

/** `2026-01-10` → 2026年1月10日, `2021-09` → 2021年9月. */
export function sourceDateZh(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return '未注明';
  return `${year}年${month}月${day ? `${day}日` : ''}`;
}

export interface DataDateLines {
  /** `数据版本 2026.12.01（扩展自带） · 数据截至 2026年1月10日` */
  version: string;
  asOf: string;
  /** Only when the 年度 a payment made now is most probably for is not included. */
  outOfDate?: string;
}

/** `originZh`: where the data in force came from (`扩展自带`, `导入，未验证`, …); left out where only one is possible. */
export function dataDateLinesZh(date: DataDate, originZh?: string): DataDateLines {
  return {
    version: `数据版本 ${date.version}${originZh ? `（${originZh}）` : ''}`,
    asOf: `数据截至 ${date.newestSource ? sourceDateZh(date.newestSource) : '未注明'}`,
    ...(!date.likelyYearIncluded && {
      outOfDate:
        `这份数据可能已经过时：现在缴费很可能是为${date.likelyYear}年度，本助手还没有收录。` +
        '从浏览器扩展商店安装的会自动更新；自己下载安装的（加载已解压的扩展、安装包或用户脚本），请下载新版本重新安装，' +
        `或打开北京市医保局发布的${date.likelyYear}年度通知对照，在通知页面上按“保存”让本助手读取。`,
    }),
  };
}
