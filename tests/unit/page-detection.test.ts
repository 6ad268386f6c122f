/**
 * Like github-url-detection's index.test.ts: every sample page (tests/unit/page-samples, written from the facts)
 * against every detector — true on its own kind, false on all others — plus hostile and unrelated pages that no
 * detector may claim.
 */
import { describe, expect, it } from 'vitest';
import { matchPatterns, officialSites, siteOf, type SiteId } from '@/utils/official-sites';
import { detectPage, detectors, pageKinds, type PageInput } from '@/utils/page-detection';
import { allSamples, samplesBySite } from './page-samples';

const ETAX_TEXT =
  '国家税务总局北京市电子税务局\n我要办税 社保费\n社保费缴纳 · 城乡居民基本医疗保险\n证件类型 证件号码 缴费年度';
const YBJ_POOLING_TEXT =
  '北京医保公共服务平台 个人网厅\n个人账户家庭共济关系维护\n新增共济关系 家庭成员证件号码 与本人关系';
const BJT_TEXT = '京通 社会保障\n社保费办理\n城乡居民基本医疗保险缴费办理\n缴费年度 应缴金额';
const RSJ_TEXT = '北京市社会保险网上服务平台\n个人用户登录 单位用户登录';
const NHSA_TEXT = '国家医保服务平台 北京地方专区\n家庭共济备案 共济人员信息';

describe.each(pageKinds)('detector %s', (kind) => {
  it.each(allSamples.map((sample) => [sample.expected === kind ? 'claims' : 'rejects', sample.note, sample] as const))(
    '%s: %s',
    (_verb, _note, { expected, page }) => {
      expect(detectors[kind](page)).toBe(expected === kind);
    },
  );
});

describe('every sample matches exactly its expected kind, or none', () => {
  it.each(allSamples.map((sample) => [sample.note, sample] as const))('%s', (_note, { expected, page }) => {
    expect(detectPage(page) ?? null).toBe(expected);
  });
});

describe('samples', () => {
  it('has at least four wording variants for every page kind, besides the replicas', () => {
    const positives = Object.values(samplesBySite).flatMap(({ positives }) => positives);
    for (const kind of pageKinds)
      expect(positives.filter((s) => s.expected === kind).length, kind).toBeGreaterThanOrEqual(4);
  });

  it.each(officialSites.map((site) => [site.id] as [SiteId]))(
    '%s: at least as many negatives as positives, each on the site',
    (site) => {
      const { negatives, positives } = samplesBySite[site];
      expect(negatives.length).toBeGreaterThanOrEqual(positives.length);
      for (const { page } of [...negatives, ...positives]) expect(siteOf(page.url), page.url).toBe(site);
      for (const { expected } of negatives) expect(expected).toBeNull();
    },
  );

  it('every official host has negatives and positives of its own', () => {
    const hostsOf = (samples: typeof allSamples) => new Set(samples.map(({ page }) => new URL(page.url).hostname));
    for (const site of officialSites) {
      const { negatives, positives } = samplesBySite[site.id];
      for (const host of site.hosts) {
        expect(hostsOf(negatives), `negatives on ${host}`).toContain(host);
        expect(hostsOf(positives), `positives on ${host}`).toContain(host);
      }
    }
  });

  it('the same negatives, moved to an unrelated host, stay unclaimed, and so do the positives', () => {
    for (const { page } of allSamples) expect(detectPage({ ...page, url: 'https://example.com/' })).toBeUndefined();
  });
});

describe("weighing: a name in the page's title, heading, breadcrumbs or active menu outweighs the body", () => {
  const url = 'https://fw.ybj.beijing.gov.cn/hallEnter/#/x';
  const body = { url, title: '北京医保公共服务平台', text: '个人网厅\n个人账户家庭共济关系维护\n说明' };
  it('the module named once in the body (a menu) is not enough', () => {
    expect(detectPage({ ...body, headings: [], breadcrumbs: [] })).toBeUndefined();
  });
  it.each([
    ['heading', { headings: ['个人账户家庭共济关系维护'] }],
    ['breadcrumbs', { breadcrumbs: ['个人网厅 > 家庭共济'] }],
    ['active menu', { activeMenu: '家庭共济' }],
    ['title', { title: '家庭共济' }],
  ] as [string, Partial<PageInput>][])('named in the %s, it is', (_where, named) => {
    expect(detectPage({ ...body, headings: [], breadcrumbs: [], ...named })).toBe('ybj-family-pooling');
  });
  it('named only in the body, two of its form labels make it', () => {
    expect(detectPage({ ...body, headings: [], breadcrumbs: [], text: `${body.text}\n关系\n家庭成员姓名` })).toBe(
      'ybj-family-pooling',
    );
    expect(detectPage({ ...body, headings: [], breadcrumbs: [], text: `${body.text}\n关系` })).toBeUndefined();
  });
  it('a label word inside a sentence is not a label', () => {
    expect(
      detectPage({
        ...body,
        headings: [],
        breadcrumbs: [],
        text: `${body.text}\n请填写关系\n家庭成员姓名请如实填写，与本人关系`,
      }),
    ).toBeUndefined();
  });
});

const ALL_CUES = `${ETAX_TEXT}\n${YBJ_POOLING_TEXT}\n${BJT_TEXT}\n${RSJ_TEXT}\n${NHSA_TEXT}`;

const hostile: [reason: string, page: PageInput][] = [
  ['look-alike suffix', { url: 'https://etax.beijing.chinatax.gov.cn.evil.com/sbf', text: ETAX_TEXT }],
  ['look-alike prefix', { url: 'https://xetax.beijing.chinatax.gov.cn/', text: ETAX_TEXT }],
  ['subdomain of an official host', { url: 'https://evil.fw.ybj.beijing.gov.cn/hallEnter/', text: YBJ_POOLING_TEXT }],
  ['userinfo trick', { url: 'https://etax.beijing.chinatax.gov.cn@evil.com/', text: ETAX_TEXT }],
  ['official host in the query', { url: 'https://evil.com/?next=https://bjt.beijing.gov.cn/', text: BJT_TEXT }],
  ['official host in the path', { url: 'https://evil.com/fw.ybj.beijing.gov.cn/hallEnter/', text: YBJ_POOLING_TEXT }],
  ['another province', { url: 'https://etax.shanghai.chinatax.gov.cn/sbf', text: ETAX_TEXT }],
  ['another province (Hebei)', { url: 'https://etax.hebei.chinatax.gov.cn/', text: '社保费缴纳 城乡居民基本医疗保险' }],
  [
    'another province on the national platform',
    { url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/#/area/tianjin', text: '天津地方专区 家庭共济备案' },
  ],
  ['every cue on an unrelated host', { url: 'https://example.com/', text: ALL_CUES }],
  ['every cue on the 医保局 news portal', { url: 'https://ybj.beijing.gov.cn/tzgg2022/', text: ALL_CUES }],
  [
    'official path on an unrelated host',
    { url: 'https://example.com/hallEnter/#/personal/gjgx', text: YBJ_POOLING_TEXT },
  ],
  ['file URL named like the host', { url: 'file:///etax.beijing.chinatax.gov.cn/sbf.html', text: ETAX_TEXT }],
  ['ftp scheme', { url: 'ftp://etax.beijing.chinatax.gov.cn/', text: ETAX_TEXT }],
  ['not a URL', { url: 'etax.beijing.chinatax.gov.cn 社保费', text: ETAX_TEXT }],
  ['empty', { url: '', text: '' }],
  [
    'markup on an unrelated host',
    { url: 'https://evil.com/', text: '<a href="https://etax.beijing.chinatax.gov.cn/">社保费 城乡居民医保</a>' },
  ],
  [
    'e-tax home without 社保费',
    { url: 'https://etax.beijing.chinatax.gov.cn/', text: '国家税务总局北京市电子税务局 我要办税 个人所得税' },
  ],
  [
    'e-tax 社保费 for employees only',
    { url: 'https://etax.beijing.chinatax.gov.cn/sbf', text: '社保费 单位职工基本养老保险' },
  ],
  [
    '医保 platform unit login',
    {
      url: 'https://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin',
      text: '北京医保公共服务平台 单位网厅 单位登录 统一社会信用代码',
    },
  ],
  ['京通 login page', { url: 'https://bjt.beijing.gov.cn/renzheng/', text: '京通 统一身份认证 登录' }],
  ['人社局 news page', { url: 'https://rsj.beijing.gov.cn/xxgk/', text: '北京市人力资源和社会保障局 新闻动态' }],
  [
    'national platform home',
    { url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/#/home', text: '国家医保服务平台 医保电子凭证 异地就医备案' },
  ],
];

describe('hostile and unrelated pages', () => {
  it.each(hostile)('%s: no detector claims it', (_reason, page) => {
    for (const kind of pageKinds) expect(detectors[kind](page), kind).toBe(false);
    expect(detectPage(page)).toBeUndefined();
  });

  it('takes markup in the text as plain words: tags alone say nothing, cue words inside them still count', () => {
    const url = 'https://etax.beijing.chinatax.gov.cn/';
    expect(detectPage({ url, text: '<script>alert(1)</script><img src=x onerror=alert(1)>' })).toBeUndefined();
    expect(detectPage({ url, text: '<script>社保费</script><b onclick="x()">城乡居民医保</b>' })).toBe(
      'etax-social-fee',
    );
  });
});

describe('official sites', () => {
  it('matches any scheme and port of exactly the official hosts', () => {
    expect(matchPatterns).toContain('*://etax.beijing.chinatax.gov.cn/*');
    for (const pattern of matchPatterns) expect(pattern).toMatch(/^\*:\/\/[a-z.]+\.gov\.cn\/\*$/);
  });

  it('knows a host with a port', () => {
    expect(siteOf('https://etax.beijing.chinatax.gov.cn:8443/loginb/')).toBe('etax');
  });

  it('every official host has a match pattern and at least one sample page detected on it; every sample is on a matched host', () => {
    const sampleHosts = new Set(
      allSamples.filter((s) => s.expected).map(({ page }) => new URL(page.url).hostname.toLowerCase()),
    );
    for (const host of officialSites.flatMap((site) => site.hosts)) {
      expect(matchPatterns).toContain(`*://${host}/*`);
      expect(sampleHosts, host).toContain(host);
    }
    for (const host of sampleHosts) expect(matchPatterns).toContain(`*://${host}/*`);
  });
});
