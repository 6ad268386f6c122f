import { expect, test } from '@playwright/test';
import { launchBrowser } from './browser';

test('popup: Beijing date, window status and the 2024年度 standards from the Dexie cache', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', timeZone: 'America/Los_Angeles' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(page.getByRole('heading', { name: '今天：2024年12月16日（周一）（北京时间）' })).toBeVisible();
    await expect(page.locator('[data-answer="payment-window"]')).toContainText('今天可以缴费');
    const rows = page.locator('tr[data-category]');
    await expect(rows).toHaveText([/城乡老年人\s*400 元\/年/, /学生儿童\s*375 元\/年/, /劳动年龄内居民\s*695 元\/年/]);
    await expect(page.getByText('本地缓存不可用')).toHaveCount(0);
    await expect(page.locator('.source')).toContainText('北京市医疗保障局 2023-11-14');
    // The rows really come from IndexedDB, seeded by the background.
    const cached = await page.evaluate(async () => {
      const open = indexedDB.open('yibao-policy');
      const db = await new Promise<IDBDatabase>((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = reject)));
      const all = db.transaction('standards').objectStore('standards').getAll();
      return new Promise<number>((resolve) => (all.onsuccess = () => resolve(all.result.length)));
    });
    expect(cached).toBe(3);
    expect(browser.requests.filter((r) => !r.url().startsWith('chrome-extension://'))).toEqual([]);
  } finally {
    await browser.close();
  }
});
