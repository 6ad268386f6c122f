/**
 * `npm run pack:verify -- <pack.json> [<pack.sig.json>]`: checks a pack file against its signature and the
 * committed keys (utils/pack-keys.ts), exactly as installs will; e.g. on the files as downloaded after publishing.
 * The signature defaults to the pack's name with `.sig.json`. Exits 0 only when verified.
 */
import { existsSync, readFileSync } from 'node:fs';
import { verifyPackSignature } from '../utils/pack-signature';

const [packPath, signaturePath = packPath?.replace(/\.json$/, '.sig.json')] = process.argv.slice(2);
if (!packPath || !signaturePath) {
  console.error('Usage: npm run pack:verify -- <pack.json> [<pack.sig.json>]');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(packPath));
const signature = existsSync(signaturePath) ? readFileSync(signaturePath, 'utf8') : null;
const result = await verifyPackSignature(bytes, signature);
console.log(
  `${packPath}: ${result.status}${result.status === 'verified' ? ` (key ${result.keyId})` : ''}${signature === null ? ` (no ${signaturePath})` : ''}`,
);
process.exit(result.status === 'verified' ? 0 : 1);
