/**
 * The detection loop: reads the page when it is first painted and again when it changes (hash and history
 * routes, text that arrives later, our host put back) and when the clock moves on, so tips follow SPA routes
 * and the time of day.
 */
import { detectPage, type PageKind } from '@/utils/page-detection';
import { pageSignals } from '@/utils/page-signals';
import { debounced, everyInterval } from './timers';

const RECHECK_DELAY_MS = 300;
const CLOCK_TICK_MS = 60_000;
/** The page's title, headings, breadcrumbs, active menu item and visible text (capped), weighed by the detector. */
export function readPage(): PageKind | undefined {
  const signals = pageSignals(document);
  // An about:blank, srcdoc or blob: frame has no site's address: it belongs to the origin that made it.
  if (!location.protocol.startsWith('http')) signals.url = `${self.origin}/`; // location.origin is "null" there
  return detectPage(signals);
}

export interface PageWatch {
  /** Our own host, whose insertion or removal must not retrigger a check. */
  isOurHost(node: Node): boolean;
  /** The page may have changed: read it again. */
  recheck(): void;
}

export function watchPage(signal: AbortSignal, { isOurHost, recheck }: PageWatch): void {
  if (signal.aborted) return;
  const soon = debounced(signal, RECHECK_DELAY_MS, recheck);
  addEventListener('hashchange', soon, { signal });
  addEventListener('popstate', soon, { signal });
  const observer = new MutationObserver((records) => {
    const ours = (r: MutationRecord) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurHost);
    if (!records.every(ours)) soon();
  });
  // The document itself: a frame the page writes with document.open() gets a new <html> (frames/blank.js).
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  everyInterval(signal, CLOCK_TICK_MS, recheck);
}
