/**
 * Host access withheld: when the browser withholds an official host (Chrome's site access "on click" or "on
 * specific sites"; Firefox's per-site permissions), that site's pages show no panel, and the popup says so and
 * how to allow it. Chrome refuses `permissions.remove` of a manifest's host permission ("You cannot remove
 * required permissions"), so the test sets site access to "on click" the way chrome://extensions itself does
 * (`developerPrivate.updateExtensionConfiguration`), then checks the popup and the page.
 */
import { expect, test } from '@playwright/test';
import { launchBrowser } from './browser';
import { noticePages, officialSites } from '../../utils/official-sites';
import { replicaPage } from '../replicas/pages';

test('site access "on click": no panel on official pages, and the popup names them with a button to allow access', async () => {
  const browser = await launchBrowser({ beijing: '2024-06-17 10:00' });
  try {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-answer]').first()).toBeVisible();
    // Full access: no such line (so the line below is not always there).
    await expect(popup.locator('[data-host-access]')).toHaveCount(0);

    const settings = await browser.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      (extensionId) =>
        (globalThis as any).chrome.developerPrivate.updateExtensionConfiguration({
          extensionId,
          hostAccess: 'ON_CLICK',
        }),
      browser.extensionId,
    );
    const line = popup.locator('[data-host-access="withheld"]');
    // The payment pages' hosts, and the notice pages where the notice reader runs (host and path).
    for (const host of officialSites.flatMap((site) => site.hosts)) await expect(line).toContainText(host);
    for (const { host, pathPrefix } of noticePages)
      await expect(line).toContainText(`${host}${pathPrefix.slice(0, -1)}`);
    // Then allowed on one site only ("on specific sites"): the line names the others, not that one.
    await settings.evaluate(
      (extensionId) =>
        (globalThis as any).chrome.developerPrivate.addHostPermission(extensionId, '*://fw.ybj.beijing.gov.cn/*'),
      browser.extensionId,
    );
    await settings.close();
    await expect(line).not.toContainText('fw.ybj.beijing.gov.cn');
    await expect(line).toContainText('etax.beijing.chinatax.gov.cn');
    await expect(line.getByRole('button', { name: '允许访问' })).toBeVisible();

    // What the line explains: the official page gets no panel.
    const page = await browser.context.newPage();
    await page.goto(replicaPage('etax-social-fee').url);
    await page.waitForTimeout(1500);
    await expect(page.locator('yibao-helper')).toHaveCount(0);
    await page.goto(replicaPage('ybj-family-pooling').url);
    await expect(page.locator('yibao-helper [data-tip="pooling-prerequisites"]')).toBeVisible();
    await popup.bringToFront();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.screenshot({ path: '/work/wt/shots/frames/popup-host-access-withheld.png' });
  } finally {
    await browser.close();
  }
});
