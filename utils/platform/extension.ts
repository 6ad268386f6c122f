/** Platform services for the browser extension (chosen by the `#platform` build alias). */
import { browser } from 'wxt/browser';
import { ACTIVE_PACK_KEY, bookFromRecord, type ActiveBook } from '../active-pack';
import { parsePanelSettings, type PanelSettings } from '../panel-settings';
import { PANEL_REPORT_REQUEST, type PanelReport } from '../problem-report';

export const SETTINGS_KEY = 'panelSettings';

export async function loadSettings(): Promise<PanelSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parsePanelSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: PanelSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/**
 * The book in force for a content script: the record the background publishes (`utils/active-pack.ts`), or the
 * bundled book when it is missing, malformed or storage fails.
 */
export async function loadActiveBook(): Promise<ActiveBook> {
  try {
    const stored = await browser.storage.local.get(ACTIVE_PACK_KEY);
    return bookFromRecord(stored[ACTIVE_PACK_KEY]);
  } catch {
    return bookFromRecord(undefined);
  }
}

/** Calls `onChange` with the book in force each time the background publishes another one, until `signal` aborts. */
export function onActiveBookPublished(signal: AbortSignal, onChange: (active: ActiveBook) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && ACTIVE_PACK_KEY in changes) onChange(bookFromRecord(changes[ACTIVE_PACK_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {} // an invalidated extension context has nothing left to remove
    },
    { once: true },
  );
}

/**
 * Known without waiting, left by the registered settings script (`utils/settings-script.ts`): the settings, and
 * whether the bundled book is in force (false when no settings script ran: then the page reads the record).
 */
export {
  bundledPackFromScript as bundledPackAtStart,
  settingsFromScript as settingsAtStart,
} from '../settings-script';

/** Our own errors, for a developer: a content script's console is its isolated world's, not the page's. */
export function logQuietly(...details: unknown[]): void {
  console.debug('[yibao-helper]', ...details);
}

/**
 * While the signal lives, answers the popup's 复制问题报告 request (`utils/problem-report.ts`) with what the panel
 * shows. Only our own extension's pages can send to a content script's `runtime.onMessage`; the page cannot.
 */
export function answerPanelReportRequests(signal: AbortSignal, report: () => PanelReport | undefined): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (message !== PANEL_REPORT_REQUEST || sender.id !== browser.runtime.id) return;
    sendResponse(report() ?? null);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
