/**
 * The userscript's frames. A userscript has no background to relay through, and a manager runs it in each frame
 * separately; so the top page reads its same-origin frames (same host, srcdoc, about:blank) through their DOM and
 * shows the one panel, and a frame under a same-origin top leaves the panel to it (userscript/main.ts). A frame
 * under a cross-origin top cannot be read from the top: it shows its own panel, as on any page.
 */
import type { Box } from '@/components/panel/placement';
import { detectPage, type PageKind } from '@/utils/page-detection';
import { pageSignals } from '@/utils/page-signals';
import { FRAMES, intoPage } from './frame-geometry';
import type { FramesStarter } from './frame-report';
import { debounced, oncePerFrame } from './timers';

const RECHECK_DELAY_MS = 300;

interface Framed {
  frame: HTMLIFrameElement;
  doc: Document;
}

/** Whether the top page is of this origin (and so runs this script too, and reads this frame). */
export function topIsSameOrigin(): boolean {
  try {
    return window.top !== null && window.top.location.origin === location.origin;
  } catch {
    return false;
  }
}

function sameOriginFramed(): Framed[] {
  return [...document.querySelectorAll<HTMLIFrameElement>(FRAMES)].flatMap((frame) => {
    try {
      const doc = frame.contentDocument;
      return doc ? [{ frame, doc }] : [];
    } catch {
      return [];
    }
  });
}

/** A frame's page kind: srcdoc and about:blank frames have no address of their own, they belong to this origin. */
function kindOf(doc: Document): PageKind | undefined {
  const signals = pageSignals(doc);
  if (!signals.url.startsWith('http')) signals.url = `${location.origin}/`;
  return detectPage(signals);
}

const boxOf = ({ left, top, width, height }: DOMRect): Box => ({ left, top, width, height });

export const sameOriginFrames: FramesStarter = (signal, changed) => {
  const reread = debounced(signal, RECHECK_DELAY_MS, () => changed(true));
  const moved = oncePerFrame(signal, () => changed(false));
  const observer = new MutationObserver(reread);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  const watched = new WeakSet<Document>();
  const watch = () => {
    for (const { doc } of sameOriginFramed()) {
      if (signal.aborted || watched.has(doc)) continue;
      watched.add(doc);
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
      const passive = { passive: true, signal };
      doc.addEventListener('focusin', moved, passive);
      doc.addEventListener('focusout', moved, passive);
      doc.addEventListener('scroll', moved, { ...passive, capture: true });
      doc.defaultView?.addEventListener('hashchange', reread, { signal });
    }
  };
  // A frame's new document: its load event reaches the top document in the capture phase.
  document.addEventListener(
    'load',
    (event) => {
      if (!(event.target instanceof HTMLIFrameElement || event.target instanceof HTMLFrameElement)) return;
      watch();
      reread();
    },
    { capture: true, signal },
  );
  watch();
  let found: (Framed & { kind: PageKind }) | undefined;
  return {
    kind() {
      watch();
      found = undefined;
      for (const framed of sameOriginFramed()) {
        const kind = kindOf(framed.doc);
        if (kind) {
          found = { ...framed, kind };
          break;
        }
      }
      return found?.kind;
    },
    fieldIn(frame) {
      if (found?.frame !== frame) return undefined;
      const active = found.doc.activeElement;
      if (!active || active === found.doc.body || active === found.doc.documentElement) return undefined;
      return intoPage(boxOf(active.getBoundingClientRect()), frame);
    },
    controls: () => (found ? [boxOf(found.frame.getBoundingClientRect())] : []),
  };
};
