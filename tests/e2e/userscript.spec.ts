/**
 * The userscript build in real Chromium, injected the way a userscript manager does it (tests/e2e/userscript/
 * manager.ts), on the replica pages under their official hostnames, with the machine in Los Angeles time and
 * the clock pinned by libfaketime: the extension's tip cases (tip-cases.ts), shared, not copied.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { allMatchPatterns } from '../../utils/official-sites';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { installPageGuard } from './page-guards';
import { replicaPage, replicaPages } from '../replicas/pages';
import {
  casesByInstant,
  checkCase,
  readPanel,
  SCREENSHOT_DIR,
  SCREENSHOT_INSTANT,
  type PanelSnapshot,
} from './tip-case-check';
import { tipCases } from './tip-cases';
import { installUserscript, type InstalledUserscript } from './userscript/manager';
import { readUserscript } from './userscript/metadata';

const ETAX_PAGE = replicaPage('etax-social-fee').url;

/** What the official site itself could see of us: nothing in its localStorage or IndexedDB. */
async function siteStorage(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }));
}

for (const [beijing, group] of casesByInstant(tipCases)) {
  test.describe(`userscript at ${beijing} Beijing (machine in Los Angeles)`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: LaunchedBrowser;
    let manager: InstalledUserscript;
    test.beforeAll(async () => {
      browser = await launchBrowser({ beijing, timeZone: 'America/Los_Angeles', extension: null });
      await installPageGuard(browser.context);
      manager = await installUserscript(browser.context);
    });
    test.afterAll(async () => browser?.close());

    for (const tipCase of group) {
      test(`${tipCase.page}: ${tipCase.why}`, async () => {
        const injected = manager.injections.length;
        const page = await checkCase(browser, tipCase);
        // Injected once, before the page is parsed (document-start, like the extension); nothing in the site's own storage.
        expect(manager.injections.slice(injected).map((i) => i.readyState)).toEqual(['loading']);
        expect(await siteStorage(page)).toEqual({ localStorage: 0, indexedDB: [] });
        if (beijing === SCREENSHOT_INSTANT) {
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.screenshot({ path: `${SCREENSHOT_DIR}/userscript-${tipCase.page}.png` });
        }
        await page.close();
      });
    }
  });
}

test('userscript: settings persist across reloads in GM storage, never in the site’s storage', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', extension: null });
  try {
    const manager = await installUserscript(browser.context);
    const page = await browser.context.newPage();
    await page.goto(ETAX_PAGE);
    const panel = page.locator('yibao-helper .panel');
    await expect(panel).toBeVisible();
    await page.locator('yibao-helper button[aria-pressed]').click();
    await expect(panel).toHaveClass(/\blarge\b/);
    await page.locator('yibao-helper button.toggle').click();
    await expect(panel).toHaveClass(/\bcollapsed\b/);
    await expect
      .poll(() => manager.storage.get('panelSettings'))
      .toBe(JSON.stringify({ collapsed: true, largeText: true }));

    await page.reload();
    await expect(page.locator('yibao-helper .panel')).toHaveClass(/\blarge\b/);
    await expect(page.locator('yibao-helper .panel')).toHaveClass(/\bcollapsed\b/);
    await expect(page.locator('yibao-helper button.toggle')).toHaveText(/^展开（\d+条提示）$/);
    expect(manager.injections).toHaveLength(2);
    expect(await siteStorage(page)).toEqual({ localStorage: 0, indexedDB: [] });
  } finally {
    await browser.close();
  }
});

test('userscript without GM APIs: tips show, settings last for the page only, site storage untouched', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', extension: null });
  try {
    const manager = await installUserscript(browser.context, { gm: 'absent' });
    const page = await browser.context.newPage();
    await page.goto(ETAX_PAGE);
    const panel = page.locator('yibao-helper .panel');
    await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toContainText('今天可以缴费');
    await page.locator('yibao-helper button.toggle').click();
    await expect(panel).toHaveClass(/\bcollapsed\b/);

    await page.reload();
    await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
    await expect(page.locator('yibao-helper .panel')).not.toHaveClass(/\bcollapsed\b/);
    expect(manager.injections).toHaveLength(2);
    expect(manager.storage.size).toBe(0);
    expect(await siteStorage(page)).toEqual({ localStorage: 0, indexedDB: [] });
  } finally {
    await browser.close();
  }
});

test('userscript injected late (after the page is parsed, as a manager without instant injection may): tips still show', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', extension: null });
  try {
    const built = readUserscript();
    const late = { ...built, meta: new Map([...built.meta, ['run-at', ['document-idle']]]) };
    const manager = await installUserscript(browser.context, { script: late });
    const page = await browser.context.newPage();
    await page.goto(ETAX_PAGE);
    await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toContainText('今天可以缴费');
    expect(manager.injections.map((i) => i.readyState)).toEqual([expect.stringMatching(/^(interactive|complete)$/)]);
    await expect(page.locator('yibao-helper')).toHaveCount(1);
  } finally {
    await browser.close();
  }
});

test('userscript: pages outside @match get nothing', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', extension: null });
  try {
    const manager = await installUserscript(browser.context);
    // The e-tax page's own markup under a look-alike host and under another Beijing government host.
    const outside = [
      'http://etax.beijing.chinatax.gov.cn.example/sbf/cxjmyb.html',
      'http://www.beijing.gov.cn/sbf/cxjmyb.html',
    ];
    const replicaHtml = readFileSync('tests/replicas/sites/etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html', 'utf8');
    for (const url of outside)
      await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: replicaHtml }));
    const page = await browser.context.newPage();
    for (const url of outside) {
      await page.goto(url);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      await expect(page.locator('yibao-helper')).toHaveCount(0);
    }
    expect(manager.injections).toEqual([]);
    expect(manager.storage.size).toBe(0);
    // The same manager does inject on the official page.
    await page.goto(ETAX_PAGE);
    await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
    expect(manager.injections.map((i) => i.url)).toEqual([ETAX_PAGE]);
  } finally {
    await browser.close();
  }
});

test('userscript and extension show the same panel: same host, tip ids and texts', async () => {
  const beijing = SCREENSHOT_INSTANT;
  const panels = async (extension: boolean) => {
    const browser = await launchBrowser({ beijing, ...(!extension && { extension: null }) });
    try {
      if (!extension) await installUserscript(browser.context);
      const shown: PanelSnapshot[] = [];
      for (const replica of replicaPages) {
        const page = await browser.context.newPage();
        await page.goto(replica.url);
        await expect.poll(async () => (await page.evaluate(readPanel)).visible.length).toBeGreaterThan(0);
        shown.push(await page.evaluate(readPanel));
        await page.close();
      }
      return shown;
    } finally {
      await browser.close();
    }
  };
  const [fromExtension, fromUserscript] = [await panels(true), await panels(false)];
  expect(fromUserscript).toEqual(fromExtension);
});

test('built artefacts: userscript @match = manifest content-script matches = official-sites list; header is minimal', () => {
  const { meta } = readUserscript();
  const manifestMatches = (dir: string) => {
    const manifest = JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
    return manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches).sort();
  };
  const userscriptMatches = [...(meta.get('match') ?? [])].sort();
  expect(userscriptMatches.length).toBeGreaterThan(0);
  expect(userscriptMatches).toEqual(manifestMatches('chrome-mv3'));
  expect(userscriptMatches).toEqual(manifestMatches('firefox-mv3'));
  expect(userscriptMatches).toEqual([...allMatchPatterns].sort());

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(meta.get('version')).toEqual([pkg.version]);
  expect(meta.get('name')).toEqual(['医保缴费助手·北京']);
  expect(meta.get('name:en')?.[0]).toMatch(/^Yibao Helper/);
  expect([...(meta.get('grant') ?? [])].sort()).toEqual(['GM.getValue', 'GM.registerMenuCommand', 'GM.setValue']);
  expect(meta.get('run-at')).toEqual(['document-start']);
  for (const remote of ['require', 'resource', 'connect', 'updateURL', 'downloadURL'])
    expect(meta.has(remote), `@${remote}`).toBe(false);
});
