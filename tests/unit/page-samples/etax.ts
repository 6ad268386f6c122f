/**
 * 国家税务总局北京市电子税务局. Facts SOURCES.md: Web "我要办税-社保"; 北京税务APP "办税" → "社保费办理"; hosts
 * etax.beijing.chinatax.gov.cn and its :8443 unified portal. Negatives first.
 */
import { is, no, page, type PageSample } from './sample';

const ETAX = 'https://etax.beijing.chinatax.gov.cn';
const SITE = '国家税务总局北京市电子税务局';
const MENU = ['首页', '我要办税', '我要查询', '公众服务'];

export const etaxNegatives: PageSample[] = [
  no(
    'home page whose quick links name both 社保费缴纳 and 城乡居民医保 (a menu)',
    page(`${ETAX}/`, {
      title: SITE,
      headings: ['欢迎使用电子税务局'],
      menu: MENU,
      body: ['用户名', '密码', '登录', '常用功能', '个人所得税申报', '社保费缴纳', '城乡居民医保缴费'],
    }),
  ),
  no(
    '我要办税 menu: tiles only, among them 社保费 and 居民医保 (menu path of SOURCES.md, not the form)',
    page(`${ETAX}/bszm-web/`, {
      title: `我要办税 - ${SITE}`,
      headings: ['我要办税'],
      breadcrumbs: ['首页 > 我要办税'],
      activeMenu: '我要办税',
      menu: MENU,
      body: ['社保费缴纳', '城乡居民医保缴费', '个人所得税', '发票使用', '证明开具'],
    }),
  ),
  no(
    '通知公告 list whose items are notices about 城乡居民医保 社保费 (2024 notice wording)',
    page(`${ETAX}/tzgg/`, {
      title: `通知公告 - ${SITE}`,
      headings: ['通知公告', '关于2025年度城乡居民基本医疗保险费缴纳有关事项的通告'],
      menu: MENU,
      body: ['关于开展2024年度城乡居民医保集中参保缴费工作的通知 2023-11-15', '社保费缴费时间 每月5日至20日'],
    }),
  ),
  no(
    'search results for 社保费 缴费',
    page(`${ETAX}/search?q=社保费`, {
      title: `搜索结果 - ${SITE}`,
      headings: ['搜索结果'],
      menu: MENU,
      body: ['共找到 12 条', '社保费缴纳 · 城乡居民基本医疗保险', '缴费年度', '缴费金额'],
    }),
  ),
  no(
    '单位社保费 申报缴费: 职工 premiums, same labels (缴费年度, 险种, 缴费金额)',
    page(`${ETAX}/sbf/dw`, {
      title: `单位社保费申报 - ${SITE}`,
      headings: ['单位社保费申报缴费'],
      breadcrumbs: ['首页 > 我要办税 > 单位社保费'],
      menu: MENU,
      body: [
        '缴费人识别号',
        '险种',
        '职工基本医疗保险',
        '缴费年度',
        '缴费金额（元）',
        '确认缴费',
        '城乡居民医保请在个人社保费中缴纳',
      ],
    }),
  ),
  no(
    '灵活就业人员社保费缴纳: 职工医保 for the self-employed, with a 险种 select',
    page(`${ETAX}/sbf/lhjy`, {
      title: `灵活就业人员社保费缴纳 - ${SITE}`,
      headings: ['灵活就业人员社保费缴纳'],
      activeMenu: '灵活就业人员社保费',
      menu: MENU,
      body: ['缴费人姓名', '险种', '职工基本医疗保险', '缴费年度', '应缴金额', '已参加城乡居民医保的请勿重复参保'],
    }),
  ),
  no(
    '个人所得税 专项附加扣除 form labelled 关系 / 家庭成员姓名 (the generic words)',
    page(`${ETAX}/grsds/zxfjkc`, {
      title: `专项附加扣除 - ${SITE}`,
      headings: ['赡养老人专项附加扣除'],
      menu: MENU,
      body: ['家庭成员姓名', '关系', '证件号码', '分摊方式', '提交'],
    }),
  ),
  no('old {url, text} shape: the home page text, title first', {
    url: `${ETAX}/`,
    text: `${SITE}\n首页我要办税我要查询\n欢迎使用电子税务局\n常用功能：个人所得税申报、社保费缴纳、城乡居民医保缴费`,
  }),
];

export const etaxPositives: PageSample[] = [
  is(
    'etax-social-fee',
    'Web path "我要办税-社保" (SOURCES.md) as breadcrumbs; the premium named as 城乡居民基本医疗保险费',
    page(`${ETAX}/sbf/grjf`, {
      title: SITE,
      headings: ['城乡居民基本医疗保险费缴纳'],
      breadcrumbs: ['首页 > 我要办税 > 社保'],
      activeMenu: '社保',
      menu: MENU,
      body: ['缴费人姓名', '证件号码', '缴费年度', '应缴金额（元）', '确认缴费'],
    }),
  ),
  is(
    'etax-social-fee',
    '险种 select instead of text: 社保费缴纳 with 城乡居民基本医疗保险 only as an option',
    page(`${ETAX}/sbf/jn`, {
      title: `社保费缴纳 - ${SITE}`,
      headings: ['社保费缴纳'],
      menu: MENU,
      body: ['被缴费人证件号码', '被缴费人姓名', '险种', '城乡居民基本医疗保险', '缴费所属期', '查询应缴信息'],
    }),
  ),
  is(
    'etax-social-fee',
    'app wording "社保费办理" (SOURCES.md 北京税务APP) instead of 社保费缴纳; 征收品目 label',
    page(`${ETAX}:8443/loginb/#/sbfbl`, {
      title: '社保费办理',
      headings: ['社保费办理'],
      activeMenu: '社保费办理',
      body: ['参保人姓名', '征收品目', '城乡居民医保', '缴费年度', '立即缴费'],
    }),
  ),
  is(
    'etax-social-fee',
    'no headings at all: 社会保险费 and 居民医保 in the body with the form labels (参保人 / 实缴金额)',
    page(`${ETAX}/sbf/old.jsp`, {
      title: SITE,
      menu: MENU,
      body: ['个人社会保险费缴纳', '参保人证件号码', '险种', '居民医保', '实缴金额（元）', '去缴费'],
    }),
  ),
  is(
    'etax-social-fee',
    'breadcrumbs "我要办税 > 社保费 > 居民医保缴费", heading only 缴费信息确认',
    page(`${ETAX}/sbf/qr`, {
      title: SITE,
      headings: ['缴费信息确认'],
      breadcrumbs: ['首页 > 我要办税 > 社保费 > 居民医保缴费'],
      menu: MENU,
      body: ['缴费人', '缴费金额', '确认缴费'],
    }),
  ),
  is('etax-social-fee', 'old {url, text} shape of the 2022 notice link page: title line then the form', {
    url: `${ETAX}/`,
    text: '社会保险费缴纳 - 电子税务局\n险种\n城乡居民基本医疗保险\n缴费年度\n确认缴费',
  }),
];
