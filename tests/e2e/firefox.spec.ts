/**
 * The extension in Firefox ESR (puppeteer-core over WebDriver BiDi, installed as a temporary add-on), on the
 * replica pages under their official hostnames, with the machine in Los Angeles time. Firefox ESR does not start
 * under libfaketime, so the shared tip cases (tip-cases.ts) run e2e builds whose clock starts at a build-time
 * instant (tests/e2e/firefox/build.ts); the release build is checked to contain none of that.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { buildFirefoxE2e } from './firefox/build';
import { launchFirefox } from './firefox/launch';
import { replicaLog, resetReplicaLog } from './replica';
import { replicaPage } from '../replicas/pages';
import type { PageKind } from '../../utils/page-detection';
import { casesByInstant, expectTipCase, readPanel, SCREENSHOT_DIR, SCREENSHOT_INSTANT } from './tip-case-check';
import { tipCases } from './tip-cases';

const ETAX_PAGE = replicaPage('etax-social-fee').url;
const RELEASE_DIR = '.output/firefox-mv3';
const POPUP_INSTANT = '2024-06-17 10:00';
const groups = casesByInstant(tipCases);

const e2eBuilds = new Map<string, string>();
test.beforeAll(async () => {
  // One clock build per instant (13): 5–15 s each, longer when the 2-core machine is shared.
  test.setTimeout(600_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const beijing of new Set([...groups.map(([instant]) => instant), POPUP_INSTANT]))
    e2eBuilds.set(beijing, await buildFirefoxE2e(beijing));
});

/** Requests the proxy saw beyond the given replica pages' own files (an https one shows as `CONNECT host`). */
async function requestsBeyond(...pages: PageKind[]): Promise<string[]> {
  const allowed = new Set(
    pages
      .flatMap((page) => replicaPage(page).assets.map((path) => new URL(path, replicaPage(page).url)))
      .map((u) => `GET ${u.host}${u.pathname}${u.search}`),
  );
  return (await replicaLog()).map((r) => `${r.method} ${r.host}${r.path}`).filter((request) => !allowed.has(request));
}

for (const [beijing, group] of groups) {
  test(`firefox: tip cases at ${beijing} Beijing (e2e clock, machine in Los Angeles)`, async () => {
    await resetReplicaLog();
    const firefox = await launchFirefox({ extensionDir: e2eBuilds.get(beijing)! });
    try {
      for (const tipCase of group) {
        const page = await firefox.browser.newPage();
        await page.setViewport({ width: 1280, height: 800 });
        await page.goto(replicaPage(tipCase.page).url);
        await expectTipCase(() => page.evaluate(readPanel), tipCase);
        // Only the extension's clock is pinned; the machine is in Los Angeles.
        expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBeGreaterThan(0);
        if (beijing === SCREENSHOT_INSTANT)
          await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-${tipCase.page}.png` });
        await page.close();
      }
      // Every request, http or https, reached the replica server (the proxy); none was ours.
      expect(await requestsBeyond(...group.map(({ page }) => page))).toEqual([]);
    } finally {
      await firefox.close();
    }
  });
}

test('firefox: popup renders today’s answers and the standards, with its IndexedDB policy cache working and the panel answers published', async () => {
  await resetReplicaLog();
  const firefox = await launchFirefox({ extensionDir: e2eBuilds.get(POPUP_INSTANT)! });
  try {
    const page = await firefox.browser.newPage();
    await page.goto(ETAX_PAGE);
    await page.waitForSelector('yibao-helper >>> [data-tip="payment-window"]');
    await page.evaluate(() => postMessage({ yibaoE2e: 'open-popup' }, '*'));
    const popup = await firefox.findPage(`${firefox.extensionOrigin}popup.html`);
    await popup.setViewport({ width: 420, height: 900 });
    await popup.waitForSelector('[data-answer="standard"]');
    const shown = await popup.evaluate(() => ({
      heading: document.querySelector('h2#today-title')?.textContent,
      answers: Object.fromEntries(
        [...document.querySelectorAll('[data-answer]')].map((el) => [el.getAttribute('data-answer'), el.textContent]),
      ),
      cacheUnavailable: document.querySelector('[data-cache="unavailable"]')?.textContent ?? null,
    }));
    expect(shown.heading).toBe('今天：2024年6月17日（周一）（北京时间）');
    expect(shown.answers['payment-window']).toContain('可以缴费，请在今天15:00前完成');
    expect(shown.answers['batch-debit']).toContain('今天是银行批量扣款日');
    expect(shown.answers.standard).toContain('2024年度');
    expect(shown.answers.standard).toContain('元/年');
    expect(shown.cacheUnavailable).toBeNull();
    // The options page's policy cache (Dexie) really works in Firefox's IndexedDB: it opens the database at its
    // schema (v3, IndexedDB version 30), with no "cache unavailable" line. The background reads it natively and
    // never creates it (utils/idb.ts), so a fresh profile has none until an extension page opens it.
    await page.evaluate(() => postMessage({ yibaoE2e: 'open-options' }, '*'));
    const options = await firefox.findPage(`${firefox.extensionOrigin}options.html`);
    await options.waitForSelector('[data-active-pack]', { timeout: 10_000 });
    expect(
      await options.$eval('[data-active-pack]', (el) => el.querySelector('.caveat')?.textContent ?? null),
    ).toBeNull();
    const cache = await options.evaluate(async () => {
      const found = (await indexedDB.databases()).find((db) => db.name === 'yibao-policy');
      if (!found) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('yibao-policy');
        open.onsuccess = () => resolve(open.result);
        open.onerror = reject;
      });
      const stores = [...db.objectStoreNames].sort();
      db.close();
      return { version: found.version, stores };
    });
    expect(cache).toEqual({ version: 30, stores: ['layers', 'packs'] });
    // The background published the panel answers (utils/panel-answers-publish.ts) on its own pinned clock: the
    // record holds at the popup's instant.
    const answers = await popup.evaluate(async () => {
      const stored = (await (globalThis as any).browser.storage.local.get('panelAnswers')).panelAnswers;
      return { validFrom: stored?.validFrom, validUntil: stored?.validUntil, now: Date.now() };
    });
    expect(answers.validFrom).toBeLessThanOrEqual(answers.now);
    expect(answers.validUntil).toBeGreaterThan(answers.now);
    expect(answers.validUntil).toBe(Date.parse('2024-06-17T15:00:00+08:00'));
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/firefox-popup.png` });
    expect(await requestsBeyond('etax-social-fee')).toEqual([]);
  } finally {
    await firefox.close();
  }
});

test('firefox: the release build shows the panel, keeps the collapsed setting across a reload, sends nothing and has no e2e hooks', async () => {
  await resetReplicaLog();
  const firefox = await launchFirefox({ extensionDir: RELEASE_DIR });
  try {
    const page = await firefox.browser.newPage();
    await page.goto(ETAX_PAGE);
    await page.waitForSelector('yibao-helper >>> [data-tip]');
    await (await page.waitForSelector('yibao-helper >>> button.toggle'))!.click();
    await page.waitForSelector('yibao-helper >>> .panel.collapsed');
    await page.reload();
    await page.waitForSelector('yibao-helper >>> .panel.collapsed');
    // No popup-opening hook in a release build.
    await page.evaluate(() => postMessage({ yibaoE2e: 'open-popup' }, '*'));
    await new Promise((done) => setTimeout(done, 1000));
    const tabs = await Promise.all((await firefox.browser.pages()).map((p) => p.evaluate(() => location.href)));
    expect(tabs).toContain(ETAX_PAGE);
    expect(tabs.filter((href) => href.startsWith('moz-extension:'))).toEqual([]);
    expect(await requestsBeyond('etax-social-fee')).toEqual([]);
  } finally {
    await firefox.close();
  }
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
const containing = (dir: string, needle: string) =>
  filesUnder(dir).filter((file) => readFileSync(file, 'utf8').includes(needle));

test('release builds contain no e2e clock, hook or content-script bench marks; the e2e build has its hook', () => {
  // The marker, and each pinned instant as the minifier writes it (1795485600000 → 17954856e5) or in full;
  // the bench marks (utils/bench-marks.ts) by name.
  const instants = [...e2eBuilds.keys()].map((beijing) => String(Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`)));
  const needles = [
    'yibaoE2e',
    'content-start',
    'panel-painted',
    ...instants,
    ...instants.map((ms) => ms.replace(/(0+)$/, (zeros) => `e${zeros.length}`)),
  ];
  const e2eDir = e2eBuilds.get(POPUP_INSTANT)!;
  expect(containing(e2eDir, 'yibaoE2e').length).toBeGreaterThan(0);
  for (const dir of [RELEASE_DIR, '.output/chrome-mv3', '.output/userscript'])
    for (const needle of needles) expect(containing(dir, needle), `${needle} in ${dir}`).toEqual([]);
});

test('firefox manifest: MV3, gecko id, no data collection; web-ext lint has no errors and only README-explained warnings', async () => {
  const manifest = JSON.parse(readFileSync(`${RELEASE_DIR}/manifest.json`, 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: 'yibao-helper@yibao-helper.invalid',
    data_collection_permissions: { required: ['none'] },
  });

  const { stdout } = await promisify(execFile)(
    'npx',
    ['web-ext', 'lint', '--source-dir', RELEASE_DIR, '--output', 'json', '--no-input'],
    { maxBuffer: 1 << 24 },
  ).catch((e) => e);
  const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  expect(report.errors).toEqual([]);
  const readme = readFileSync('README.md', 'utf8');
  const unexplained = (report.warnings as { code: string; file: string }[]).filter(
    (w) => !readme.includes(`\`${w.code}\``),
  );
  expect(unexplained, 'web-ext lint warnings not explained in the README').toEqual([]);
  // The README's explanation of UNSAFE_VAR_ASSIGNMENT: only Preact's dangerouslySetInnerHTML path, which we never use.
  const ours = ['components', 'entrypoints', 'utils', 'policy', 'userscript'].flatMap(filesUnder);
  expect(
    ours.filter((file) =>
      /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*\+?=(?!=)|insertAdjacentHTML|document\.write/.test(
        readFileSync(file, 'utf8'),
      ),
    ),
  ).toEqual([]);
});
