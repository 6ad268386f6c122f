/**
 * The settings script (utils/settings-script.ts) in real Chromium with the production build: registered on
 * install for the official hosts only, following every settings change, used for the panel's first render,
 * and overruled by the stored settings when it lags behind them.
 */
import { expect, test, type Page, type Worker } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { replicaPage } from '../replicas/pages';
import { matchPatterns } from '../../utils/official-sites';

const PAGE = replicaPage('etax-social-fee').url;
let browser: LaunchedBrowser;
let worker: Worker;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: '2024-06-17 10:00' });
  worker = browser.context.serviceWorkers()[0];
});
test.afterAll(async () => browser?.close());

interface Registered {
  id: string;
  js: string[];
  matches: string[];
  runAt: string;
  allFrames: boolean;
  world: string;
}

const registered = () =>
  worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts()) as Promise<Registered[]>;
const registeredFiles = async () => (await registered()).flatMap((script) => script.js);

/** Every class the panel's box has had since the page started (a main-world observer, set before any script). */
async function recordPanelClasses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as any).__panelClasses = []);
    const note = (root: ShadowRoot) => {
      const panel = root.querySelector('.panel');
      if (panel && seen.at(-1) !== panel.className) seen.push(panel.className);
    };
    new MutationObserver(() => {
      const root = document.querySelector('yibao-helper')?.shadowRoot;
      if (!root || (root as any).__watched) return;
      (root as any).__watched = true;
      note(root);
      new MutationObserver(() => note(root)).observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['class'],
      });
    }).observe(document, { childList: true, subtree: true });
  });
}

const panelClasses = (page: Page) => page.evaluate(() => (window as any).__panelClasses as string[]);
const setStoredSettings = (settings: object) =>
  worker.evaluate((value) => (globalThis as any).chrome.storage.local.set({ panelSettings: value }), settings);

test('on install: one settings script, for the official hosts at document_start, with the defaults', async () => {
  await expect.poll(registeredFiles).toEqual(['panel-settings/open-normal-text.js']);
  const [script] = await registered();
  expect(script.id).toBe('panel-settings');
  expect([...script.matches].sort()).toEqual([...matchPatterns].sort());
  expect(script.runAt).toBe('document_start');
  expect(script.allFrames).toBe(false);
  expect(script.world).toBe('ISOLATED');
});

test('follows the settings chosen on the panel, and the next page opens with them', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAGE);
  await page.locator('yibao-helper button[aria-pressed]').click();
  await expect.poll(registeredFiles).toEqual(['panel-settings/open-large-text.js']);
  await page.locator('yibao-helper button.toggle').click();
  await expect.poll(registeredFiles).toEqual(['panel-settings/collapsed-large-text.js']);
  await page.close();

  const next = await browser.context.newPage();
  await recordPanelClasses(next);
  await next.goto(PAGE);
  await expect(next.locator('yibao-helper button.toggle')).toHaveAttribute('aria-expanded', 'false');
  await next.waitForTimeout(500);
  // Collapsed and large from the very first render: never a flash of the defaults.
  expect(await panelClasses(next)).toEqual([expect.stringMatching(/^panel .*\blarge collapsed$/)]);
  await next.close();
  await setStoredSettings({ collapsed: false, largeText: false });
  await expect.poll(registeredFiles).toEqual(['panel-settings/open-normal-text.js']);
});

test('the first render uses the settings script; the stored settings then overrule a lagging one', async () => {
  await setStoredSettings({ collapsed: false, largeText: true });
  await expect.poll(registeredFiles).toEqual(['panel-settings/open-large-text.js']);
  // A registration behind the stored settings, as right after a change made in another tab.
  await worker.evaluate(() =>
    (globalThis as any).chrome.scripting.updateContentScripts([
      { id: 'panel-settings', js: ['panel-settings/collapsed-normal-text.js'] },
    ]),
  );
  const page = await browser.context.newPage();
  await recordPanelClasses(page);
  await page.goto(PAGE);
  await expect(page.locator('yibao-helper .panel')).toHaveClass(/\blarge\b/);
  await expect(page.locator('yibao-helper button.toggle')).toHaveAttribute('aria-expanded', 'true');
  expect(await panelClasses(page)).toEqual([
    expect.stringMatching(/^panel [^l]*collapsed$/),
    expect.stringMatching(/^panel .*\blarge$/),
  ]);
  await page.close();
  await setStoredSettings({ collapsed: false, largeText: false });
});
