/**
 * A policy pack is a file someone sends: nothing in it may decide whom a user calls or where they go. In real
 * Chromium with the built extension: packs that plant a hotline, a channel name and URLs are imported (after the
 * confirmation every import asks for), and the popup, the checklist and the options page never show the planted
 * text, keep the bundled hotlines and say that the pack in force is imported; a pack whose note carries a phone
 * number is refused, naming the field and never the number.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { plantedPacks, PLANTED } from '../support/planted-packs';

const IMPORTED_LABEL = '正在使用导入的数据包（未验证）';

async function openOptions(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.locator('[data-active-pack]')).toBeVisible();
  return page;
}

async function packFile(name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `yibao-trust-${name}.json`);
  await writeFile(path, text);
  return path;
}

/** Chooses the file and, if the page asks, confirms: the confirmation itself is asserted in its own test. */
async function importFile(options: Page, path: string, text: string): Promise<void> {
  await options.getByLabel('选择政策数据包文件（JSON）').setInputFiles(path);
  const confirm = options.getByRole('button', { name: '确认导入' });
  // A result for this very pack (an earlier import's result may still be on the page).
  const done = options
    .getByRole('status')
    .filter({ hasText: JSON.parse(text).version })
    .or(options.getByRole('alert'));
  await expect(confirm.or(done).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
}

async function importPack(options: Page, name: keyof typeof plantedPacks): Promise<void> {
  await importFile(options, await packFile(name, plantedPacks[name]), plantedPacks[name]);
}

/** The new lines are readable by everyone: WCAG 2.x A/AA as axe checks it. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** Everything a page holds: text, attributes, link targets. */
const wholePage = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

function expectNothingPlanted(html: string, where: string): void {
  for (const planted of Object.values(PLANTED))
    expect(html, `${where} shows planted text ${planted}`).not.toContain(planted);
}

test('planted hotline, channel name and URLs are never shown; the pack in force is labelled; the bundled hotlines stay', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  try {
    const options = await openOptions(browser);
    await importPack(options, 'contacts');
    await expect(options.getByRole('status')).toContainText('已导入政策数据包');
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', '2099.1.4');

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-answer="hotlines"]')).toContainText('12366');
    expectNothingPlanted(await wholePage(popup), 'popup');
    await expect(popup.locator('[data-answer="hotlines"]')).toContainText('12333');
    await expect(popup.locator('[data-answer="hotlines"]')).toContainText('4007112366');
    await expect(popup.locator('[data-answer="channels"]')).toContainText('北京市电子税务局');
    await expect(popup.locator('[data-pack-origin="imported"]')).toContainText(IMPORTED_LABEL);
    // The label is the popup's first line, above every answer.
    const labelTop = await popup
      .locator('[data-pack-origin="imported"]')
      .evaluate((el) => el.getBoundingClientRect().top);
    const firstAnswerTop = await popup
      .locator('[data-answer]')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(labelTop).toBeLessThan(firstAnswerTop);
    expect(await axeViolations(popup)).toEqual([]);

    for (const year of [2024, 2025]) {
      const checklist = await browser.context.newPage();
      await checklist.goto(`chrome-extension://${browser.extensionId}/checklist.html?year=${year}`);
      await expect(checklist.locator('html[data-ready="true"]')).toHaveCount(1);
      expectNothingPlanted(await wholePage(checklist), `checklist ${year}`);
      await expect(checklist.locator('main')).toContainText('12333');
      await expect(checklist.locator('[data-pack-origin="imported"]')).toContainText(IMPORTED_LABEL);
      await checklist.close();
    }

    await options.locator('details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    expectNothingPlanted(await wholePage(options), 'options page');
    await expect(options.locator('[data-active-pack]')).toContainText('网址未核实');
    await expect(options.locator('[data-pack-origin="imported"]').first()).toContainText(IMPORTED_LABEL);
    for (const field of ['咨询电话', '缴费渠道', '来源网址'])
      await expect(options.getByRole('status')).toContainText(field);
    expect(await axeViolations(options)).toEqual([]);

    // One planted field at a time: the result names the field it ignored, never the planted value.
    for (const [name, field, others] of [
      ['hotline', '咨询电话', ['缴费渠道', '来源网址']],
      ['channel', '缴费渠道', ['咨询电话', '来源网址']],
      // A channel's own address is part of the channel.
      ['url', '来源网址', ['咨询电话']],
    ] as const) {
      await importPack(options, name);
      await expect(options.getByRole('status')).toContainText('已导入政策数据包');
      await expect(options.getByRole('status')).toContainText(field);
      for (const other of others) await expect(options.getByRole('status')).not.toContainText(other);
      expectNothingPlanted(await wholePage(options), `options page after the ${name} pack`);
      await popup.reload();
      await expect(popup.locator('[data-answer="hotlines"]')).toContainText('12333');
      expectNothingPlanted(await wholePage(popup), `popup after the ${name} pack`);
    }

    // Back to the bundled pack: no label anywhere.
    await options.getByRole('button', { name: '恢复为内置数据' }).click();
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', /^2026\./);
    await expect(options.locator('[data-pack-origin="imported"]')).toHaveCount(0);
    await popup.reload();
    await expect(popup.locator('[data-answer="hotlines"]')).toContainText('12333');
    await expect(popup.locator('[data-pack-origin="imported"]')).toHaveCount(0);
    await expect(popup.locator('body')).not.toContainText('导入');
  } finally {
    await browser.close();
  }
});

test('every import asks first, in plain words; cancelling keeps the pack in force', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  try {
    const options = await openOptions(browser);
    await options
      .getByLabel('选择政策数据包文件（JSON）')
      .setInputFiles(await packFile('contacts', plantedPacks.contacts));
    const ask = options.locator('[data-confirm="import"]');
    await expect(ask).toContainText('未经本助手核实');
    await expect(ask).toContainText('数字没有经过核对');
    await expect(ask).toContainText('电话号码、缴费渠道和网址不会被使用');
    await expect(ask).not.toContainText('不比当前使用的');
    expectNothingPlanted(await wholePage(options), 'confirmation');
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: '取消' }).click();
    await expect(ask).toHaveCount(0);
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', /^2026\./);
    await expect(options.locator('[data-pack-origin="imported"]')).toHaveCount(0);

    // An older pack than the one in force: the same confirmation also says so.
    await importPack(options, 'contacts');
    await options
      .getByLabel('选择政策数据包文件（JSON）')
      .setInputFiles(await packFile('hotline', plantedPacks.hotline));
    await expect(ask).toContainText('未经本助手核实');
    await expect(ask).toContainText('这个数据包的版本（2099.1.1）不比当前使用的（2099.1.4）新');
  } finally {
    await browser.close();
  }
});

test('a note carrying a phone number is refused whole, naming the field and not the number', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  try {
    const options = await openOptions(browser);
    await importPack(options, 'note');
    const alert = options.getByRole('alert');
    await expect(alert).toContainText('没有导入，当前数据保持不变');
    await expect(alert).toContainText('parameters.enrolmentPeriod.values.0.reference.note');
    await expect(alert).toContainText('电话号码');
    expect(await wholePage(options)).not.toContain('4006109999');
    await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', /^2026\./);
  } finally {
    await browser.close();
  }
});

test('the background publishes the pack in force to storage.local for content scripts, trust-filtered', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  try {
    const [worker] = browser.context.serviceWorkers();
    const published = () =>
      worker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local
          .get('activePolicyPack')
          .then((stored) => stored.activePolicyPack as { origin: string; version?: string; json?: string } | undefined),
      );
    await expect.poll(async () => (await published())?.origin).toBe('bundled');

    const options = await openOptions(browser);
    await importPack(options, 'contacts');
    await expect(options.getByRole('status')).toContainText('已导入政策数据包');
    await expect.poll(async () => (await published())?.origin).toBe('imported');
    const record = await published();
    expect(record?.version).toBe('2099.1.4');
    expect(record?.json).toContain('12333');
    expectNothingPlanted(JSON.stringify(record), 'storage.local');

    await options.getByRole('button', { name: '恢复为内置数据' }).click();
    await expect.poll(async () => (await published())?.origin).toBe('bundled');
  } finally {
    await browser.close();
  }
});
