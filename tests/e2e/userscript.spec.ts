/**
 * The userscript build in real Chromium, injected the way a userscript manager does it (tests/e2e/userscript/
 * manager.ts), on the replica pages under their official hostnames, with the machine in Los Angeles time and
 * the clock pinned by libfaketime: the same tip cases as the extension.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { matchPatterns } from '../../utils/official-sites';
import { launchBrowser } from './browser';
import { expectPageUntouched, fillFakePerson, formValues, installPageGuard } from './page-guards';
import { replicaLog, resetReplicaLog } from './replica';
import { installUserscript } from './userscript/manager';
import { readUserscript } from './userscript/metadata';

const ETAX_PAGE = 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';
const PAGE_ASSETS = ['/sbf/cxjmyb.html', '/site.css'];

// Interim: the payment-window cases until the shared tip-case table (tests/e2e/tip-cases.ts) lands.
const cases = [
  { beijing: '2024-12-16 10:00', expected: ['今天可以缴费', '2024年12月16日（周一）', '今天15:00前'] },
  { beijing: '2024-12-20 15:30', expected: ['现在不在缴费时间', '今天15:00已过', '2025年1月6日（周一）'] },
  { beijing: '2024-10-03 10:00', expected: ['现在不在缴费时间', '法定节假日', '2024年10月8日（周二）'] },
];

/** What the official site itself could see of us: nothing in its localStorage or IndexedDB. */
async function siteStorage(page: Page) {
  return page.evaluate(async () => ({ localStorage: localStorage.length, indexedDB: (await indexedDB.databases()).map((d) => d.name) }));
}

for (const { beijing, expected } of cases) {
  test(`userscript: payment-window at ${beijing} Beijing (machine in Los Angeles)`, async () => {
    await resetReplicaLog();
    const browser = await launchBrowser({ beijing, timeZone: 'America/Los_Angeles', extension: null });
    try {
      await installPageGuard(browser.context);
      const manager = await installUserscript(browser.context);
      const page = await browser.context.newPage();
      await page.goto(ETAX_PAGE);
      const tip = page.locator('yibao-helper [data-tip="payment-window"]');
      await expect(tip).toBeVisible();
      for (const text of expected) await expect(tip).toContainText(text);
      await expect(tip).toContainText('依据：北京市医疗保障局、国家税务总局北京市税务局');
      // Injected once, after the document was parsed (document-idle).
      expect(manager.injections).toEqual([{ url: ETAX_PAGE, readyState: expect.stringMatching(/^(interactive|complete)$/) }]);

      const clock = await page.evaluate(() => ({ now: Date.now(), offset: new Date().getTimezoneOffset() }));
      expect(Math.abs(clock.now - Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`))).toBeLessThan(120_000);
      expect(clock.offset).toBeGreaterThan(0);

      await fillFakePerson(page);
      const before = await formValues(page);
      const toggle = page.locator('yibao-helper button.toggle');
      await toggle.click();
      await expect(tip).toBeHidden();
      await toggle.click();
      await expect(tip).toBeVisible();
      expect(await formValues(page)).toEqual(before);
      await expectPageUntouched(page);
      expect(await siteStorage(page)).toEqual({ localStorage: 0, indexedDB: [] });

      const extra = browser.requests.map((r) => r.url()).filter((url) => !PAGE_ASSETS.some((p) => url === `http://etax.beijing.chinatax.gov.cn${p}`));
      expect(extra).toEqual([]);
      expect((await replicaLog()).map((r) => r.path).sort()).toEqual([...PAGE_ASSETS].sort());
    } finally {
      await browser.close();
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
    await expect.poll(() => manager.storage.get('panelSettings')).toBe(JSON.stringify({ collapsed: true, largeText: true }));

    await page.reload();
    await expect(page.locator('yibao-helper .panel')).toHaveClass(/\blarge\b/);
    await expect(page.locator('yibao-helper .panel')).toHaveClass(/\bcollapsed\b/);
    await expect(page.locator('yibao-helper button.toggle')).toHaveText('展开（1条提示）');
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

test('userscript: pages outside @match get nothing', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', extension: null });
  try {
    const manager = await installUserscript(browser.context);
    // The e-tax page's own markup under a look-alike host and under another Beijing government host.
    const outside = ['http://etax.beijing.chinatax.gov.cn.example/sbf/cxjmyb.html', 'http://www.beijing.gov.cn/sbf/cxjmyb.html'];
    const replicaHtml = readFileSync('tests/replicas/sites/etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html', 'utf8');
    for (const url of outside) await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: replicaHtml }));
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
  expect(userscriptMatches).toEqual([...matchPatterns].sort());

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  expect(meta.get('version')).toEqual([pkg.version]);
  expect(meta.get('name')).toEqual(['医保缴费助手·北京']);
  expect(meta.get('name:en')?.[0]).toMatch(/^Yibao Helper/);
  expect(meta.get('grant')).toEqual(['GM.getValue', 'GM.setValue']);
  expect(meta.get('run-at')).toEqual(['document-idle']);
  for (const remote of ['require', 'resource', 'connect', 'updateURL', 'downloadURL']) expect(meta.has(remote), `@${remote}`).toBe(false);
});
