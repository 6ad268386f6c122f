/**
 * Checks one row of the shared tip-case table (tip-cases.ts) against what a page shows, whatever drives the
 * browser: `readPanel` runs in the page (Playwright's or Puppeteer's `page.evaluate`), the checks run here.
 */
import { expect } from '@playwright/test';
import { registeredTips } from '../../components/tips';
import type { TipCase } from './tip-cases';

export interface PanelSnapshot {
  /** Text of each shown tip section, by `data-tip` id. */
  tips: Record<string, string>;
  /** The whole panel's text. */
  text: string;
}

/** Runs in the page. Only the first `<yibao-helper>` is ours; a page-made one would have no shadow root. */
export function readPanel(): PanelSnapshot {
  const panel = document.querySelector('yibao-helper')?.shadowRoot?.querySelector('.panel');
  const tips: Record<string, string> = {};
  for (const section of panel?.querySelectorAll('[data-tip]') ?? []) tips[section.getAttribute('data-tip')!] = section.textContent ?? '';
  return { tips, text: panel?.textContent ?? '' };
}

/**
 * Tips a case expects that no tip file has registered for its page kind yet: the table may run ahead of the
 * tips while they are being written. Specs annotate these, so a report shows what was not checked.
 */
export function unregisteredTips(tipCase: TipCase): string[] {
  const registered = (id: string) => registeredTips().some((tip) => tip.id === id && tip.pages.includes(tipCase.page));
  return Object.keys(tipCase.show).filter((id) => !registered(id));
}

export async function expectTipCase(read: () => Promise<PanelSnapshot>, tipCase: TipCase): Promise<void> {
  const label = `${tipCase.page} at ${tipCase.beijing}`;
  const missing = new Set(unregisteredTips(tipCase));
  const show = Object.entries(tipCase.show).filter(([id]) => !missing.has(id));
  await expect
    .poll(async () => Object.keys((await read()).tips), { message: `${label}: tips shown`, timeout: 10_000 })
    .toEqual(expect.arrayContaining(show.map(([id]) => id)));
  const { tips, text } = await read();
  for (const [id, texts] of show) for (const part of texts ?? []) expect(tips[id], `${label}: ${id}`).toContain(part);
  for (const id of tipCase.hide) expect(Object.keys(tips), `${label}: ${id} must not show`).not.toContain(id);
  for (const part of tipCase.panelExcludes ?? []) expect(text, `${label}: panel must not say ${part}`).not.toContain(part);
}

/** The cases grouped by instant: one browser per instant (libfaketime or the e2e clock is per process/build). */
export function casesByInstant(cases: TipCase[]): [string, TipCase[]][] {
  const groups = new Map<string, TipCase[]>();
  for (const tipCase of cases) groups.set(tipCase.beijing, [...(groups.get(tipCase.beijing) ?? []), tipCase]);
  return [...groups];
}
