/** Plain 简体中文 wording shared by the panel, the popup and the userscript. */
import { parseIsoDate, weekday, type Confidence, type IsoDate, type Reference } from '@/policy';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function weekdayZh(date: IsoDate): string {
  return WEEKDAYS[weekday(date)];
}

/** `2025-01-06` → `2025年1月6日（周一）`. */
export function dateZh(date: IsoDate): string {
  const [y, m, d] = parseIsoDate(date);
  return `${y}年${m}月${d}日（${weekdayZh(date)}）`;
}

export const confidenceZh: Record<Confidence, string> = {
  official: '官方原文',
  'quoted-official': '官方通知转载',
  secondary: '非官方来源，仅供参考',
};

/** `依据：北京市医疗保障局 2023-11-14 通知（官方通知转载）`. */
export function sourceLineZh(reference: Reference): string {
  return `依据：${reference.publisher} ${reference.published} 《${reference.title}》（${confidenceZh[reference.confidence]}）`;
}
