/**
 * Sizes of the built artefacts (`npm run build` first): the userscript and, for chrome-mv3, what each part of
 * the extension loads: content script, popup (its HTML and every script and style it references) and
 * background. Raw bytes and gzip (level 9), in kB (1000 bytes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './run';

const CHROME = '.output/chrome-mv3';
const USERSCRIPT = '.output/userscript/yibao-helper.user.js';
const TARGET_KB = { userscript: 20, contentScript: 16, popup: 50, background: 50 };

function read(path: string): Buffer {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return readFileSync(path);
}

/** An HTML page and the same-extension files its <script src> and <link href> load. */
function pageFiles(dir: string, html: string): Buffer[] {
  const page = read(join(dir, html));
  const refs = [...page.toString('utf8').matchAll(/\s(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
  return [page, ...refs.map((ref) => read(join(dir, ref)))];
}

function sizes(name: string, files: Buffer[], gzipTarget?: number): BenchResult[] {
  const kb = (bytes: number) => bytes / 1000;
  return [
    { name: `${name} raw`, value: kb(files.reduce((sum, f) => sum + f.length, 0)), unit: 'kB' },
    {
      name: `${name} gzip`,
      value: kb(files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0)),
      unit: 'kB',
      ...(gzipTarget !== undefined && { target: `≤ ${gzipTarget} kB` }),
    },
  ];
}

export async function bench(): Promise<BenchResult[]> {
  return [
    ...sizes('userscript', [read(USERSCRIPT)], TARGET_KB.userscript),
    ...sizes('chrome-mv3 payment-page content script', [read(join(CHROME, 'page-helper.js'))], TARGET_KB.contentScript),
    ...sizes('chrome-mv3 popup', pageFiles(CHROME, 'popup.html'), TARGET_KB.popup),
    ...sizes('chrome-mv3 background', [read(join(CHROME, 'background.js'))], TARGET_KB.background),
  ];
}
