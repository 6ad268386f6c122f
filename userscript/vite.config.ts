/**
 * Builds the userscript from the same source as the extension: `#platform` points at the userscript's
 * platform services, @match comes from the one list of official sites, the policy data are bundled. One script
 * for the payment pages and the notice pages: managers keep GM storage per script, so the notices the reader saves
 * reach the payment pages' tips only from within the same script.
 *
 *   npx vite build -c userscript/vite.config.ts   →   .output/userscript/yibao-helper.user.js
 *
 * For scripts/size-breakdown.ts, `--mode sizes` builds the same code with source maps into
 * `.output/userscript-sizes`, not minified, or as `USERSCRIPT_MINIFY` says: `whitespace`, `mangle` or
 * `mangle-compress` (to measure what readability costs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import monkey from 'vite-plugin-monkey';
import { allMatchPatterns } from '../utils/official-sites';

const root = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string; license: string };

const ENTRY = 'userscript/main.ts';
const USERSCRIPT_FILE = 'yibao-helper.user.js';

/** The size build's minifier settings (oxc), by `USERSCRIPT_MINIFY`. */
const SIZE_MINIFY = {
  whitespace: { mangle: false, compress: false, codegen: { removeWhitespace: true } },
  mangle: { mangle: true, compress: false, codegen: { removeWhitespace: true } },
  'mangle-compress': { mangle: true, compress: true, codegen: { removeWhitespace: true } },
} as const;

export default defineConfig(({ mode }) => {
  const sizes = mode === 'sizes';
  const minify = sizes ? SIZE_MINIFY[process.env.USERSCRIPT_MINIFY as keyof typeof SIZE_MINIFY] : undefined;
  if (sizes && process.env.USERSCRIPT_MINIFY && !minify)
    throw new Error(`USERSCRIPT_MINIFY must be one of ${Object.keys(SIZE_MINIFY).join(', ')}`);
  return {
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
      outDir: resolve(root, sizes ? '.output/userscript-sizes' : '.output/userscript'),
      emptyOutDir: true,
      sourcemap: sizes,
      // Not minified: the code as bundled, names, whitespace and line breaks kept, so the people who install it can
      // read it in their manager before they do (Greasy Fork's rule for bundled scripts, too). What that costs:
      // README, "Speed and size" (`npm run sizes:breakdown -- --userscript --minify=…`).
      minify: minify ? 'oxc' : false,
      // The panel's stylesheets minified, as the monkey plugin's bundling does for the shipped file.
      cssMinify: true,
      rolldownOptions: {
        // The size build bundles the entry itself: the monkey plugin, which only adds the header and the wrapper,
        // drops source maps.
        // As the monkey plugin writes it: no `// module` comment at each module's start.
        ...(sizes && { input: resolve(root, ENTRY), experimental: { attachDebugInfo: 'none' as const } }),
        output: {
          // As the monkey plugin writes it: an IIFE without comments.
          ...(sizes && { format: 'iife' as const, entryFileNames: USERSCRIPT_FILE, comments: false, strict: false }),
          ...(minify && { minify }),
        },
      },
    },
    plugins: sizes
      ? []
      : [
          monkey({
            entry: ENTRY,
            userscript: {
              name: { '': '医保缴费助手·北京', en: 'Yibao Helper: Beijing resident medical insurance payments' },
              description: {
                '': '在北京城乡居民医保缴费的官方页面旁显示缴费时间、截止日期等提示，并能在医保局、税务局的年度参保缴费通知页面上读出并保存新年度的时间和金额。不联网，不收集任何信息。',
                en: 'Tips beside the official Beijing resident medical insurance payment pages, and the reader of the yearly official notices. No network requests, no data collection.',
              },
              namespace: 'https://yibao-helper.invalid/',
              version: pkg.version,
              license: pkg.license,
              // The payment pages and the notice pages (utils/official-sites.ts), as the extension's two scripts.
              match: allMatchPatterns,
              // Same moment as the extension's content script (document_start); in frames too, where the manager
              // runs it there (content/frames-same-origin.ts). The notice reader waits for the load itself (main.ts).
              'run-at': 'document-start',
              // Settings and saved notices in the manager's storage, and a menu command to remove a saved notice.
              grant: ['GM.getValue', 'GM.setValue', 'GM.registerMenuCommand'],
            },
            build: { fileName: USERSCRIPT_FILE, autoGrant: false },
          }),
        ],
  };
});
