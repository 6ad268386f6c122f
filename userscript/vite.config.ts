/**
 * Builds the userscript from the same source as the extension: `#platform` points at the userscript's
 * platform services, @match comes from the one list of official sites, the policy data are bundled.
 *
 *   npx vite build -c userscript/vite.config.ts   →   .output/userscript/yibao-helper.user.js
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import monkey from 'vite-plugin-monkey';
import { allMatchPatterns } from '../utils/official-sites';

const root = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string; license: string };

const USERSCRIPT_FILE = 'yibao-helper.user.js';

export default defineConfig({
  root,
  resolve: {
    alias: {
      '@': root,
      '#platform': resolve(root, 'utils/platform/userscript.ts'),
    },
  },
  // public/ holds the extension's files (the household reminder's icon): none of them belongs beside a userscript.
  publicDir: false,
  build: {
    outDir: resolve(root, '.output/userscript'),
    emptyOutDir: true,
    // Whitespace only: names and structure stay as written, so the file remains reviewable once pretty-printed,
    // and names kept cost about 5 kB gzip of the payment pages' code (mangled: 27.0 kB instead of 32.0 on
    // 2026-12-01; compressed without mangling: 31.6). The notice reader (issue 18) adds about 16 KB gzip, the one
    // file carrying both (a separate notice userscript would keep it off the payment pages).
    minify: 'oxc',
    rolldownOptions: { output: { minify: { mangle: false, compress: false, codegen: { removeWhitespace: true } } } },
  },
  plugins: [
    monkey({
      entry: 'userscript/main.ts',
      userscript: {
        name: { '': '医保缴费助手·北京', en: 'Yibao Helper: Beijing resident medical insurance payments' },
        description: {
          '': '在北京城乡居民医保缴费的官方页面旁显示缴费时间、截止日期等提示。不联网，不收集任何信息。',
          en: 'Tips beside the official Beijing resident medical insurance payment pages. No network requests, no data collection.',
        },
        namespace: 'https://yibao-helper.invalid/',
        version: pkg.version,
        license: pkg.license,
        match: allMatchPatterns,
        // Same moment as the extension's content script (document_start); in frames too, where the manager runs
        // it there (content/frames-same-origin.ts).
        'run-at': 'document-start',
        // Settings and saved notices in the manager's storage, and a menu command to remove a saved notice.
        grant: ['GM.getValue', 'GM.setValue', 'GM.registerMenuCommand'],
      },
      build: { fileName: USERSCRIPT_FILE, autoGrant: false },
    }),
  ],
});
