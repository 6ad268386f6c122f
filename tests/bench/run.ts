/**
 * `npm run bench`: runs every bench module in this folder (each exports `bench()`), prints a table and writes
 * `bench-results/bench.json`. Figures with a target are compared, never asserted: speed is not a test. The median
 * decides a target; a ratio's 95% interval is printed beside it for information (`stats.ts`).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verdict } from './stats';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
  /** 95% bootstrap interval, for ratios of medians (`stats.ts`). */
  interval?: [number, number];
}

const here = dirname(fileURLToPath(import.meta.url));
/** `BENCH_ONLY=content-script,sizes`: run only these modules (file names without `.ts`). */
const only = process.env.BENCH_ONLY?.split(',').map((name) => `${name.trim()}.ts`);
const modules = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && (!only || only.includes(file)))
  .sort();

const results: (BenchResult & { module: string })[] = [];
for (const file of modules) {
  const { bench } = (await import(join(here, file))) as { bench?: () => Promise<BenchResult[]> };
  if (!bench) continue; // a helper module
  for (const result of await bench()) results.push({ module: file.replace(/\.ts$/, ''), ...result });
}

const figure = (value: number) => Number(value.toPrecision(4));
console.table(
  results.map((r) => ({
    module: r.module,
    measure: r.name,
    value: `${figure(r.value)} ${r.unit}`,
    '95% interval': r.interval ? `${figure(r.interval[0])}–${figure(r.interval[1])}` : '',
    target: r.target ?? '',
    verdict: (r.target && verdict(r.value, r.target)) ?? '',
  })),
);
const outDir = join(here, '..', '..', 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`written ${join('bench-results', 'bench.json')}`);
