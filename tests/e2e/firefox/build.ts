/**
 * The Firefox e2e build: the release configuration (wxt.config.ts) plus, in mode `e2e` only, a clock pinned to
 * a build-time Beijing instant and the popup-opening hook. One output folder per instant.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { build } from 'wxt';

const HOOKS = fileURLToPath(new URL('./hooks/', import.meta.url));
const ENTRY_HOOKS: [RegExp, string[]][] = [
  [/entrypoints\/page-helper\.ts$/, ['pinned-clock.ts', 'open-popup.content.ts']],
  [/entrypoints\/background\.ts$/, ['pinned-clock.ts', 'open-popup.background.ts']],
  [/entrypoints\/notice-helper\.ts$/, ['pinned-clock.ts']],
  // Every extension page: each runs its own copy of the clock.
  [/entrypoints\/(popup|options|household|checklist)\/main\.tsx$/, ['pinned-clock.ts']],
];

/** Prepends the hooks to the entrypoints, so they run before anything else in them. */
function e2eHooks(): Plugin {
  return {
    name: 'yibao-e2e-hooks',
    enforce: 'pre',
    transform(code, id, options) {
      // WXT also imports entrypoints in Node (SSR) to read their options; only browser bundles get the hooks.
      if (options?.ssr) return null;
      const hooks = ENTRY_HOOKS.find(([entry]) => entry.test(id))?.[1];
      if (!hooks) return null;
      return { code: hooks.map((h) => `import ${JSON.stringify(resolve(HOOKS, h))};\n`).join('') + code, map: null };
    },
  };
}

/**
 * Builds the Firefox extension whose clock starts at `beijing` (e.g. `2024-12-16 10:00`); returns its folder.
 * `variant` names a build made under a different environment (e.g. trusting a test pack key), in its own folder.
 */
export async function buildFirefoxE2e(beijing: string, { variant }: { variant?: string } = {}): Promise<string> {
  const instant = Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`);
  if (Number.isNaN(instant)) throw new Error(`Not a Beijing time: ${beijing}`);
  const stamp = `${beijing.replace(/\D/g, '')}${variant ? `-${variant}` : ''}`;
  await build({
    browser: 'firefox',
    mode: 'e2e',
    logger: { ...console, debug() {}, info() {}, log() {}, success() {} } as never,
    outDirTemplate: `firefox-mv3-e2e-${stamp}`,
    vite: () => ({ define: { __YIBAO_E2E_NOW__: String(instant) }, plugins: [e2eHooks()] }),
  });
  return resolve('.output', `firefox-mv3-e2e-${stamp}`);
}
