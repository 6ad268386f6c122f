/**
 * policy/SOURCES.md and the bundled book cannot drift: every reference the book cites has a block there with the
 * same fields and the same list of what it backs, and the document's cited-sources section lists nothing else.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledPolicyBook } from '@/policy/book';
import type { Confidence, Reference } from '@/policy/types';

const DOC = readFileSync(resolve(import.meta.dirname, '../../policy/SOURCES.md'), 'utf8');
const SECTION = '## Sources the parameters cite';

const CONFIDENCE_LABELS: Record<Confidence, string> = {
  official: '官方原文',
  'quoted-official': '官方通知转载',
  secondary: '非官方来源',
  'official-local': '官方页面·本机读取',
};

interface Cited {
  reference: Reference;
  /** The words the document shows for the confidence (the book's own are checked against the code's value). */
  label?: string;
  /** What the reference backs: `<parameter id> <年度 | from date | calendar year>`, sorted. */
  backs: string[];
}

const keyOf = (r: Pick<Reference, 'url' | 'title'>) => `${r.url} | ${r.title}`;
const isReference = (value: Record<string, unknown>): value is Record<string, unknown> & Reference =>
  ['publisher', 'title', 'url', 'published', 'confidence'].every((field) => typeof value[field] === 'string');

/** Every reference in the book, wherever it sits, with what it backs (the nearest parameter id and the value's key). */
function citedByBook(): Map<string, Cited> {
  const cited = new Map<string, Cited>();
  const visit = (value: unknown, parameterId: string | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, parameterId);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const id = typeof node.id === 'string' ? node.id : parameterId;
    if (isReference(node)) {
      const { publisher, title, url, published, confidence } = node;
      if (!cited.has(keyOf(node)))
        cited.set(keyOf(node), { reference: { publisher, title, url, published, confidence }, backs: [] });
      return;
    }
    const reference = node.reference as Record<string, unknown> | undefined;
    if (reference && isReference(reference)) {
      visit(reference, id);
      const when =
        typeof node.from === 'string'
          ? `from ${node.from}`
          : id === 'holiday-calendar'
            ? `calendar year ${node.year}`
            : `${node.year}年度`;
      cited.get(keyOf(reference))?.backs.push(`${id} ${when}`);
    }
    for (const [key, item] of Object.entries(node)) if (key !== 'reference') visit(item, id);
  };
  visit(bundledPolicyBook, undefined);
  for (const entry of cited.values()) entry.backs.sort();
  return cited;
}

/** The blocks of the cited-sources section: `- Field: value` lines and the `Backs:` list. */
function listedInDoc(): Map<string, Cited> {
  const start = DOC.indexOf(SECTION);
  const end = DOC.indexOf('\n## ', start + SECTION.length);
  const section = DOC.slice(start, end === -1 ? undefined : end);
  const listed = new Map<string, Cited>();
  for (const block of section.split('\n### ').slice(1)) {
    const field = (name: string) => block.match(new RegExp(`^- ${name}: (.*)$`, 'm'))?.[1].trim() ?? `(no ${name})`;
    const confidence = (field('Confidence').match(/\(`([a-z-]+)`\)/)?.[1] ?? '') as Confidence;
    const published = field('Published');
    const reference: Reference = {
      publisher: field('Publisher'),
      title: field('Title'),
      url: field('URL').split(' ')[0],
      published: published === 'unknown' ? '' : published,
      confidence,
    };
    const label = field('Confidence').split(' ')[0];
    const backs = [...block.matchAll(/^ {2}- `([a-z-]+)` (\d{4}年度|from \d{4}-\d{2}-\d{2}|calendar year \d{4})/gm)]
      .map(([, id, when]) => `${id} ${when}`)
      .sort();
    if (listed.has(keyOf(reference))) throw new Error(`SOURCES.md lists ${keyOf(reference)} twice`);
    listed.set(keyOf(reference), { reference, label, backs });
  }
  return listed;
}

describe('policy/SOURCES.md lists exactly the sources the bundled book cites', () => {
  const book = citedByBook();
  const doc = listedInDoc();

  test('the walk finds the book’s references (a walk that finds nothing would prove nothing)', () => {
    expect(book.size).toBeGreaterThanOrEqual(16);
    expect([...book.values()].every((entry) => entry.backs.length > 0)).toBe(true);
  });

  test('every reference in the book has a block, by URL and title', () => {
    expect([...book.keys()].filter((key) => !doc.has(key))).toEqual([]);
  });

  test('every block names a reference the book cites', () => {
    expect([...doc.keys()].filter((key) => !book.has(key))).toEqual([]);
  });

  test('each block gives the reference’s publisher, date and confidence as the code does', () => {
    for (const [key, { reference }] of book) expect(doc.get(key)?.reference, key).toEqual(reference);
  });

  test('each block shows the confidence in the words users see (官方原文 / 官方通知转载 / 非官方来源)', () => {
    const wrong = [...doc.values()].filter(({ reference, label }) => label !== CONFIDENCE_LABELS[reference.confidence]);
    expect(wrong.map(({ reference, label }) => `${reference.title}: ${label}`)).toEqual([]);
  });

  test('each block lists what the reference backs: every parameter and 年度, date or calendar year', () => {
    for (const [key, { backs }] of book) expect(doc.get(key)?.backs, key).toEqual(backs);
  });

  test('the document cites no file outside the repository except the saved copies it explains', () => {
    const outside = DOC.match(/policy-facts|\.\.\/shared|fact sheet/gi) ?? [];
    expect(outside).toEqual([]);
  });
});
