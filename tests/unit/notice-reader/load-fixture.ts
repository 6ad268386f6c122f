/**
 * Notice fixtures: a small header (url, title, heading…, published), a `---` line, the body text verbatim, then
 * optional `--- table` blocks whose lines are rows with cells between `|`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NoticeInput } from '@/notice-reader';

export const fixtureDir = resolve(import.meta.dirname, '../../fixtures/notices');

export function loadNotice(name: string): NoticeInput {
  const text = readFileSync(resolve(fixtureDir, name), 'utf8');
  const split = text.indexOf('\n---\n');
  const header = text.slice(0, split).split('\n');
  const [body, ...tableBlocks] = text.slice(split + 5).split(/\n--- table\n/);
  const input: NoticeInput = { url: '', title: '', headings: [], bodyText: body, tables: [] };
  for (const line of header) {
    if (line.startsWith('#')) continue;
    const [key, ...rest] = line.split(': ');
    const value = rest.join(': ');
    if (key === 'url') input.url = value;
    else if (key === 'title') input.title = value;
    else if (key === 'heading') input.headings.push(value);
    else if (key === 'published') input.publishedHint = value;
    else throw new Error(`${name}: unknown header ${key}`);
  }
  input.tables = tableBlocks.map((block) =>
    block
      .split('\n')
      .filter((row) => row.trim())
      .map((row) => row.split('|').map((cell) => cell.trim())),
  );
  return input;
}

export const allFixtures = (): string[] =>
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
