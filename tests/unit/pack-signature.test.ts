/** Signed policy packs: the verifier, the project's key list, the test-key define and `npm run pack` itself. */
import { execFile } from 'node:child_process';
import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledPolicyBook } from '@/policy';
import { projectPackKeys, releasePackKeys } from '@/utils/pack-keys';
import {
  formatSignatureFile,
  packKeyId,
  verifyPackSignature,
  type PackKey,
  type PackPublicJwk,
} from '@/utils/pack-signature';
import { parsePack } from '@/utils/policy-pack';
import { testPackKeyDefine } from '../../scripts/pack-test-key';

interface TestKey {
  entry: PackKey;
  privateKey: CryptoKey;
  privateJwk: JsonWebKey;
}

async function makeKey(): Promise<TestKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const jwk = { kty, crv, x, y } as PackPublicJwk;
  return {
    entry: { keyId: await packKeyId(jwk), jwk },
    privateKey: pair.privateKey,
    privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
  };
}

async function signWith(key: TestKey, bytes: Uint8Array<ArrayBuffer>, keyId = key.entry.keyId): Promise<string> {
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, bytes);
  return formatSignatureFile(keyId, new Uint8Array(signature));
}

const packText = `${JSON.stringify(bundledPolicyBook, null, 2)}\n`;
const packBytes = new TextEncoder().encode(packText);

let ours: TestKey;
let stranger: TestKey;
let signature: string;
beforeAll(async () => {
  [ours, stranger] = await Promise.all([makeKey(), makeKey()]);
  signature = await signWith(ours, packBytes);
});

describe('verifyPackSignature', () => {
  test('a pack signed by a key on the allow-list verifies, from bytes or from the same text', async () => {
    expect(await verifyPackSignature(packBytes, signature, [ours.entry])).toEqual({
      status: 'verified',
      keyId: ours.entry.keyId,
    });
    expect(await verifyPackSignature(packText, signature, [stranger.entry, ours.entry])).toEqual({
      status: 'verified',
      keyId: ours.entry.keyId,
    });
  });

  test('one changed byte anywhere makes it bad-signature', async () => {
    for (const at of [0, 1, Math.floor(packBytes.length / 2), packBytes.length - 1]) {
      const changed = packBytes.slice();
      changed[at] ^= 0x01;
      expect(await verifyPackSignature(changed, signature, [ours.entry]), `byte ${at}`).toEqual({
        status: 'bad-signature',
      });
    }
    // A planted number, the harm this exists for: same length, one digit.
    const planted = packText.replace('12333', '12334');
    expect(planted).not.toBe(packText);
    expect(await verifyPackSignature(planted, signature, [ours.entry])).toEqual({ status: 'bad-signature' });
    expect(await verifyPackSignature(`${packText} `, signature, [ours.entry])).toEqual({ status: 'bad-signature' });
  });

  test('the same JSON with other whitespace is another file: bad-signature', async () => {
    const compact = JSON.stringify(JSON.parse(packText));
    expect(JSON.parse(compact)).toEqual(bundledPolicyBook);
    expect(await verifyPackSignature(compact, signature, [ours.entry])).toEqual({ status: 'bad-signature' });
    expect(await verifyPackSignature(packText.replace(/\n/g, '\r\n'), signature, [ours.entry])).toEqual({
      status: 'bad-signature',
    });
  });

  test('a signature by a key not on the allow-list is unknown-key; by another key under a listed id, bad-signature', async () => {
    const byStranger = await signWith(stranger, packBytes);
    expect(await verifyPackSignature(packBytes, byStranger, [ours.entry])).toEqual({ status: 'unknown-key' });
    expect(await verifyPackSignature(packBytes, byStranger, [])).toEqual({ status: 'unknown-key' });
    // The project's own list does not hold a key made here.
    expect(await verifyPackSignature(packBytes, signature)).toEqual({ status: 'unknown-key' });
    const impostor = await signWith(stranger, packBytes, ours.entry.keyId);
    expect(await verifyPackSignature(packBytes, impostor, [ours.entry])).toEqual({ status: 'bad-signature' });
  });

  test("an allow-list entry whose id is not its key's verifies nothing", async () => {
    const mislabelled: PackKey = { keyId: ours.entry.keyId, jwk: stranger.entry.jwk };
    const byStranger = await signWith(stranger, packBytes, ours.entry.keyId);
    expect(await verifyPackSignature(packBytes, byStranger, [mislabelled])).toEqual({ status: 'unknown-key' });
    const broken: PackKey = { keyId: ours.entry.keyId, jwk: { ...ours.entry.jwk, x: 'AAAA' } };
    expect(await verifyPackSignature(packBytes, signature, [broken])).toEqual({ status: 'unknown-key' });
  });

  test('no signature is unsigned', async () => {
    for (const none of ['', '  \n', null, undefined])
      expect(await verifyPackSignature(packBytes, none, [ours.entry])).toEqual({ status: 'unsigned' });
  });

  test('a signature file of any other shape is malformed-signature', async () => {
    const good = JSON.parse(signature) as Record<string, string>;
    const derLike = Buffer.concat([Buffer.from([0x30, 0x44]), Buffer.alloc(68, 7)]).toString('base64');
    const variants: Record<string, string> = {
      'not JSON': 'keyId=abc',
      'JSON cut short': signature.slice(0, -3),
      'an array': JSON.stringify([good]),
      'a string': JSON.stringify(signature),
      null: 'null',
      'an extra member': JSON.stringify({ ...good, note: 'x' }),
      'a __proto__ member': signature.replace('{', '{"__proto__": {},'),
      'no keyId': JSON.stringify({ algorithm: good.algorithm, signature: good.signature }),
      'another algorithm': JSON.stringify({ ...good, algorithm: 'ECDSA-P384-SHA384' }),
      'an upper-case key id': JSON.stringify({ ...good, keyId: good.keyId.toUpperCase() }),
      'a short key id': JSON.stringify({ ...good, keyId: good.keyId.slice(1) }),
      'a key id that is a number': JSON.stringify({ ...good, keyId: 1234567890123456 }),
      '63 bytes of signature': JSON.stringify({ ...good, signature: Buffer.alloc(63, 1).toString('base64') }),
      '65 bytes of signature': JSON.stringify({ ...good, signature: Buffer.alloc(65, 1).toString('base64') }),
      'a DER signature': JSON.stringify({ ...good, signature: derLike }),
      base64url: JSON.stringify({
        ...good,
        signature: good.signature.replace(/\+/g, '-').replace(/\//g, '_') + (/[+/]/.test(good.signature) ? '' : '-'),
      }),
      'unpadded base64': JSON.stringify({ ...good, signature: good.signature.replace(/=+$/, '') }),
      'padding of spaces past the size cap': signature.replace('{', `{${' '.repeat(1100)}`),
    };
    for (const [name, text] of Object.entries(variants)) {
      expect(await verifyPackSignature(packBytes, text, [ours.entry]), name).toEqual({ status: 'malformed-signature' });
    }
    // Whitespace inside the cap is still JSON of the right shape.
    expect(await verifyPackSignature(packBytes, JSON.stringify(good), [ours.entry])).toEqual({
      status: 'verified',
      keyId: ours.entry.keyId,
    });
  });

  test('never throws, whatever it is given', async () => {
    const odd = [{}, 42, null, [1, 2]] as unknown as Uint8Array[];
    for (const bytes of odd)
      await expect(verifyPackSignature(bytes, signature, [ours.entry])).resolves.toHaveProperty('status');
    await expect(
      verifyPackSignature(packBytes, { toString: () => signature } as unknown as string, [ours.entry]),
    ).resolves.toEqual({ status: 'malformed-signature' });
    await expect(
      verifyPackSignature(packBytes, signature, [null, { keyId: ours.entry.keyId }] as unknown as PackKey[]),
    ).resolves.toEqual({ status: 'unknown-key' });
  });

  test('a raw r‖s signature made by another implementation (node:crypto, IEEE P1363) verifies', async () => {
    const key = createPrivateKey({ key: ours.privateJwk as never, format: 'jwk' });
    const raw = nodeSign('sha256', packBytes, { key, dsaEncoding: 'ieee-p1363' });
    expect(raw.length).toBe(64);
    expect(await verifyPackSignature(packBytes, formatSignatureFile(ours.entry.keyId, raw), [ours.entry])).toEqual({
      status: 'verified',
      keyId: ours.entry.keyId,
    });
  });
});

describe("the project's key list", () => {
  test('every release key is a P-256 public key listed under its own id, with no private part', async () => {
    expect(releasePackKeys.length).toBeGreaterThan(0);
    for (const key of releasePackKeys) {
      expect(Object.keys(key.jwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
      expect(await packKeyId(key.jwk)).toBe(key.keyId);
    }
  });

  test('outside an e2e build the list is exactly the release keys', () => {
    expect(projectPackKeys).toEqual(releasePackKeys);
  });
});

describe('testPackKeyDefine (wxt.config.ts)', () => {
  const env = () => ({ YIBAO_TEST_PACK_KEY: JSON.stringify({ ...ours.entry.jwk, kid: ours.entry.keyId }) });

  test('only mode e2e defines the test key, whatever the environment holds', () => {
    for (const mode of ['production', 'development', 'bench', 'E2E', 'e2e '])
      expect(testPackKeyDefine(mode, env()), mode).toEqual({});
    const define = testPackKeyDefine('e2e', env());
    expect(JSON.parse(define['import.meta.env.YIBAO_TEST_PACK_KEYS']!)).toEqual([ours.entry]);
    expect(testPackKeyDefine('e2e', {})).toEqual({});
  });

  test('a private key or something else in the variable stops the build', () => {
    expect(() =>
      testPackKeyDefine('e2e', { YIBAO_TEST_PACK_KEY: JSON.stringify({ ...ours.privateJwk, kid: ours.entry.keyId }) }),
    ).toThrow(/private/);
    expect(() => testPackKeyDefine('e2e', { YIBAO_TEST_PACK_KEY: JSON.stringify({ ...ours.entry.jwk }) })).toThrow(
      /kid/,
    );
  });
});

// Spawns the script (1–2 s each, more on a busy machine); the time zone plays no part, so one project runs it.
describe.runIf(process.env.TZ === 'Asia/Shanghai')('npm run pack', { timeout: 30_000 }, () => {
  const run = promisify(execFile);
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yibao-pack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function pack(env: Record<string, string>, ...args: string[]) {
    return script('scripts/pack.ts', env, ...args);
  }
  async function script(file: string, env: Record<string, string>, ...args: string[]) {
    const { PATH, HOME } = process.env;
    return run(tsx, [file, ...args], { env: { PATH, HOME, ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );
  }

  test('with a throwaway key (JWK or PEM) it writes the book as a pack and a signature that verifies', async () => {
    const jwkPath = join(dir, 'throwaway.private.jwk');
    writeFileSync(jwkPath, JSON.stringify(ours.privateJwk));
    const pemPath = join(dir, 'throwaway.pem');
    writeFileSync(
      pemPath,
      createPrivateKey({ key: ours.privateJwk as never, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }),
    );

    for (const keyPath of [jwkPath, pemPath]) {
      const out = join(dir, `out-${keyPath.endsWith('.pem') ? 'pem' : 'jwk'}`);
      const result = await pack({ YIBAO_PACK_KEY: keyPath }, '--out', out, '--unlisted-key');
      expect(result.code, result.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        `yibao-policy-${bundledPolicyBook.version}.json`,
        `yibao-policy-${bundledPolicyBook.version}.sig.json`,
      ]);
      const bytes = new Uint8Array(readFileSync(join(out, `yibao-policy-${bundledPolicyBook.version}.json`)));
      const signatureFile = readFileSync(join(out, `yibao-policy-${bundledPolicyBook.version}.sig.json`), 'utf8');
      expect(await verifyPackSignature(bytes, signatureFile, [ours.entry])).toEqual({
        status: 'verified',
        keyId: ours.entry.keyId,
      });
      // Not the project's key: installs would say 未验证.
      expect(await verifyPackSignature(bytes, signatureFile)).toEqual({ status: 'unknown-key' });
      const parsed = parsePack(new TextDecoder().decode(bytes));
      expect(parsed.ok && parsed.book).toEqual(bundledPolicyBook);
      expect(result.stdout).toContain('NOT on the allow-list');
      // `npm run pack:verify` checks against the committed keys only.
      const verify = await script(
        'scripts/pack-verify.ts',
        {},
        join(out, `yibao-policy-${bundledPolicyBook.version}.json`),
      );
      expect([verify.code, verify.stdout.trim().split(': ')[1]]).toEqual([1, 'unknown-key']);
    }
  });

  test('without a key it says so, fails and writes nothing', async () => {
    const out = join(dir, 'no-key');
    const result = await pack({}, '--out', out);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no signing key.*YIBAO_PACK_KEY/);
    expect(existsSync(out)).toBe(false);
  });

  test('it refuses a key off the allow-list unless told, and any key inside the repository', async () => {
    const jwkPath = join(dir, 'unlisted.private.jwk');
    writeFileSync(jwkPath, JSON.stringify(ours.privateJwk));
    const unlisted = await pack({ YIBAO_PACK_KEY: jwkPath }, '--out', join(dir, 'unlisted'));
    expect(unlisted.code).not.toBe(0);
    expect(unlisted.stderr).toContain(`key ${ours.entry.keyId} is not in utils/pack-keys.ts`);
    expect(existsSync(join(dir, 'unlisted'))).toBe(false);

    const inRepo = await pack({ YIBAO_PACK_KEY: 'package.json' }, '--out', join(dir, 'in-repo'), '--unlisted-key');
    expect(inRepo.code).not.toBe(0);
    expect(inRepo.stderr).toContain('inside the repository');
  });
});
