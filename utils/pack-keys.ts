/**
 * The public keys whose signatures make a policy pack 已验证（项目发布）: an allow-list, public halves only. The
 * private keys are kept outside the repository; `npm run pack:keygen` makes a pair and prints the entry to add.
 * This lives in utils/, not policy/: it is trust configuration with a build-time part, not a dated parameter.
 */
import type { PackKey } from './pack-signature';

/** Keys of the project's releases (key id = first 16 hex of SHA-256 over the raw public point). */
export const releasePackKeys: readonly PackKey[] = [
  // Made 2026-12-01 with `npm run pack:keygen`.
  {
    keyId: '5e69813da95865e3',
    jwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'wvJaV8vr65H9hO7TWl_kR1JVqUWnA8yRK6kA2V-6tYw',
      y: 'jVDKXZMEAgBafhEAwTjQUoP5_Q-T_5TzWN1XgNCNw7Y',
    },
  },
];

/**
 * Throwaway keys made by a test run, defined only by `wxt build --mode e2e` (scripts/pack-test-key.ts, read by
 * wxt.config.ts). Vite replaces `import.meta.env` at build time, so no global of the running page or worker is
 * ever consulted; any other build, Vitest and Node (`import.meta.env` undefined) get none.
 */
const testPackKeys: readonly PackKey[] =
  (import.meta.env?.MODE === 'e2e' && import.meta.env.YIBAO_TEST_PACK_KEYS) || [];

export const projectPackKeys: readonly PackKey[] = [...releasePackKeys, ...testPackKeys];
