/**
 * Node-side handling of pack signing keys for `npm run pack` and `npm run pack:keygen`: private keys live
 * outside the repository, always.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackPublicJwk } from '../utils/pack-signature';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The nearest existing ancestor's real path plus the rest: symlinks into the repository count as inside it. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : resolve(realPath(parent), relative(parent, absolute));
}

export function isInsideRepository(path: string): boolean {
  const rel = relative(realpathSync(REPO_ROOT), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface SigningKey {
  /** PKCS #8 DER, for `crypto.subtle.importKey('pkcs8', …)`. */
  pkcs8: Uint8Array<ArrayBuffer>;
  publicJwk: PackPublicJwk;
}

/** Reads a P-256 private key: JWK (with `d`), PKCS #8 PEM (`BEGIN PRIVATE KEY`) or SEC1 PEM (`BEGIN EC PRIVATE KEY`). */
export function readSigningKey(path: string): SigningKey {
  const text = readFileSync(path, 'utf8').trim();
  let key: KeyObject;
  try {
    key = text.startsWith('{') ? createPrivateKey({ key: JSON.parse(text), format: 'jwk' }) : createPrivateKey(text);
  } catch (error) {
    throw new Error(`${path} is not a private key (JWK with "d", or PEM): ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(
      `${path} is not an ECDSA P-256 key (found ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ''})`,
    );
  }
  const { kty, crv, x, y } = createPublicKey(key).export({ format: 'jwk' });
  const der = key.export({ type: 'pkcs8', format: 'der' });
  return { pkcs8: new Uint8Array(der), publicJwk: { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y! } };
}
