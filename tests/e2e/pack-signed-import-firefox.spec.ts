/**
 * Signed packs in Firefox ESR (puppeteer-core over WebDriver BiDi; the e2e build with its clock at 2026-12-01 10:00
 * Beijing, trusting a throwaway key made by this run, see signed-pack.ts): the pack picked with its `.sig.json` is
 * imported 已验证（项目发布） on the options page, and the popup and the e-tax panel's footer say so; one changed
 * byte makes the same files 未验证.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { buildFirefoxE2e } from './firefox/build';
import { launchFirefox, type LaunchedFirefox } from './firefox/launch';
import { makeSignedPack, withTestPackKey, type SignedPack } from './signed-pack';

const NOW = '2026-12-01 10:00';
const ETAX = 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';

let signed: SignedPack;
let extensionDir: string;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  signed = await makeSignedPack();
  extensionDir = await withTestPackKey(signed.publicKey, () => buildFirefoxE2e(NOW, { variant: 'signed' }));
});

test.afterAll(async () => {
  if (signed) await rm(signed.work, { recursive: true, force: true });
});

const text = (page: Page, selector: string) =>
  page.waitForSelector(selector, { timeout: 10_000 }).then((found) => found!.evaluate((el) => el.textContent ?? ''));

/** Opens an extension page from the e-tax page (the e2e hook), as BiDi may not navigate to moz-extension:// itself. */
async function openExtensionPage(firefox: LaunchedFirefox, from: Page, name: 'popup' | 'options'): Promise<Page> {
  await from.evaluate((asked) => postMessage({ yibaoE2e: asked }, '*'), `open-${name}`);
  return firefox.findPage(`${firefox.extensionOrigin}${name}.html`);
}

/** Picks the files together, as in one file dialog, waits for the signature verdict, and confirms. */
async function importFiles(options: Page, files: string[], signature: string): Promise<string> {
  const input = await options.waitForSelector('input[type="file"]');
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
  await options.waitForSelector(`[data-confirm="import"][data-signature="${signature}"]`, { timeout: 10_000 });
  const [confirm] = await options.$$('xpath/.//button[contains(., "确认导入")]');
  await confirm!.click();
  await options.waitForFunction(
    () => document.querySelector('[role="status"]')?.textContent?.includes('已导入政策数据包'),
    { timeout: 10_000 },
  );
  return text(options, '[role="status"]');
}

test('firefox: the pack with its .sig.json is 已验证（项目发布） in options, popup and the panel footer', async () => {
  const firefox = await launchFirefox({ extensionDir });
  try {
    const etax = await firefox.browser.newPage();
    await etax.goto(ETAX);
    await etax.waitForSelector('yibao-helper >>> [data-panel="data-date"]', { timeout: 10_000 });
    expect(await text(etax, 'yibao-helper >>> [data-panel="data-date"]')).not.toContain('已验证');

    const options = await openExtensionPage(firefox, etax, 'options');
    // Picked in either order: the signature is told by its content.
    expect(await importFiles(options, [signed.signaturePath, signed.packPath], 'verified')).toContain(
      '已验证（项目发布）',
    );
    expect(await text(options, '[data-pack-origin="signed"]')).toContain('已验证（项目发布）');

    // The open page hears the publication: its footer names the signed pack.
    await etax.waitForFunction(
      () =>
        document
          .querySelector('yibao-helper')
          ?.shadowRoot?.querySelector('[data-panel="data-date"]')
          ?.textContent?.includes('已验证（项目发布）'),
      { timeout: 10_000 },
    );
    const popup = await openExtensionPage(firefox, etax, 'popup');
    expect(await text(popup, '[data-pack-origin="signed"]')).toContain('已验证（项目发布）');
  } finally {
    await firefox.close();
  }
});

test('firefox: one changed byte makes the same files 未验证', async () => {
  const { packText, signaturePath, work } = signed;
  const changed = packText.replace(/"version": "(\d+)/, (_, year: string) => `"version": "${Number(year) + 1}`);
  expect([...changed].filter((char, i) => char !== packText[i])).toHaveLength(1);
  const changedPath = join(work, 'changed-firefox.json');
  await writeFile(changedPath, changed);

  const firefox = await launchFirefox({ extensionDir });
  try {
    const etax = await firefox.browser.newPage();
    await etax.goto(ETAX);
    await etax.waitForSelector('yibao-helper >>> [data-panel="data-date"]', { timeout: 10_000 });
    const options = await openExtensionPage(firefox, etax, 'options');
    expect(await importFiles(options, [changedPath, signaturePath], 'bad-signature')).toContain(
      '未验证：签名与文件内容不符',
    );
    expect(await text(options, '[data-pack-origin="imported"]')).toContain('未验证');
    expect(await options.$('[data-pack-origin="signed"]')).toBeNull();
  } finally {
    await firefox.close();
  }
});
