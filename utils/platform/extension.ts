/** Platform services for the browser extension (chosen by the `#platform` build alias). */
import { browser } from 'wxt/browser';
import { parsePanelSettings, type PanelSettings } from '../panel-settings';

const KEY = 'panelSettings';

export async function loadSettings(): Promise<PanelSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parsePanelSettings(stored[KEY]);
}

export async function saveSettings(settings: PanelSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
