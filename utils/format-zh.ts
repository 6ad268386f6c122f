/** Dates and sources in plain 简体中文, for every renderer; rule results are worded in answers/. */
import { parseIsoDate, weekday } from '@/policy/civil-date';
import type { Confidence, IsoDate, Reference } from '@/policy';

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
  'official-local': '官方页面·本机读取',
};

/** `12月18日（周一）`, for dates whose year is already clear. */
export function shortDateZh(date: IsoDate): string {
  const [, m, d] = parseIsoDate(date);
  return `${m}月${d}日（${weekdayZh(date)}）`;
}

/** `依据：北京市医疗保障局 2023-11-14 《…》（官方通知转载）`; the date is left out when the source gives none. */
export function sourceLineZh(reference: Reference): string {
  const published = reference.published ? ` ${reference.published}` : '';
  return `依据：${reference.publisher}${published} 《${reference.title}》（${confidenceZh[reference.confidence]}）`;
}
