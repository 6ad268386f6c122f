/**
 * The one place the content script asks for tips: swapped for the answers layer when it lands (issue 17),
 * nothing else in `content/` knows where tips come from.
 */
import { logQuietly } from '#platform';
import { tipContext, tipsFor, type RenderedTip } from '@/components/tips';
import type { PolicyBook } from '@/policy';
import type { PageKind } from '@/utils/page-detection';

export type { RenderedTip };

/** The tips for `page` at `now`, worked out from `book`, the active book (content/active-book.ts). */
export function tipsForPage(page: PageKind, now: number, book: PolicyBook): RenderedTip[] {
  return tipsFor(tipContext(page, now, book), (id, error) => logQuietly('tip failed', id, error));
}

/** The headline a one-line bar shows: the tips come most urgent first (components/tips/index.ts orders them). */
export function mostUrgent(tips: readonly RenderedTip[]): RenderedTip | undefined {
  return tips[0];
}
