import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { testPackKeyDefine } from './scripts/pack-test-key';
import { matchPatterns, noticeMatchPatterns } from './utils/official-sites';

/** `entrypoints/page-helper.ts`, built as an unlisted script (see its header). */
const CONTENT_SCRIPT_NAME = 'page-helper';
/** `entrypoints/notice-helper.ts`: the notice reader's script, on the notice pages only. */
const NOTICE_SCRIPT_NAME = 'notice-helper';

export default defineConfig({
  imports: false,
  // MV3 everywhere: one manifest shape for Chrome and Firefox (see README, "The Firefox build").
  manifestVersion: 3,
  alias: {
    // The platform is chosen at build time; the userscript build points this elsewhere.
    '#platform': resolve(__dirname, 'utils/platform/extension.ts'),
  },
  manifest: ({ browser }) => ({
    name: '医保缴费助手·北京',
    description: '在北京城乡居民医保缴费的官方页面旁显示缴费时间、截止日期等提示。不联网，不收集任何信息。',
    // `alarms`: the household badge is updated at Beijing midnight, 09:00 and 15:00 (household/background.ts).
    permissions: ['storage', 'alarms'],
    // `notifications`: asked for only when the user switches reminders on in the household page (README, Permissions).
    optional_permissions: ['notifications'],
    // The payment hosts only. The notice pages need no host permission beyond their content script's own matches,
    // which keep the paths; a host permission would be granted for the whole host (Chromium drops the path).
    host_permissions: matchPatterns,
    content_scripts: [
      {
        matches: matchPatterns,
        // From the first byte: the read of the settings and the panel answers overlaps the page's parsing and the panel is built in the page's
        // first frame (content/controller.ts). Injected at document_idle, it held back the load event.
        run_at: 'document_start',
        // Every frame of an official page, and the about:blank / srcdoc / blob frames such a page makes: the form is
        // often in a frame (content/frame-child.ts). Firefox reads match_origin_as_fallback from version 128.
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        js: [`${CONTENT_SCRIPT_NAME}.js`],
      },
      {
        // A notice is read once the page is all there; nothing on these pages is a form to keep clear of.
        matches: noticeMatchPatterns,
        run_at: 'document_idle',
        js: [`${NOTICE_SCRIPT_NAME}.js`],
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'yibao-helper@yibao-helper.invalid',
          data_collection_permissions: { required: ['none'] },
        } as never,
        // Firefox for Android: the oldest version that reads every key and API used here. data_collection_permissions
        // sets it (Android 142+; the rest is older: MV3, scripting.registerContentScripts, CSS zoom, visualViewport).
        // README, "Firefox for Android".
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The content script is the code every official page pays for: terser (3 passes), about 1.5% smaller than the
    // default minifier (`npm run bench` prints the size). Only there: it is five times slower. It contains no JSX:
    // the panel builds its DOM from the answers layer's messages (components/panel/markup.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === CONTENT_SCRIPT_NAME)) {
        config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } };
      }
      // The background is one file: the pack validator's lazy load is swapped for a static import there
      // (utils/load-pack-module-bundled.ts says why; about 1 kB gzip).
      if (entrypoints.some((entrypoint) => entrypoint.name === 'background')) {
        const bundled = resolve(__dirname, 'utils/load-pack-module-bundled.ts');
        const loader: PluginOption = {
          name: 'yibao:background-pack-module',
          enforce: 'pre',
          resolveId: (source, importer) =>
            source === './load-pack-module' && importer?.includes('/utils/') ? bundled : null,
        };
        config.plugins = [...(config.plugins ?? []), loader];
      }
    },
  },
  vite: ({ mode }) => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Dexie's package entry wraps its UMD build, which the bundler can neither scope-hoist nor tree-shake; its ES
    // module build for modern browsers (ES2018+, every browser the extension runs in) is about 2 kB gzip smaller
    // in the options and household pages (the background has no Dexie: utils/idb.ts). One copy either way: only
    // our code imports Dexie. (A bundler alias only: WXT's `alias` would also point TypeScript at the untyped .mjs.)
    resolve: {
      alias: [{ find: /^dexie$/, replacement: resolve(__dirname, 'node_modules/dexie/dist/modern/dexie.mjs') }],
    },
    // A throwaway pack key made by a test run, in mode `e2e` only (scripts/pack-test-key.ts).
    define: testPackKeyDefine(mode),
    // Mode `sizes` (scripts/size-breakdown.ts): the same code with source maps, in .output/chrome-mv3-sizes.
    ...(mode === 'sizes' && { build: { sourcemap: true } }),
  }),
});
