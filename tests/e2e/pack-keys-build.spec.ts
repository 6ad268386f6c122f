/**
 * Release builds trust only the project's committed pack keys. A test run makes a throwaway key and puts its
 * public JWK in YIBAO_TEST_PACK_KEY, which only `--mode e2e` builds read (scripts/pack-test-key.ts): with the
 * variable set, `npm run build` must still hold none of it, while an e2e build made the same way does.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { Plugin } from 'vite';
import { build } from 'wxt';
import { releasePackKeys } from '../../utils/pack-keys';
import { packKeyId, type PackKey, type PackPublicJwk } from '../../utils/pack-signature';

const RELEASE_DIRS = ['.output/chrome-mv3', '.output/firefox-mv3', '.output/userscript'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
const containing = (dirs: string[], needle: string) =>
  dirs.flatMap(filesUnder).filter((file) => readFileSync(file, 'latin1').includes(needle));

let testKey: PackKey;
let keyVariable: string;
test.beforeAll(async () => {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const jwk = { kty, crv, x, y } as PackPublicJwk;
  testKey = { keyId: await packKeyId(jwk), jwk };
  keyVariable = JSON.stringify({ ...jwk, kid: testKey.keyId });
});

/** The key's coordinates and id: any one of them in a file means the key is in it. */
const needles = (key: PackKey) => [key.jwk.x, key.jwk.y, key.keyId];

test('npm run build with a test pack key in the environment: chrome-mv3, firefox-mv3 and the userscript hold none of it', async () => {
  test.setTimeout(180_000);
  await promisify(execFile)('npm', ['run', 'build'], {
    env: { ...process.env, YIBAO_TEST_PACK_KEY: keyVariable },
    maxBuffer: 1 << 24,
  });
  for (const dir of RELEASE_DIRS) expect(filesUnder(dir).length, dir).toBeGreaterThan(0);
  for (const needle of needles(testKey)) expect(containing(RELEASE_DIRS, needle), needle).toEqual([]);
  // The check bites: the options page's import verifies signatures, so both extension builds carry the key list,
  // and with it the project's key (the userscript imports no pack).
  for (const dir of RELEASE_DIRS.slice(0, 2))
    for (const needle of needles(releasePackKeys[0]!))
      expect(containing([dir], needle), `${dir} ${needle}`).not.toEqual([]);
});

/**
 * Probe builds that surely bundle the key list (their background keeps `projectPackKeys`), so this holds even
 * before any release bundle imports it: the same configuration, the same environment, only the mode differs.
 */
function keepPackKeys(): Plugin {
  return {
    name: 'yibao-pack-key-probe',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !/entrypoints\/background\.ts$/.test(id)) return null;
      const probe = `import { projectPackKeys as packKeyProbe } from ${JSON.stringify(resolve('utils/pack-keys.ts'))};\n`;
      return {
        code: `${probe}${code}\n(globalThis as Record<string, unknown>).packKeyProbe = packKeyProbe;\n`,
        map: null,
      };
    },
  };
}

test('probe builds: mode production bundles only the project key, mode e2e the test key too', async () => {
  test.setTimeout(180_000);
  const saved = process.env.YIBAO_TEST_PACK_KEY;
  process.env.YIBAO_TEST_PACK_KEY = keyVariable;
  const dirs: Record<string, string> = {};
  try {
    for (const mode of ['production', 'e2e']) {
      const outDirTemplate = `chrome-mv3-pack-key-probe-${mode}`;
      await build({
        mode,
        logger: { ...console, debug() {}, info() {}, log() {}, success() {} } as never,
        outDirTemplate,
        vite: () => ({ plugins: [keepPackKeys()] }),
      });
      dirs[mode] = resolve('.output', outDirTemplate);
    }
  } finally {
    if (saved === undefined) delete process.env.YIBAO_TEST_PACK_KEY;
    else process.env.YIBAO_TEST_PACK_KEY = saved;
  }
  const projectKey = releasePackKeys[0]!;
  for (const needle of needles(projectKey)) {
    expect(containing([dirs.production!], needle), `project key ${needle}`).not.toEqual([]);
    expect(containing([dirs.e2e!], needle), `project key ${needle}`).not.toEqual([]);
  }
  for (const needle of needles(testKey)) {
    expect(containing([dirs.production!], needle), `test key ${needle} in the production probe`).toEqual([]);
    expect(containing([dirs.e2e!], needle), `test key ${needle} in the e2e probe`).not.toEqual([]);
  }
  // Kept when a check fails, to look at.
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
});
