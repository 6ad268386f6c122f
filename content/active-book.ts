/**
 * The book the tips are worked out from: the active one (bundled, or an imported pack the background publishes to
 * `storage.local`, utils/active-pack.ts). When the settings script says the bundled book is in force, it is used
 * at once and costs nothing; otherwise the record is read, starting at `document_start` so the read overlaps the
 * page's parsing. Either way the stored record decides: a settings script that lags behind an import is
 * corrected, and later imports or resets reach an open page.
 */
import { bundledPackAtStart, loadActiveBook, onActiveBookPublished } from '#platform';
import { bundledPolicyBook } from '@/policy';
import type { ActiveBook } from '@/utils/active-pack';
import { benchMark } from '@/utils/bench-marks';

export interface BookAtStart {
  active: ActiveBook;
  /** The book was here when asked for: the panel can be painted in this very frame. */
  inThisFrame: boolean;
}

const bundled: ActiveBook = { book: bundledPolicyBook, origin: 'bundled' };

/** Starts the read now when it is needed; `initial`, called in the page's first frame, gives the book to use. */
export function activeBookAtStart(): { fromScript: boolean; initial(): Promise<BookAtStart> } {
  if (bundledPackAtStart()) return { fromScript: true, initial: async () => ({ active: bundled, inThisFrame: true }) };
  let arrived = false;
  const read = loadActiveBook().then((active) => {
    arrived = true;
    benchMark('book-in');
    return active;
  });
  return {
    fromScript: false,
    async initial() {
      const inThisFrame = arrived;
      return { active: await read, inThisFrame };
    },
  };
}

/**
 * Calls `onChange` with the book in force whenever it differs from the one started with: once, soon, when the
 * settings script said "bundled" but the record says otherwise; and on every later publication.
 */
export function watchActiveBook(
  signal: AbortSignal,
  start: { fromScript: boolean },
  onChange: (active: ActiveBook) => void,
): void {
  const changed = (active: ActiveBook) => {
    if (!signal.aborted) onChange(active);
  };
  onActiveBookPublished(signal, changed);
  if (start.fromScript)
    loadActiveBook().then(
      (active) => active.origin !== 'bundled' && changed(active),
      () => {},
    );
}
