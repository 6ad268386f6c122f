/**
 * Malformed policy packs, made deterministically from the bundled book by mutation operators. Each operator
 * breaks a rule the importer must enforce; every pack it returns must be rejected whole.
 */
import { bundledPolicyBook } from '@/policy';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface MalformedPack {
  operator: string;
  text: string;
}

/** mulberry32: a tiny seeded generator, so a failure names a pack that can be made again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paths(value: Json, at: Path = []): { path: Path; value: Json }[] {
  const here = [{ path: at, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...at, k]))];
  return here;
}

function set(root: Json, path: Path, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
}

const BAD_DATES = ['2024-02-30', '2023-02-29', '2024-13-01', '2024/01/01', '20240101', '2024-1-1', ''];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b>加粗</b>', 'javascript:alert(1)'];

type Operator = (book: Json, pick: <T>(items: T[]) => T) => Json | string;

const operators: Record<string, Operator> = {
  'wrong-type': (book, pick) => {
    const leaf = pick(paths(book).filter((p) => p.value !== null && typeof p.value !== 'object'));
    set(
      book,
      leaf.path,
      typeof leaf.value === 'string' ? 42 : typeof leaf.value === 'number' ? String(leaf.value) : 'true',
    );
    return book;
  },
  'missing-source': (book, pick) => {
    const reference = pick(paths(book).filter((p) => p.path[p.path.length - 1] === 'reference'));
    const field = pick([undefined, 'publisher', 'title', 'url', 'published', 'confidence']);
    set(book, field ? [...reference.path, field] : reference.path, undefined);
    return book;
  },
  'bad-date': (book, pick) => {
    const date = pick(paths(book).filter((p) => typeof p.value === 'string' && /^\d{4}-\d\d-\d\d$/.test(p.value)));
    set(book, date.path, pick(BAD_DATES));
    return book;
  },
  duplicate: (book, pick) => {
    const lists = paths(book).filter(
      (p) => p.path[p.path.length - 1] === 'values' || p.path[p.path.length - 1] === 'notices',
    );
    const list = pick(lists.filter((p) => Array.isArray(p.value) && p.value.length > 0));
    (list.value as Json[]).push(structuredClone((list.value as Json[])[0]));
    return book;
  },
  huge: (book, pick) => {
    const leaf = pick(paths(book).filter((p) => typeof p.value === 'number' || typeof p.value === 'string'));
    set(
      book,
      leaf.path,
      typeof leaf.value === 'number' ? pick([1e12, -1, Number.MAX_SAFE_INTEGER]) : 'x'.repeat(20_000),
    );
    return book;
  },
  markup: (book, pick) => {
    const leaf = pick(paths(book).filter((p) => typeof p.value === 'string'));
    set(book, leaf.path, `${leaf.value}${pick(MARKUP)}`);
    return book;
  },
  truncated: (book, pick) => {
    const text = JSON.stringify(book);
    return text.slice(0, 1 + Math.floor(pick([0.01, 0.2, 0.5, 0.8, 0.99]) * (text.length - 2)));
  },
  'unknown-key': (book, pick) => {
    const object = pick(paths(book).filter((p) => p.value && typeof p.value === 'object' && !Array.isArray(p.value)));
    set(book, [...object.path, pick(['extra', '__proto_', 'onload', 'value2'])], 1);
    return book;
  },
  'bad-confidence': (book, pick) => {
    const reference = pick(paths(book).filter((p) => p.path[p.path.length - 1] === 'confidence'));
    set(book, reference.path, pick(['high', 'Official', 'official ', 'low', '']));
    return book;
  },
  'bad-version': (book, pick) => {
    set(book, ['version'], pick(['', 'v 1', '版本1', 'x'.repeat(41)]));
    return book;
  },
};

export function malformedPacks(perOperator = 25, seed = 20261124): MalformedPack[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  return Object.entries(operators).flatMap(([operator, mutate]) =>
    Array.from({ length: perOperator }, () => {
      const mutated = mutate(structuredClone(bundledPolicyBook) as unknown as Json, pick);
      return { operator, text: typeof mutated === 'string' ? mutated : JSON.stringify(mutated) };
    }),
  );
}

/** A valid pack newer than the bundled one. */
export function newerPack(version = '2099.1.1'): string {
  return JSON.stringify({ ...bundledPolicyBook, version });
}
