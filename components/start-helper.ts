/**
 * Runs the helper on an official page: detect the page, compute its tips, keep the panel in step with SPA
 * route changes, late-loading text and the clock. Shared by the extension and the userscript; the platform
 * (settings storage) comes from the `#platform` build alias.
 */
import { loadSettings, saveSettings } from '#platform';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';
import { detectPage } from '@/utils/page-detection';
import { renderPanel, unmountPanel, panelRect, HOST_TAG } from './panel/mount';
import type { PanelSide } from './panel/Panel';
import { tipsFor } from './tips';

const RECHECK_DELAY_MS = 300;
const CLOCK_TICK_MS = 60_000;
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
    console.debug('[yibao-helper]', error);
  }
}

export async function startHelper(now: () => number = Date.now): Promise<void> {
  let settings: PanelSettings = defaultPanelSettings;
  let side: PanelSide = 'right';
  try {
    settings = await loadSettings();
  } catch {
    // Storage unavailable: keep the defaults, the tips still show.
  }

  const update = () =>
    quietly(() => {
      const page = detectPage({ url: location.href, text: visibleText() });
      if (!page) return unmountPanel();
      const tips = tipsFor({ page, now: now() }, (id, error) => console.debug('[yibao-helper] tip failed', id, error));
      if (tips.length === 0) return unmountPanel();
      renderPanel({ tips, settings, side, onSettings });
    });

  const onSettings = (next: PanelSettings) => {
    settings = next;
    update();
    saveSettings(next).catch(() => {});
  };

  /** Moves the panel to the other side when it would cover the field that just got focus. */
  const avoidFocusedField = (event: FocusEvent) =>
    quietly(() => {
      const target = event.target;
      if (!(target instanceof Element) || target.closest(HOST_TAG)) return;
      const field = target.getBoundingClientRect();
      const panel = panelRect();
      if (!panel || !overlaps(field, panel)) return;
      side = side === 'right' ? 'left' : 'right';
      update();
    });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const scheduleUpdate = () => {
    clearTimeout(pending);
    pending = setTimeout(update, RECHECK_DELAY_MS);
  };

  update();
  addEventListener('hashchange', scheduleUpdate);
  addEventListener('popstate', scheduleUpdate);
  document.addEventListener('focusin', avoidFocusedField, { passive: true });
  new MutationObserver((records) => {
    // Our own host's insertion must not retrigger a check.
    const ours = (r: MutationRecord) =>
      r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === HOST_TAG.toUpperCase());
    if (records.every(ours)) return;
    scheduleUpdate();
  }).observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  setInterval(update, CLOCK_TICK_MS);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
