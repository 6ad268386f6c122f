/**
 * The content controller ends what it starts. A leak-test build (tests/e2e/leak/) counts, in the content
 * script's isolated world, the live listeners, observers and timers; in real Chromium, 200 SPA route changes
 * (hash routes of the 医保 hall, history routes of 京通) and 200 panel toggles leave the counts where they
 * started, and an extension reload (its content scripts orphaned) removes the panel and leaves nothing live.
 * Release builds do not contain the counting code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EXTENSION_DIR, launchBrowser, type LaunchedBrowser } from './browser';
import { buildLeakTest } from './leak/build';
import { replicaPage } from '../replicas/pages';

interface LiveCounts {
  listeners: number;
  observers: number;
  timeouts: number;
  intervals: number;
  frames: number;
  extensionListeners: number;
}

const BEIJING = '2024-06-17 10:00';
const ROUNDS = 200;
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);
let leakBuild: string;
test.beforeAll(async () => {
  leakBuild = await buildLeakTest();
  browser = await launchBrowser({ beijing: BEIJING, extension: leakBuild });
});
test.afterAll(async () => browser?.close());

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
const framesOf = (tree: FrameTree): FrameTree['frame'][] => [tree.frame, ...(tree.childFrames ?? []).flatMap(framesOf)];

/**
 * Evaluates in our content script's isolated world of the page's main frame, or of its frame at `frameUrl`
 * (DevTools protocol).
 */
async function inContentScript<T>(page: Page, expression: string, frameUrl?: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      const at = contexts.findIndex((c) => c.id === executionContextId);
      if (at >= 0) contexts.splice(at, 1);
    });
    await cdp.send('Runtime.enable');
    const frames = framesOf((await cdp.send('Page.getFrameTree')).frameTree as FrameTree);
    const frameId = (frameUrl ? frames.find((f) => f.url === frameUrl) : frames[0])?.id;
    const ours = contexts.filter(
      (c) =>
        c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://') && c.auxData.frameId === frameId,
    );
    expect(ours, 'our isolated world').toHaveLength(1);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: ours[0].id,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

const liveCounts = (page: Page, frameUrl?: string) =>
  inContentScript<LiveCounts>(page, '__yibaoLiveCounts()', frameUrl);

/** Counts once every re-check, announcement and frame has run (the re-check waits 300 ms). */
async function settledCounts(page: Page, frameUrl?: string): Promise<LiveCounts> {
  await page.waitForTimeout(800);
  return liveCounts(page, frameUrl);
}

const hosts = (page: Page) => page.locator('yibao-helper');
const tip = (page: Page, id: string) => page.locator(`yibao-helper [data-tip="${id}"]`);

test(`${ROUNDS} hash-route changes in the 医保 hall leave no listener, observer or timer behind`, async () => {
  const page = await browser.context.newPage();
  await page.goto('http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/home');
  await expect(tip(page, 'account-deduction')).toBeVisible();
  // The panel goes and comes back, and changes its tips: every route re-renders or rebuilds it.
  // Four routes: 200 changes end where one warm-up round does, so the counts compare like with like.
  const home: [string, (page: Page) => Promise<void>] = [
    '#/personal/home',
    (p) => expect(tip(p, 'account-deduction')).toBeVisible(),
  ];
  const routes: [string, (page: Page) => Promise<void>][] = [
    ['#/personal/gjgx', (p) => expect(tip(p, 'pooling-prerequisites')).toBeVisible()],
    home,
    ['#/unitLogin', (p) => expect(hosts(p)).toHaveCount(0)],
    home,
  ];
  for (const [hash, arrived] of routes) {
    await page.evaluate((h) => (location.hash = h), hash);
    await arrived(page);
  }
  const before = await settledCounts(page);
  expect(before.observers).toBe(1);
  expect(before.intervals).toBe(1);
  for (let i = 0; i < ROUNDS; i++) {
    const [hash, arrived] = routes[i % routes.length];
    await page.evaluate((h) => (location.hash = h), hash);
    await arrived(page);
  }
  const after = await settledCounts(page);
  expect(after).toEqual(before);
  await page.close();
});

test(`${ROUNDS} history-route changes in 京通 leave no listener, observer or timer behind`, async () => {
  const page = await browser.context.newPage();
  await page.goto('http://bjt.beijing.gov.cn/h5/');
  await page.getByRole('link', { name: '社保费办理' }).click();
  await expect(tip(page, 'payment-window')).toBeVisible();
  await page.goBack();
  await expect(hosts(page)).toHaveCount(0);
  const before = await settledCounts(page);
  for (let i = 0; i < ROUNDS / 2; i++) {
    await page.evaluate(() => history.forward());
    await expect(tip(page, 'payment-window')).toBeVisible();
    await page.evaluate(() => history.back());
    await expect(hosts(page)).toHaveCount(0);
  }
  expect(await settledCounts(page)).toEqual(before);
  await page.close();
});

test(`${ROUNDS} panel toggles leave no listener, observer or timer behind`, async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  const toggle = page.locator('yibao-helper button.toggle');
  await expect(tip(page, 'payment-window')).toBeVisible();
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const before = await settledCounts(page);
  for (let i = 0; i < ROUNDS; i++) {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', String(i % 2 === 1));
  }
  expect(await settledCounts(page)).toEqual(before);
  await page.close();
});

test(`${ROUNDS} navigations of a frame between the form and a page of no tips leave the top's counts where they started`, async () => {
  const page = await browser.context.newPage();
  await page.goto('http://etax.beijing.chinatax.gov.cn/frames/shell.html');
  const frame = page.locator('#business');
  const go = async (path: string) => {
    await frame.evaluate((element: HTMLIFrameElement, to) => element.contentWindow!.location.replace(to), path);
    if (path.endsWith('sbf.html')) await expect(tip(page, 'payment-window')).toBeVisible();
    else await expect(hosts(page)).toHaveCount(0);
  };
  await go('/frames/query.html');
  await go('/frames/sbf.html');
  const before = await settledCounts(page);
  for (let i = 0; i < ROUNDS / 2; i++) {
    await go('/frames/query.html');
    await go('/frames/sbf.html');
  }
  expect(await settledCounts(page)).toEqual(before);
  await page.close();
});

test('a frame that recognises nothing stops observing: nothing of ours stays live in it', async () => {
  const page = await browser.context.newPage();
  await page.goto('http://etax.beijing.chinatax.gov.cn/frames/shell.html');
  await expect(tip(page, 'payment-window')).toBeVisible();
  const recognising = 'http://etax.beijing.chinatax.gov.cn/frames/sbf.html';
  expect((await liveCounts(page, recognising)).observers).toBe(1);
  await page
    .locator('#business')
    .evaluate((element: HTMLIFrameElement) => element.contentWindow!.location.replace('/frames/query.html'));
  await expect(hosts(page)).toHaveCount(0);
  await page.waitForTimeout(11_000); // it watches for a late form until 10 s after its load
  expect(await liveCounts(page, 'http://etax.beijing.chinatax.gov.cn/frames/query.html')).toEqual({
    listeners: 0,
    observers: 0,
    timeouts: 0,
    intervals: 0,
    frames: 0,
    extensionListeners: 0,
  });
  await page.close();
});

test('an extension reload orphans the content script: it removes its panel and leaves nothing live', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  await expect(tip(page, 'payment-window')).toBeVisible();
  const running = await settledCounts(page);
  expect(running.listeners).toBeGreaterThan(0);
  // The panel answers' storage.onChanged, the problem report's and the frames' runtime.onMessage; and the
  // answers' lapse timer.
  expect(running.extensionListeners).toBe(3);
  expect(running.timeouts).toBeGreaterThan(0);
  const [worker] = browser.context.serviceWorkers();
  await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {}); // the worker goes with it
  // Chrome's sign of an orphan: the old script's runtime has no id any more. Its panel is still up until it looks.
  await expect.poll(() => inContentScript(page, 'chrome.runtime?.id ?? null')).toBeNull();
  await expect(hosts(page)).toHaveCount(1);
  // The orphan notices at its next re-check or placement: here, the window is resized.
  await page.setViewportSize({ width: 1200, height: 800 });
  await expect(hosts(page)).toHaveCount(0);
  expect(await settledCounts(page)).toEqual({
    listeners: 0,
    observers: 0,
    timeouts: 0,
    intervals: 0,
    frames: 0,
    extensionListeners: 0,
  });
  await page.close();
});

test(`a phone: ${ROUNDS / 2} rounds of open, type, keyboard up and down, pinch zoom and close leave nothing behind; an orphan leaves nothing live`, async () => {
  const phone = await launchBrowser({ beijing: BEIJING, extension: leakBuild, phone: true });
  try {
    const page = await phone.context.newPage();
    await page.goto(replicaPage('bjt-social-fee').url);
    const toggle = page.locator('yibao-helper button.toggle');
    const field = page.locator('form input').first();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const cdp = await page.context().newCDPSession(page);
    const round = async () => {
      await toggle.tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await field.tap(); // typing hides the sheet
      await expect(page.locator('yibao-helper .panel')).toBeHidden();
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.setViewportSize({ width: 390, height: 480 }); // the keyboard without focus
      await expect(page.locator('yibao-helper .panel')).toBeHidden();
      await page.setViewportSize({ width: 390, height: 844 });
      await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1.5 });
      await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await toggle.tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    };
    await round();
    const before = await settledCounts(page);
    for (let i = 0; i < ROUNDS / 2; i++) await round();
    expect(await settledCounts(page)).toEqual(before);
    await cdp.detach();

    const [worker] = phone.context.serviceWorkers();
    await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {});
    await expect.poll(() => inContentScript(page, 'chrome.runtime?.id ?? null')).toBeNull();
    // The orphan notices at its next placement: here, the visual viewport changes.
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(hosts(page)).toHaveCount(0);
    expect(await settledCounts(page)).toEqual({
      listeners: 0,
      observers: 0,
      timeouts: 0,
      intervals: 0,
      frames: 0,
      extensionListeners: 0,
    });
    await page.close();
  } finally {
    await phone.close();
  }
});

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

test('release builds contain no live counting; the leak-test build does', () => {
  const containing = (dir: string) =>
    filesUnder(dir).filter((file) => readFileSync(file, 'utf8').includes('__yibaoLiveCounts'));
  for (const release of [EXTENSION_DIR, '.output/firefox-mv3', '.output/userscript'])
    expect(containing(release), release).toEqual([]);
  expect(containing('.output/chrome-mv3-leak')).toHaveLength(1);
});
