/**
 * The userscript build in real Chromium, injected the way a userscript manager does it (tests/e2e/userscript/
 * manager.ts), on the replica pages under their official hostnames, with the machine in Los Angeles time and
 * the clock pinned by libfaketime: the extension's tip cases (tip-cases.ts), shared, not copied.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { matchPatterns } from '../../utils/official-sites';
import { launchBrowser } from './browser';
import { expectPageUntouched, fillFakePerson, formValues, installPageGuard } from './page-guards';
import { replicaLog, resetReplicaLog } from './replica';
import { replicaPage } from '../replicas/pages';
import { casesByInstant, expectTipCase, readPanel, unregisteredTips } from './tip-case-check';
import { tipCases } from './tip-cases';
import { installUserscript } from './userscript/manager';
import { readUserscript } from './userscript/metadata';

const ETAX = replicaPage('etax-social-fee');
const ETAX_PAGE = ETAX.url;

/** What the official site itself could see of us: nothing in its localStorage or IndexedDB. */
async function siteStorage(page: Page) {
  return page.evaluate(async () => ({ localStorage: localStorage.length, indexedDB: (await indexedDB.databases()).map((d) => d.name) }));
}

for (const [beijing, group] of casesByInstant(tipCases)) {
  test(`userscript: tip cases at ${beijing} Beijing (machine in Los Angeles)`, async () => {
    const browser = await launchBrowser({ beijing, timeZone: 'America/Los_Angeles', extension: null });
    try {
      const manager = await installUserscript(browser.context);
      for (const tipCase of group) {
        const pending = unregisteredTips(tipCase);
        if (pending.length) test.info().annotations.push({ type: 'tips not registered yet', description: `${tipCase.page}: ${pending.join(', ')}` });
        const page = await browser.context.newPage();
        await page.goto(replicaPage(tipCase.page).url);
        await expectTipCase(() => page.evaluate(readPanel), tipCase);
        expect(await siteStorage(page)).toEqual({ localStorage: 0, indexedDB: [] });
        await page.close();
      }
      // Injected once per page, after the document was parsed (document-idle).
      expect(manager.injections.map((i) => i.readyState)).toEqual(group.map(() => expect.stringMatching(/^(interactive|complete)$/)));
      // The page clock really is pinned and the machine really is elsewhere.
      const page = await browser.context.newPage();
      const clock = await page.evaluate(() => ({ now: Date.now(), offset: new Date().getTimezoneOffset() }));
      expect(Math.abs(clock.now - Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`))).toBeLessThan(120_000);
      expect(clock.offset).toBeGreaterThan(0);
      // Nothing but the pages themselves went over the network.
      const allowed = new Set(group.flatMap(({ page }) => replicaPage(page).assets.map((path) => new URL(path, replicaPage(page).url).href)));
      expect(browser.requests.map((r) => r.url()).filter((url) => !allowed.has(url))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
}

test('userscript: typing, collapsing and expanding leave the official form and page alone', async () => {
  await resetReplicaLog();
  const browser = await launchBrowser({ beijing: '2024-06-17 10:00', extension: null });
  try {
    await installPageGuard(browser.context);
    await installUserscript(browser.context);
    const page = await browser.context.newPage();
    await page.goto(ETAX_PAGE);
    const tip = page.locator('yibao-helper [data-tip="payment-window"]');
    await expect(tip).toContainText('今天可以缴费');
    await fillFakePerson(page);
    const before = await formValues(page);
    const toggle = page.locator('yibao-helper button.toggle');
    await toggle.click();
    await expect(tip).toBeHidden();
    await toggle.click();
    await expect(tip).toBeVisible();
    expect(await formValues(page)).toEqual(before);
    await expectPageUntouched(page);
    expect((await replicaLog()).map((r) => r.path).sort()).toEqual([...ETAX.assets].sort());
  } finally {
    await browser.close();
  }
});

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
