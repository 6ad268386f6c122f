/**
 * The top frame's side of frames (content/frame-child.ts): the reports the background relays from frames that
 * recognised their page. The top shows the one panel of the tab; when its own page is only a shell, with the tips
 * of the page in a frame, kept off that frame's focused field. A frame's element is found by its address; when
 * that finds no single element, the panel keeps off the whole frame. A frame whose Port closes (it left, or it no
 * longer recognises its page) takes its tips with it.
 */
import { browser } from 'wxt/browser';
import type { Box } from '@/components/panel/placement';
import type { PageKind } from '@/utils/page-detection';
import type { FrameNews, FrameReport } from './frame-report';

/** What the controller asks of frames; the userscript has its own (content/frames-same-origin.ts). */
export interface FrameSource {
  /** The page kind a frame recognised, when the top page recognises none. */
  kind(): PageKind | undefined;
  /** The focused field inside this frame element, in the top page's viewport; undefined to keep off the whole frame. */
  fieldIn(frame: Element): Box | undefined;
  /** The frames' forms in the top page's viewport (whole frames where unmapped): a phone's bar keeps off them. */
  controls(): Box[];
}

/** `changed(true)`: a frame's page kind changed (read again); `changed(false)`: only its boxes moved (place again). */
export type FramesStarter = (signal: AbortSignal, changed: (kindChanged: boolean) => void) => FrameSource;

const FRAMES = 'iframe, frame';
const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The address a frame element shows: its document's own when same-origin, else its src. */
function addressOf(frame: HTMLIFrameElement): string {
  try {
    return frame.contentWindow?.location.href ?? frame.src;
  } catch {
    return frame.src; // cross-origin
  }
}

/** The one frame element at this address, if exactly one is. */
export function frameElementFor(url: string, root: Document = document): HTMLIFrameElement | undefined {
  const found = [...root.querySelectorAll<HTMLIFrameElement>(FRAMES)].filter(
    (frame) => withoutHash(addressOf(frame)) === withoutHash(url),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** A box inside a frame, moved into the top page's viewport. */
export function intoPage(box: Box, frame: Element): Box {
  const outer = frame.getBoundingClientRect();
  return { ...box, left: box.left + outer.left + frame.clientLeft, top: box.top + outer.top + frame.clientTop };
}

export function wholeFrames(root: Document = document): Box[] {
  return [...root.querySelectorAll(FRAMES)]
    .map((frame) => frame.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(({ left, top, width, height }) => ({ left, top, width, height }));
}

export const listenToFrames: FramesStarter = (signal, changed) => {
  /** By frame id, the latest report last. */
  const reports = new Map<number, FrameReport>();
  const latest = () => [...reports.values()].at(-1);
  const listener = (message: FrameNews, sender: { id?: string }, reply: (shown: boolean) => void) => {
    if (sender.id !== browser.runtime.id || typeof message?.yibaoFrame !== 'number') return;
    const before = latest()?.kind;
    reports.delete(message.yibaoFrame);
    if (message.report) reports.set(message.yibaoFrame, message.report);
    reply(true); // this frame shows the panel: the reporting frame does not
    changed(latest()?.kind !== before);
  };
  if (!signal.aborted) {
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  }
  return {
    kind: () => latest()?.kind,
    fieldIn(frame) {
      const report = latest();
      return report?.field && frameElementFor(report.url) === frame ? intoPage(report.field, frame) : undefined;
    },
    controls() {
      const report = latest();
      if (!report) return [];
      const frame = frameElementFor(report.url);
      if (!frame) return wholeFrames();
      return report.form ? [intoPage(report.form, frame)] : [];
    },
  };
};
