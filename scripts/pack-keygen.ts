/**
 * `npm run pack:keygen -- <folder outside the repository>`: makes an ECDSA P-256 key pair for signing policy
 * packs. Writes `yibao-pack-<keyId>.private.jwk` (mode 600) and `.public.jwk` there, never overwriting, and
 * prints the public key and the entry to add to `utils/pack-keys.ts`. The private key never enters the repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packKeyId, type PackPublicJwk } from '../utils/pack-signature';
import { isInsideRepository } from './pack-key-file';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run pack:keygen -- <folder outside the repository>');
  process.exit(2);
}
if (isInsideRepository(folder)) {
  console.error(
    `Refusing to write a private key inside the repository (${resolve(folder)}). Choose a folder outside it.`,
  );
  process.exit(2);
}

const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
const publicJwk = { kty, crv, x, y } as PackPublicJwk;
const keyId = await packKeyId(publicJwk);

mkdirSync(folder, { recursive: true, mode: 0o700 });
const privatePath = resolve(join(folder, `yibao-pack-${keyId}.private.jwk`));
const publicPath = resolve(join(folder, `yibao-pack-${keyId}.public.jwk`));
writeFileSync(privatePath, `${JSON.stringify({ ...privateJwk, kid: keyId })}\n`, { mode: 0o600, flag: 'wx' });
writeFileSync(publicPath, `${JSON.stringify({ ...publicJwk, kid: keyId })}\n`, { flag: 'wx' });

console.log(`Key id:      ${keyId}`);
console.log(`Private key: ${privatePath}  (keep it secret; never commit it)`);
console.log(`Public key:  ${publicPath}`);
console.log(`\nPublic JWK:\n${JSON.stringify(publicJwk)}`);
console.log(
  `\nTo trust it, add to releasePackKeys in utils/pack-keys.ts:\n  { keyId: '${keyId}', jwk: ${JSON.stringify(publicJwk)} },`,
);
console.log(`\nTo sign with it:\n  YIBAO_PACK_KEY=${privatePath} npm run pack`);
