/**
 * Builds the userscript from the same source as the extension: `#platform` points at the userscript's
 * platform services, @match comes from the one list of official sites, the policy data are bundled. Two editions
 * of one script (`npm run build:userscript` builds both):
 *
 *   vite build -c userscript/vite.config.ts                →  .output/userscript/yibao-helper.user.js
 *       the payment pages only (`matchPatterns`), no notice reader
 *   vite build -c userscript/vite.config.ts --mode notices →  .output/userscript/yibao-helper-notices.user.js
 *       the payment pages and the notice pages (`allMatchPatterns`), with the notice reader
 *
 * Managers keep GM storage per script and never share it between scripts (Tampermonkey, Violentmonkey and
 * Greasemonkey document it so), so a notice reader of its own beside the payment-page script could not hand a saved
 * notice to the payment pages' tips without sending it through the page. The editions are therefore one script to
 * the manager, same @name and @namespace: installing one replaces the other and keeps its storage (settings and
 * saved notices), and a tab never gets two panels.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import monkey from 'vite-plugin-monkey';
import { allMatchPatterns, matchPatterns } from '../utils/official-sites';

const root = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string; license: string };

const editions = {
  payment: {
    entry: 'userscript/main.ts',
    fileName: 'yibao-helper.user.js',
    match: matchPatterns,
    description: '在北京城乡居民医保缴费的官方页面旁显示缴费时间、截止日期等提示。',
    descriptionEn: 'Tips beside the official Beijing resident medical insurance payment pages.',
  },
  notices: {
    entry: 'userscript/main-with-notices.ts',
    fileName: 'yibao-helper-notices.user.js',
    match: allMatchPatterns,
    description:
      '在北京城乡居民医保缴费的官方页面旁显示缴费时间、截止日期等提示；含通知读取：在医保局、税务局的年度参保缴费通知页面上读出并保存新年度的时间和金额。',
    descriptionEn:
      'Tips beside the official Beijing resident medical insurance payment pages, and the reader of the yearly official notices.',
  },
};

/**
 * The payment-page edition by default; `--mode notices` for the edition with the notice reader. For
 * scripts/size-breakdown.ts, `--mode sizes` / `notices-sizes` build the same code with source maps into
 * `.output/userscript-sizes`, and `USERSCRIPT_MANGLE=1` mangles names there (to measure what names cost).
 */
export default defineConfig(({ mode }) => {
  const edition = mode.startsWith('notices') ? editions.notices : editions.payment;
  const sizes = mode.endsWith('sizes');
  const mangle = sizes && process.env.USERSCRIPT_MANGLE === '1';
  return {
    root,
    resolve: {
      alias: {
        '@': root,
        '#platform': resolve(root, 'utils/platform/userscript.ts'),
      },
    },
    // The payment-page edition's year-not-covered tip names the edition that reads notices (answers/phrases.ts).
    define: { __NOTICE_READER_ELSEWHERE__: JSON.stringify(edition === editions.payment) },
    // public/ holds the extension's files (the household reminder's icon): none of them belongs beside a userscript.
    publicDir: false,
    build: {
      outDir: resolve(root, sizes ? '.output/userscript-sizes' : '.output/userscript'),
      sourcemap: sizes,
      // The first build (the payment-page edition) clears the folder; the second adds its file beside it.
      emptyOutDir: edition === editions.payment,
      // Not minified: the code as bundled, names, whitespace and line breaks kept, so the people who install it can
      // read it in their manager before they do (Greasy Fork's rule for bundled scripts, too). Measured on 2026-12-01
      // (payment-page edition, gzip): 38.0 kB as shipped, 35.0 with whitespace removed (one line of 109 kB, readable
      // only once pretty-printed), 29.6 with names mangled, 29.4 also compressed: none reaches the 20 kB target,
      // and only mangling comes near it (README, "Speed and size"). `USERSCRIPT_MANGLE=1` mangles the size build.
      minify: mangle ? 'oxc' : false,
      rolldownOptions: {
        // The size build bundles the entry itself: the monkey plugin, which only adds the header and the wrapper,
        // drops source maps.
        ...(sizes && { input: resolve(root, edition.entry) }),
        output: {
          // As the monkey plugin writes it: an IIFE without comments.
          ...(sizes && { format: 'iife' as const, entryFileNames: edition.fileName, comments: false, strict: false }),
          ...(mangle && { minify: { mangle: true, compress: false, codegen: { removeWhitespace: true } } }),
        },
      },
    },
    plugins: sizes
      ? []
      : [
          monkey({
            entry: edition.entry,
            userscript: {
              name: { '': '医保缴费助手·北京', en: 'Yibao Helper: Beijing resident medical insurance payments' },
              description: {
                '': `${edition.description}不联网，不收集任何信息。`,
                en: `${edition.descriptionEn} No network requests, no data collection.`,
              },
              namespace: 'https://yibao-helper.invalid/',
              version: pkg.version,
              license: pkg.license,
              match: edition.match,
              // Same moment as the extension's content script (document_start); in frames too, where the manager runs
              // it there (content/frames-same-origin.ts).
              'run-at': 'document-start',
              // Settings and saved notices in the manager's storage, and a menu command to remove a saved notice.
              grant: ['GM.getValue', 'GM.setValue', 'GM.registerMenuCommand'],
            },
            build: { fileName: edition.fileName, autoGrant: false },
          }),
        ],
  };
});
