/**
 * Issue 18.3 in Firefox ESR (puppeteer-core over WebDriver BiDi, the e2e build with its clock at 2026-12-01 10:00
 * Beijing, see firefox.spec.ts): the notice replica offers its values, 保存 keeps them through the background, and
 * the e-tax page and the popup answer 2027年度 from the saved notice, and the options page lists it (the cache the
 * background created without Dexie, opened by Dexie). A 职工医保 notice gets no offer.
 */
import { expect, test } from '@playwright/test';
import { buildFirefoxE2e } from './firefox/build';
import { launchFirefox } from './firefox/launch';

const NOW = '2026-12-01 10:00';
const NOTICE = 'http://ybj.beijing.gov.cn/tzgg2022/202611/t20261116_4412001.html';
const EMPLOYEE_NOTICE = 'http://ybj.beijing.gov.cn/tzgg2022/202611/t20261105_4409876.html';
const ETAX = 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';

let extensionDir: string;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  extensionDir = await buildFirefoxE2e(NOW);
});

test('firefox: 保存 on the notice; the e-tax panel and the popup answer 2027年度 from it; 职工医保 gets no offer', async () => {
  const firefox = await launchFirefox({ extensionDir });
  try {
    const employee = await firefox.browser.newPage();
    await employee.goto(EMPLOYEE_NOTICE);
    await new Promise((done) => setTimeout(done, 1000));
    expect(await employee.evaluate(() => document.querySelectorAll('yibao-helper').length)).toBe(0);
    await employee.close();

    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(NOTICE);
    const periodEnd = await page.waitForSelector(
      'yibao-helper >>> [data-tip="notice-reader"] [data-field="periodEnd"]',
    );
    expect(await periodEnd!.evaluate((el) => el.textContent)).toContain('2027年1月31日');
    await (await page.waitForSelector('yibao-helper >>> [data-tip="notice-reader"] button.save'))!.click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('yibao-helper')
          ?.shadowRoot?.querySelector('[data-tip="notice-reader"] [role="status"]')
          ?.textContent?.includes('已保存2027年度的通知'),
      { timeout: 10_000 },
    );

    const etax = await firefox.browser.newPage();
    await etax.goto(ETAX);
    const open = await etax.waitForSelector('yibao-helper >>> [data-tip="enrolment-open"]', { timeout: 10_000 });
    const text = await open!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('2027年1月31日');
    expect(text).toContain('（官方页面·本机读取）');

    await etax.evaluate(() => postMessage({ yibaoE2e: 'open-popup' }, '*'));
    const popup = await firefox.findPage(`${firefox.extensionOrigin}popup.html`);
    const standard = await popup.waitForSelector('[data-answer="standard"]');
    await popup.waitForFunction(
      () => document.querySelector('[data-answer="standard"]')?.textContent?.includes('490元/年'),
      { timeout: 10_000 },
    );
    expect(await standard!.evaluate((el) => el.textContent)).toContain('官方页面·本机读取');

    // The background's first save created the cache without Dexie (utils/idb.ts); the options page's Dexie
    // opens it as its own (IndexedDB version 30 = Dexie v3) and lists the notice.
    await etax.evaluate(() => postMessage({ yibaoE2e: 'open-options' }, '*'));
    const options = await firefox.findPage(`${firefox.extensionOrigin}options.html`);
    const saved = await options.waitForSelector(`[data-notice-url="${NOTICE}"]`, { timeout: 10_000 });
    expect(await saved!.evaluate((el) => el.textContent)).toContain('2027年度');
    const databases = await options.evaluate(() => indexedDB.databases());
    expect(databases.find((db) => db.name === 'yibao-policy')?.version).toBe(30);
    // The badge read the household on install: reading never creates a database.
    expect(databases.map((db) => db.name)).not.toContain('yibao-household');
  } finally {
    await firefox.close();
  }
});
