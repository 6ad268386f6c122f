/**
 * The userscript in frames, injected as Tampermonkey and Violentmonkey do without @noframes (every frame its
 * @match covers; srcdoc / about:blank frames have no address to match). One panel per tab: a same-origin top page
 * reads its frames through their DOM and shows it; a frame under a cross-origin top shows its own.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { panelsByFrame } from './frame-panels';
import { installUserscript } from './userscript/manager';
import { readUserscript } from './userscript/metadata';

const ETAX = 'http://etax.beijing.chinatax.gov.cn';
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: '2024-06-17 10:00', extension: null });
  await installUserscript(browser.context);
});
test.afterAll(async () => browser?.close());

const settle = (page: Page) => page.waitForTimeout(1200);

test('the header lets managers run it in frames (no @noframes)', () => {
  expect(readUserscript().meta.has('noframes')).toBe(false);
});

for (const kind of ['shell', 'srcdoc', 'blank']) {
  test(`userscript: the form in a ${kind} frame of a same-origin shell gets one panel, in the top`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ETAX}/frames/${kind}.html`);
    await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
    await settle(page);
    expect(await panelsByFrame(page)).toEqual(['top']);
    if (kind === 'shell') {
      // Kept off the focused field inside the frame, read through the frame's DOM.
      const frame = page.frames()[1];
      await frame.locator('#jfje').focus();
      const field = (await frame.locator('#jfje').boundingBox())!;
      await expect
        .poll(() =>
          page.locator('yibao-helper aside').evaluate((aside, f) => {
            const r = aside.getBoundingClientRect();
            return r.left < f.x + f.width && f.x < r.right && r.top < f.y + f.height && f.y < r.bottom;
          }, field),
        )
        .toBe(false);
      // Sent away inside the frame: the tips go.
      await frame.evaluate(() => location.assign('/frames/query.html'));
      await expect(page.locator('yibao-helper')).toHaveCount(0);
    }
    await page.close();
  });
}

test('userscript: the 医保 hall in a frame of the e-tax shell (cross-origin) shows its one panel in the frame', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${ETAX}/frames/cross-origin.html`);
  const frame = page.frames()[1];
  await expect(frame.locator('yibao-helper [data-tip="pooling-prerequisites"]')).toBeVisible();
  await settle(page);
  expect(await panelsByFrame(page)).toEqual([frame.url()]);
  await page.close();
});
