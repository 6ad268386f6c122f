/**
 * The top frame's side of frames (content/frame-child.ts): the reports the background relays from frames that
 * recognised their page. The top shows the one panel of the tab; when its own page is only a shell, with the tips
 * of the page in a frame, kept off that frame's focused field. A frame's element is found by its address; when
 * that finds no single element, the panel keeps off the whole frame. A frame whose Port closes (it left, or it no
 * longer recognises its page) takes its tips with it.
 */
import { browser } from 'wxt/browser';
import { frameElementFor, intoPage, wholeFrames } from './frame-geometry';
import type { FrameNews, FrameReport, FramesStarter } from './frame-report';

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
