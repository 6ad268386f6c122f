import { describe, expect, it } from 'vitest';
import { hostOfPattern, patternOfUrl, withheldHosts } from '@/utils/host-access';
import { allMatchPatterns } from '@/utils/official-sites';

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
    expect(asked).toEqual(allMatchPatterns.map((pattern) => [pattern]));
    expect(withheld).toEqual(allMatchPatterns.filter((pattern) => !granted.has(pattern)));
    expect(withheld).toContain('*://etax.beijing.chinatax.gov.cn/*');
    // The notice pages, where the notice reader runs, are named too.
    expect(withheld).toContain('*://ybj.beijing.gov.cn/tzgg2022/*');
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

  it('finds a notice page by its path, and names it with the path', () => {
    expect(patternOfUrl('https://www.beijing.gov.cn/zhengce/zhengcefagui/202411/t1.html')).toBe(
      '*://www.beijing.gov.cn/zhengce/*',
    );
    // The same host outside the notice path is no page of ours.
    expect(patternOfUrl('https://www.beijing.gov.cn/renwen/')).toBeUndefined();
    expect(hostOfPattern('*://www.beijing.gov.cn/zhengce/*')).toBe('www.beijing.gov.cn/zhengce');
  });
});
