/**
 * Firefox, release build: when the extension goes (updated, reinstalled, disabled) Firefox stops its content
 * scripts at once — no listener, timer or Port.onDisconnect of theirs runs again — and leaves the nodes they
 * added. The next version, which Firefox runs in the already open tab, removes what the old one left: one panel,
 * never two (content/extension-lifetime.ts).
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchFirefox } from './firefox/launch';
import { replicaPage } from '../replicas/pages';

const RELEASE_DIR = resolve('.output/firefox-mv3');
const GECKO_ID = 'yibao-helper@yibao-helper.invalid';

test('firefox: after the extension is removed and installed again, the open tab shows exactly one panel', async () => {
  const firefox = await launchFirefox({ extensionDir: RELEASE_DIR });
  try {
    const page = await firefox.browser.newPage();
    await page.goto(replicaPage('etax-social-fee').url);
    await page.waitForSelector('yibao-helper >>> [data-tip="payment-window"]');
    // Mark the first panel's host from the page's side, to tell it from the next version's.
    await page.evaluate(() => ((document.querySelector('yibao-helper') as unknown as { mark: string }).mark = 'first'));
    await firefox.browser.uninstallExtension(GECKO_ID);
    await new Promise((done) => setTimeout(done, 1000));
    // Firefox leaves the removed extension's panel in the page (its script can no longer run to remove it).
    expect(await page.evaluate(() => document.querySelectorAll('yibao-helper').length)).toBe(1);

    await firefox.browser.installExtension(RELEASE_DIR);
    // The new version's panel arrives…
    await page.waitForFunction(() =>
      [...document.querySelectorAll('yibao-helper')].some(
        (host) => !(host as unknown as { mark?: string }).mark && host.shadowRoot?.querySelector('[data-tip]'),
      ),
    );
    // …and the old one is gone.
    await new Promise((done) => setTimeout(done, 1000));
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('yibao-helper')].map((host) => ({
        mark: (host as unknown as { mark?: string }).mark ?? 'new',
        panels: host.shadowRoot?.querySelectorAll('.panel').length,
      })),
    );
    expect(hosts).toEqual([{ mark: 'new', panels: 1 }]);
  } finally {
    await firefox.close();
  }
});
