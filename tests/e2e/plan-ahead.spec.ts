/**
 * Planning ahead offline, in the built extension: the popup's calendar download (parsed back) and the
 * printable helper checklist (printed to PDF, one A4 page).
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { launchBrowser } from './browser';

test('the popup downloads a calendar made locally that parses as RFC 5545', async () => {
  const browser = await launchBrowser({ beijing: '2023-12-10 10:00' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载日历文件（.ics）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('yibao-deadlines.ics');
    const text = await readFile((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(30);
    expect(
      events.some(
        (e) => e.summary === '2024年度城乡居民医保集中参保期最后一天' && e.startDate.toString() === '2024-01-31',
      ),
    ).toBe(true);
    expect(browser.requests.filter((r) => !/^(chrome-extension|blob):/.test(r.url()))).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("the helper checklist: chosen 年度 and 类别, today's deadlines, one A4 page when printed", async () => {
  const browser = await launchBrowser({ beijing: '2026-11-24 10:00' });
  try {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByLabel('年度').selectOption('2026');
    await popup.getByLabel('类别').selectOption({ label: '学生儿童' });
    const [sheet] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: '打印帮办清单' }).click(),
    ]);
    await sheet.waitForSelector('html[data-ready]');
    await expect(sheet.locator('[data-answer="standard"]').first()).toHaveText('2026年度学生儿童个人缴费：435元/年');
    await expect(sheet.locator('[data-answer="enrolment"]')).toContainText('2027年度的缴费信息尚未收录');
    await expect(sheet.locator('[data-answer="payment-window"]')).toContainText('下次：12月7日（周一） 15:00前');
    await expect(sheet.getByText('12366：税务渠道缴费', { exact: false })).toBeVisible();
    await sheet.screenshot({ path: 'test-results/screenshots/checklist.png', fullPage: true });

    await sheet.emulateMedia({ media: 'print' });
    const pdf = await sheet.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      path: 'test-results/screenshots/checklist.pdf',
    });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    const bodySize = await sheet.locator('.sheet').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(18); // 15pt = 20px: large type for older readers
  } finally {
    await browser.close();
  }
});
