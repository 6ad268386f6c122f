import { writeFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { launchBrowser } from './browser';
import { plantedPacks } from '../support/planted-packs';
const OUT = '/work/wt/shots/trust';
test('shots', async () => {
  const browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
  try {
    await writeFile('/tmp/trust-contacts.json', plantedPacks.contacts);
    await writeFile('/tmp/trust-note.json', plantedPacks.note);
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('选择政策数据包文件（JSON）').setInputFiles('/tmp/trust-contacts.json');
    await expect(options.locator('[data-confirm="import"]')).toBeVisible();
    await options.screenshot({ path: `${OUT}/options-confirm-desktop.png`, fullPage: true });
    await options.getByRole('button', { name: '确认导入' }).click();
    await expect(options.getByRole('status')).toBeVisible();
    await options.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await options.screenshot({ path: `${OUT}/options-imported-desktop.png`, fullPage: true });
    await options.setViewportSize({ width: 390, height: 844 });
    await options.screenshot({ path: `${OUT}/options-imported-phone.png` });
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.getByLabel('选择政策数据包文件（JSON）').setInputFiles('/tmp/trust-note.json');
    await expect(options.getByRole('alert')).toBeVisible();
    await options.screenshot({ path: `${OUT}/options-note-rejected-desktop.png`, fullPage: true });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.locator('[data-answer="hotlines"]')).toBeVisible();
    await popup.screenshot({ path: `${OUT}/popup-imported.png`, fullPage: true });
    await popup.setViewportSize({ width: 390, height: 844 });
    await popup.screenshot({ path: `${OUT}/popup-imported-phone.png` });
    const checklist = await browser.context.newPage();
    await checklist.setViewportSize({ width: 1280, height: 900 });
    await checklist.goto(`chrome-extension://${browser.extensionId}/checklist.html?year=2025`);
    await expect(checklist.locator('html[data-ready="true"]')).toHaveCount(1);
    await checklist.screenshot({ path: `${OUT}/checklist-imported.png`, fullPage: true });
  } finally {
    await browser.close();
  }
});
