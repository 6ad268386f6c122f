/**
 * Privacy guard, in real Chromium with the production build and with the userscript: a made-up resident types
 * an ID number, name, phone number, address and password into every replica form while the panel and the
 * popup are used. Afterwards no extension context has sent a single request, and none of the typed values is
 * in extension storage (local, sync, session), the extension's IndexedDB, any official page origin's
 * IndexedDB, localStorage or sessionStorage, or the userscript manager's GM storage.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { extensionNetworkRequests, launchBrowser, type LaunchedBrowser } from './browser';
import { dumpIndexedDb, fillFakePerson, pageOriginStorage, secretsIn } from './fake-person';
import { replicaLog, resetReplicaLog } from './replica';
import { installUserscript } from './userscript/manager';
import { replicaPages } from '../replicas/pages';

/** Every replica page with a form, and the page kinds' own URLs (some are menus or status pages). */
const FORM_PAGES = [
  ...replicaPages.map((p) => ({ url: p.url, assets: p.assets, panel: true })),
  { url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/cbdj', assets: replicaPages[1].assets, panel: false },
  { url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin', assets: replicaPages[1].assets, panel: false },
];
test.setTimeout(120_000);

const PAGE_ASSETS = new Set(FORM_PAGES.flatMap(({ url, assets }) => assets.map((path) => new URL(path, url).href)));

/** Requests that are not the official page loading its own files. */
function notPageAssets(requests: Request[]): string[] {
  return requests
    .map((r) => r.url())
    .filter((url) => !url.startsWith('chrome-extension://') && !PAGE_ASSETS.has(url.replace(/#.*$/, '')));
}

/**
 * Uses the panel the way a resident would, on every form page, with fake personal data typed in and every
 * control focused in turn (the panel places itself on focus); `check` runs after each page.
 */
async function useEveryForm(page: Page, check: () => Promise<void>): Promise<void> {
  for (const { url, panel } of FORM_PAGES) {
    await page.goto(url);
    if (panel) await expect(page.locator('yibao-helper .panel')).toBeVisible();
    await fillFakePerson(page);
    if (panel) {
      const toggle = page.locator('yibao-helper button.toggle');
      await toggle.click();
      await toggle.click();
      await page.locator('yibao-helper button[aria-pressed]').click();
      await expect(page.locator('yibao-helper .panel')).toHaveClass(/\blarge\b/);
      await page.locator('yibao-helper button[aria-pressed]').click();
    }
    const controls = page.locator('form input, form select');
    for (let i = 0; i < (await controls.count()); i++) {
      await controls.nth(i).focus();
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(200);
    await check();
  }
}

async function officialOriginsStorage(page: Page) {
  const stores = [];
  for (const origin of new Set(FORM_PAGES.map(({ url }) => new URL(url).origin))) {
    await page.goto(`${origin}/`);
    stores.push(await pageOriginStorage(page));
  }
  return stores;
}

test('extension: fake personal data typed everywhere is never sent or stored', async () => {
  await resetReplicaLog();
  const browser: LaunchedBrowser = await launchBrowser({ beijing: '2024-06-17 10:00' });
  try {
    // Every value ever written to extension storage, not only what is left at the end.
    const worker = browser.context.serviceWorkers()[0];
    await worker.evaluate(() => {
      const written: string[] = ((globalThis as any).__written = []);
      (globalThis as any).chrome.storage.onChanged.addListener((changes: unknown, area: string) =>
        written.push(`${area} ${JSON.stringify(changes)}`),
      );
    });
    const page = await browser.context.newPage();
    const siteStores: unknown[] = [];
    await useEveryForm(page, async () => void siteStores.push(await pageOriginStorage(page)));

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-answer="standard"]')).toBeVisible();
    await popup.getByLabel('年度').selectOption({ index: 0 });
    await popup.getByLabel('类别').selectOption({ index: 1 });
    await popup.getByLabel('缴费日期').fill('2024-12-16');
    await popup.getByRole('button', { name: '大字' }).click();
    await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect(popup.getByRole('heading', { name: '政策数据', exact: true })).toBeVisible();

    // No network request from any extension context (service worker, popup, options, content scripts).
    expect(extensionNetworkRequests(browser.requests), 'requests by extension pages and the service worker').toEqual(
      [],
    );
    expect(notPageAssets(browser.requests), 'requests other than the official pages’ own files').toEqual([]);
    expect(browser.requests.filter((r) => r.method() !== 'GET').map((r) => r.url())).toEqual([]);
    const served = (await replicaLog()).map((r) => `http://${r.host}${r.path}`);
    expect(
      served.filter((url) => !PAGE_ASSETS.has(url)),
      'replica server log',
    ).toEqual([]);

    // Nothing typed was ever written to extension storage, nor is it in the extension's IndexedDB.
    const written = await worker.evaluate(() => (globalThis as any).__written as string[]);
    expect(written.join('\n')).toContain('panelSettings');
    expect(secretsIn(written.join('\n')), 'writes to extension storage').toEqual([]);
    const extensionStores = await worker.evaluate(async () => {
      const { storage } = (globalThis as any).chrome;
      return {
        local: JSON.stringify(await storage.local.get(null)),
        sync: JSON.stringify(await storage.sync.get(null)),
        session: JSON.stringify(await storage.session.get(null)),
      };
    });
    const extensionDb = await worker.evaluate(dumpIndexedDb);
    // The reads are real: the panel settings and the seeded policy cache are there.
    expect(extensionStores.local).toContain('panelSettings');
    expect(extensionDb).toContain('"store"');
    expect(extensionDb.length).toBeGreaterThan(1000);
    expect(secretsIn(JSON.stringify(extensionStores)), 'storage.local/sync/session').toEqual([]);
    expect(secretsIn(extensionDb), 'extension IndexedDB').toEqual([]);

    // Nor in the official sites' own storage, after each page and at the end.
    const pages = await officialOriginsStorage(page);
    expect(pages.length).toBe(5);
    expect(secretsIn(JSON.stringify([siteStores, pages])), 'official origins’ storage').toEqual([]);
  } finally {
    await browser.close();
  }
});

test('userscript: fake personal data typed everywhere is never sent or stored', async () => {
  await resetReplicaLog();
  const browser = await launchBrowser({ beijing: '2024-06-17 10:00', extension: null });
  try {
    const manager = await installUserscript(browser.context);
    const page = await browser.context.newPage();
    const seen: string[] = [];
    await useEveryForm(
      page,
      async () => void seen.push(JSON.stringify([...manager.storage]), JSON.stringify(await pageOriginStorage(page))),
    );
    // Once per document: the 医保 hall's routes share one.
    expect(new Set(manager.injections.map((i) => new URL(i.url).host)).size).toBe(5);

    expect(notPageAssets(browser.requests)).toEqual([]);
    expect(browser.requests.filter((r) => r.method() !== 'GET').map((r) => r.url())).toEqual([]);
    expect((await replicaLog()).map((r) => `http://${r.host}${r.path}`).filter((url) => !PAGE_ASSETS.has(url))).toEqual(
      [],
    );

    // GM storage holds the panel settings and nothing typed.
    const gm = JSON.stringify([...manager.storage]);
    expect(gm).toContain('panelSettings');
    expect(secretsIn(seen.join('\n')), 'GM and site storage after each page').toEqual([]);
    expect(secretsIn(gm), 'GM storage').toEqual([]);
    const pages = await officialOriginsStorage(page);
    expect(secretsIn(JSON.stringify(pages)), 'official origins’ storage').toEqual([]);
  } finally {
    await browser.close();
  }
});
