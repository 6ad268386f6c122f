/** The pack-signature verifier on Chromium's own WebCrypto, as the options page and the background will run it. */
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledPolicyBook } from '@/policy';
import { releasePackKeys } from '@/utils/pack-keys';
import {
  formatSignatureFile,
  packKeyId,
  verifyPackSignature,
  type PackKey,
  type PackPublicJwk,
} from '@/utils/pack-signature';

/** Made once with node:crypto (`sign('sha256', …, { dsaEncoding: 'ieee-p1363' })`); the private key was discarded. */
const signedInNode = {
  text: '{\n  "version": "2099.1.1",\n  "note": "城乡居民医保 12333"\n}\n',
  key: {
    keyId: '273dce752039fc71',
    jwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'Aq3afQzNffbH2ji10s0D2Ic2dZwCruqCVvhD8te1Owo',
      y: 'dZ_f3ThK59eqNLti075R7qNHAKlf9-SYYNkTqw99uso',
    },
  } satisfies PackKey,
  signatureFile:
    '{\n  "keyId": "273dce752039fc71",\n  "algorithm": "ECDSA-P256-SHA256",\n  "signature": "wMkQDezcTq38RwbOjpaYOj8hOVHblC7uVtWGtM/lln3MjNM9yqkuF1uPt+W7pNJtzfXkNQ2Uu/KEi2sGDUCUaQ=="\n}\n',
};

const packBytes = new TextEncoder().encode(`${JSON.stringify(bundledPolicyBook, null, 2)}\n`);
let key: PackKey;
let signatureFile: string;

beforeAll(async () => {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const jwk = { kty, crv, x, y } as PackPublicJwk;
  key = { keyId: await packKeyId(jwk), jwk };
  const signature = new Uint8Array(
    await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, packBytes),
  );
  expect(signature.length).toBe(64);
  signatureFile = formatSignatureFile(key.keyId, signature);
});

describe('in Chromium', () => {
  test('the real WebCrypto, not a polyfill', () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(String(crypto.subtle.verify)).toContain('[native code]');
  });

  test('a pack signed here verifies; one changed byte or other whitespace does not', async () => {
    expect(await verifyPackSignature(packBytes, signatureFile, [key])).toEqual({
      status: 'verified',
      keyId: key.keyId,
    });
    const changed = packBytes.slice();
    changed[packBytes.length >> 1] ^= 0x20;
    expect(await verifyPackSignature(changed, signatureFile, [key])).toEqual({ status: 'bad-signature' });
    expect(await verifyPackSignature(JSON.stringify(bundledPolicyBook), signatureFile, [key])).toEqual({
      status: 'bad-signature',
    });
  });

  test('a pack signed in Node verifies here, read as bytes or as text', async () => {
    const { text, key: nodeKey, signatureFile: nodeSignature } = signedInNode;
    expect(await verifyPackSignature(new TextEncoder().encode(text), nodeSignature, [nodeKey])).toEqual({
      status: 'verified',
      keyId: nodeKey.keyId,
    });
    expect(await verifyPackSignature(text, nodeSignature, [nodeKey])).toEqual({
      status: 'verified',
      keyId: nodeKey.keyId,
    });
    expect(await verifyPackSignature(text.replace('12333', '12334'), nodeSignature, [nodeKey])).toEqual({
      status: 'bad-signature',
    });
  });

  test('unknown keys, malformed and missing signature files', async () => {
    expect(await verifyPackSignature(packBytes, signatureFile)).toEqual({ status: 'unknown-key' });
    expect(await verifyPackSignature(packBytes, signatureFile, [signedInNode.key])).toEqual({ status: 'unknown-key' });
    expect(await verifyPackSignature(packBytes, signatureFile.replace('ECDSA-P256-SHA256', 'RS256'), [key])).toEqual({
      status: 'malformed-signature',
    });
    expect(await verifyPackSignature(packBytes, '{', [key])).toEqual({ status: 'malformed-signature' });
    expect(await verifyPackSignature(packBytes, '', [key])).toEqual({ status: 'unsigned' });
  });

  test("the project's committed keys import here under their own ids", async () => {
    for (const entry of releasePackKeys) expect(await packKeyId(entry.jwk)).toBe(entry.keyId);
  });
});
