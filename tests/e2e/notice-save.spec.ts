/**
 * Issue 18.3 in real Chromium with the production build, the clock pinned at 2026-12-01 (2027年度 is not in the
 * bundled book): the notice replica under its official hostname offers its values beside their sentences; 保存
 * keeps them, and from then on the e-tax page and the popup answer 2027年度 from the notice, naming it as source.
 * A topic list and a 职工医保 notice on the same host get no offer; with nothing saved, no 2027 figure appears.
 *
 * The notice replica's figures are invented (tests/replicas/sites/ybj.beijing.gov.cn, not a source).
 */
import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { installUserscript, type InstalledUserscript } from './userscript/manager';

const NOTICE = 'http://ybj.beijing.gov.cn/tzgg2022/202611/t20261116_4412001.html';
const EMPLOYEE_NOTICE = 'http://ybj.beijing.gov.cn/tzgg2022/202611/t20261105_4409876.html';
const TOPIC_LIST = 'http://ybj.beijing.gov.cn/tzgg2022/';
/** The same notice with one 合计 changed (tests/replicas/…/t20261118_4412300.html). */
const CONTRADICTING = 'http://ybj.beijing.gov.cn/tzgg2022/202611/t20261118_4412300.html';
const ETAX = 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';
const SHOTS = '/work/wt/shots/notices';
const NOW = '2026-12-01 10:00';

const tip = (page: Page, id: string) => page.locator(`yibao-helper [data-tip="${id}"]`);

async function openPopup(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('[data-answer="standard"]')).toBeVisible();
  return page;
}

test.describe('saving a notice (Chromium, 2026-12-01)', () => {
  test.describe.configure({ mode: 'serial' });
  let browser: LaunchedBrowser;
  test.beforeAll(async () => {
    browser = await launchBrowser({ beijing: NOW });
    await mkdir(SHOTS, { recursive: true });
  });
  test.afterAll(async () => browser?.close());

  test('nothing saved: the 2027 gap is said, with how to fill it, and no 2027 figure is invented', async () => {
    const page = await browser.context.newPage();
    await page.goto(ETAX);
    await expect(tip(page, 'year-not-covered')).toContainText('2027年度的缴费信息尚未收录');
    const fill = tip(page, 'year-not-covered').getByRole('link', { name: '北京市医保局通知公告' });
    await expect(fill).toHaveAttribute('href', 'https://ybj.beijing.gov.cn/tzgg2022/');
    await expect(tip(page, 'year-not-covered')).toContainText('点“保存到本助手”');
    await expect(tip(page, 'enrolment-open')).toHaveCount(0);
    await expect(page.locator('yibao-helper')).not.toContainText('2027年1月31日');
    const popup = await openPopup(browser);
    await expect(popup.locator('[data-answer="standard"]')).toContainText('2027年度的缴费标准尚未收录');
    await expect(popup.locator('[data-answer="standard"]')).not.toContainText('490');
    await expect(popup.locator('[data-answer="standard"]')).toContainText('现在就能补上');
    await expect(
      popup.locator('[data-answer="standard"]').getByRole('link', { name: '北京市医保局通知公告' }),
    ).toHaveAttribute('href', 'https://ybj.beijing.gov.cn/tzgg2022/');
    await page.close();
    await popup.close();
  });

  test('a notice whose figures contradict each other is not offered for saving; the tip says which values disagree', async () => {
    const page = await browser.context.newPage();
    await page.goto(CONTRADICTING);
    const reader = tip(page, 'notice-reader');
    await expect(reader.locator('ul.conflicts')).toContainText(
      '城乡老年人：个人缴费490元＋财政补助4500元＝4990元，通知写的合计是5090元',
    );
    await expect(reader.locator('ul.conflicts')).toContainText('原文：城乡老年人 | 490 | 4500 | 5090');
    await expect(reader.getByRole('button', { name: /^保存/ })).toHaveCount(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${SHOTS}/notice-reader-contradicting.png` });
    await page.close();
  });

  test('a topic list and a 职工医保 notice on the official host get no offer', async () => {
    const page = await browser.context.newPage();
    for (const url of [TOPIC_LIST, EMPLOYEE_NOTICE]) {
      await page.goto(url);
      await page.waitForLoadState('load');
      // The notice script runs at document_idle; give it time to (not) show anything.
      await page.waitForTimeout(800);
      await expect(page.locator('yibao-helper')).toHaveCount(0);
    }
    await page.close();
  });

  test('the notice shows each value beside its sentence; 保存 keeps it; e-tax and popup answer 2027 from it', async () => {
    const page = await browser.context.newPage();
    await page.goto(NOTICE);
    const reader = tip(page, 'notice-reader');
    await expect(reader).toBeVisible();
    await expect(reader.locator('[data-field="periodStart"]')).toContainText('2026年11月16日');
    await expect(reader.locator('[data-field="periodStart"]')).toContainText(
      '原文：2027年度城乡居民医保集中参保期为2026年11月16日至2027年1月31日。',
    );
    await expect(reader.locator('[data-field="periodEnd"]')).toContainText('2027年1月31日');
    // The tip's own styles came with it (components/notice/notice-tip.css, not the panel's).
    await expect(reader.getByRole('button', { name: /^保存/ })).toHaveCSS('font-weight', '700');
    await expect(reader.locator('[data-field="individual.elderly"]')).toContainText('490元/人·年');
    await expect(reader.locator('[data-field="individual.elderly"]')).toContainText(
      '原文：城乡老年人 | 490 | 4500 | 4990',
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${SHOTS}/notice-reader-tip.png` });

    await reader.getByRole('button', { name: /^保存/ }).click();
    await expect(reader.getByRole('status')).toContainText('已保存2027年度的通知');

    const popup = await openPopup(browser);
    const standard = popup.locator('[data-answer="standard"]');
    await expect(popup.getByLabel('年度')).toHaveValue('2027');
    await expect(standard).toContainText('490元/年');
    await expect(standard).toContainText('官方页面·本机读取');
    await expect(popup.locator('[data-answer="standard"]')).not.toContainText('现在就能补上');
    await popup.getByLabel('类别').selectOption({ label: '劳动年龄内居民' });
    await expect(standard).toContainText('825元/年');
    await expect(standard).toContainText('财政补助：2400元/年');
    await popup.screenshot({ path: `${SHOTS}/popup-after-saving.png` });

    const etax = await browser.context.newPage();
    await etax.goto(ETAX);
    const open = tip(etax, 'enrolment-open');
    await expect(open).toContainText('集中参保期到2027年1月31日（周日）结束');
    await expect(open).toContainText('从2027年1月1日（周五）起享受2027年度待遇');
    await expect(open).toContainText('城乡老年人490元，学生儿童465元，劳动年龄内居民825元');
    await expect(open).toContainText('关于做好2027年度城乡居民基本医疗保险参保缴费工作的通知》（官方页面·本机读取）');
    await expect(tip(etax, 'year-not-covered')).toHaveCount(0);
    await etax.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await etax.screenshot({ path: `${SHOTS}/etax-after-saving.png` });

    // Saving the same page again replaces its layer.
    await reader.getByRole('button', { name: /^保存/ }).click();
    await expect(reader.getByRole('status')).toContainText('替换了之前保存的同一页面');

    // No extension page had opened the cache: the background's first save created it without Dexie
    // (utils/idb.ts, v3 = IndexedDB 30), and the options page's Dexie opens it as its own and lists the notice.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect(options.locator(`[data-notice-url="${NOTICE}"]`)).toContainText('2027年度');
    const databases = await options.evaluate(() => indexedDB.databases());
    expect(databases.find((db) => db.name === 'yibao-policy')?.version).toBe(30);
    // The badge read the household on install: reading never creates a database.
    expect(databases.map((db) => db.name)).not.toContain('yibao-household');
    await options.close();
    await page.close();
    await etax.close();
    await popup.close();
  });
});

test.describe('saving a notice with the userscript (GM storage, 2026-12-01)', () => {
  test.describe.configure({ mode: 'serial' });
  let browser: LaunchedBrowser;
  let manager: InstalledUserscript;
  test.beforeAll(async () => {
    browser = await launchBrowser({ beijing: NOW, extension: null });
    manager = await installUserscript(browser.context);
  });
  test.afterAll(async () => browser?.close());

  test('a topic list gets no offer; the notice offers 保存, which keeps it in GM storage; e-tax answers 2027 from it', async () => {
    const list = await browser.context.newPage();
    await list.goto(TOPIC_LIST);
    await list.waitForLoadState('load');
    await list.waitForTimeout(500);
    await expect(list.locator('yibao-helper')).toHaveCount(0);
    await list.close();

    const page = await browser.context.newPage();
    await page.goto(NOTICE);
    const reader = tip(page, 'notice-reader');
    await expect(reader.locator('[data-field="periodEnd"]')).toContainText('2027年1月31日');
    // The tip's own styles came with it (components/notice/notice-tip.css, not the panel's).
    await expect(reader.getByRole('button', { name: /^保存/ })).toHaveCSS('font-weight', '700');
    await reader.getByRole('button', { name: /^保存/ }).click();
    await expect(reader.getByRole('status')).toContainText('已保存2027年度的通知');
    const stored = JSON.parse(manager.storage.get('noticeLayers') ?? '[]');
    expect(stored.map((row: { url: string }) => row.url)).toEqual([NOTICE]);

    const etax = await browser.context.newPage();
    await etax.goto(ETAX);
    await expect(tip(etax, 'enrolment-open')).toContainText('2027年1月31日');
    await expect(tip(etax, 'enrolment-open')).toContainText('（官方页面·本机读取）');
    await etax.close();

    // The manager's menu offers removing it, on any matched page.
    const again = await browser.context.newPage();
    await again.goto(ETAX);
    const commands = await again.evaluate(() =>
      Object.keys((window as { __userscriptMenu?: object }).__userscriptMenu ?? {}),
    );
    expect(commands).toEqual(['删除保存的通知：2027年度《关于做好2027年度城乡居民基本医疗保险参保缴费工作的通知》']);
    await again.evaluate(
      (name) => (window as unknown as { __userscriptMenu: Record<string, () => void> }).__userscriptMenu[name](),
      commands[0],
    );
    await expect.poll(() => JSON.parse(manager.storage.get('noticeLayers') ?? '[]')).toEqual([]);
    await again.close();
    await page.close();
  });
});

test('phone (390×844): the notice-reader panel starts collapsed and opens on a tap', async () => {
  const browser = await launchBrowser({ beijing: NOW, phone: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(NOTICE);
    const toggle = page.locator('yibao-helper button.toggle');
    await expect(toggle).toHaveText('展开（1条提示）');
    await expect(tip(page, 'notice-reader')).toBeHidden();
    await page.screenshot({ path: `${SHOTS}/phone-notice-collapsed.png` });
    await toggle.tap();
    await expect(tip(page, 'notice-reader').getByRole('button', { name: /^保存/ })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/phone-notice-open.png` });
  } finally {
    await browser.close();
  }
});
