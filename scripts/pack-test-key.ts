/**
 * Test builds may trust one more pack key, made by the test run itself: `YIBAO_TEST_PACK_KEY` holds its public
 * JWK as JSON. wxt.config.ts asks this for its `define`s; only mode `e2e` gets the key, so a release build made
 * in an environment that still has the variable set holds none of it (tests/e2e/pack-keys-build.spec.ts).
 */
import type { PackKey } from '../utils/pack-signature';

export const TEST_PACK_KEY_VARIABLE = 'YIBAO_TEST_PACK_KEY';

/** The public JWK plus `kid`, the key id (as `npm run pack:keygen` writes `.public.jwk`). */
export function testPackKeyDefine(
  mode: string,
  env: Record<string, string | undefined> = process.env,
): Record<string, string> {
  if (mode !== 'e2e') return {};
  const text = env[TEST_PACK_KEY_VARIABLE];
  if (!text) return {};
  const { kty, crv, x, y, kid, d } = JSON.parse(text) as Record<string, unknown>;
  if (d !== undefined) throw new Error(`${TEST_PACK_KEY_VARIABLE} holds a private key; give only the public JWK`);
  if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string' || typeof kid !== 'string') {
    throw new Error(`${TEST_PACK_KEY_VARIABLE} is not a P-256 public JWK with "kid"`);
  }
  const keys: PackKey[] = [{ keyId: kid, jwk: { kty, crv, x, y } }];
  return { 'import.meta.env.YIBAO_TEST_PACK_KEYS': JSON.stringify(keys) };
}
