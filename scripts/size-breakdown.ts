/**
 * What each built script is made of: bytes per source module, read from a source-mapped build, and each module's
 * share of the gzip size (level 9, as tests/bench/sizes.ts measures): the file gzipped without that module's
 * bytes, subtracted from the whole. Shares overlap a little (gzip reuses text across modules), so they do not add
 * up exactly to the total.
 *
 *   npm run sizes:breakdown                      every script of a source-mapped chrome-mv3 build, by module
 *   npm run sizes:breakdown -- --by-folder       the same, summed per folder (node_modules per package)
 *   npm run sizes:breakdown -- --no-build        reuse .output/chrome-mv3-sizes
 *   npm run sizes:breakdown -- --userscript      the userscript instead, not minified (as shipped)
 *   npm run sizes:breakdown -- --userscript --mangled     the same code with names mangled (whitespace removed)
 *   npm run sizes:breakdown -- --userscript --minify=whitespace|mangle|mangle-compress
 *
 * The build is `wxt build --mode sizes` (wxt.config.ts): the release build's code plus source maps, in its own
 * folder (its gzip sizes are within about 0.1 kB of the release build's: the source-map comment, chunk order).
 * For the userscript, `vite build -c userscript/vite.config.ts --mode sizes`: its code without the manager header,
 * plus source maps, in `.output/userscript-sizes` (within about 1 kB gzip of the release file: the monkey plugin's
 * own second bundling differs a little; the source-map comment). `--minify` (`--mangled` = `--minify=mangle`) sets
 * USERSCRIPT_MINIFY for that build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3-sizes';
const SCRIPTS = ['page-helper.js', 'background.js'];
const USERSCRIPT_OUT = '.output/userscript-sizes';

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** `../node_modules/dexie/dist/…` → `node_modules/dexie`; `../../answers/x.ts` → `answers/x.ts`. */
function moduleName(source: string | null, byFolder: boolean): string {
  if (!source) return '(no source: inlined CSS, bundler glue)';
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (pkg) return `node_modules/${pkg[1]}`;
  const path = source.replace(/^(\.\.\/)+/, '');
  return byFolder && path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : path;
}

interface SourceMap {
  sources: (string | null)[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The segments of a source map (version 3): generated line and column, and the source they came from. */
function segments(map: SourceMap): { line: number; column: number; source: string | null }[] {
  const found: { line: number; column: number; source: string | null }[] = [];
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (digit & 32) continue;
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      found.push({ line: lineIndex, column, source: fields.length > 1 ? map.sources[source] : null });
    }
  });
  return found;
}

/** The owning module of every byte of `code` (a CJK character is three bytes, as in the shipped file). */
function owners(code: Buffer, map: SourceMap, byFolder: boolean): string[] {
  const text = code.toString('utf8');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  // Source-map columns count UTF-16 units, as string indices do.
  const unitOwner: string[] = new Array(text.length).fill(moduleName(null, byFolder));
  const found = segments(map);
  found.forEach((segment, i) => {
    const next = found[i + 1];
    // A segment runs to the next one on its line, or to its line's end: lines no segment maps (an inlined
    // stylesheet in code that is not minified) belong to no module.
    const lineEnd = segment.line + 1 < lineStarts.length ? lineStarts[segment.line + 1] : text.length;
    const end = next?.line === segment.line ? lineStarts[next.line] + next.column : lineEnd;
    const name = moduleName(segment.source, byFolder);
    for (let k = lineStarts[segment.line] + segment.column; k < end; k++) unitOwner[k] = name;
  });
  const byteOwner: string[] = [];
  let unit = 0;
  for (const char of text) {
    for (let b = Buffer.byteLength(char); b > 0; b--) byteOwner.push(unitOwner[unit]);
    unit += char.length;
  }
  return byteOwner;
}

function breakdown(file: string, byFolder: boolean): void {
  const code = readFileSync(file);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMap;
  const byteOwner = owners(code, map, byFolder);
  const total = gzipSize(code);
  const raw = new Map<string, number>();
  for (const name of byteOwner) raw.set(name, (raw.get(name) ?? 0) + 1);
  const rows = [...raw].map(([name, bytes]) => {
    const without = Buffer.from(code.filter((_, i) => byteOwner[i] !== name));
    return { name, raw: bytes, gzip: total - gzipSize(without) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  const kb = (n: number) => (n / 1000).toFixed(2).padStart(7);
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0).padStart(3)} %`;
  console.log(`\n${file}: ${kb(code.length)} kB raw, ${kb(total)} kB gzip\n   gzip share      raw  module`);
  for (const r of rows) console.log(`${kb(r.gzip)} ${pct(r.gzip, total)} ${kb(r.raw)}  ${r.name}`);
}

const args = process.argv.slice(2);
const byFolder = args.includes('--by-folder');
if (args.includes('--userscript')) {
  const minify = args.includes('--mangled')
    ? 'mangle'
    : (args.find((arg) => arg.startsWith('--minify='))?.slice('--minify='.length) ?? '');
  execFileSync('npx', ['vite', 'build', '-c', 'userscript/vite.config.ts', '--mode', 'sizes', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, USERSCRIPT_MINIFY: minify },
  });
  breakdown(join(USERSCRIPT_OUT, 'yibao-helper.user.js'), byFolder);
} else {
  if (!args.includes('--no-build') || !existsSync(OUT)) {
    execFileSync('npx', ['wxt', 'build', '--mode', 'sizes'], { stdio: 'inherit' });
  }
  for (const script of SCRIPTS) breakdown(join(OUT, script), byFolder);
}
