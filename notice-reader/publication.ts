/**
 * Who published the notice and when: a "发布时间 / 发布日期" line or the page's own date line, or the signature at
 * the end (publisher lines followed by a date line); a repost's "来源" and the original's address it names.
 */
import { findDates, toIso } from './dates';
import type { Segment } from './segments';
import type { Found, NoticeInput } from './types';
import type { IsoDate } from '../policy/types';

const DATE_LABEL = /(?:发布|发文|成文|印发)(?:时间|日期)|^日期/;
const SOURCE_LABEL =
  /(?:来源|发布机构|发文机关|信息来源|转载自)\s*[:：]\s*([^\s:：|｜]{2,30}?)(?=\s|$|发布|时间|日期|[|｜])/;
/** A signature line: an organisation name and nothing else. */
const ORGANISATION_LINE = /^[\u4e00-\u9fa5（）()]{4,40}(?:局|委员会|办公室|办公厅|人民政府|中心|厅|部)$/;
const ORIGINAL_URL = /(?:原文(?:网址|链接|地址)|原文)\s*[:：]\s*(https?:\/\/[^\s，。；]+)/;

export function findPublished(input: NoticeInput, segments: Segment[]): Found<IsoDate> | undefined {
  if (input.publishedHint) {
    const date = findDates(input.publishedHint.normalize('NFKC')).find((d) => d.year !== undefined);
    const iso = date && toIso(date);
    if (iso) return { value: iso, evidence: input.publishedHint.trim(), source: 'published-hint' };
  }
  for (const segment of segments) {
    if (!DATE_LABEL.test(segment.text)) continue;
    const date = findDates(segment.text).find((d) => d.year !== undefined && d.index > segment.text.search(DATE_LABEL));
    const iso = date && toIso(date);
    if (iso) return { value: iso, evidence: segment.raw, source: 'body' };
  }
  const signature = signatureAt(segments);
  return signature?.date;
}

/** The last date-only line that follows organisation lines: the notice's own signature block. */
function signatureAt(segments: Segment[]): { date: Found<IsoDate>; publishers: Found<string>[] } | undefined {
  for (let i = segments.length - 1; i > 0; i--) {
    const text = segments[i].text;
    const dates = findDates(text);
    if (
      dates.length !== 1 ||
      dates[0].year === undefined ||
      text.replace(/\s/g, '').length > dates[0].end - dates[0].index + 6
    )
      continue;
    const publishers: Found<string>[] = [];
    for (let j = i - 1; j >= 0 && isOrganisationLine(segments[j].text); j--) {
      const names = segments[j].raw.trim().split(/\s+/);
      publishers.unshift(...names.map((name) => ({ value: name, evidence: segments[j].raw, source: 'body' as const })));
    }
    const iso = toIso(dates[0]);
    if (publishers.length && iso)
      return { date: { value: iso, evidence: segments[i].raw, source: 'body' }, publishers };
  }
  return undefined;
}

/** "北京市医疗保障局" or "北京市医疗保障局　国家税务总局北京市税务局" (joint notices sign on one line). */
function isOrganisationLine(text: string): boolean {
  const names = text.trim().split(/\s+/);
  return names.length <= 4 && names.every((name) => ORGANISATION_LINE.test(name));
}

export function findPublishers(segments: Segment[]): Found<string>[] {
  const signature = signatureAt(segments);
  if (signature) return signature.publishers;
  for (const segment of segments) {
    const m = SOURCE_LABEL.exec(segment.text);
    if (m) return [{ value: m[1], evidence: segment.raw, source: 'body' }];
  }
  return [];
}

export function findQuotedOriginal(segments: Segment[]): Found<string> | undefined {
  for (const segment of segments) {
    const m = ORIGINAL_URL.exec(segment.text);
    if (m) return { value: m[1], evidence: segment.raw, source: 'body' };
  }
  return undefined;
}
