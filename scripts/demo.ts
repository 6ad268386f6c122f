/**
 * The demo: the built extension in Chromium on our replicas of the official pages, served under their real
 * hostnames. With a display the browser opens for you; without one, screenshots are written and listed, then the
 * userscript takes its turn in a browser without the extension, through the e2e tests' manager
 * (tests/e2e/userscript/manager.ts): it saves a notice replica and answers from it on the e-tax page.
 *
 *   npm run demo                      (today, Beijing time)
 *   DEMO_BEIJING="2024-12-16 10:00" npm run demo   (pin the clock with libfaketime)
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startReplicaServer } from '../tests/replicas/server.mjs';

const { port } = await startReplicaServer(0);
process.env.REPLICA_PORT = String(port);
const { launchBrowser } = await import('../tests/e2e/browser');
const { replicaPages } = await import('../tests/replicas/pages');
const { installUserscript } = await import('../tests/e2e/userscript/manager');

const beijing = process.env.DEMO_BEIJING;
const headed = Boolean(process.env.DISPLAY);
const browser = await launchBrowser({ beijing, headless: !headed, timeZone: process.env.TZ ?? 'America/Los_Angeles' });
const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;

if (headed) {
  for (const replica of replicaPages) await (await browser.context.newPage()).goto(replica.url);
  await (await browser.context.newPage()).goto(popupUrl);
  console.log(
    `Chromium is open with yibao-helper on ${replicaPages.length} replica page(s) and the popup. Close it to end.`,
  );
  await new Promise((done) => browser.context.on('close', done));
  process.exit(0);
}

const outDir = resolve('demo-screenshots');
await mkdir(outDir, { recursive: true });
const shots: string[] = [];
const ready = (page: Page) =>
  page
    .locator('yibao-helper section')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {});
const largeText = (page: Page) => page.locator('yibao-helper button[aria-pressed]');
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300);
  const path = `${outDir}/${name}.png`;
  await page.screenshot({ path });
  shots.push(path);
};

// Large text is a remembered setting: switch it on for the second shot and off again for the next page.
for (const replica of replicaPages) {
  const page = await browser.context.newPage();
  await page.goto(replica.url);
  await ready(page);
  await shot(page, replica.kind);
  if (await largeText(page).count()) {
    await largeText(page).click();
    await shot(page, `${replica.kind}-large-text`);
    await largeText(page).click();
  }
  await page.close();
}
const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 420, height: 600 });
await popup.goto(popupUrl);
await popup.locator('[data-answer="standard"]').waitFor();
shots.push(`${outDir}/popup.png`);
await popup.screenshot({ path: `${outDir}/popup.png`, fullPage: true });
await popup.getByRole('button', { name: '大字' }).click();
shots.push(`${outDir}/popup-large-text.png`);
await popup.screenshot({ path: `${outDir}/popup-large-text.png`, fullPage: true });

await browser.close();

// The userscript: it reads a notice replica (a 2027年度 notice; its figures are invented), saves it in GM storage and
// answers 2027 from it on the e-tax page.
const NOTICE = 'http://ybj.beijing.gov.cn/tzgg2022/202611/t20261116_4412001.html';
const ETAX = replicaPages.find((replica) => replica.kind === 'etax-social-fee')?.url ?? replicaPages[0].url;
const withUserscript = await launchBrowser({
  beijing,
  extension: null,
  timeZone: process.env.TZ ?? 'America/Los_Angeles',
});
await installUserscript(withUserscript.context);
const notice = await withUserscript.context.newPage();
await notice.goto(NOTICE);
await ready(notice);
await shot(notice, 'userscript-notice');
await notice
  .locator('yibao-helper [data-tip="notice-reader"] button.save')
  .click({ timeout: 5000 })
  .catch(() => {});
await shot(notice, 'userscript-notice-saved');
const etax = await withUserscript.context.newPage();
await etax.goto(ETAX);
await ready(etax);
await shot(etax, 'userscript-etax');
await withUserscript.close();

console.log(`No display: wrote ${shots.length} screenshots${beijing ? ` (Beijing time pinned to ${beijing})` : ''}:`);
for (const shot of shots) console.log(`  ${shot}`);
process.exit(0);
