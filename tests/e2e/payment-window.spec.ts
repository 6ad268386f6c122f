/**
 * The walking skeleton end to end: the production build in real Chromium, on the e-tax replica under its
 * official hostname, with the machine in Los Angeles time and the clock pinned by libfaketime.
 */
import { expect, test } from '@playwright/test';
import { launchBrowser } from './browser';
import { expectPageUntouched, fillFakePerson, formValues, installPageGuard } from './page-guards';
import { replicaLog, resetReplicaLog } from './replica';

const ETAX_PAGE = 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';
const PAGE_ASSETS = ['/sbf/cxjmyb.html', '/site.css'];

const cases = [
  { beijing: '2024-12-16 10:00', expected: ['今天可以缴费', '2024年12月16日（周一）', '今天15:00前'] },
  { beijing: '2024-12-20 15:30', expected: ['现在不在缴费时间', '今天15:00已过', '2025年1月6日（周一）'] },
  { beijing: '2024-10-03 10:00', expected: ['现在不在缴费时间', '法定节假日', '2024年10月8日（周二）'] },
];

for (const { beijing, expected } of cases) {
  test(`payment-window at ${beijing} Beijing (machine in Los Angeles)`, async () => {
    await resetReplicaLog();
    const browser = await launchBrowser({ beijing, timeZone: 'America/Los_Angeles' });
    try {
      await installPageGuard(browser.context);
      const page = await browser.context.newPage();
      await page.goto(ETAX_PAGE);
      const tip = page.locator('yibao-helper [data-tip="payment-window"]');
      await expect(tip).toBeVisible();
      for (const text of expected) await expect(tip).toContainText(text);
      await expect(tip).toContainText('依据：北京市医疗保障局、国家税务总局北京市税务局');

      // The page clock really is pinned and the machine really is elsewhere.
      const clock = await page.evaluate(() => ({ now: Date.now(), offset: new Date().getTimezoneOffset() }));
      expect(Math.abs(clock.now - Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`))).toBeLessThan(120_000);
      expect(clock.offset).toBeGreaterThan(0);

      // Typing, collapsing and expanding leave the form exactly as the resident left it.
      await fillFakePerson(page);
      const before = await formValues(page);
      const toggle = page.locator('yibao-helper button.toggle');
      await toggle.click();
      await expect(tip).toBeHidden();
      await toggle.click();
      await expect(tip).toBeVisible();
      expect(await formValues(page)).toEqual(before);
      await expectPageUntouched(page);

      // Nothing but the page itself went over the network.
      const extra = browser.requests.map((r) => r.url()).filter((url) => !PAGE_ASSETS.some((p) => url === `http://etax.beijing.chinatax.gov.cn${p}`));
      expect(extra).toEqual([]);
      expect((await replicaLog()).map((r) => r.path).sort()).toEqual([...PAGE_ASSETS].sort());
    } finally {
      await browser.close();
    }
  });
}
