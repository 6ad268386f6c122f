/**
 * What the page helper needs before the page's first frame, handed over without a storage round trip: the panel
 * settings, and whether the bundled book is the one in force (`bundledPack`). The settings read takes 10–30 ms
 * from `document_start`; in some new tabs, and in most same-tab navigations, the page is ready to paint before
 * it comes back, and the panel waited a frame (README, "The settings script"). So the background keeps one
 * content script registered (the `scripting` API) whose file is the one of these tiny generated files matching
 * the stored settings and pack; it runs at `document_start` in the same isolated world and leaves them on that
 * world's global, out of the page's reach. Storage stays the truth: the page helper still reads it and, when a
 * registration lags behind a change, shows what is stored (content/settings.ts, content/active-book.ts); the
 * background alone updates the registration. The imported book itself is never in here: only the flag, so a
 * page that finds it `false` waits for the record (utils/active-pack.ts).
 */
import type { browser } from 'wxt/browser';
import { matchPatterns } from './official-sites';
import { parsePanelSettings, type PanelSettings } from './panel-settings';

export const SETTINGS_SCRIPT_ID = 'panel-settings';
/** Where the settings script leaves them, on the isolated world's global. */
export const SETTINGS_GLOBAL = 'yibaoPanelSettings';

export interface StartState {
  settings: PanelSettings;
  /** The bundled book is the one in force: the page helper needs no storage read for its book. */
  bundledPack: boolean;
}

/** Every combination of settings and pack, one file each. */
export const settingsVariants: readonly StartState[] = [true, false].flatMap((bundledPack) =>
  [false, true].flatMap((collapsed) =>
    [false, true].map((largeText) => ({ settings: { collapsed, largeText }, bundledPack })),
  ),
);

export function settingsScriptFile({ settings: { collapsed, largeText }, bundledPack }: StartState): string {
  const pack = bundledPack ? '' : '-imported-pack';
  return `panel-settings/${collapsed ? 'collapsed' : 'open'}-${largeText ? 'large' : 'normal'}-text${pack}.js`;
}

export function settingsScriptSource({ settings, bundledPack }: StartState): string {
  const { collapsed, largeText } = settings; // exactly these keys, whatever the caller's object holds
  return `globalThis.${SETTINGS_GLOBAL} = ${JSON.stringify({ collapsed, largeText, bundledPack: bundledPack === true })};\n`;
}

const leftByScript = (): Record<string, unknown> | undefined => {
  const value = (globalThis as Record<string, unknown>)[SETTINGS_GLOBAL];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
};

/** The settings the settings script left, when it ran in this isolated world (the extension build only). */
export function settingsFromScript(): PanelSettings | undefined {
  const value = leftByScript();
  return value === undefined ? undefined : parsePanelSettings(value);
}

/** True only when the settings script ran and said the bundled book is in force; anything else means "read it". */
export function bundledPackFromScript(): boolean {
  return leftByScript()?.bundledPack === true;
}

/** The registration for `state`: the page helper's own matches and `run_at`. */
export function settingsRegistration(state: StartState) {
  return {
    id: SETTINGS_SCRIPT_ID,
    matches: matchPatterns,
    js: [settingsScriptFile(state)],
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
}

let queue: Promise<void> = Promise.resolve();

/**
 * Registers the settings script for `state`, or points the registration at it. Calls run one after another,
 * so an install and a settings change at the same moment cannot both register the one id.
 */
export function syncSettingsScript(scripting: typeof browser.scripting, state: StartState): Promise<void> {
  const wanted = settingsRegistration(state);
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
