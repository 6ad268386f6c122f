/**
 * A signed pack made the maintainer's way for an e2e run: a throwaway P-256 key made here signs the bundled book
 * with the real `npm run pack`; `withTestPackKey` lets a `--mode e2e` build trust that key's public half
 * (scripts/pack-test-key.ts). The release build never trusts it: tests/e2e/pack-keys-build.spec.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TEST_PACK_KEY_VARIABLE } from '../../scripts/pack-test-key';
import { packKeyId, type PackPublicJwk } from '../../utils/pack-signature';

export interface SignedPack {
  /** A temporary folder holding the files; the caller removes it. */
  work: string;
  packPath: string;
  signaturePath: string;
  packText: string;
  /** The public JWK with its `kid`, as YIBAO_TEST_PACK_KEY holds it. */
  publicKey: string;
}

export async function makeSignedPack(): Promise<SignedPack> {
  const work = await mkdtemp(join(tmpdir(), 'yibao-signed-'));
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicJwk = { kty, crv, x, y } as PackPublicJwk;
  const kid = await packKeyId(publicJwk);
  const privatePath = join(work, 'test.private.jwk');
  await writeFile(privatePath, JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey)), { mode: 0o600 });

  // The maintainer's command, with a key outside the repository and not on the allow-list (hence the flag).
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/pack.ts', '--unlisted-key', '--out', work], {
    env: { ...process.env, YIBAO_PACK_KEY: privatePath },
  });
  const [, packPath] = /(\S+\.json)\s+\d+ bytes/.exec(stdout) ?? [];
  if (!packPath) throw new Error(`npm run pack wrote no pack:\n${stdout}`);
  return {
    work,
    packPath,
    signaturePath: packPath.replace(/\.json$/, '.sig.json'),
    packText: await readFile(packPath, 'utf8'),
    publicKey: JSON.stringify({ ...publicJwk, kid }),
  };
}

/** Runs `build` with the test key in the environment a `--mode e2e` build reads, then puts the environment back. */
export async function withTestPackKey<T>(publicKey: string, build: () => Promise<T>): Promise<T> {
  const saved = process.env[TEST_PACK_KEY_VARIABLE];
  process.env[TEST_PACK_KEY_VARIABLE] = publicKey;
  try {
    return await build();
  } finally {
    if (saved === undefined) delete process.env[TEST_PACK_KEY_VARIABLE];
    else process.env[TEST_PACK_KEY_VARIABLE] = saved;
  }
}
