/**
 * Detached signatures of policy packs (`npm run pack`): ECDSA P-256 with SHA-256 over the pack file's exact bytes,
 * the signature in WebCrypto's raw r‖s form (64 bytes), named by the signing key's id. Verification uses only
 * WebCrypto (`crypto.subtle`), so the same code runs in extension pages, the background and Node 20.
 *
 * A signature file is JSON, exactly these three members and nothing else:
 *   { "keyId": "<16 hex>", "algorithm": "ECDSA-P256-SHA256", "signature": "<base64 of 64 bytes>" }
 * The key id is the first 16 hex digits of SHA-256 over the public key's raw (uncompressed, 65-byte) point.
 *
 * Only keys on the allow-list (`utils/pack-keys.ts`) can verify; a key id is checked against its key's own
 * bytes, so a mislabelled entry verifies nothing. Every status other than `verified` means the same to the
 * importer: the pack is unverified (未验证) and keeps the rules for unsigned packs.
 */
import { projectPackKeys } from './pack-keys';

export const PACK_SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

/** An honest signature file is about 150 bytes. */
export const MAX_SIGNATURE_FILE_CHARS = 1024;

/** The public half of a P-256 key as JWK: only the members needed to use it. */
export interface PackPublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface PackKey {
  keyId: string;
  jwk: PackPublicJwk;
}

export interface PackSignatureFile {
  keyId: string;
  algorithm: typeof PACK_SIGNATURE_ALGORITHM;
  /** base64 of the raw r‖s signature, 64 bytes. */
  signature: string;
}

export type PackSignatureCheck =
  | { status: 'verified'; keyId: string }
  | { status: 'unsigned' | 'bad-signature' | 'unknown-key' | 'malformed-signature' };

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
const KEY_ID = /^[0-9a-f]{16}$/;
/** 64 bytes in base64 are 86 characters and `==`. */
const SIGNATURE_BASE64 = /^[A-Za-z0-9+/]{86}==$/;
const SIGNATURE_MEMBERS = ['algorithm', 'keyId', 'signature'];

/** The signature file's fields and the decoded signature, or null when the file is not exactly that shape. */
export function parseSignatureFile(text: string): { keyId: string; signature: Uint8Array<ArrayBuffer> } | null {
  if (typeof text !== 'string' || text.length > MAX_SIGNATURE_FILE_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const members = Object.keys(record).sort();
  if (members.length !== SIGNATURE_MEMBERS.length || members.some((name, i) => name !== SIGNATURE_MEMBERS[i]))
    return null;
  const { keyId, algorithm, signature } = record;
  if (algorithm !== PACK_SIGNATURE_ALGORITHM) return null;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) return null;
  if (typeof signature !== 'string' || !SIGNATURE_BASE64.test(signature)) return null;
  const bytes = base64ToBytes(signature);
  return bytes.length === 64 ? { keyId, signature: bytes } : null;
}

export function formatSignatureFile(keyId: string, signature: Uint8Array): string {
  const file: PackSignatureFile = { keyId, algorithm: PACK_SIGNATURE_ALGORITHM, signature: bytesToBase64(signature) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** First 16 hex digits of SHA-256 over the raw public point (0x04‖x‖y). */
export async function packKeyId(jwk: PackPublicJwk): Promise<string> {
  const key = await crypto.subtle.importKey('jwk', publicJwk(jwk), ECDSA_P256, true, ['verify']);
  return keyIdOfRaw(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/**
 * Whether `signatureFile` is a valid signature of exactly `bytes` by a key on the allow-list. Never throws.
 * Pass the file's bytes as read (`new Uint8Array(await file.arrayBuffer())`): a string is UTF-8 encoded, which
 * equals the file only if decoding it lost nothing (no byte-order mark, no invalid sequences).
 */
export async function verifyPackSignature(
  bytes: Uint8Array | string,
  signatureFile: string | null | undefined,
  keys: readonly PackKey[] = projectPackKeys,
): Promise<PackSignatureCheck> {
  try {
    if (signatureFile == null || (typeof signatureFile === 'string' && signatureFile.trim() === ''))
      return { status: 'unsigned' };
    const parsed = parseSignatureFile(signatureFile);
    if (!parsed) return { status: 'malformed-signature' };
    const entry = keys.find((key) => key?.keyId === parsed.keyId);
    const key = entry && (await importAllowedKey(entry));
    if (!entry || !key) return { status: 'unknown-key' };
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes);
    const valid = await crypto.subtle.verify(ECDSA_SHA256, key, parsed.signature, data);
    return valid ? { status: 'verified', keyId: entry.keyId } : { status: 'bad-signature' };
  } catch {
    // No WebCrypto, or an argument of the wrong kind: nothing was verified.
    return { status: 'bad-signature' };
  }
}

/** The allow-list entry's key, or null when it is not a P-256 public key whose id is the one it is listed under. */
async function importAllowedKey(entry: PackKey): Promise<CryptoKey | null> {
  try {
    const key = await crypto.subtle.importKey('jwk', publicJwk(entry.jwk), ECDSA_P256, true, ['verify']);
    const id = await keyIdOfRaw(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
    return id === entry.keyId ? key : null;
  } catch {
    return null;
  }
}

/** Only the public members: a private `d` that slipped into a list is never imported. */
function publicJwk(jwk: PackPublicJwk): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true };
}

async function keyIdOfRaw(raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
