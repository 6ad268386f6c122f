/**
 * The panel's mechanics in real Chromium with the production build: SPA route changes (hash and history API)
 * with exactly one panel, pages where no tip belongs, the focused field never covered, collapse remembered,
 * keyboard use, large text, the live region, and odd or hostile pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { replicaPage, unrelatedPages } from '../replicas/pages';

const BEIJING = '2024-06-17 10:00';
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: BEIJING, timeZone: 'America/New_York' });
});
test.afterAll(async () => browser?.close());

/** Waits longer than the helper's re-check delay, so "no panel" means the helper decided so. */
const settle = (page: Page) => page.waitForTimeout(1200);
const hosts = (page: Page) => page.locator('yibao-helper');
const tip = (page: Page, id: string) => page.locator(`yibao-helper [data-tip="${id}"]`);

test('hash-route SPA (医保 hall): panel follows the route, exactly one host', async () => {
  const page = await browser.context.newPage();
  await page.goto('http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin');
  await settle(page);
  await expect(hosts(page)).toHaveCount(0);

  await page.evaluate(() => (location.hash = '#/personal/home'));
  await expect(tip(page, 'account-deduction')).toContainText('2024年6月30日（周日）');
  await expect(tip(page, 'pooling-prerequisites')).toHaveCount(0);

  await page.getByRole('link', { name: '个人账户家庭共济关系维护' }).click();
  await expect(tip(page, 'pooling-prerequisites')).toBeVisible();
  await expect(page.locator('yibao-helper [role="status"]')).toContainText('家庭共济：办理前请确认');
  await expect(hosts(page)).toHaveCount(1);

  await page.goBack();
  await expect(tip(page, 'pooling-prerequisites')).toHaveCount(0);
  await expect(tip(page, 'account-deduction')).toBeVisible();
  await page.evaluate(() => (location.hash = '#/unitLogin'));
  await expect(hosts(page)).toHaveCount(0);
  await page.close();
});

test('history-API SPA (京通): pushState and back re-evaluate with one panel', async () => {
  const page = await browser.context.newPage();
  await page.goto('http://bjt.beijing.gov.cn/h5/');
  await settle(page);
  await expect(hosts(page)).toHaveCount(0);

  await page.getByRole('link', { name: '社保费办理' }).click();
  await expect(tip(page, 'payment-window')).toContainText('今天可以缴费');
  await page.getByRole('link', { name: '城乡居民基本医疗保险缴费办理' }).click();
  await expect(page).toHaveURL(/p=sbfbl-cxjmyb/);
  await expect(tip(page, 'batch-debit-day')).toBeVisible();
  await expect(hosts(page)).toHaveCount(1);
  await expect(page.locator('yibao-helper .panel')).toHaveCount(1);

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/h5\/$/);
  await expect(hosts(page)).toHaveCount(0);
  await page.close();
});

test('no panel on official pages where no tip belongs', async () => {
  const page = await browser.context.newPage();
  for (const { url, label } of unrelatedPages) {
    await page.goto(url);
    await settle(page);
    await expect(hosts(page), label).toHaveCount(0);
  }
  // The same browser does show the panel on a page that needs it, so the silence above was a decision.
  await page.goto(replicaPage('etax-social-fee').url);
  await expect(tip(page, 'payment-window')).toBeVisible();
  await page.close();
});

test('the focused field is never covered: the panel moves, or shrinks when no corner is free', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 720, height: 640 });
  await page.goto(replicaPage('bjt-social-fee').url);
  const panel = page.locator('yibao-helper .panel');
  await expect(panel).toBeVisible();
  const fields = page.locator('form input, form select');
  let moved = 0;
  for (let i = 0; i < (await fields.count()); i++) {
    await fields.nth(i).focus();
    await page.waitForTimeout(150);
    const [field, box] = [await fields.nth(i).boundingBox(), await panel.boundingBox()];
    const overlap =
      field!.x < box!.x + box!.width &&
      box!.x < field!.x + field!.width &&
      field!.y < box!.y + box!.height &&
      box!.y < field!.y + field!.height;
    expect(overlap, `field ${i} covered`).toBe(false);
    if ((await panel.getAttribute('class'))!.match(/side-left|edge-top|collapsed/)) moved++;
  }
  expect(moved, 'the panel had to get out of the way at least once').toBeGreaterThan(0);
  // Leaving the field gives the full panel back; shrinking was never saved as the resident's choice.
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
  await page.close();
});

test('keyboard: Tab reaches the panel, Enter and Esc toggle it, and the choice is remembered', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  await expect(tip(page, 'payment-window')).toBeVisible();
  await page.locator('#submit').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('YIBAO-HELPER');

  const toggle = page.locator('yibao-helper button.toggle');
  await toggle.focus();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText(/展开（\d+条提示）/);

  const again = await browser.context.newPage();
  await again.goto(replicaPage('etax-social-fee').url);
  await expect(again.locator('yibao-helper button.toggle')).toHaveAttribute('aria-expanded', 'false');
  await again.locator('yibao-helper button.toggle').focus();
  await again.keyboard.press('Enter');
  await expect(tip(again, 'payment-window')).toBeVisible();
  await expect(again.locator('yibao-helper button.toggle')).toHaveAttribute('aria-expanded', 'true');
  await again.close();
  await page.close();
});

test('large text: nothing in the panel below 24px, whatever the page root size', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  await page.locator('yibao-helper button[aria-pressed]').click();
  await expect(page.locator('yibao-helper .panel.large')).toBeVisible();
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('yibao-helper')!.shadowRoot!;
    return [...root.querySelectorAll<HTMLElement>('.panel *')]
      .filter(
        (el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
          el.offsetParent !== null,
      )
      .map((el) => ({ text: el.textContent!.slice(0, 20), px: parseFloat(getComputedStyle(el).fontSize) }));
  });
  expect(sizes.length).toBeGreaterThan(10);
  expect(sizes.filter((s) => s.px < 24)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/etax-social-fee-large-text.png' });
  await page.locator('yibao-helper button[aria-pressed]').click();
  await page.close();
});

test('live region: the new tips are announced', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  const status = page.locator('yibao-helper [role="status"]');
  await expect(status).toContainText('医保缴费助手有新提示：');
  await expect(status).toContainText('今天可以缴费；今天是银行批量扣款日');
  await page.close();
});

test('a re-check that finds the same tips changes nothing in the panel (nothing is announced again)', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  await expect(page.locator('yibao-helper [role="status"]')).toContainText('医保缴费助手有新提示：');
  await page.evaluate(() => {
    const root = document.querySelector('yibao-helper')!.shadowRoot!;
    (window as unknown as { panelChanges: string[] }).panelChanges = [];
    new MutationObserver((records) => {
      for (const r of records)
        (window as unknown as { panelChanges: string[] }).panelChanges.push(
          `${r.type} in ${(r.target as Element).localName ?? 'text'}`,
        );
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    // The page changes its own text: the helper looks again after its re-check delay.
    document.querySelector('.note')!.append(' ');
  });
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { panelChanges: string[] }).panelChanges)).toEqual([]);
  // The re-checks are alive: when the page's text stops naming 城乡居民医保, the next one removes the panel.
  await page.evaluate(() => document.querySelector('main')!.replaceChildren('其他业务'));
  await expect(page.locator('yibao-helper')).toHaveCount(0);
  await page.close();
});

test('an odd, hostile page: its own <yibao-helper>, broken globals, late text — tips still come, the page is unharmed', async () => {
  const page = await browser.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto('http://etax.beijing.chinatax.gov.cn/sbf/odd.html');
  await expect(tip(page, 'payment-window')).toContainText('今天可以缴费', { timeout: 5000 });
  await expect(hosts(page)).toHaveCount(2);
  const own = await page.evaluate(() => {
    const el = document.getElementById('page-own')!;
    return { text: el.textContent, shadow: el.shadowRoot !== null, children: el.children.length };
  });
  expect(own).toEqual({ text: '页面自己的同名元素', shadow: false, children: 0 });
  // The page's floating widget (z-index 99999) does not hide the panel.
  const onTop = await page.evaluate(() => {
    const ours = [...document.querySelectorAll('yibao-helper')].find((el) => el.shadowRoot)!;
    const box = ours.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === ours;
  });
  expect(onTop).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
