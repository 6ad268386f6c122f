/**
 * 京通 web views, hosts bjt.beijing.gov.cn and portal.bjt.beijing.gov.cn (SOURCES.md "Official sites and page labels"; the 缴费 flow itself lives in the
 * mini-program). Menu path "社会保障" → "社保费办理" → "城乡居民基本医疗保险缴费办理" (2024 notice, seed 004); seed 000:
 * "城乡居民医疗保险缴费", "参保信息选择", 被缴费人; 城市服务 "社保缴费". Negatives first.
 */
import { is, no, page, type PageSample } from './sample';

const BJT = 'https://bjt.beijing.gov.cn/h5/';
const PORTAL = 'https://portal.bjt.beijing.gov.cn/';

export const bjtNegatives: PageSample[] = [
  no(
    '社会保障 home: tiles 社保查询 / 社保费办理 / 就业服务 (a menu)',
    page(`${BJT}?p=home`, {
      title: '京通',
      headings: ['社会保障'],
      menu: ['社保查询', '社保卡服务', '社保费办理', '就业服务'],
    }),
  ),
  no(
    'portal home whose tiles name both 社保费办理 and 城乡居民医保缴费 (a menu)',
    page(PORTAL, {
      title: '京通',
      headings: ['京通', '热门服务'],
      body: ['社保费办理', '城乡居民医保缴费', '公积金查询', '居住证办理'],
    }),
  ),
  no(
    'unified login (SOURCES.md "/renzheng/")',
    page('https://bjt.beijing.gov.cn/renzheng/', {
      title: '京通 统一身份认证',
      headings: ['统一身份认证'],
      body: ['手机号', '验证码', '登录'],
    }),
  ),
  no(
    '灵活就业人员社保费缴纳: 职工 premiums with a 险种 select and the same labels',
    page(`${BJT}?p=lhjy`, {
      title: '灵活就业人员社保费缴纳',
      headings: ['灵活就业人员社保费缴纳'],
      body: ['缴费人姓名', '险种', '职工基本医疗保险', '缴费年度', '应缴金额（元）', '城乡居民医保请另行缴费'],
    }),
  ),
  no(
    '单位社保费 page',
    page(`${PORTAL}dw/sbf`, {
      title: '单位社保费缴纳',
      headings: ['单位社保费缴纳'],
      body: ['统一社会信用代码', '缴费年度', '缴费金额', '城乡居民医保'],
    }),
  ),
  no(
    '通知公告 list about 城乡居民医保 缴费',
    page(`${PORTAL}tzgg`, {
      title: '通知公告',
      headings: ['通知公告'],
      body: ['关于2025年度城乡居民基本医疗保险集中参保缴费的通告', '社保费办理指南'],
    }),
  ),
  no(
    "search results for 社保费 — result titles are the services' exact names",
    page(`${PORTAL}search?q=社保费`, {
      title: '京通',
      headings: ['搜索结果'],
      body: ['社保费办理', '城乡居民基本医疗保险缴费办理', '缴费记录查询'],
    }),
  ),
];

export const bjtPositives: PageSample[] = [
  is(
    'bjt-social-fee',
    'the module\'s own name "城乡居民基本医疗保险缴费办理" (2024 notice) as the title',
    page(`${BJT}?p=sbfbl-cxjmyb`, {
      title: '城乡居民基本医疗保险缴费办理',
      headings: ['城乡居民基本医疗保险缴费办理'],
      body: ['参保人证件号码', '参保人姓名', '缴费年度', '应缴金额（元）', '查询应缴信息', '社保费由税务部门征收'],
    }),
  ),
  is(
    'bjt-social-fee',
    'seed 000 "城乡居民医疗保险缴费" with 参保信息选择 and 被缴费人; breadcrumbs of the menu path',
    page(`${BJT}?p=jf`, {
      title: '京通',
      headings: ['城乡居民医疗保险缴费'],
      breadcrumbs: ['社会保障 > 社保费办理 > 城乡居民医疗保险缴费'],
      body: ['参保信息选择', '被缴费人', '缴费年度', '确认缴费'],
    }),
  ),
  is(
    'bjt-social-fee',
    '险种 select instead of text, no headings: 社保费办理 and 城乡居民基本医疗保险 only as an option',
    page(`${BJT}?p=x`, {
      title: '京通',
      menu: ['社保费办理'],
      body: ['缴费人姓名', '险种', '城乡居民基本医疗保险', '缴费年度', '应缴金额'],
    }),
  ),
  is(
    'bjt-social-fee',
    '城市服务 wording "社保缴费" (2024 notice) as the title, 居民医保 in the 险种 select',
    page(`${PORTAL}sbjf`, {
      title: '社保缴费',
      headings: ['社保缴费'],
      body: ['缴费人', '险种', '居民医保', '立即缴费'],
    }),
  ),
  is(
    'bjt-social-fee',
    'heading "城乡居民医保缴费", labels 被缴费人证件号码 / 应缴费额, 社会保险费 in a note',
    page(`${BJT}?p=cxjm`, {
      title: '京通',
      headings: ['城乡居民医保缴费'],
      body: ['被缴费人证件号码', '应缴费额', '确认缴费', '社会保险费由税务部门征收'],
    }),
  ),
];
