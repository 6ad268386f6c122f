/**
 * Launches Firefox ESR headless through puppeteer-core over WebDriver BiDi, with an extension installed as a
 * temporary add-on (`browser.installExtension`), the machine in a non-Beijing time zone, and every http and
 * https request sent to the replica server as its proxy, so the official hostnames reach our replicas and any
 * other request shows up in the replica log (https ones as a refused CONNECT to their host).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPLICA_PORT } from '../replica';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned with `extensions.webextensions.uuids`, so the popup's moz-extension:// URL is known. */
const EXTENSION_UUID = '5f1c2e4a-7b3d-4c8e-9a61-0d2f3b4c5e6f';

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>/` of the installed extension. */
  extensionOrigin: string;
  /** Finds the open tab whose location starts with `prefix` (puppeteer's page.url() lags for extension tabs). */
  findPage(prefix: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox({
  extensionDir,
  timeZone = 'America/Los_Angeles',
}: {
  extensionDir: string;
  timeZone?: string;
}): Promise<LaunchedFirefox> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // MOZ_REMOTE_SETTINGS_DEVTOOLS lets a release Firefox take the `services.settings.server` override below.
    env: { ...process.env, TZ: timeZone, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': REPLICA_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': REPLICA_PORT,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      // Firefox's own Remote Settings sync would show up as https tunnels; Mozilla's test harness points it nowhere.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(resolve(extensionDir));
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
    async findPage(prefix) {
      for (let attempt = 0; attempt < 50; attempt++) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(prefix)) return page;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(`No tab at ${prefix}`);
    },
    close: () => browser.close(),
  };
}
