/**
 * What a userscript manager reads from a userscript: the `// ==UserScript==` header, and which URLs its @match
 * patterns cover (Chrome/Tampermonkey/Violentmonkey match-pattern rules: the port never counts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const USERSCRIPT_PATH = resolve('.output/userscript/yibao-helper.user.js');

export interface Userscript {
  code: string;
  /** Every `@key value` line of the header, in order; a bare `@key` has the value ''. */
  meta: Map<string, string[]>;
}

export function parseUserscript(code: string): Userscript {
  const header = /^\/\/ ==UserScript==\n([\s\S]*?)\n\/\/ ==\/UserScript==/m.exec(code);
  if (!header) throw new Error('No // ==UserScript== header');
  const meta = new Map<string, string[]>();
  for (const line of header[1].split('\n')) {
    const entry = /^\/\/\s+@(\S+)(?:\s+(.*?))?\s*$/.exec(line);
    if (!entry) throw new Error(`Not a metadata line: ${line}`);
    meta.set(entry[1], [...(meta.get(entry[1]) ?? []), entry[2] ?? '']);
  }
  return { code, meta };
}

export function readUserscript(path = USERSCRIPT_PATH): Userscript {
  return parseUserscript(readFileSync(path, 'utf8'));
}

/** How a manager knows a script: @namespace and @name (a second install of the same pair replaces the first). */
export function scriptIdentity(meta: Userscript['meta']): string {
  return `${meta.get('namespace')?.[0] ?? ''} ${meta.get('name')?.[0] ?? ''}`;
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A match pattern (`<scheme>://<host>/<path>`) as a regular expression over full URLs. */
export function matchPatternRegExp(pattern: string): RegExp {
  if (pattern === '<all_urls>') return /^(?:https?|file|ftp):\/\//;
  const parts = /^(\*|https?|file|ftp):\/\/(\*|(?:\*\.)?[^/*:]+)?(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme, host = '', path] = parts;
  const schemeRe = scheme === '*' ? 'https?' : escapeRegExp(scheme);
  const hostRe =
    host === '*'
      ? '[^/:]+'
      : host.startsWith('*.')
        ? `(?:[^/:]+\\.)?${escapeRegExp(host.slice(2))}`
        : escapeRegExp(host);
  const pathRe = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export function matchesAny(patterns: string[], url: string): boolean {
  // Match patterns ignore the fragment, as browsers and managers do.
  const target = url.replace(/#.*$/, '');
  return patterns.some((pattern) => matchPatternRegExp(pattern).test(target));
}
