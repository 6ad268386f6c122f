/**
 * The one place the content script asks for tips: the answers layer's panel messages for the page, from one
 * snapshot of the book in force. Nothing else in `content/` knows where tips come from. The caller passes the
 * book in force (bundled, or an imported pack: content/active-book.ts).
 */
import { logQuietly } from '#platform';
import { panelMessages, type PanelMessage } from '@/answers/panel';
import { answerSnapshot, type ActiveBook } from '@/answers/snapshot';
import type { PageKind } from '@/utils/page-detection';

export type { PanelMessage };

/** The panel's answers for `page` at `now`, from `active`, the book in force (content/active-book.ts). */
export function tipsForPage(page: PageKind, now: number, active: ActiveBook): PanelMessage[] {
  return panelMessages(page, answerSnapshot(active, now), (ids, error) => logQuietly('tip failed', ids, error));
}

/** The headline a one-line bar shows: the panel's answers come most urgent first (answers/panel.ts orders them). */
export function mostUrgent(tips: readonly PanelMessage[]): PanelMessage | undefined {
  return tips[0];
}
