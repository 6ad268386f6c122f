/**
 * The book the tips are worked out from: the active one (bundled, or an imported pack the background publishes to
 * `storage.local`, utils/active-pack.ts). The record is read from `document_start`, overlapping the page's
 * parsing; when the settings script says the bundled book is in force, the panel does not wait for it. Either way
 * the stored record decides: a settings script that lags behind an import is corrected, and later imports or
 * resets reach an open page.
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

export interface ActiveBookStart {
  /** The stored record, read from `document_start` on. */
  read: Promise<ActiveBook>;
  /** Called in the page's first frame (the settings script has run by then): the book to paint with. */
  initial(): Promise<BookAtStart>;
  /** Set by `initial` when the settings script's flag, not the read, gave the book. */
  fromScript: boolean;
}

/**
 * Starts the read now, so it overlaps the page's parsing. The settings script runs after this script's first
 * statements (registered scripts come after the manifest's), so its flag is looked at only in `initial`.
 */
export function activeBookAtStart(): ActiveBookStart {
  let arrived = false;
  const read = loadActiveBook().then((active) => {
    arrived = true;
    benchMark('book-in');
    return active;
  });
  const start: ActiveBookStart = {
    read,
    fromScript: false,
    async initial() {
      if (bundledPackAtStart()) {
        start.fromScript = true;
        return { active: bundled, inThisFrame: true };
      }
      const inThisFrame = arrived; // before waiting: did the book beat the first frame?
      return { active: await read, inThisFrame };
    },
  };
  return start;
}

/**
 * Calls `onChange` with the book in force whenever it differs from the one started with: once, when the
 * settings script said "bundled" but the stored record says otherwise; and on every later publication.
 */
export function watchActiveBook(
  signal: AbortSignal,
  start: ActiveBookStart,
  onChange: (active: ActiveBook) => void,
): void {
  const changed = (active: ActiveBook) => {
    if (!signal.aborted) onChange(active);
  };
  onActiveBookPublished(signal, changed);
  // Any book other than the bundled one: an imported pack, or saved notices laid over the bundled book.
  if (start.fromScript) start.read.then((active) => active.book !== bundledPolicyBook && changed(active));
}
