/** Platform services for the browser extension (chosen by the `#platform` build alias). */
import { browser } from 'wxt/browser';
import { PANEL_ANSWERS_KEY } from '../panel-answers';
import { parsePanelSettings, type PanelSettings } from '../panel-settings';
import { PANEL_REPORT_REQUEST, type PanelReport } from '../problem-report';
import { publishedPanelAnswers } from './answers-published';
import type { AnswersChanged, PanelAnswersSource } from './answers-source';

export const SETTINGS_KEY = 'panelSettings';

export async function loadSettings(): Promise<PanelSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parsePanelSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: PanelSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

let startRead: Promise<Record<string, unknown>> | undefined;

/** The content script's one read at `document_start`: the settings and the panel answers together. */
function readAtStart(): Promise<Record<string, unknown>> {
  startRead ??= browser.storage.local.get([SETTINGS_KEY, PANEL_ANSWERS_KEY]).catch(() => ({}));
  return startRead;
}

/** The settings from the start-up read (the defaults when storage cannot be read). */
export async function loadSettingsAtStart(): Promise<PanelSettings> {
  return parsePanelSettings((await readAtStart())[SETTINGS_KEY]);
}

/** The panel answers the background publishes (utils/platform/answers-published.ts). */
export function startPanelAnswers(
  signal: AbortSignal,
  now: () => number,
  onChange: AnswersChanged,
): PanelAnswersSource {
  return publishedPanelAnswers(signal, readAtStart(), now, onChange);
}

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
