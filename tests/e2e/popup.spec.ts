/**
 * The popup and the options page of the built extension in real Chromium, the clock pinned by libfaketime and
 * the machine in Los Angeles time; controls are driven by their accessible names.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { newerPack } from '../support/malformed-packs';

async function openPopup(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('[data-answer="standard"]')).toBeVisible();
  return page;
}

function offline(browser: LaunchedBrowser): string[] {
  return browser.requests.map((r) => r.url()).filter((url) => !url.startsWith('chrome-extension://'));
}

test('2026-11-24: today, 2027年度 not included, standards by 年度 and 类别, pay-on-date, contacts', async () => {
  const browser = await launchBrowser({ beijing: '2026-11-24 10:00' });
  try {
    const page = await openPopup(browser);
    await expect(page.getByRole('heading', { name: '今天：2026年11月24日（周二）（北京时间）' })).toBeVisible();
    await expect(page.locator('[data-answer="payment-window"]')).toContainText(
      '下次可缴费：2026年12月7日（周一） 15:00前',
    );
    await expect(page.locator('[data-answer="enrolment"]')).toContainText(
      '本助手还没有收录2027年度的集中参保时间、缴费标准和待遇起始日',
    );
    await expect(page.locator('[data-answer="account-deduction"]')).toContainText('2026年11月30日（周一）');
    await expect(page.locator('[data-answer="batch-debit"]')).toContainText(
      '本月批量扣款日已过，下次：2026年12月15日（周二）',
    );
    // Today's dates rest on the payment-window notice, whose source and confidence are shown.
    await expect(page.locator('section[aria-labelledby="today-title"] .source').first()).toContainText(
      '关于办理2022年度城乡居民基本医疗保险参保缴费事宜的公告》（官方通知转载）',
    );

    const year = page.getByLabel('年度');
    const category = page.getByLabel('类别');
    const answer = page.locator('[data-answer="standard"]');
    await expect(year).toHaveValue('2027');
    await expect(answer).toContainText('2027年度的缴费标准尚未收录');
    await expect(answer).not.toContainText('元/年');

    await year.selectOption({ label: '2026年度' });
    await category.selectOption({ label: '学生儿童' });
    await expect(answer).toContainText('2026年度学生儿童个人缴费：435元/年');
    await expect(answer).toContainText('非官方来源，仅供参考');

    await year.selectOption('2024');
    await category.selectOption({ label: '劳动年龄内居民' });
    await expect(answer).toContainText('695元/年');
    await expect(answer).toContainText('财政补助：2325元/年；合计：3020元/年');
    await expect(answer).toContainText('北京市医疗保障局 2023-11-14');

    const payOn = page.locator('[data-answer="pay-on-date"]');
    await expect(payOn).toContainText('很可能是2027年度');
    await expect(payOn).toContainText('如果是补缴2026年度');
    await expect(payOn).toContainText('超出2026年度，这一年度的待遇无法享受');
    await page.getByLabel('缴费日期').fill('2026-12-15');
    await expect(payOn).toContainText('这天是银行批量扣款日');
    await expect(payOn).toContainText('可以缴费，请在当天15:00前完成');

    await expect(page.locator('section[aria-labelledby="pay-on-title"] .source').first()).toContainText('依据：');
    await expect(page.locator('[data-answer="channels"]')).toContainText(
      '2027年度的缴费渠道尚未收录；2026年度的渠道是京通小程序',
    );
    await expect(page.locator('section[aria-labelledby="contacts-title"] .source').first()).toContainText(
      '非官方来源，仅供参考',
    );
    await expect(page.locator('[data-answer="hotlines"]')).toContainText('12366：税务渠道缴费');
    expect(offline(browser)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('2024-12-16: window open, 2025年度 period ahead; 2023-12-18 is an announced batch-debit day', async () => {
  for (const [beijing, expectations] of [
    [
      '2024-12-16 10:00',
      {
        'payment-window': '可以缴费，请在今天15:00前完成',
        enrolment: '2025年度的集中参保期从2024年12月30日（周一）开始',
      },
    ],
    [
      '2023-12-18 10:00',
      {
        'batch-debit': '今天是银行批量扣款日',
        enrolment: ['自行缴费最后机会：2024年1月19日（周五）15:00前', '2024年1月31日（周三）结束（还剩45天，含今天）'],
      },
    ],
  ] as const) {
    const browser = await launchBrowser({ beijing });
    try {
      const page = await openPopup(browser);
      for (const [answer, texts] of Object.entries(expectations))
        for (const text of [texts].flat()) await expect(page.locator(`[data-answer="${answer}"]`)).toContainText(text);
      // Both days a payment counts for 2024年度: late in one case, inside the period in the other.
      await expect(page.getByLabel('年度')).toHaveValue('2024');
    } finally {
      await browser.close();
    }
  }
});

test('broken IndexedDB: one line says so and every answer still comes from the bundled pack', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00', brokenIndexedDb: true });
  try {
    const page = await openPopup(browser);
    await expect(page.locator('[data-cache="unavailable"]')).toContainText('本地缓存不可用');
    await expect(page.locator('[data-answer="payment-window"]')).toContainText('可以缴费');
    await page.getByLabel('年度').selectOption('2024');
    await expect(page.locator('[data-answer="standard"]')).toContainText('400元/年');
  } finally {
    await browser.close();
  }
});

test('large text and keyboard only: the setting persists, every control is reachable', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  try {
    const page = await openPopup(browser);
    const largeText = page.getByRole('button', { name: '大字' });
    await largeText.focus();
    await page.keyboard.press('Enter');
    await expect(largeText).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('button', { name: '大字' })).toHaveAttribute('aria-pressed', 'true');
    const bodySize = await page
      .locator('[data-answer="payment-window"]')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(24);

    // Tab alone reaches every control, in reading order.
    const reached: string[] = [];
    while (reached.length < 15 && reached.at(-1) !== 'A:管理政策数据') {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
          const label = el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim();
          return `${el.tagName}:${label}`;
        }),
      );
    }
    // The date field takes one Tab per part (year, month, day, picker).
    expect(reached.filter((stop, i) => stop !== reached[i - 1])).toEqual([
      'BUTTON:大字',
      'BUTTON:家庭缴费计划',
      'SELECT:年度',
      'SELECT:类别',
      'INPUT:缴费日期',
      'BUTTON:下载日历文件（.ics）',
      'A:打印帮办清单',
      'BUTTON:复制问题报告',
      'A:管理政策数据',
    ]);
    const yearSelect = page.getByLabel('年度');
    await yearSelect.focus();
    await page.keyboard.press('ArrowDown');
    await expect(yearSelect).toHaveValue('2023');
  } finally {
    await browser.close();
  }
});

test('options page: a valid newer pack is imported and used; a malformed one is rejected whole', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  const good = join(tmpdir(), 'yibao-pack-good.json');
  const bad = join(tmpdir(), 'yibao-pack-bad.json');
  await writeFile(good, newerPack('2099.1.1'));
  await writeFile(bad, newerPack('2099.2.2').replace('北京市医疗保障局', '<img src=x onerror=alert(1)>'));
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const picker = options.getByLabel('选择政策数据包文件（JSON）');
    await picker.setInputFiles(bad);
    await expect(options.getByRole('alert')).toContainText('没有导入，当前数据保持不变');
    await expect(options.getByRole('alert')).toContainText('网页标记或脚本');
    await expect(options.locator('img')).toHaveCount(0);
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', /^2026\./);

    await picker.setInputFiles(good);
    // Every import is confirmed first; until then nothing changes.
    await expect(options.locator('[data-confirm="import"]')).toContainText('未经本助手核实');
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', /^2026\./);
    await options.getByRole('button', { name: '确认导入' }).click();
    await expect(options.getByRole('status')).toContainText('已导入政策数据包，版本 2099.1.1');
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', '2099.1.1');

    const popup = await openPopup(browser);
    await expect(popup.locator('footer')).toContainText('数据版本 2099.1.1（导入，未验证）');

    await options.getByRole('button', { name: '恢复为内置数据' }).click();
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', /^2026\./);
  } finally {
    await browser.close();
  }
});
