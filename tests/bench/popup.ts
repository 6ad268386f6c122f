/**
 * Popup: from navigation start to the first answer painted (the `yibao:first-answer` mark), over repeated
 * opens in real Chromium with the built extension (its size is in sizes.ts).
 */
import type { BenchResult } from './run';
import { median } from './stats';
import { launchBrowser } from '../e2e/browser';

const OPENS = 15;

export async function bench(): Promise<BenchResult[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    const page = await browser.context.newPage();
    for (let i = 0; i < OPENS + 1; i++) {
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      // Hands off while the popup renders (polling every few ms would slow it), then check for the mark.
      // No named functions inside page callbacks: tsx would wrap them in a helper the page does not have.
      await page.waitForTimeout(300);
      await page.waitForFunction(() => performance.getEntriesByName('yibao:first-answer').length > 0, undefined, {
        polling: 100,
      });
      const time = await page.evaluate(() => performance.getEntriesByName('yibao:first-answer')[0].startTime);
      if (i > 0) times.push(time); // the first open also seeds the cache
    }
  } finally {
    await browser.close();
  }
  return [
    {
      name: `popup open → first answer painted (median of ${OPENS})`,
      value: median(times),
      unit: 'ms',
      target: '≤ 150 ms',
    },
    { name: 'popup open → first answer painted (slowest)', value: Math.max(...times), unit: 'ms' },
  ];
}
