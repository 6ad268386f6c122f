/**
 * The old 北京市社会保险网上服务平台 (SOURCES.md, SOURCES.md): rsj.beijing.gov.cn/csibiz, fuwu.rsj.beijing.gov.cn. Seed 000:
 * "个人中心" → "医保缴费" → "北京市居民医保自行缴费"; seed 003: 首页场景服务 → "网上自助缴费", 参保人 / 缴费人.
 * SOURCES.md title seen: "北京市社会保险网上服务平台-城镇职工用户登录". rsj.beijing.gov.cn is also the 人社局 portal.
 */
import { is, no, page, type PageSample } from './sample';

const RSJ = 'http://rsj.beijing.gov.cn';
const FUWU = 'https://fuwu.rsj.beijing.gov.cn';
const PLATFORM = '北京市社会保险网上服务平台';

export const rsjNegatives: PageSample[] = [
  no(
    'SOURCES.md title "北京市社会保险网上服务平台-城镇职工用户登录": the 职工 login',
    page(`${FUWU}/csibiz/zg/login.jsp`, {
      title: `${PLATFORM}-城镇职工用户登录`,
      headings: ['城镇职工用户登录'],
      body: ['社会保障号码', '密码', '验证码', '登录'],
    }),
  ),
  no(
    '单位用户登录 tab active on the platform',
    page(`${FUWU}/csibiz/dw/login.jsp`, {
      title: PLATFORM,
      activeMenu: '单位用户登录',
      menu: ['个人用户登录', '单位用户登录'],
      body: ['组织机构代码', '密码', '验证码'],
    }),
  ),
  no(
    '人社局 portal home: a link to the platform and to 网上自助缴费 among services',
    page(`${RSJ}/`, {
      title: '北京市人力资源和社会保障局',
      headings: ['网上办事', '通知公告'],
      body: [PLATFORM, '网上自助缴费', '就业服务', '职业技能'],
    }),
  ),
  no(
    '人社局 news list: notices about 居民医保 缴费 on the platform',
    page(`${RSJ}/xxgk/tzgg/`, {
      title: '通知公告 - 北京市人力资源和社会保障局',
      headings: ['通知公告', `关于${PLATFORM}升级的通知`],
      body: ['关于城乡居民医保网上自助缴费的通知 2018-01-03'],
    }),
  ),
  no(
    'SOURCES.md 社保权益单校验 (/bjdkhy/ggfw/): 社会保障号码 and 验证码, no platform or 居民医保',
    page(`${FUWU}/bjdkhy/ggfw/`, {
      title: '社保权益单校验',
      headings: ['社保权益单校验'],
      body: ['社会保障号码', '验证码', '校验'],
    }),
  ),
  no(
    'search results for 居民医保缴费',
    page(`${RSJ}/search`, {
      title: '北京市人力资源和社会保障局',
      headings: ['检索结果'],
      body: ['北京市居民医保自行缴费', '网上自助缴费', '个人用户登录'],
    }),
  ),
];

export const rsjPositives: PageSample[] = [
  is(
    'rsj-old-platform',
    'seed 000 menu path 个人中心 → 医保缴费 → 北京市居民医保自行缴费',
    page(`${RSJ}/csibiz/grzx/`, {
      title: PLATFORM,
      headings: ['北京市居民医保自行缴费'],
      breadcrumbs: ['个人中心 > 医保缴费 > 北京市居民医保自行缴费'],
      body: ['参保人姓名', '缴费年度'],
    }),
  ),
  is(
    'rsj-old-platform',
    'seed 003 "网上自助缴费" with 参保人 / 缴费人',
    page(`${RSJ}/csibiz/zzjf/`, {
      title: '网上自助缴费',
      headings: ['网上自助缴费'],
      body: ['参保人姓名', '参保人证件号码', '缴费人', '下一步'],
    }),
  ),
  is(
    'rsj-old-platform',
    'SOURCES.md platform title with the 个人用户登录 tab active',
    page(`${FUWU}/csibiz/indinfo/index.jsp`, {
      title: `${PLATFORM}-个人用户登录`,
      activeMenu: '个人用户登录',
      menu: ['个人用户登录', '单位用户登录'],
      body: ['社会保障号码', '密码', '验证码', '登 录'],
    }),
  ),
  is(
    'rsj-old-platform',
    'no headings: platform named in the body, 个人登录 / 社会保障号码 / 验证码',
    page(`${FUWU}/csibiz/`, {
      title: '',
      menu: [PLATFORM],
      body: ['个人登录', '社会保障号码', '验证码'],
    }),
  ),
  is(
    'rsj-old-platform',
    'personal info page of the platform (SOURCES.md "/csibiz/indinfo/")',
    page(`${FUWU}/csibiz/indinfo/info.jsp`, {
      title: `${PLATFORM}-个人信息`,
      headings: ['个人权益记录查询'],
      body: ['医疗保险缴费查询', '网上自助缴费'],
    }),
  ),
];
