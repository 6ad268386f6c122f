/**
 * Firefox ESR (puppeteer-core over WebDriver BiDi): forms in frames get the tab's one panel in the top frame, as in
 * Chromium (frames.spec.ts); and a withdrawn host permission (Firefox's per-site permissions, which
 * `permissions.remove` withdraws as the browser's own menu does) is named in the popup, with no panel on that host.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { buildFirefoxE2e } from './firefox/build';
import { launchFirefox } from './firefox/launch';
import { replicaPage } from '../replicas/pages';

const RELEASE_DIR = resolve('.output/firefox-mv3');
const ETAX = 'http://etax.beijing.chinatax.gov.cn';

/** Our panel hosts in every frame of the tab: 'top' or the frame's address. */
async function panelsByFrame(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const count = await frame.evaluate(() => document.querySelectorAll('yibao-helper').length).catch(() => 0);
    for (let i = 0; i < count; i++) found.push(frame === page.mainFrame() ? 'top' : frame.url());
  }
  return found;
}

test('firefox: the form in a same-origin, cross-origin or srcdoc frame gets one panel, in the top frame (1280 and 390 px)', async () => {
  const firefox = await launchFirefox({ extensionDir: RELEASE_DIR });
  try {
    for (const [shell, tip] of [
      ['shell', 'payment-window'],
      ['cross-origin', 'pooling-prerequisites'],
      ['srcdoc', 'payment-window'],
    ]) {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${ETAX}/frames/${shell}.html`);
      await page.waitForSelector(`yibao-helper >>> [data-tip="${tip}"]`);
      await new Promise((done) => setTimeout(done, 1200));
      expect(await panelsByFrame(page), shell).toEqual(['top']);
      if (shell === 'shell') await page.screenshot({ path: '/work/wt/shots/frames/firefox-frame-shell-1280.png' });
      await page.close();
    }
    // A 390 px wide window: the phone bar, still one panel, in the top.
    const narrow = await firefox.browser.newPage();
    await narrow.setViewport({ width: 390, height: 844 });
    await narrow.goto(`${ETAX}/frames/shell.html`);
    await narrow.waitForSelector('yibao-helper >>> .panel.narrow');
    await new Promise((done) => setTimeout(done, 1200));
    expect(await panelsByFrame(narrow)).toEqual(['top']);
    await narrow.screenshot({ path: '/work/wt/shots/frames/firefox-frame-shell-390.png' });
  } finally {
    await firefox.close();
  }
});

test('firefox: a withdrawn official host gets no panel, and the popup names it with 允许访问', async () => {
  test.setTimeout(120_000);
  const firefox = await launchFirefox({ extensionDir: await buildFirefoxE2e('2024-06-17 10:00') });
  try {
    const page = await firefox.browser.newPage();
    await page.goto(replicaPage('ybj-family-pooling').url);
    await page.waitForSelector('yibao-helper >>> [data-tip]');
    await page.evaluate(() => postMessage({ yibaoE2e: 'open-popup' }, '*'));
    const popup = await firefox.findPage(`${firefox.extensionOrigin}popup.html`);
    await popup.waitForSelector('[data-answer]');
    expect(await popup.$('[data-host-access]')).toBeNull();
    const removed = await popup.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
        }
      ).browser.permissions.remove({
        origins: ['*://etax.beijing.chinatax.gov.cn/*'],
      }),
    );
    expect(removed).toBe(true);
    const line = await popup.waitForSelector('[data-host-access="withheld"]');
    const text = await line!.evaluate((node) => node.textContent ?? '');
    expect(text).toContain('etax.beijing.chinatax.gov.cn');
    expect(text).not.toContain('fw.ybj.beijing.gov.cn');
    expect(await line!.evaluate((node) => node.querySelector('button')?.textContent)).toBe('允许访问');

    await page.goto(replicaPage('etax-social-fee').url);
    await new Promise((done) => setTimeout(done, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('yibao-helper').length)).toBe(0);
  } finally {
    await firefox.close();
  }
});
