/**
 * Runs the helper on an official page: detect the page, compute its tips, keep the panel in step with SPA
 * route changes, late-loading text and the clock, and keep it off the field being typed in. Shared by the
 * extension and the userscript; the platform (settings storage) comes from the `#platform` build alias.
 */
import { loadSettings, logQuietly, saveSettings, settingsAtStart } from '#platform';
import { defaultPanelSettings, samePanelSettings, type PanelSettings } from '@/utils/panel-settings';
import { BENCH_BUILD, benchMark } from '@/utils/bench-marks';
import { detectPage } from '@/utils/page-detection';
import { renderPanel, unmountPanel, panelRect, inPanel, isOurHost } from './panel/mount';
import { placementAvoiding, type Placement } from './panel/placement';
import { tipContext, tipsFor, type RenderedTip } from './tips';

const RECHECK_DELAY_MS = 300;
const CLOCK_TICK_MS = 60_000;
/** Screen readers miss text that appears together with its live region; say it a moment later. */
const ANNOUNCE_DELAY_MS = 200;
/** Text cues sit near the top of the page; a cap keeps huge pages cheap. */
const TEXT_LIMIT = 20_000;

function visibleText(): string {
  const body = document.body?.innerText ?? '';
  return `${document.title}\n${body.slice(0, TEXT_LIMIT)}`;
}

function quietly(task: () => void): void {
  try {
    task();
  } catch (error) {
    // Our errors must never surface on the official page.
    try {
      logQuietly(error);
    } catch {
      // Not even through a broken console.
    }
  }
}

/**
 * Resolves in the page's first frame once it is parsed (DOMContentLoaded, heard on the window so the page's own
 * handlers on the document go first). Reading the page's text there costs only the layout that frame needs
 * anyway, and the page's load event never waits for us. A hidden tab has no frames: the panel comes when it
 * is shown.
 */
function firstFrameAfterParsing(): Promise<void> {
  return new Promise((resolve) => {
    const nextFrame = () => requestAnimationFrame(() => resolve());
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', nextFrame, { once: true });
    else nextFrame();
  });
}

/**
 * Marks, in bench builds, the end of the frame that first shows the panel. A timer set while a frame is being
 * produced runs once it is painted.
 */
function markPainted(inThisFrame: boolean): void {
  const mark = () => setTimeout(() => benchMark('panel-painted'));
  if (inThisFrame) mark();
  else requestAnimationFrame(mark);
}

/** The form field the resident is in, if any (never our own buttons). */
function focusedField(): Element | undefined {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement || inPanel(active)) return undefined;
  return active;
}

export async function startHelper(now: () => number = Date.now): Promise<void> {
  // The settings read is a round trip to the browser: start it first (the script runs at document_start) and
  // let it overlap the page's parsing. The settings script usually answers sooner (below); the read still
  // decides. Storage unavailable: keep the defaults, the tips still show.
  const read = loadSettings();
  const storedSettings = read.catch(() => defaultPanelSettings);
  let settingsArrived = false;
  void storedSettings.then(() => {
    settingsArrived = true;
    benchMark('settings-in');
  });
  let settings: PanelSettings = defaultPanelSettings;
  let tips: RenderedTip[] = [];
  let placement: Placement = { side: 'right', edge: 'bottom' };
  let shrunk = false;
  let announcement = '';
  let announced = new Set<string>();
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const render = () => renderPanel({ tips, settings, placement, shrunk, announcement, onSettings });

  /** Moves the panel to a corner that leaves the focused field free; shrinks it if no corner does. */
  const place = () =>
    quietly(() => {
      if (tips.length === 0) return;
      const field = focusedField()?.getBoundingClientRect();
      if (!field) {
        // Scrolling calls this on every frame: re-render only to undo a shrink.
        if (shrunk) (shrunk = false), render();
        return;
      }
      const viewport = { width: innerWidth, height: innerHeight };
      for (const tryShrunk of [false, true]) {
        shrunk = tryShrunk;
        render();
        const rect = panelRect();
        if (!rect) return;
        const free = placementAvoiding(field, placement, rect, viewport);
        if (free) {
          if (free !== placement) (placement = free), render();
          return;
        }
      }
    });

  /** Reads the page and works out its tips. */
  const evaluate = () => {
    const page = detectPage({ url: location.href, text: visibleText() });
    tips = page ? tipsFor(tipContext(page, now()), (id, error) => logQuietly('tip failed', id, error)) : [];
  };

  const show = () =>
    quietly(() => {
      if (tips.length === 0) {
        announced = new Set();
        return unmountPanel();
      }
      const fresh = tips.filter((tip) => !announced.has(tip.id));
      announced = new Set(tips.map((tip) => tip.id));
      if (fresh.length > 0) {
        clearTimeout(announceTimer);
        announcement = '';
        announceTimer = setTimeout(() => {
          announcement = `医保缴费助手有新提示：${fresh.map((tip) => tip.title).join('；')}`;
          quietly(render);
        }, ANNOUNCE_DELAY_MS);
      }
      render();
      place();
    });

  const update = () => {
    quietly(evaluate);
    show();
  };

  const onSettings = (next: PanelSettings) => {
    settings = next;
    shrunk = false;
    quietly(render);
    place();
    saveSettings(next).catch(() => {});
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  const scheduleUpdate = () => {
    clearTimeout(pending);
    pending = setTimeout(update, RECHECK_DELAY_MS);
  };
  let frame = 0;
  const schedulePlace = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };

  await firstFrameAfterParsing();
  benchMark('first-frame');
  quietly(evaluate);
  benchMark('tips-ready');
  // Settings already here (left by the settings script, or read): the panel is painted in this very frame;
  // otherwise in the one after they arrive.
  const early = settingsAtStart();
  if (early) benchMark('settings-early');
  const inThisFrame = settingsArrived || early !== undefined;
  settings = early ?? (await storedSettings);
  show();
  // The stored settings are the truth: a settings script that lags behind a change just made is corrected.
  if (early) {
    read.then(
      (stored) => {
        if (settings !== early || samePanelSettings(stored, early)) return; // changed here meanwhile, or agrees
        settings = stored;
        show();
      },
      () => {}, // unreadable storage says nothing against the script's settings
    );
  }
  benchMark('panel-rendered');
  if (BENCH_BUILD && tips.length > 0) markPainted(inThisFrame);
  addEventListener('hashchange', scheduleUpdate);
  addEventListener('popstate', scheduleUpdate);
  addEventListener('resize', schedulePlace, { passive: true });
  addEventListener('scroll', schedulePlace, { passive: true, capture: true });
  document.addEventListener('focusin', schedulePlace, { passive: true });
  document.addEventListener('focusout', schedulePlace, { passive: true });
  new MutationObserver((records) => {
    // Our own host's insertion or removal must not retrigger a check.
    const ours = (r: MutationRecord) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurHost);
    if (records.every(ours)) return;
    scheduleUpdate();
  }).observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  setInterval(update, CLOCK_TICK_MS);
}
