/**
 * `npm run pack`: the bundled policy book as a signed pack, for publishing a new 年度 to installs that cannot wait
 * for an update.
 *
 *   YIBAO_PACK_KEY=/path/outside/the/repo/key.jwk npm run pack [-- --out <folder>] [-- --unlisted-key]
 *
 * Writes `yibao-policy-<version>.json` (the book as JSON, these exact bytes are what is signed) and
 * `yibao-policy-<version>.sig.json` (utils/pack-signature.ts) to `.output/pack/` or `--out`. The key is a P-256
 * private key as JWK or PEM; its path comes only from the environment and must lie outside the repository. A key
 * not on the allow-list (utils/pack-keys.ts) would give packs that installs label 未验证, so it is refused unless
 * `--unlisted-key` says that is meant (tests, a key about to be added).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledPolicyBook } from '../policy';
import { releasePackKeys } from '../utils/pack-keys';
import { formatSignatureFile, packKeyId, verifyPackSignature } from '../utils/pack-signature';
import { parsePack } from '../utils/policy-pack';
import { isInsideRepository, readSigningKey, REPO_ROOT } from './pack-key-file';

export const PACK_KEY_VARIABLE = 'YIBAO_PACK_KEY';

function fail(message: string): never {
  console.error(`npm run pack: ${message}`);
  process.exit(1);
}

const { values: options } = parseArgs({ options: { out: { type: 'string' }, 'unlisted-key': { type: 'boolean' } } });

const keyPath = process.env[PACK_KEY_VARIABLE];
if (!keyPath) {
  fail(
    `no signing key. Set ${PACK_KEY_VARIABLE} to the path of the project's P-256 private key (JWK or PEM), kept outside ` +
      `the repository, e.g. ${PACK_KEY_VARIABLE}=/secure/yibao-pack.private.jwk npm run pack. Nothing was written.`,
  );
}
if (isInsideRepository(keyPath))
  fail(`the key ${resolve(keyPath)} is inside the repository. Private keys must never be there; move it out.`);

if (!existsSync(keyPath)) fail(`${PACK_KEY_VARIABLE}=${keyPath}: no such file. Nothing was written.`);
if (process.platform !== 'win32' && statSync(keyPath).mode & 0o077)
  console.warn(`Warning: ${resolve(keyPath)} can be read by other users (chmod 600 it).`);

let key: ReturnType<typeof readSigningKey>;
try {
  key = readSigningKey(keyPath);
} catch (error) {
  fail((error as Error).message);
}
const keyId = await packKeyId(key.publicJwk);
const listed = releasePackKeys.some((entry) => entry.keyId === keyId);
if (!listed && !options['unlisted-key']) {
  fail(
    `key ${keyId} is not in utils/pack-keys.ts, so installs would label the pack 未验证. Add its public key there first, or pass --unlisted-key.`,
  );
}

const { version } = bundledPolicyBook;
if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version)) fail(`the book's version "${version}" cannot name a file`);
const text = `${JSON.stringify(bundledPolicyBook, null, 2)}\n`;
// Never sign what the importer would refuse.
const check = parsePack(text);
if (!check.ok) fail(`the bundled book fails the pack checks:\n  ${check.problems.join('\n  ')}`);

const bytes = new TextEncoder().encode(text);
const signingKey = await crypto.subtle.importKey('pkcs8', key.pkcs8, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
  'sign',
]);
const signature = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signingKey, bytes));
const signatureFile = formatSignatureFile(keyId, signature);

// The round trip the installs will make, before anything is written.
const roundTrip = await verifyPackSignature(bytes, signatureFile, [{ keyId, jwk: key.publicJwk }]);
if (roundTrip.status !== 'verified')
  fail(`the new signature does not verify (${roundTrip.status}); nothing was written`);

const outDir = resolve(REPO_ROOT, options.out ?? '.output/pack');
mkdirSync(outDir, { recursive: true });
const packPath = join(outDir, `yibao-policy-${version}.json`);
const signaturePath = join(outDir, `yibao-policy-${version}.sig.json`);
writeFileSync(packPath, bytes);
writeFileSync(signaturePath, signatureFile);

console.log(
  `Policy pack ${version} (published ${bundledPolicyBook.published}), signed with key ${keyId}${listed ? '' : ' (NOT on the allow-list)'}`,
);
console.log(`  ${packPath}  ${bytes.length} bytes, SHA-256 ${createHash('sha256').update(bytes).digest('hex')}`);
console.log(`  ${signaturePath}`);
console.log('Publish both files unchanged, side by side: any changed byte makes the pack 未验证.');
