/**
 * The one place the content script asks for tips: the answers layer's panel messages for the page, from one
 * snapshot of the book in force. Nothing else in `content/` knows where tips come from. The caller passes the
 * book in force (bundled, or an imported pack: content/active-book.ts).
 */
import { logQuietly } from '#platform';
import { dataDateMessage, outOfDateMessage } from '@/answers/data-date';
import { bodyText } from '@/answers/message';
import { panelMessages, type PanelMessage } from '@/answers/panel';
import { answerSnapshot, type ActiveBook } from '@/answers/snapshot';
import type { PageKind } from '@/utils/page-detection';

export type { PanelMessage };

/** The panel's answers for `page` at `now`, from `active`, the book in force (content/active-book.ts). */
export function tipsForPage(page: PageKind, now: number, active: ActiveBook): PanelMessage[] {
  return panelMessages(page, answerSnapshot(active, now), (ids, error) => logQuietly('tip failed', ids, error));
}

/** The panel footer's 数据版本 · 数据截至 line and, when the likely 年度 is missing, the out-of-date line. */
export function panelFooter(now: number, active: ActiveBook): { line: string; outOfDate?: string } {
  const snapshot = answerSnapshot(active, now);
  // The userscript shares the panel and always has the bundled book: no origin is named.
  const line = dataDateMessage(snapshot, { withOrigin: active.origin !== 'bundled' }).headline;
  const outOfDate = outOfDateMessage(snapshot);
  return { line, ...(outOfDate && { outOfDate: `${outOfDate.headline}：${bodyText(outOfDate)}` }) };
}

/** The headline a one-line bar shows: the panel's answers come most urgent first (answers/panel.ts orders them). */
export function mostUrgent(tips: readonly PanelMessage[]): PanelMessage | undefined {
  return tips[0];
}
