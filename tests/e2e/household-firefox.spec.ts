/**
 * The household plan in Firefox ESR (puppeteer-core over WebDriver BiDi; the e2e build with its clock at
 * 2026-02-24 10:00 Beijing, machine in Los Angeles time): people added on the page make the 2026年度 plan with
 * its total, an ID number typed as 称呼 is refused and cleared, and the list is there when the page is opened
 * again (Firefox's IndexedDB of the extension page).
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { buildFirefoxE2e } from './firefox/build';
import { launchFirefox } from './firefox/launch';

const NOW = '2026-02-24 10:00';
const ETAX = 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';

let extensionDir: string;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  extensionDir = await buildFirefoxE2e(NOW);
});

const ready = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 10_000 });

const textOf = (page: Page, selector: string) =>
  page.waitForSelector(selector, { timeout: 10_000 }).then((found) => found!.evaluate((el) => el.textContent ?? ''));

async function add(page: Page, label: string, category: string, channel: string): Promise<void> {
  const box = (await page.waitForSelector('input[name="label"]'))!;
  await box.click({ count: 3 });
  await box.type(label);
  await page.select('select[name="category"]', category);
  await page.select('select[name="channel"]', channel);
  const [button] = await page.$$('xpath/.//form[contains(@class, "add-person")]//button[contains(., "添加")]');
  await button!.click();
}

test('firefox: the household plan adds people, refuses an ID number and keeps the list', async () => {
  const firefox = await launchFirefox({ extensionDir });
  try {
    const etax = await firefox.browser.newPage();
    await etax.goto(ETAX);
    await etax.waitForSelector('yibao-helper >>> [data-tip]', { timeout: 10_000 });
    await etax.evaluate(() => postMessage({ yibaoE2e: 'open-household' }, '*'));
    const page = await firefox.findPage(`${firefox.extensionOrigin}household.html`);
    await ready(page);

    await add(page, '110105194912310027', 'elderly', 'self-pay');
    expect(await textOf(page, '#add-person-message')).toBe('请不要填写身份证号，本助手不保存这些信息。');
    expect(await page.$eval('input[name="label"]', (box) => (box as HTMLInputElement).value)).toBe('');

    await add(page, '爸爸', 'elderly', 'self-pay');
    await page.waitForSelector('[data-person="爸爸"]', { timeout: 10_000 });
    await add(page, '小明', 'student', 'school');
    await page.waitForSelector('[data-person="小明"]', { timeout: 10_000 });
    // 2026年度: 460 (elderly) + 435 (student).
    await page.waitForSelector('[data-plan="plan"] .total[data-total="895"]', { timeout: 10_000 });
    expect(await textOf(page, '[data-plan="plan"] .total')).toBe('2026年度还要缴：2人，共895元。');

    // Closed and opened again (BiDi does not wait for a moz-extension:// page's reload).
    await page.close();
    await etax.evaluate(() => postMessage({ yibaoE2e: 'open-household' }, '*'));
    const again = await firefox.findPage(`${firefox.extensionOrigin}household.html`);
    await ready(again);
    await again.waitForSelector('[data-person="小明"]', { timeout: 10_000 });
    expect(await again.$$eval('[data-person]', (people) => people.map((p) => p.getAttribute('data-person')))).toEqual([
      '爸爸',
      '小明',
    ]);
    const stored = await again.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('yibao-household');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const rows = await new Promise<unknown[]>((done) => {
        const request = db.transaction('household').objectStore('household').getAll();
        request.onsuccess = () => done(request.result);
      });
      db.close();
      return JSON.stringify(rows);
    });
    expect(stored).toContain('爸爸');
    expect(stored).not.toContain('110105');
  } finally {
    await firefox.close();
  }
});
