/**
 * 复制问题报告 in real Chromium with the production build, on 2026-12-01 (2027年度 not included): a made-up
 * resident has typed into the e-tax replica and a date into the popup; the report read back from the clipboard
 * holds the data version, 数据截至, the Beijing date, the page kind and the panel's tip ids with their text, and
 * none of the page's own text, nothing typed on the page and nothing worked out from the date typed in the popup.
 */
import { expect, test } from '@playwright/test';
import { sourceDateZh } from '../../answers/data-date';
import { bundledPolicyBook } from '../../policy';
import { newestSourceDate } from '../../policy/data-date';
import { replicaPage } from '../replicas/pages';
import { launchBrowser } from './browser';
import { fillFakePerson, secretValues } from './fake-person';

const NOW = '2026-12-01 10:00';

test('the report holds what the helper said and on what data, never page text or anything typed', async () => {
  const browser = await launchBrowser({ beijing: NOW });
  try {
    const page = await browser.context.newPage();
    await page.goto(replicaPage('etax-social-fee').url);
    await expect(page.locator('yibao-helper [data-tip="year-not-covered"]')).toBeVisible();
    // The panel's footer: 数据版本 · 数据截至, and that 2027年度 is missing from this copy.
    const { version: bookVersion } = bundledPolicyBook;
    await expect(page.locator('yibao-helper [data-panel="data-date"]')).toContainText(
      `数据版本 ${bookVersion} · 数据截至`,
    );
    await expect(page.locator('yibao-helper [data-panel="data-out-of-date"]')).toContainText('可能已经过时');
    await expect(page.locator('yibao-helper [data-panel="data-out-of-date"]')).toContainText('2027年度');
    await page.screenshot({ path: '/work/wt/shots/packs/panel-data-date.png' });
    await fillFakePerson(page);
    const tipIds = await page
      .locator('yibao-helper [data-tip]')
      .evaluateAll((tips) => tips.map((tip) => tip.getAttribute('data-tip')));
    // Page text that is not ours: the replica's own headings and labels.
    const pageText = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, label, th, legend, button')]
        .filter((node) => !node.closest('yibao-helper'))
        .map((node) => node.textContent?.trim() ?? '')
        .filter((text) => text.length >= 4),
    );
    expect(pageText.length).toBeGreaterThan(0);

    const popup = await browser.context.newPage();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // A date typed in the popup: its answer must not be copied.
    await popup.getByLabel('缴费日期').fill('2027-03-29');
    await expect(popup.locator('[data-answer="pay-on-date"]')).toContainText('2027年3月29日');
    await popup.getByRole('button', { name: '复制问题报告' }).click();
    await expect(popup.locator('[data-report-status="copied"]')).toBeVisible();
    const report = await popup.evaluate(() => navigator.clipboard.readText());

    expect(report).toContain(
      `数据版本 ${bundledPolicyBook.version}（扩展自带） · 数据截至${sourceDateZh(newestSourceDate(bundledPolicyBook))}`,
    );
    expect(report).toContain('北京日期：2026年12月1日');
    expect(report).toContain('页面类型：电子税务局·社保费缴纳（etax-social-fee）');
    expect(tipIds.length).toBeGreaterThan(0);
    for (const id of tipIds) expect(report).toContain(`[${id}] `);
    expect(report).toContain('2027年度的缴费信息尚未收录');
    // The popup's own answers that come from no input are there too.
    expect(report).toContain('[hotlines]');

    for (const secret of secretValues) expect(report, 'typed on the page').not.toContain(secret);
    for (const text of pageText) expect(report, 'the page’s own text').not.toContain(text);
    expect(report).not.toContain(new URL(replicaPage('etax-social-fee').url).host);
    expect(report, 'the date typed in the popup').not.toContain('2027年3月29日');
    expect(report).not.toContain('2027-03-29');
    expect(report).not.toContain('[pay-on-date]');

    await popup.screenshot({ path: '/work/wt/shots/packs/popup-problem-report.png', fullPage: true });
  } finally {
    await browser.close();
  }
});

test('no official page open: the report says so and still holds the popup answers', async () => {
  const browser = await launchBrowser({ beijing: NOW });
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-answer="data-out-of-date"]')).toContainText('可能已经过时');
    await expect(popup.locator('[data-answer="data-out-of-date"]')).toContainText('2027年度');
    await popup.getByRole('button', { name: '复制问题报告' }).click();
    await expect(popup.locator('[data-report-status="copied"]')).toBeVisible();
    const report = await popup.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('页面类型：没有打开官方缴费页面');
    expect(report).toContain('[data-out-of-date]');
  } finally {
    await browser.close();
  }
});
