/**
 * Checks one row of the shared tip-case table (tip-cases.ts) against what a page shows, for every build: the
 * extension and the userscript in Chromium (Playwright, `checkCase`) and the extension in Firefox (Puppeteer,
 * `expectTipCase` over `readPanel`, which runs in the page under either driver).
 */
import { expect, type Page } from '@playwright/test';
import type { LaunchedBrowser } from './browser';
import { expectPageUntouched, fillFakeValues, formValues } from './page-guards';
import { replicaLog, resetReplicaLog } from './replica';
import type { TipCase } from './tip-cases';
import { replicaPage } from '../replicas/pages';

/** Screenshots of every page kind, per build, at one instant (today in the tip table). */
export const SCREENSHOT_DIR = 'test-results/screenshots';
export const SCREENSHOT_INSTANT = '2026-11-24 10:00';

export interface PanelSnapshot {
  /** Text of each tip section, by `data-tip` id. */
  tips: Record<string, string>;
  /** Ids of the tip sections a resident can see. */
  visible: string[];
  /** The whole panel's text and language. */
  text: string;
  lang: string | null;
  /** How many `<yibao-helper>` elements the document has. */
  hosts: number;
}

/** Runs in the page: our host is the `<yibao-helper>` with an open shadow root. */
export function readPanel(): PanelSnapshot {
  const hosts = document.querySelectorAll('yibao-helper');
  const panel = [...hosts].find((host) => host.shadowRoot)?.shadowRoot?.querySelector('.panel');
  const tips: Record<string, string> = {};
  const visible: string[] = [];
  for (const section of panel?.querySelectorAll('[data-tip]') ?? []) {
    const id = section.getAttribute('data-tip')!;
    tips[id] = section.textContent ?? '';
    if (section.checkVisibility()) visible.push(id);
  }
  // The live region's announcement arrives a moment after the tips; it is not part of what the panel shows.
  const text = [...(panel?.children ?? [])]
    .filter((el) => el.getAttribute('role') !== 'status')
    .map((el) => el.textContent)
    .join('');
  return { tips, visible, text, lang: panel?.getAttribute('lang') ?? null, hosts: hosts.length };
}

/** The case's tips show (visible, with their texts), the others don't, the panel never says what it must not. */
export async function expectTipCase(read: () => Promise<PanelSnapshot>, tipCase: TipCase): Promise<void> {
  const label = `${tipCase.page} at ${tipCase.beijing}`;
  const show = Object.keys(tipCase.show);
  await expect
    .poll(async () => (await read()).visible, { message: `${label}: visible tips`, timeout: 10_000 })
    .toEqual(expect.arrayContaining(show));
  const panel = await read();
  expect(panel.hosts, `${label}: one <yibao-helper>`).toBe(1);
  expect(panel.lang).toBe('zh-CN');
  for (const [id, texts] of Object.entries(tipCase.show))
    for (const part of texts ?? []) expect(panel.tips[id], `${label}: ${id}`).toContain(part);
  for (const id of tipCase.hide) expect(Object.keys(panel.tips), `${label}: ${id} must not show`).not.toContain(id);
  for (const part of tipCase.panelExcludes ?? [])
    expect(panel.text, `${label}: panel must not say ${part}`).not.toContain(part);
}

/**
 * One case in Chromium (extension or userscript): the tips, the pinned clock and foreign time zone, the form
 * left as typed through collapse and expand, the DOM outside our host untouched (needs `installPageGuard`), no
 * page errors, and nothing but the page's own files on the network. Returns the open page.
 */
export async function checkCase(browser: LaunchedBrowser, tipCase: TipCase): Promise<Page> {
  const replica = replicaPage(tipCase.page);
  const host = new URL(replica.url).host;
  await resetReplicaLog();
  browser.requests.length = 0;
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(replica.url);

  await expectTipCase(() => page.evaluate(readPanel), tipCase);

  // The page's clock really is pinned, and the machine really is elsewhere.
  const clock = await page.evaluate(() => ({ now: Date.now(), offset: new Date().getTimezoneOffset() }));
  expect(Math.abs(clock.now - Date.parse(`${tipCase.beijing.replace(' ', 'T')}:00+08:00`))).toBeLessThan(120_000);
  expect(clock.offset).not.toBe(-480);

  // Typing, collapsing and expanding leave the form exactly as the resident left it.
  await fillFakeValues(page);
  const before = await formValues(page);
  const panel = page.locator('yibao-helper .panel');
  const toggle = page.locator('yibao-helper button.toggle');
  await toggle.click();
  await expect(panel.locator('[data-tip]').first()).toBeHidden();
  await toggle.click();
  await expect(panel.locator('[data-tip]').first()).toBeVisible();
  expect(await formValues(page)).toEqual(before);
  await expectPageUntouched(page);
  expect(pageErrors).toEqual([]);

  // Nothing but the page itself went over the network.
  const expected = replica.assets.map((path) => `http://${host}${path}`);
  expect(browser.requests.map((r) => r.url().replace(/#.*$/, '')).filter((url) => !expected.includes(url))).toEqual([]);
  expect((await replicaLog()).map((r) => r.path).sort()).toEqual([...replica.assets].sort());
  return page;
}

/** The cases grouped by instant: one browser per instant (libfaketime or the e2e clock is per process/build). */
export function casesByInstant(cases: TipCase[]): [string, TipCase[]][] {
  const groups = new Map<string, TipCase[]>();
  for (const tipCase of cases) groups.set(tipCase.beijing, [...(groups.get(tipCase.beijing) ?? []), tipCase]);
  return [...groups];
}
