import { describe, expect, it } from 'vitest';
import { hostOfPattern, patternOfUrl, withheldHosts } from '@/utils/host-access';
import { matchPatterns } from '@/utils/official-sites';

describe('withheld official hosts', () => {
  it('asks for each host alone and lists those the browser withholds, in the official order', async () => {
    const asked: string[][] = [];
    const granted = new Set(['*://fw.ybj.beijing.gov.cn/*', '*://bjt.beijing.gov.cn/*']);
    const withheld = await withheldHosts({
      contains: async ({ origins }) => {
        asked.push(origins);
        return origins.every((origin) => granted.has(origin));
      },
    });
    expect(asked).toEqual(matchPatterns.map((pattern) => [pattern]));
    expect(withheld).toEqual(matchPatterns.filter((pattern) => !granted.has(pattern)));
    expect(withheld).toContain('*://etax.beijing.chinatax.gov.cn/*');
  });

  it('lists none when every host is granted', async () => {
    expect(await withheldHosts({ contains: async () => true })).toEqual([]);
  });

  it('finds the pattern of an official page only, any scheme and port', () => {
    expect(patternOfUrl('https://etax.beijing.chinatax.gov.cn:8443/sbf/x.html')).toBe(
      '*://etax.beijing.chinatax.gov.cn/*',
    );
    expect(patternOfUrl('http://etax.beijing.chinatax.gov.cn.example/')).toBeUndefined();
    expect(patternOfUrl('chrome://extensions/')).toBeUndefined();
    expect(patternOfUrl(undefined)).toBeUndefined();
    expect(patternOfUrl('not a url')).toBeUndefined();
    expect(hostOfPattern('*://fuwu.nhsa.gov.cn/*')).toBe('fuwu.nhsa.gov.cn');
  });
});
