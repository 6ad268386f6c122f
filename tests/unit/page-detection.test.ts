/**
 * Like github-url-detection's index.test.ts: every sample page against every detector — true on its own kind,
 * false on all others — plus hostile and unrelated pages that no detector may claim.
 */
import { describe, expect, it } from 'vitest';
import { matchPatterns, officialSites, siteOf } from '@/utils/official-sites';
import { detectPage, detectors, pageKinds, type PageKind, type PageSignals } from '@/utils/page-detection';

const ETAX_TEXT = '国家税务总局北京市电子税务局\n我要办税 社保费\n社保费缴纳 · 城乡居民基本医疗保险\n证件类型 证件号码 缴费年度';
const YBJ_RESIDENT_TEXT = '北京医保公共服务平台 个人网厅\n城乡居民参保登记 城乡居民医保缴费信息查询\n个人账户家庭共济关系维护';
const YBJ_POOLING_TEXT = '北京医保公共服务平台 个人网厅\n个人账户家庭共济关系维护\n新增共济关系 家庭成员证件号码 与本人关系';
const BJT_TEXT = '京通 社会保障\n社保费办理\n城乡居民基本医疗保险缴费办理\n缴费年度 应缴金额';
const RSJ_TEXT = '北京市社会保险网上服务平台\n个人用户登录 单位用户登录';
const NHSA_TEXT = '国家医保服务平台 北京地方专区\n家庭共济备案 共济人员信息';

const samples: Record<PageKind, PageSignals[]> = {
  'etax-social-fee': [
    { url: 'https://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html', text: ETAX_TEXT },
    { url: 'https://etax.beijing.chinatax.gov.cn:8443/loginb/#/sbf', text: '社会保险费缴纳\n城乡居民医保' },
    { url: 'http://ETAX.Beijing.Chinatax.gov.cn/', text: '社保费 居民医保 缴费' },
  ],
  'ybj-resident': [
    { url: 'https://fw.ybj.beijing.gov.cn/hallEnter/#/personal/home', text: YBJ_RESIDENT_TEXT },
    { url: 'https://fw.ybj.beijing.gov.cn/hallEnter/#/personLogin', text: '个人服务 城乡居民医疗保险参保缴费' },
  ],
  'ybj-family-pooling': [
    { url: 'https://fw.ybj.beijing.gov.cn/hallEnter/#/personal/gjgx', text: YBJ_POOLING_TEXT },
    { url: 'http://fw.ybj.beijing.gov.cn:8080/hallEnter/', text: '个人账户家庭共济关系维护 共济人员姓名' },
  ],
  'bjt-social-fee': [
    { url: 'https://bjt.beijing.gov.cn/h5/?p=sbfbl-cxjmyb', text: BJT_TEXT },
    { url: 'https://portal.bjt.beijing.gov.cn/sbfbl', text: '社保费办理 城乡居民医保' },
  ],
  'rsj-old-platform': [
    { url: 'http://rsj.beijing.gov.cn/csibiz/', text: RSJ_TEXT },
    { url: 'https://fuwu.rsj.beijing.gov.cn/csibiz/indinfo/index.jsp', text: '北京市居民医保自行缴费' },
  ],
  'nhsa-beijing-pooling': [
    { url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/#/area/beijing/gjba', text: NHSA_TEXT },
    { url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/', text: '北京地方专区 共济关系' },
  ],
};

describe.each(pageKinds)('detector %s', (kind) => {
  for (const [sampleKind, pages] of Object.entries(samples) as [PageKind, PageSignals[]][]) {
    for (const page of pages) {
      const expected = sampleKind === kind;
      it(`${expected ? 'claims' : 'rejects'} ${page.url}`, () => {
        expect(detectors[kind](page)).toBe(expected);
      });
    }
  }
});

it('has samples for every page kind', () => {
  expect(Object.keys(samples).sort()).toEqual([...pageKinds].sort());
});

const ALL_CUES = `${ETAX_TEXT}\n${YBJ_POOLING_TEXT}\n${BJT_TEXT}\n${RSJ_TEXT}\n${NHSA_TEXT}`;

const hostile: [reason: string, page: PageSignals][] = [
  ['look-alike suffix', { url: 'https://etax.beijing.chinatax.gov.cn.evil.com/sbf', text: ETAX_TEXT }],
  ['look-alike prefix', { url: 'https://xetax.beijing.chinatax.gov.cn/', text: ETAX_TEXT }],
  ['subdomain of an official host', { url: 'https://evil.fw.ybj.beijing.gov.cn/hallEnter/', text: YBJ_POOLING_TEXT }],
  ['userinfo trick', { url: 'https://etax.beijing.chinatax.gov.cn@evil.com/', text: ETAX_TEXT }],
  ['official host in the query', { url: 'https://evil.com/?next=https://bjt.beijing.gov.cn/', text: BJT_TEXT }],
  ['official host in the path', { url: 'https://evil.com/fw.ybj.beijing.gov.cn/hallEnter/', text: YBJ_POOLING_TEXT }],
  ['another province', { url: 'https://etax.shanghai.chinatax.gov.cn/sbf', text: ETAX_TEXT }],
  ['another province (Hebei)', { url: 'https://etax.hebei.chinatax.gov.cn/', text: '社保费缴纳 城乡居民基本医疗保险' }],
  ['another province on the national platform', { url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/#/area/tianjin', text: '天津地方专区 家庭共济备案' }],
  ['every cue on an unrelated host', { url: 'https://example.com/', text: ALL_CUES }],
  ['every cue on the 医保局 news portal', { url: 'https://ybj.beijing.gov.cn/tzgg2022/', text: ALL_CUES }],
  ['official path on an unrelated host', { url: 'https://example.com/hallEnter/#/personal/gjgx', text: YBJ_POOLING_TEXT }],
  ['file URL named like the host', { url: 'file:///etax.beijing.chinatax.gov.cn/sbf.html', text: ETAX_TEXT }],
  ['ftp scheme', { url: 'ftp://etax.beijing.chinatax.gov.cn/', text: ETAX_TEXT }],
  ['not a URL', { url: 'etax.beijing.chinatax.gov.cn 社保费', text: ETAX_TEXT }],
  ['empty', { url: '', text: '' }],
  ['markup on an unrelated host', { url: 'https://evil.com/', text: '<a href="https://etax.beijing.chinatax.gov.cn/">社保费 城乡居民医保</a>' }],
  ['e-tax home without 社保费', { url: 'https://etax.beijing.chinatax.gov.cn/', text: '国家税务总局北京市电子税务局 我要办税 个人所得税' }],
  ['e-tax 社保费 for employees only', { url: 'https://etax.beijing.chinatax.gov.cn/sbf', text: '社保费 单位职工基本养老保险' }],
  ['医保 platform unit login', { url: 'https://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin', text: '北京医保公共服务平台 单位网厅 单位登录 统一社会信用代码' }],
  ['京通 login page', { url: 'https://bjt.beijing.gov.cn/renzheng/', text: '京通 统一身份认证 登录' }],
  ['人社局 news page', { url: 'https://rsj.beijing.gov.cn/xxgk/', text: '北京市人力资源和社会保障局 新闻动态' }],
  ['national platform home', { url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/#/home', text: '国家医保服务平台 医保电子凭证 异地就医备案' }],
];

describe('hostile and unrelated pages', () => {
  it.each(hostile)('%s: no detector claims it', (_reason, page) => {
    for (const kind of pageKinds) expect(detectors[kind](page), kind).toBe(false);
    expect(detectPage(page)).toBeUndefined();
  });

  it('takes markup in the text as plain words: tags alone say nothing, cue words inside them still count', () => {
    const url = 'https://etax.beijing.chinatax.gov.cn/';
    expect(detectPage({ url, text: '<script>alert(1)</script><img src=x onerror=alert(1)>' })).toBeUndefined();
    expect(detectPage({ url, text: '<script>社保费</script><b onclick="x()">城乡居民医保</b>' })).toBe('etax-social-fee');
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
    const sampleHosts = new Set(Object.values(samples).flatMap((pages) => pages.map(({ url }) => new URL(url).hostname.toLowerCase())));
    for (const host of officialSites.flatMap((site) => site.hosts)) {
      expect(matchPatterns).toContain(`*://${host}/*`);
      expect(sampleHosts, host).toContain(host);
    }
    for (const host of sampleHosts) expect(matchPatterns).toContain(`*://${host}/*`);
  });
});
