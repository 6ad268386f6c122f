/**
 * A content script in a frame (not the top). It reads its own page; once it recognises one, it reports the page
 * kind and its form's and focused field's boxes over a Port, and the background passes them to the top frame,
 * which shows the one panel of the tab (content/frames.ts). When no top frame of ours answers (the top page is not
 * an official one, or access to it is withheld), this frame shows the panel itself. A frame that recognises nothing
 * by a while after its load stops observing: official pages hold frames for other things too.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Box } from '@/components/panel/placement';
import { readPage, watchPage } from './page-watch';
import { FRAME_PORT, type FrameReport, type PanelWhere } from './frame-report';
import { quietly } from './quietly';
import { oncePerFrame } from './timers';

/** How long after its load a frame that recognised nothing keeps watching for a late form. */
const GIVE_UP_MS = 10_000;
const CONTROLS = 'input:not([type="hidden"]), select, textarea, button';
const MAX_CONTROLS = 400;

function clipped({ left, top, right, bottom }: DOMRect): Box | undefined {
  const box = { left: Math.max(0, left), top: Math.max(0, top), right: Math.min(innerWidth, right) };
  const height = Math.min(innerHeight, bottom) - box.top;
  const width = box.right - box.left;
  return width > 0 && height > 0 ? { left: box.left, top: box.top, width, height } : undefined;
}

/** The visible controls as one box: what the top keeps clear on a phone. */
function formBox(): Box | undefined {
  const rects = [...document.querySelectorAll(CONTROLS)]
    .slice(0, MAX_CONTROLS)
    .map((control) => control.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return undefined;
  const [left, top] = [Math.min(...rects.map((r) => r.left)), Math.min(...rects.map((r) => r.top))];
  const [right, bottom] = [Math.max(...rects.map((r) => r.right)), Math.max(...rects.map((r) => r.bottom))];
  return clipped(new DOMRect(left, top, right - left, bottom - top));
}

function fieldBox(): Box | undefined {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return undefined;
  return clipped(active.getBoundingClientRect());
}

export interface FrameChildOptions {
  signal: AbortSignal;
  stillWanted(): boolean;
  /** No top frame of ours shows the panel: this frame does, with the controller as on any page. */
  showHere(): void;
}

export function startFrameChild({ signal: outer, stillWanted, showHere }: FrameChildOptions): void {
  const life = new AbortController();
  const { signal } = life;
  outer.addEventListener('abort', () => life.abort(), { once: true, signal });
  let port: Browser.runtime.Port | undefined;
  let report: FrameReport | undefined;
  let recognised = false;
  /** The background answered on this Port: when it closes, it was the worker going idle, worth a reconnect. */
  let answered = false;

  const hangUp = () => {
    const open = port;
    port = undefined;
    open?.disconnect();
  };
  signal.addEventListener('abort', hangUp, { once: true });

  const onReply = (where: PanelWhere) => {
    answered = true;
    if (where !== 'here' || signal.aborted) return;
    life.abort();
    showHere();
  };
  const send = () => {
    if (!report || signal.aborted) return;
    if (!stillWanted()) return life.abort();
    if (!port) {
      port = browser.runtime.connect({ name: FRAME_PORT });
      port.onMessage.addListener(onReply);
      // The background's worker went idle and closed it: reconnect, so the top still hears when this frame leaves.
      port.onDisconnect.addListener(() => {
        port = undefined;
        if (answered) quietly(send);
        answered = false;
      });
    }
    port.postMessage({ ...report, form: formBox(), field: fieldBox() } satisfies FrameReport);
  };

  const recheck = () =>
    quietly(() => {
      if (!stillWanted()) return life.abort();
      const kind = readPage();
      if (kind === report?.kind && location.href === report?.url) return;
      report = kind && { url: location.href, kind };
      recognised ||= !!report;
      if (report) send();
      else hangUp(); // the top hears the Port close and removes the tips
    });

  const moved = oncePerFrame(signal, () => quietly(send));
  const passive = { passive: true, signal };
  addEventListener('resize', moved, passive);
  addEventListener('scroll', moved, { ...passive, capture: true });
  document.addEventListener('focusin', moved, passive);
  document.addEventListener('focusout', moved, passive);

  const start = () => {
    recheck();
    watchPage(signal, { isOurHost: () => false, recheck });
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true, signal });
  else start();

  const giveUpLater = () => {
    const timer = setTimeout(() => recognised || life.abort(), GIVE_UP_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };
  if (document.readyState === 'complete') giveUpLater();
  else addEventListener('load', giveUpLater, { once: true, signal });
}
