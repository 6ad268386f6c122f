/**
 * The leak-test build: the release Chrome configuration (wxt.config.ts) in mode `leak`, with the live counts
 * (live-counts.ts) put first in the content script. Its own output folder; release builds never contain it.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { build } from 'wxt';

const LIVE_COUNTS = fileURLToPath(new URL('./live-counts.ts', import.meta.url));
export const LEAK_BUILD_DIR = resolve('.output', 'chrome-mv3-leak');

function liveCounts(): Plugin {
  return {
    name: 'yibao-live-counts',
    enforce: 'pre',
    transform(code, id, options) {
      // WXT also imports entrypoints in Node (SSR) to read their options; only the browser bundle is counted.
      if (options?.ssr || !/entrypoints\/page-helper\.ts$/.test(id)) return null;
      return { code: `import ${JSON.stringify(LIVE_COUNTS)};\n${code}`, map: null };
    },
  };
}

export async function buildLeakTest(): Promise<string> {
  await build({
    browser: 'chrome',
    mode: 'leak',
    logger: { ...console, debug() {}, info() {}, log() {}, success() {} } as never,
    outDirTemplate: 'chrome-mv3-leak',
    vite: () => ({ plugins: [liveCounts()] }),
  });
  return LEAK_BUILD_DIR;
}
