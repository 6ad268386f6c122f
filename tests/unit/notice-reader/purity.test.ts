/**
 * The reader is rules-as-code like policy/: no browser or network API, and no clock or time-zone dependent call.
 * Checked on the sources, so a later edit that reaches for one fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const dir = resolve(import.meta.dirname, '../../../notice-reader');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, code: readFileSync(resolve(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') }));

test('sources exist', () => expect(sources.length).toBeGreaterThan(8));

test.each([
  ['no network', /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/],
  ['no browser API', /\b(?:window|document|navigator|chrome|browser|localStorage|indexedDB|GM_\w+|GM\.)\b/],
  ['no clock or local time', /\bDate\b|\bIntl\b|toLocale\w*String|performance\.now/],
  ['no dynamic code', /\beval\s*\(|new\s+Function|import\s*\(/],
  // utils/official-sites is the one list of official hosts, itself pure (no browser API).
  [
    'imports only from itself, policy/ and the official-site list',
    /from\s+'(?!\.\/|\.\.\/policy\/|\.\.\/utils\/official-sites')[^']*'/,
  ],
])('%s', (_what, pattern) => {
  for (const { name, code } of sources) expect(code, name).not.toMatch(pattern);
});
