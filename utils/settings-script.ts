/**
 * The panel settings, handed to the page helper without a storage round trip. The settings read takes 10–30 ms
 * from `document_start`; in some new tabs, and in most same-tab navigations, the page is ready to paint before
 * it comes back, and the panel waited a frame. So the background keeps one content script registered (the
 * `scripting` API) whose file is the one of these tiny generated files matching the stored settings; it runs
 * at `document_start` in the same isolated world and leaves the settings on that world's global, out of the
 * page's reach. The stored settings stay the truth: the page helper still reads them and, when a
 * registration lags behind a change, shows the stored ones (content/settings.ts); the background alone
 * updates the registration.
 */
import type { browser } from 'wxt/browser';
import { matchPatterns } from './official-sites';
import { parsePanelSettings, type PanelSettings } from './panel-settings';

export const SETTINGS_SCRIPT_ID = 'panel-settings';
/** Where the settings script leaves them, on the isolated world's global. */
export const SETTINGS_GLOBAL = 'yibaoPanelSettings';

/** Every combination of settings, one file each. */
export const settingsVariants: readonly PanelSettings[] = [false, true].flatMap((collapsed) =>
  [false, true].map((largeText) => ({ collapsed, largeText })),
);

export function settingsScriptFile({ collapsed, largeText }: PanelSettings): string {
  return `panel-settings/${collapsed ? 'collapsed' : 'open'}-${largeText ? 'large' : 'normal'}-text.js`;
}

export function settingsScriptSource(settings: PanelSettings): string {
  const { collapsed, largeText } = settings; // exactly these keys, whatever the caller's object holds
  return `globalThis.${SETTINGS_GLOBAL} = ${JSON.stringify({ collapsed, largeText })};\n`;
}

/** The settings the settings script left, when it ran in this isolated world (the extension build only). */
export function settingsFromScript(): PanelSettings | undefined {
  const value = (globalThis as Record<string, unknown>)[SETTINGS_GLOBAL];
  return value === undefined ? undefined : parsePanelSettings(value);
}

/** The registration for `settings`: the page helper's own matches and `run_at`. */
export function settingsRegistration(settings: PanelSettings) {
  return {
    id: SETTINGS_SCRIPT_ID,
    matches: matchPatterns,
    js: [settingsScriptFile(settings)],
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
}

let queue: Promise<void> = Promise.resolve();

/**
 * Registers the settings script for `settings`, or points the registration at it. Calls run one after another,
 * so an install and a settings change at the same moment cannot both register the one id.
 */
export function syncSettingsScript(scripting: typeof browser.scripting, settings: PanelSettings): Promise<void> {
  const wanted = settingsRegistration(settings);
  const run = async () => {
    const [registered] = await scripting.getRegisteredContentScripts({ ids: [SETTINGS_SCRIPT_ID] });
    if (!registered) await scripting.registerContentScripts([wanted]);
    else if (registered.js?.join() !== wanted.js.join() || registered.matches?.join() !== wanted.matches.join()) {
      await scripting.updateContentScripts([wanted]);
    }
  };
  queue = queue.then(run, run);
  return queue;
}
