/**
 * The release Firefox build in Firefox ESR in a 390 px wide window (not GeckoView: README, "Firefox for Android"):
 * the one-line bar at the bottom covering no control, the sheet over at most 60 % of the window with its
 * 非官方提示 header, text 16 px and source lines 14 px, and typing in a field hides it until the field is left.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefox } from './firefox/launch';
import { PHONE_SHOTS } from './phone-layout';
import { replicaPage } from '../replicas/pages';

const RELEASE_DIR = '.output/firefox-mv3';

/** The panel's box, the page controls it lies over, and its texts' font sizes (no zoom at 390 px wide). */
function panelLayout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('yibao-helper')!.shadowRoot!;
    const panel = root.querySelector('.panel')!;
    const r = panel.getBoundingClientRect();
    const ours = [...root.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0);
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const covered = [...document.querySelectorAll('body input, body select, body button')]
      .filter((c) => c.checkVisibility() && ours.some((b) => overlaps(b, c.getBoundingClientRect())))
      .map((c) => (c as HTMLInputElement).name || c.textContent);
    const texts = [...root.querySelectorAll('*')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 1)
      .map((e) => ({
        px: Number.parseFloat(getComputedStyle(e).fontSize),
        source: !!e.closest('.source, .disclaimer, .data-date'),
      }));
    return {
      visible: panel.checkVisibility(),
      classes: panel.className,
      gapBelow: Math.round(innerHeight - r.bottom),
      share: r.height / innerHeight,
      covered,
      small: texts.filter((t) => t.px < (t.source ? 14 : 16)),
      sources: texts.filter((t) => t.source).length,
    };
  });
}

test('firefox ESR, 390 px wide: the bar, the sheet, the font floors, and typing hides it', async () => {
  mkdirSync(PHONE_SHOTS, { recursive: true });
  const firefox = await launchFirefox({ extensionDir: RELEASE_DIR });
  try {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(replicaPage('bjt-social-fee').url);
    await page.waitForSelector('yibao-helper >>> .panel.narrow.dock-bottom');
    await new Promise((done) => setTimeout(done, 300));
    const bar = await panelLayout(page);
    expect(bar).toMatchObject({ visible: true, gapBelow: 8, covered: [], small: [] });

    await (await page.waitForSelector('yibao-helper >>> button.toggle'))!.click();
    await page.waitForSelector('yibao-helper >>> .panel.sheet');
    const header = await page.$eval('yibao-helper >>> h2', (h) => h.textContent);
    expect(header).toBe('医保缴费助手（非官方提示）');
    const sheet = await panelLayout(page);
    expect(sheet).toMatchObject({ visible: true, gapBelow: 8, small: [] });
    expect(sheet.share).toBeLessThanOrEqual(0.6);
    expect(sheet.sources).toBeGreaterThan(0);
    await page.screenshot({ path: `${PHONE_SHOTS}/firefox-sheet.png` });

    await page.focus('form input');
    await page.waitForFunction(
      () => !document.querySelector('yibao-helper')!.shadowRoot!.querySelector('.panel')!.checkVisibility(),
    );
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.waitForSelector('yibao-helper >>> .panel.sheet', { visible: true });
    await page.close();
  } finally {
    await firefox.close();
  }
});
