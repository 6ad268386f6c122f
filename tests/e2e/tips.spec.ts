/**
 * Every case of the shared tip table (tip-cases.ts) in real Chromium with the production build: official
 * hostnames mapped to the replicas, the clock pinned by libfaketime, the machine in a non-Beijing time zone.
 * One browser per instant; on each page the form stays as typed, the DOM outside our host untouched, and
 * nothing but the page's own files goes over the network. One screenshot per page kind (2026-11-24).
 */
import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { expectPageUntouched, fillFakeValues, formValues, installPageGuard } from './page-guards';
import { replicaLog, resetReplicaLog } from './replica';
import { tipCases, type TipCase } from './tip-cases';
import { replicaPage } from '../replicas/pages';

export const SCREENSHOT_DIR = 'test-results/screenshots';
const SCREENSHOT_INSTANT = '2026-11-24 10:00';
/** Machine time zones far from Beijing's, on both sides of the date line. */
const TIME_ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];

const instants = [...new Set(tipCases.map((c) => c.beijing))];

async function checkCase(browser: LaunchedBrowser, tipCase: TipCase): Promise<Page> {
  const replica = replicaPage(tipCase.page);
  const host = new URL(replica.url).host;
  await resetReplicaLog();
  browser.requests.length = 0;
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(replica.url);

  const panel = page.locator('yibao-helper .panel');
  await expect(panel).toBeVisible();
  await expect(page.locator('yibao-helper')).toHaveCount(1);
  for (const [id, texts] of Object.entries(tipCase.show)) {
    const tip = panel.locator(`[data-tip="${id}"]`);
    await expect(tip, id).toBeVisible();
    for (const text of texts ?? []) await expect(tip, id).toContainText(text);
  }
  for (const id of tipCase.hide) await expect(panel.locator(`[data-tip="${id}"]`), id).toHaveCount(0);
  for (const text of tipCase.panelExcludes ?? []) await expect(panel).not.toContainText(text);
  await expect(panel).toHaveAttribute('lang', 'zh-CN');

  // The page's clock really is pinned, and the machine really is elsewhere.
  const clock = await page.evaluate(() => ({ now: Date.now(), offset: new Date().getTimezoneOffset() }));
  expect(Math.abs(clock.now - Date.parse(`${tipCase.beijing.replace(' ', 'T')}:00+08:00`))).toBeLessThan(120_000);
  expect(clock.offset).not.toBe(-480);

  // Typing, collapsing and expanding leave the form exactly as the resident left it.
  await fillFakeValues(page);
  const before = await formValues(page);
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

instants.forEach((beijing, i) => {
  const timeZone = TIME_ZONES[i % TIME_ZONES.length];
  test.describe(`at ${beijing} Beijing (machine in ${timeZone})`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: LaunchedBrowser;
    test.beforeAll(async () => {
      browser = await launchBrowser({ beijing, timeZone });
      await installPageGuard(browser.context);
    });
    test.afterAll(async () => browser?.close());

    for (const tipCase of tipCases.filter((c) => c.beijing === beijing)) {
      test(`${tipCase.page}: ${tipCase.why}`, async () => {
        const page = await checkCase(browser, tipCase);
        if (beijing === SCREENSHOT_INSTANT) {
          await mkdir(SCREENSHOT_DIR, { recursive: true });
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.screenshot({ path: `${SCREENSHOT_DIR}/${tipCase.page}.png` });
        }
        await page.close();
      });
    }
  });
});
