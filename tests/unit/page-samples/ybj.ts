/**
 * 北京医保公共服务平台 fw.ybj.beijing.gov.cn (SOURCES.md): the personal hall and its module "个人账户家庭共济关系维护"
 * (seed 002); 共济备案 before paying for family from the personal account (2024 notice in seed 004).
 * Two page kinds on this site, so at least as many negatives as both kinds' positives together. Negatives first.
 */
import { is, no, page, type PageSample } from './sample';

const HALL = 'https://fw.ybj.beijing.gov.cn/hallEnter/';
const SITE = '北京医保公共服务平台';
const PERSONAL_MENU = [
  '个人网厅',
  '首页',
  '参保信息查询',
  '城乡居民医保缴费信息查询',
  '个人账户家庭共济关系维护',
  '异地就医备案',
];

export const ybjNegatives: PageSample[] = [
  no(
    'unit login (SOURCES.md "#/unitLogin")',
    page(`${HALL}#/unitLogin`, {
      title: SITE,
      headings: ['单位网厅登录'],
      activeMenu: '单位登录',
      menu: ['单位网厅', '单位登录', '个人网厅'],
      body: ['统一社会信用代码', '密码', '登录'],
    }),
  ),
  no(
    'hall entrance before login: tiles naming every module (a menu)',
    page(HALL, {
      title: SITE,
      headings: [SITE],
      menu: ['个人网厅', '单位网厅'],
      body: ['城乡居民医保参保登记', '个人账户家庭共济关系维护', '城乡居民医保缴费信息查询', '定点医药机构查询'],
    }),
  ),
  no(
    'personal hall, another business (异地就医备案): the menu names 居民医保 and 家庭共济, one 参保人 label',
    page(`${HALL}#/personal/ydjy`, {
      title: SITE,
      headings: ['异地就医备案'],
      activeMenu: '异地就医备案',
      menu: PERSONAL_MENU,
      body: ['参保人姓名', '证件号码', '就医地', '备案开始日期', '提交'],
    }),
  ),
  no(
    '职工医保 个人账户 query: same 个人账户 and 缴费 words for employees',
    page(`${HALL}#/personal/zgzh`, {
      title: SITE,
      headings: ['职工医保个人账户查询'],
      activeMenu: '职工医保个人账户查询',
      menu: PERSONAL_MENU,
      body: ['参保人姓名', '缴费年度', '账户余额', '城乡居民医保参保人无个人账户'],
    }),
  ),
  no(
    '职工医保 缴费基数 page mentioning 家庭共济关系 once in a note',
    page(`${HALL}#/personal/jfjs`, {
      title: SITE,
      headings: ['职工医保缴费基数查询'],
      menu: PERSONAL_MENU,
      body: ['缴费年度', '缴费基数', '已建立家庭共济关系的，个人账户余额可为家庭成员缴费'],
    }),
  ),
  no(
    '单位网厅: 职工 家庭共济备案 查询 for a unit (单位 page using the 共济 words)',
    page(`${HALL}#/unit/gjcx`, {
      title: SITE,
      headings: ['单位职工家庭共济备案查询'],
      breadcrumbs: ['单位网厅 > 业务查询 > 家庭共济'],
      menu: ['单位网厅'],
      body: ['职工姓名', '家庭成员姓名', '关系', '查询'],
    }),
  ),
  no(
    '通知公告 list: notices about 家庭共济 and 居民医保 缴费',
    page(`${HALL}#/notice`, {
      title: `通知公告 - ${SITE}`,
      headings: ['通知公告', '关于个人账户家庭共济备案的通知'],
      menu: PERSONAL_MENU,
      body: ['关于2025年度城乡居民基本医疗保险参保缴费的通知', '家庭成员', '关系'],
    }),
  ),
  no(
    'search results for 家庭共济',
    page(`${HALL}#/search`, {
      title: SITE,
      headings: ['搜索结果'],
      menu: PERSONAL_MENU,
      body: ['个人账户家庭共济关系维护', '共济关系', '家庭成员', '关系'],
    }),
  ),
  no(
    "常见问题 (FAQ) on 家庭共济: questions with the labels' words",
    page(`${HALL}#/faq`, {
      title: SITE,
      headings: ['常见问题'],
      breadcrumbs: ['首页 > 常见问题'],
      menu: PERSONAL_MENU,
      body: ['哪些家庭成员可以建立共济关系？', '关系', '配偶、父母、子女'],
    }),
  ),
  no(
    '个人信息变更 form labelled 家庭成员姓名 / 关系: the generic words without 共济 or 居民医保',
    page(`${HALL}#/personal/xxbg`, {
      title: SITE,
      headings: ['个人基本信息变更'],
      activeMenu: '个人信息变更',
      menu: ['个人网厅', '首页', '个人信息变更'],
      body: ['家庭成员姓名', '关系', '联系电话', '提交'],
    }),
  ),
  no(
    '定点医药机构 menu page: neither business',
    page(`${HALL}#/personal/ddjg`, {
      title: SITE,
      headings: ['定点医药机构查询'],
      menu: PERSONAL_MENU,
      body: ['机构名称', '所在区', '查询'],
    }),
  ),
  no('old {url, text} shape: 城乡居民参保登记 of our replica (no 医保 named)', {
    url: `${HALL}#/personal/cbdj`,
    text: `${SITE}\n个人网厅\n首页\n参保登记\n缴费查询\n家庭共济\n单位网厅\n城乡居民参保登记\n证件号码\n姓名\n人员类别\n居住地址\n提交参保登记`,
  }),
];

export const ybjPositives: PageSample[] = [
  is(
    'ybj-resident',
    'personal hall home (SOURCES.md "#/personLogin" hall), 城乡居民医疗保险 in the welcome text',
    page(`${HALL}#/personal/home`, {
      title: SITE,
      headings: ['个人网厅 · 首页'],
      menu: PERSONAL_MENU,
      body: ['城乡居民医疗保险参保人可在这里查询缴费信息'],
    }),
  ),
  is(
    'ybj-resident',
    'heading 城乡居民医保缴费信息查询, labels 参保人 / 缴费年度',
    page(`${HALL}#/personal/jfcx`, {
      title: SITE,
      headings: ['城乡居民医保缴费信息查询'],
      activeMenu: '缴费信息查询',
      menu: PERSONAL_MENU,
      body: ['参保人姓名', '缴费年度', '查询'],
    }),
  ),
  is(
    'ybj-resident',
    '2024 notice: 医保个人账户资金（含共济账户）缴纳城乡居民基本医疗保险费 — paying from the account',
    page(`${HALL}#/personal/zhjf`, {
      title: SITE,
      headings: ['个人账户缴纳居民医保'],
      menu: ['个人网厅', '首页'],
      body: ['可使用医保个人账户资金（含共济账户）缴纳', '参保人姓名', '缴费年度', '应缴金额'],
    }),
  ),
  is(
    'ybj-resident',
    'breadcrumbs 个人服务 > 参保缴费, heading names only 城乡居民基本医疗保险',
    page(`${HALL}#/personal/cbxx`, {
      title: SITE,
      headings: ['城乡居民基本医疗保险参保信息'],
      breadcrumbs: ['个人服务 > 参保缴费 > 参保信息'],
      body: ['人员类别', '城乡老年人', '缴费年度'],
    }),
  ),
  is(
    'ybj-resident',
    'no headings: 个人服务 menu and 城乡居民基本医疗保险 with the form labels',
    page(`${HALL}#/p`, {
      title: SITE,
      menu: ['个人服务'],
      body: ['城乡居民基本医疗保险', '参保人证件号码', '人员类别', '缴费年度'],
    }),
  ),
  is(
    'ybj-family-pooling',
    'issue 19: module 个人账户家庭共济关系维护 (seed 002) whose form says 关系 / 家庭成员姓名',
    page(`${HALL}#/personal/gjgx`, {
      title: SITE,
      headings: ['个人账户家庭共济关系维护'],
      menu: PERSONAL_MENU,
      body: ['家庭成员姓名', '家庭成员证件号码', '关系', '配偶', '父母', '子女', '提交'],
    }),
  ),
  is(
    'ybj-family-pooling',
    'no headings: labels 被共济人 / 与参保人关系, 家庭共济 in the body',
    page(`${HALL}#/personal/gj`, {
      title: SITE,
      menu: ['个人网厅', '家庭共济'],
      body: ['被共济人姓名', '被共济人证件号码', '与参保人关系', '提交备案'],
    }),
  ),
  is(
    'ybj-family-pooling',
    '2024 notice "共济备案" as the heading, active menu 家庭共济',
    page(`${HALL}#/personal/gjba`, {
      title: SITE,
      headings: ['共济备案'],
      activeMenu: '家庭共济',
      menu: PERSONAL_MENU,
      body: ['近亲属姓名', '关系', '确认备案'],
    }),
  ),
  is(
    'ybj-family-pooling',
    'seed 002 "绑定共济关系" with 配偶/父母/子女 (2024 notice) in a 关系 select',
    page(`${HALL}#/personal/bdgx`, {
      title: '绑定共济关系',
      headings: ['绑定共济关系'],
      body: ['家庭成员', '关系', '配偶', '父母', '子女', '绑定'],
    }),
  ),
  is(
    'ybj-family-pooling',
    'seed 002 "调整医保个人共济账户的使用顺序"',
    page(`${HALL}#/personal/gjsx`, {
      title: SITE,
      headings: ['共济账户使用顺序调整'],
      menu: PERSONAL_MENU,
      body: ['共济人员', '使用顺序', '保存'],
    }),
  ),
  is('ybj-family-pooling', 'old {url, text} shape of the issue-19 page', {
    url: `${HALL}#/personal/gjgx`,
    text: `${SITE}\n个人网厅\n首页\n个人账户家庭共济关系维护\n关系\n家庭成员姓名\n家庭成员证件号码\n提交`,
  }),
];
