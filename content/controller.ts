/**
 * Runs the helper on an official page, for as long as its signal lives: reads the page, shows its tips in the
 * panel and keeps both in step with the page. Each part is a module started with the signal and stopped by it;
 * when it aborts every listener, observer and timer ends and the panel is removed. Shared by the extension and
 * the userscript; the platform (settings storage) comes from the `#platform` build alias.
 */
import { saveSettings } from '#platform';
import { isOurHost, renderPanel, unmountPanel } from '@/components/panel/mount';
import { BENCH_BUILD, benchMark } from '@/utils/bench-marks';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';
import { startAnnouncer } from './announcer';
import type { FramesStarter } from './frame-report';
import { readPage, watchPage } from './page-watch';
import { place, startPlacement, type Layout } from './placement';
import { quietly } from './quietly';
import { startReportAnswers } from './report';
import { startReadingSettings } from './settings';
import { messagesFor, mostUrgent, startPanelAnswers, type PanelFooter, type PanelMessage } from './tips-source';

export interface ControllerOptions {
  /** Aborting it stops everything and removes the panel. */
  signal: AbortSignal;
  now?: () => number;
  /** False once whatever started us is gone (an extension updated, reloaded or removed): then we stop. */
  stillWanted?: () => boolean;
  /** In the top frame: tips of a page shown in a frame, and where it is (content/frames.ts). */
  frames?: FramesStarter;
}

/**
 * Resolves in the page's first frame once it is parsed (DOMContentLoaded, heard on the window so the page's own
 * handlers on the document go first). Reading the page's text there costs only the layout that frame needs
 * anyway, and the page's load event never waits for us. A hidden tab has no frames: the panel comes when it is
 * shown. Never resolves once the signal aborts.
 */
function firstFrameAfterParsing(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const nextFrame = () => {
      const frame = requestAnimationFrame(() => resolve());
      signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
    };
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', nextFrame, { once: true, signal });
    else nextFrame();
  });
}

/** Marks, in bench builds, the end of the frame that first shows the panel: a timer set during a frame runs once it is painted. */
function markPainted(inThisFrame: boolean): void {
  const mark = () => setTimeout(() => benchMark('panel-painted'));
  if (inThisFrame) mark();
  else requestAnimationFrame(mark);
}

export async function startContentController({
  signal: outer,
  now = Date.now,
  stillWanted = () => true,
  frames: startFrames,
}: ControllerOptions): Promise<void> {
  const life = new AbortController();
  const { signal } = life;
  if (outer.aborted) return;
  outer.addEventListener('abort', () => life.abort(), { once: true, signal });
  signal.addEventListener('abort', () => quietly(unmountPanel), { once: true });
  /** Checked at every re-check and placement, so a helper whose extension is gone removes itself. */
  const wanted = () => {
    if (!signal.aborted && !stillWanted()) life.abort();
    return !signal.aborted;
  };

  let started = false;
  // Listening from the start, so no frame's report is missed; acted on once the panel's first showing is done.
  const frames = startFrames?.(signal, (kindChanged) => {
    if (!started) return;
    if (kindChanged) recheck();
    else quietly(placeNow);
  });
  const settingsAtStart = startReadingSettings();
  let shownOnce = false;
  let changedBeforeShown = false;
  // Answers republished at their lapse (a midnight, a 15:00 close), or after an import or a reset.
  const answers = startPanelAnswers(signal, now, () => {
    if (shownOnce) recheck();
    else changedBeforeShown = true;
  });
  let settings: PanelSettings = defaultPanelSettings;
  let tips: PanelMessage[] = [];
  let page: ReturnType<typeof readPage>;
  let footer: PanelFooter | undefined;
  const layout: Layout = { placement: { side: 'right', edge: 'bottom' }, shrunk: false };

  const render = () => {
    const { narrow } = layout;
    renderPanel({
      tips,
      settings,
      placement: layout.placement,
      shrunk: layout.shrunk,
      announcement: announcer.text,
      dataDate: footer,
      onSettings,
      bar: narrow && {
        ...narrow,
        headline: mostUrgent(tips)?.headline ?? '',
        onOpen: (open) => {
          narrow.open = open;
          quietly(placeNow);
        },
      },
    });
  };
  // The words come 200 ms after the tips; the tips may have gone meanwhile (a frame left, a route changed), and a
  // render then would put back an empty panel.
  const announcer = startAnnouncer(signal, () => tips.length > 0 && quietly(render));
  const placement = { layout, hasPanel: () => tips.length > 0, render, stillWanted: wanted, frames };
  const placeNow = () => place(placement);

  /** Reads the page and takes its tips from the answers in force. */
  const evaluate = () => {
    page = readPage() ?? frames?.kind();
    const current = page && answers.current();
    tips = page && current ? messagesFor(current, page) : [];
    footer = page && current ? current.footer : undefined;
  };

  const show = () =>
    quietly(() => {
      if (signal.aborted) return;
      announcer.shown(tips);
      if (tips.length === 0) return unmountPanel();
      render();
      placeNow();
    });

  const recheck = () => {
    if (!wanted()) return;
    quietly(evaluate);
    show();
  };

  function onSettings(next: PanelSettings): void {
    settings = next;
    layout.shrunk = false;
    quietly(render);
    quietly(placeNow);
    saveSettings(next).catch(() => {});
  }

  await firstFrameAfterParsing(signal);
  if (!wanted()) return;
  benchMark('first-frame');
  const initialAnswers = await answers.initial();
  if (signal.aborted) return;
  quietly(evaluate);
  benchMark('tips-ready');
  const initial = await settingsAtStart.initial();
  if (signal.aborted) return;
  settings = initial.settings;
  show();
  shownOnce = true;
  const inThisFrame = initial.inThisFrame && initialAnswers.inThisFrame;
  if (!inThisFrame) benchMark('panel-late');
  benchMark('panel-rendered');
  if (BENCH_BUILD && tips.length > 0) markPainted(inThisFrame);
  startPlacement(signal, placement);
  startReportAnswers(signal, () => ({ page, tips }));
  started = true;
  if (frames?.kind() || changedBeforeShown) recheck(); // a frame's report or new answers came after the first reading
  watchPage(signal, { isOurHost, recheck });
}
