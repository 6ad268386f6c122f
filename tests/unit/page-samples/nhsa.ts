/**
 * 国家医保服务平台 fuwu.nhsa.gov.cn (`/nationalHallSt/#/...`), "北京地方专区" (SOURCES.md "Official sites and page labels"; seed 002 names it among the 共济
 * channels). Seed 002 also: 姓名、身份证号码及与参保人的关系; 2024 notice: 配偶、父母、子女; seed 001: 亲情账户.
 */
import { is, no, page, type PageSample } from './sample';

const HALL = 'https://fuwu.nhsa.gov.cn/nationalHallSt/';
const SITE = '国家医保服务平台';

export const nhsaNegatives: PageSample[] = [
  no(
    'national home',
    page(`${HALL}#/home`, {
      title: SITE,
      headings: ['全国医保服务'],
      body: ['医保电子凭证', '异地就医备案', '参保信息查询', '地方专区：北京'],
    }),
  ),
  no(
    '北京地方专区 menu: a tile names the 家庭共济 module',
    page(`${HALL}#/area/110000`, {
      title: SITE,
      headings: ['北京地方专区'],
      breadcrumbs: ['首页 › 地方专区 › 北京'],
      body: ['职工医保个人账户家庭共济备案', '参保信息查询', '定点医药机构查询'],
    }),
  ),
  no(
    "another province's 家庭共济备案, with a region picker that lists 北京",
    page(`${HALL}#/area/120000/gjba`, {
      title: SITE,
      headings: ['职工医保个人账户家庭共济备案'],
      breadcrumbs: ['首页 › 地方专区 › 天津 › 家庭共济备案'],
      menu: ['北京', '天津', '河北'],
      body: ['被共济人姓名', '与本人关系', '提交备案'],
    }),
  ),
  no(
    '亲情账户 of the 医保电子凭证 (seed 001): 家庭成员 and 关系, in Beijing, but no 共济',
    page(`${HALL}#/qqzh`, {
      title: SITE,
      headings: ['亲情账户'],
      body: ['添加家庭成员', '家庭成员姓名', '关系', '参保地：北京'],
    }),
  ),
  no(
    '通知公告 about 北京 家庭共济',
    page(`${HALL}#/notice`, {
      title: SITE,
      headings: ['通知公告', '关于北京市职工医保个人账户家庭共济的通知'],
      body: ['家庭共济', '北京'],
    }),
  ),
  no(
    'search results for 家庭共济 北京',
    page(`${HALL}#/search`, {
      title: SITE,
      headings: ['搜索结果'],
      body: ['北京地方专区 家庭共济备案', '被共济人姓名', '关系'],
    }),
  ),
  no(
    "单位经办: 家庭共济备案 for a unit's employees",
    page(`${HALL}#/unit/gjba`, {
      title: SITE,
      headings: ['单位经办'],
      breadcrumbs: ['单位服务 › 北京 › 家庭共济备案'],
      body: ['职工姓名', '关系'],
    }),
  ),
];

export const nhsaPositives: PageSample[] = [
  is(
    'nhsa-beijing-pooling',
    '北京 only in the breadcrumbs; heading 职工医保个人账户家庭共济备案',
    page(`${HALL}#/area/110000/gjba`, {
      title: SITE,
      headings: ['职工医保个人账户家庭共济备案'],
      breadcrumbs: ['首页 › 地方专区 › 北京 › 家庭共济备案'],
      body: ['被共济人姓名', '被共济人证件号码', '与本人关系', '提交备案'],
    }),
  ),
  is(
    'nhsa-beijing-pooling',
    'labels 家庭成员姓名 / 关系 instead of 被共济人; heading "北京地方专区 · 家庭共济"',
    page(`${HALL}#/area/110000/jtgj`, {
      title: SITE,
      headings: ['北京地方专区 · 家庭共济'],
      body: ['家庭成员姓名', '家庭成员身份证号码', '关系', '配偶', '父母', '子女'],
    }),
  ),
  is(
    'nhsa-beijing-pooling',
    'active menu 家庭共济 under 地方专区 > 北京; heading 共济关系维护',
    page(`${HALL}#/area/110000/gjgx`, {
      title: SITE,
      headings: ['共济关系维护'],
      breadcrumbs: ['地方专区 > 北京'],
      activeMenu: '家庭共济',
      body: ['共济人员姓名', '与参保人关系'],
    }),
  ),
  is(
    'nhsa-beijing-pooling',
    'seed 002 "姓名、身份证号码及与参保人的关系", heading 家庭共济备案（北京）, 近亲属',
    page(`${HALL}#/gj/bj`, {
      title: SITE,
      headings: ['家庭共济备案（北京）'],
      body: ['近亲属姓名', '近亲属身份证号码', '与参保人关系'],
    }),
  ),
  is(
    'nhsa-beijing-pooling',
    'no headings: 北京地方专区 and 个人账户家庭共济 in the body with the labels',
    page(`${HALL}#/x`, {
      title: SITE,
      menu: ['北京地方专区'],
      body: ['个人账户家庭共济', '被共济人姓名', '与参保人关系'],
    }),
  ),
];
