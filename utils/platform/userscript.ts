/**
 * Platform services for the userscript (chosen by the `#platform` build alias). Settings live in the
 * userscript manager's own storage (`GM.getValue`/`GM.setValue`, granted in the header), never in the official
 * site's localStorage or IndexedDB. Without a GM API (a manager that withholds it, or `@grant none`), settings
 * last for the page's lifetime only.
 */
import { bundledPolicyBook } from '@/policy';
import { composeBook } from '@/policy/layers';
import type { ActiveBook } from '../active-pack';
import { checkStored, NOTICE_LAYERS_KEY, storedLayersFromJson } from '../notice-layers';
import { parsePanelSettings, type PanelSettings } from '../panel-settings';
import { localPanelAnswers } from './answers-local';
import type { AnswersChanged, PanelAnswersSource } from './answers-source';

/** The GM.* storage surface shared by Tampermonkey, Violentmonkey and Greasemonkey 4. */
export interface GmStorage {
  getValue(key: string, fallback?: string): Promise<string | undefined>;
  setValue(key: string, value: string): Promise<void>;
}

declare const GM: Partial<GmStorage> | undefined;

export const SETTINGS_KEY = 'panelSettings';

/** Managers pass `GM` into the script's scope; it is absent when not granted. */
function gmStorage(): GmStorage | undefined {
  const gm = typeof GM === 'object' && GM ? GM : undefined;
  return gm && typeof gm.getValue === 'function' && typeof gm.setValue === 'function' ? (gm as GmStorage) : undefined;
}

/** Storage that lives as long as the page: the fallback without GM. */
function memoryStorage(): GmStorage {
  const values = new Map<string, string>();
  return {
    getValue: async (key, fallback) => values.get(key) ?? fallback,
    setValue: async (key, value) => void values.set(key, value),
  };
}

const fallback = memoryStorage();
const storage = (): GmStorage => gmStorage() ?? fallback;

export async function loadSettings(): Promise<PanelSettings> {
  const raw = await storage().getValue(SETTINGS_KEY);
  // GM4 stores strings only, so settings travel as JSON.
  return parsePanelSettings(typeof raw === 'string' ? JSON.parse(raw) : raw);
}

export async function saveSettings(settings: PanelSettings): Promise<void> {
  await storage().setValue(SETTINGS_KEY, JSON.stringify(settings));
}

/**
 * The userscript has no import path for policy packs: its book is the bundled one with the notices the user saved
 * (GM storage, userscript/notices.ts) laid over it. A saved notice that fails its check is left out.
 */
export async function loadActiveBook(): Promise<ActiveBook> {
  const raw = await storage()
    .getValue(NOTICE_LAYERS_KEY)
    .catch(() => undefined);
  const { layers } = checkStored(storedLayersFromJson(raw));
  return { book: composeBook(bundledPolicyBook, layers), origin: 'bundled' };
}

/** The start-up read: from the same GM storage as any other. */
export const loadSettingsAtStart = loadSettings;

/** No background: the answers are worked out here, from `loadActiveBook` (utils/platform/answers-local.ts). */
export function startPanelAnswers(
  signal: AbortSignal,
  now: () => number,
  onChange: AnswersChanged,
): PanelAnswersSource {
  return localPanelAnswers(signal, loadActiveBook(), now, onChange, logQuietly);
}

/** The userscript has no popup, so nothing asks for a problem report. */
export function answerPanelReportRequests(_signal: AbortSignal, _report: () => unknown): void {}

/**
 * Our own errors stay with us: a userscript may share the page's `console`, which a site's error reporting can
 * wrap and send home (or break).
 */
export function logQuietly(..._details: unknown[]): void {}
