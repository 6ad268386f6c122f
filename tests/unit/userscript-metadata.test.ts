import { describe, expect, it } from 'vitest';
import { matchesAny, matchPatternRegExp, parseUserscript, scriptIdentity } from '../e2e/userscript/metadata';

describe('match patterns (as userscript managers apply @match)', () => {
  const etax = ['*://etax.beijing.chinatax.gov.cn/*'];

  it('covers both schemes, any port and any path of the host', () => {
    for (const url of [
      'http://etax.beijing.chinatax.gov.cn/',
      'https://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html?x=1#top',
      'http://etax.beijing.chinatax.gov.cn:4582/sbf/',
    ])
      expect(matchesAny(etax, url), url).toBe(true);
  });

  it('rejects look-alike hosts, other hosts and other schemes', () => {
    for (const url of [
      'http://etax.beijing.chinatax.gov.cn.example/sbf/',
      'http://x.etax.beijing.chinatax.gov.cn/',
      'http://www.beijing.gov.cn/',
      'ftp://etax.beijing.chinatax.gov.cn/',
      'http://example.org/?u=http://etax.beijing.chinatax.gov.cn/',
    ])
      expect(matchesAny(etax, url), url).toBe(false);
  });

  it('handles subdomain wildcards and path globs', () => {
    expect(matchPatternRegExp('https://*.gov.cn/a/*').test('https://fw.ybj.beijing.gov.cn/a/b')).toBe(true);
    expect(matchPatternRegExp('https://*.gov.cn/a/*').test('https://gov.cn/a/')).toBe(true);
    expect(matchPatternRegExp('https://*.gov.cn/a/*').test('https://fw.gov.cn/b/')).toBe(false);
    expect(() => matchPatternRegExp('etax.beijing.chinatax.gov.cn')).toThrow();
  });
});

describe('userscript header', () => {
  it('reads every @key, repeated keys in order, bare keys as empty', () => {
    const { meta } = parseUserscript(
      [
        '// ==UserScript==',
        '// @name   名',
        '// @match  *://a.cn/*',
        '// @match  *://b.cn/*',
        '// @noframes',
        '// ==/UserScript==',
        'code();',
      ].join('\n'),
    );
    expect(meta.get('name')).toEqual(['名']);
    expect(meta.get('match')).toEqual(['*://a.cn/*', '*://b.cn/*']);
    expect(meta.get('noframes')).toEqual(['']);
  });

  it('refuses a file without a header', () => {
    expect(() => parseUserscript('code();')).toThrow();
  });

  it('knows a script by @namespace and @name, as managers do: other @match, same script', () => {
    const header = (namespace: string, name: string, match: string) =>
      parseUserscript(
        [
          '// ==UserScript==',
          `// @name ${name}`,
          `// @namespace ${namespace}`,
          `// @match ${match}`,
          '// ==/UserScript==',
        ].join('\n'),
      ).meta;
    const installed = header('https://a.invalid/', '名', '*://a.cn/*');
    expect(scriptIdentity(header('https://a.invalid/', '名', '*://b.cn/*'))).toBe(scriptIdentity(installed));
    expect(scriptIdentity(header('https://b.invalid/', '名', '*://a.cn/*'))).not.toBe(scriptIdentity(installed));
    expect(scriptIdentity(header('https://a.invalid/', '另一个', '*://a.cn/*'))).not.toBe(scriptIdentity(installed));
  });
});
