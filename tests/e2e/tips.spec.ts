/**
 * Every case of the shared tip table (tip-cases.ts) in real Chromium with the production build: official
 * hostnames mapped to the replicas, the clock pinned by libfaketime, the machine in a non-Beijing time zone.
 * One browser per instant; on each page the form stays as typed, the DOM outside our host untouched, and
 * nothing but the page's own files goes over the network. One screenshot per page kind (2026-11-24).
 */
import { mkdir } from 'node:fs/promises';
import { test } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { installPageGuard } from './page-guards';
import { checkCase, SCREENSHOT_DIR, SCREENSHOT_INSTANT } from './tip-case-check';
import { tipCases } from './tip-cases';

/** Machine time zones far from Beijing's, on both sides of the date line. */
const TIME_ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];

const instants = [...new Set(tipCases.map((c) => c.beijing))];

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
