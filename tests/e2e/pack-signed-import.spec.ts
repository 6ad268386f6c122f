/**
 * Signed packs, end to end in real Chromium: a throwaway key made by this run signs the bundled book with the real
 * `npm run pack`; an e2e build (`--mode e2e`, the key's public half in YIBAO_TEST_PACK_KEY) trusts it. The pack
 * picked together with its `.sig.json` is imported as 已验证（项目发布） (options, popup, and the record content
 * scripts read); the same pack with one changed byte is imported 未验证, under the rules for unsigned packs.
 * The release build never trusts this key: tests/e2e/pack-keys-build.spec.ts.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'wxt';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { makeSignedPack, withTestPackKey } from './signed-pack';

const OUT_DIR_TEMPLATE = 'chrome-mv3-signed-e2e';
const EXTENSION = resolve('.output', OUT_DIR_TEMPLATE);

let work: string;
let packPath: string;
let signaturePath: string;
let packText: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  let publicKey: string;
  ({ work, packPath, signaturePath, packText, publicKey } = await makeSignedPack());
  await withTestPackKey(publicKey, () =>
    build({
      mode: 'e2e',
      logger: { ...console, debug() {}, info() {}, log() {}, success() {} } as never,
      outDirTemplate: OUT_DIR_TEMPLATE,
    }),
  );
});

test.afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function openOptions(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.locator('[data-active-pack]')).toBeVisible();
  return page;
}

/** Picks the files together, as a user does in one file dialog, and confirms. */
async function importFiles(options: Page, files: string[], signature: string): Promise<void> {
  await options.getByLabel('选择政策数据包文件（JSON）').setInputFiles(files);
  const ask = options.locator('[data-confirm="import"]');
  await expect(ask).toHaveAttribute('data-signature', signature);
  await options.getByRole('button', { name: '确认导入' }).click();
  await expect(options.getByRole('status')).toContainText('已导入政策数据包');
}

const publishedOrigin = (browser: LaunchedBrowser) =>
  browser.context.serviceWorkers()[0]!.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, { origin?: string } | undefined>> } } };
      }
    ).chrome.storage.local
      .get('activePolicyPack')
      .then((stored) => stored.activePolicyPack?.origin),
  );

test('the pack with its .sig.json: 已验证（项目发布） in options and popup, published as signed', async () => {
  const browser = await launchBrowser({ beijing: '2026-12-01 10:00', extension: EXTENSION });
  try {
    const options = await openOptions(browser);
    // Picked in either order: the signature is told by its content.
    await importFiles(options, [signaturePath, packPath], 'verified');
    await expect(options.getByRole('status')).toContainText('已验证（项目发布）');
    await expect(options.locator('[data-pack-origin="signed"]')).toContainText('已验证（项目发布）');
    await expect(options.locator('[data-pack-origin="imported"]')).toHaveCount(0);
    await expect.poll(() => publishedOrigin(browser)).toBe('signed');

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-pack-origin="signed"]')).toContainText('已验证（项目发布）');
    await expect(popup.locator('footer')).toContainText('已验证（项目发布）');
    await popup.screenshot({ path: '/work/wt/shots/packs/popup-signed-pack.png', fullPage: true });
    await options.screenshot({ path: '/work/wt/shots/packs/options-signed-pack.png', fullPage: true });
  } finally {
    await browser.close();
  }
});

test('one changed byte: the same files are 未验证 and the unsigned-pack rules apply', async () => {
  const browser = await launchBrowser({ beijing: '2026-12-01 10:00', extension: EXTENSION });
  try {
    // One digit of the version changed: a valid pack, one byte different from what was signed.
    const changed = packText.replace(/"version": "(\d+)/, (_, year: string) => `"version": "${Number(year) + 1}`);
    expect(changed.length).toBe(packText.length);
    expect([...changed].filter((char, i) => char !== packText[i])).toHaveLength(1);
    const changedPath = join(work, 'changed.json');
    await writeFile(changedPath, changed);

    const options = await openOptions(browser);
    await importFiles(options, [changedPath, signaturePath], 'bad-signature');
    await expect(options.getByRole('status')).toContainText('未验证：签名与文件内容不符');
    await expect(options.locator('[data-pack-origin="imported"]')).toContainText('未验证');
    await expect(options.locator('[data-pack-origin="signed"]')).toHaveCount(0);
    await expect.poll(() => publishedOrigin(browser)).toBe('imported');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-pack-origin="imported"]')).toContainText('未验证');
    await expect(popup.locator('[data-pack-origin="signed"]')).toHaveCount(0);

    // The pack alone, no signature: 未验证 too, and the page says why.
    await importFiles(options, [packPath], 'unsigned');
    await expect(options.getByRole('status')).toContainText('未验证：没有选签名文件');
  } finally {
    await browser.close();
  }
});
