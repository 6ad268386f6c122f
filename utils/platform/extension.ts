/** Platform services for the browser extension (chosen by the `#platform` build alias). */
import { browser } from 'wxt/browser';
import { ACTIVE_PACK_KEY, bookFromRecord, type ActiveBook } from '../active-pack';
import { parsePanelSettings, type PanelSettings } from '../panel-settings';

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

/** Settings known without waiting, left by the registered settings script (`utils/settings-script.ts`). */
export { settingsFromScript as settingsAtStart } from '../settings-script';

/** Our own errors, for a developer: a content script's console is its isolated world's, not the page's. */
export function logQuietly(...details: unknown[]): void {
  console.debug('[yibao-helper]', ...details);
}
