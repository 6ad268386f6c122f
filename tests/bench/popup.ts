/**
 * Popup: from navigation start to the first answer painted (the `yibao:first-answer` mark), over repeated
 * opens in real Chromium with the built extension; and the popup bundle's size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './run';
import { EXTENSION_DIR, launchBrowser } from '../e2e/browser';

const OPENS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function bench(): Promise<BenchResult[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    const page = await browser.context.newPage();
    for (let i = 0; i < OPENS + 1; i++) {
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      // No named functions inside page callbacks: tsx would wrap them in a helper the page does not have.
      await page.waitForFunction(() => performance.getEntriesByName('yibao:first-answer').length > 0, undefined, { polling: 5 });
      const time = await page.evaluate(() => performance.getEntriesByName('yibao:first-answer')[0].startTime);
      if (i > 0) times.push(time); // the first open also seeds the cache
    }
  } finally {
    await browser.close();
  }
  // Everything popup.html loads up front (module script, preloads, stylesheet); lazy chunks are not counted.
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => join(EXTENSION_DIR, m[1]));
  const bytes = [Buffer.from(html), ...assets.map((file) => readFileSync(file))];
  return [
    { name: `popup open → first answer painted (median of ${OPENS})`, value: median(times), unit: 'ms', target: '≤ 150 ms' },
    { name: 'popup open → first answer painted (slowest)', value: Math.max(...times), unit: 'ms' },
    { name: 'popup bundle loaded on open (html, js, css), raw', value: bytes.reduce((n, b) => n + b.length, 0) / 1024, unit: 'KB' },
    { name: 'popup bundle loaded on open (html, js, css), gzip', value: bytes.reduce((n, b) => n + gzipSync(b).length, 0) / 1024, unit: 'KB' },
  ];
}
