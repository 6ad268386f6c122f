/**
 * Our replica pages as the content script reads them today, in the old `{ url, text }` shape: the title, a line
 * break, then `document.body.innerText` (copied from real Chromium on 2026-12-01). They keep what the e2e suites
 * assert (panel or no panel on each replica) true until the content script passes the structured signals.
 */
import { is, no, type PageSample } from './sample';

const ETAX_FORM =
  '社保费缴纳 - 国家税务总局北京市电子税务局（复制页，仅供测试）\n国家税务总局北京市电子税务局（本地复制页，用于测试，不是官方网站）\n首页我要办税社保费我要查询\n社保费缴纳 · 城乡居民基本医疗保险\n证件类型\n居民身份证\n外国护照\n港澳居民来往内地通行证\n证件号码\n姓名\n缴费年度\n2025\n2026\n2027\n缴费金额（元）\n确认缴费\n\n缴费时间：每月5日至20日工作日15:00前。如有疑问请拨打12366。';
const YBJ = '北京医保公共服务平台（复制页，仅供测试）\n北京医保公共服务平台（本地复制页，用于测试，不是官方网站）\n';
const YBJ_MENU = '个人网厅\n首页\n参保登记\n缴费查询\n家庭共济\n单位网厅\n';
const BJT = '京通（复制页，仅供测试）\n‹\n';
const NHSA =
  '国家医保服务平台（复制页，仅供测试）\n国家医保服务平台\n本地复制页，用于测试，不是官方网站；以严格的内容安全策略提供\n';

export const replicaSamples: PageSample[] = [
  is('etax-social-fee', 'replica /sbf/cxjmyb.html', {
    url: 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html',
    text: ETAX_FORM,
  }),
  no('replica e-tax home', {
    url: 'http://etax.beijing.chinatax.gov.cn/',
    text: '国家税务总局北京市电子税务局（复制页，仅供测试）\n国家税务总局北京市电子税务局（本地复制页，用于测试，不是官方网站）\n首页我要办税我要查询公众服务\n欢迎使用电子税务局\n用户名\n密码\n登录\n\n常用功能：个人所得税申报、发票查验、纳税记录开具。',
  }),
  is('etax-social-fee', 'replica /sbf/markup.html: the cues sit inside markup-looking text', {
    url: 'http://etax.beijing.chinatax.gov.cn/sbf/markup.html',
    text: "社保费缴纳 <script>window.__markupRan = 'title'</script>（复制页，仅供测试）\n国家税务总局北京市电子税务局（本地复制页，用于测试，不是官方网站）\n社保费<img src=\"/sbf/pwned-img.png\" onerror=\"window.__markupRan = 'img'\">缴纳 · 城乡居民基本医疗保险\n\n<script>window.__markupRan = 'script'</script><b>城乡居民医保</b> <a href=\"javascript:window.__markupRan='link'\">社会保险费</a>\n\n证件号码\n姓名\n确认缴费",
  }),
  no('replica /sbf/odd.html before its form arrives (no title)', {
    url: 'http://etax.beijing.chinatax.gov.cn/sbf/odd.html',
    text: '\n页面自己的同名元素\n在线咨询\n国家税务总局北京市电子税务局（本地复制页：结构异常的页面，用于测试）\n加载中……',
  }),
  is('etax-social-fee', 'replica /sbf/odd.html once its form has arrived (no title)', {
    url: 'http://etax.beijing.chinatax.gov.cn/sbf/odd.html',
    text: '\n页面自己的同名元素\n在线咨询\n国家税务总局北京市电子税务局（本地复制页：结构异常的页面，用于测试）\n社保费缴纳 · 城乡居民基本医疗保险\n证件号码\n确认缴费',
  }),
  is('ybj-resident', 'replica hall #/personal/home', {
    url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/home',
    text: `${YBJ}${YBJ_MENU}个人网厅 · 首页\n\n您好，欢迎使用个人服务。城乡居民医保参保人可在这里办理参保登记、查询缴费信息。\n\n城乡居民参保登记\n城乡居民医保缴费信息查询\n个人账户家庭共济关系维护`,
  }),
  is('ybj-family-pooling', 'replica hall #/personal/gjgx', {
    url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/gjgx',
    text: `${YBJ}${YBJ_MENU}个人账户家庭共济关系维护\n\n已建立的共济关系\n\n共济人员姓名\t与本人关系\t备案日期\n（暂无）\t\t\n新增共济关系\n共济人员证件号码\n共济人员姓名\n与本人关系\n配偶\n父母\n子女\n手机号码\n提交备案`,
  }),
  no('replica hall #/personal/cbdj (the privacy suite expects no panel)', {
    url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/cbdj',
    text: `${YBJ}${YBJ_MENU}城乡居民参保登记\n证件号码\n姓名\n人员类别\n劳动年龄内居民\n城乡老年人\n学生儿童\n居住地址\n提交参保登记`,
  }),
  no('replica hall #/unitLogin', {
    url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin',
    text: `${YBJ}单位网厅\n单位登录\n个人网厅\n单位网厅登录\n统一社会信用代码\n密码\n登录`,
  }),
  no('replica 京通 ?p=home', {
    url: 'http://bjt.beijing.gov.cn/h5/?p=home',
    text: `${BJT}京通 · 社会保障\n本地复制页，用于测试，不是官方网站\n社保查询\n社保卡服务\n社保费办理\n就业服务`,
  }),
  is(
    'bjt-social-fee',
    'replica 京通 ?p=sbfbl: the 社保费办理 list, one step before the form (the panel suite expects tips)',
    {
      url: 'http://bjt.beijing.gov.cn/h5/?p=sbfbl',
      text: `${BJT}社保费办理\n本地复制页，用于测试，不是官方网站\n城乡居民基本医疗保险缴费办理\n灵活就业人员社保费缴纳\n缴费记录查询`,
    },
  ),
  is('bjt-social-fee', 'replica 京通 ?p=sbfbl-cxjmyb', {
    url: 'http://bjt.beijing.gov.cn/h5/?p=sbfbl-cxjmyb',
    text: `${BJT}城乡居民基本医疗保险缴费办理\n本地复制页，用于测试，不是官方网站\n缴费人证件号码\n缴费人姓名\n险种\n城乡居民基本医疗保险\n缴费年度\n2026\n2027\n应缴金额（元）\n查询应缴信息\n\n社保费由税务部门征收。`,
  }),
  is('rsj-old-platform', 'replica /csibiz/indinfo/index.jsp', {
    url: 'http://fuwu.rsj.beijing.gov.cn/csibiz/indinfo/index.jsp',
    text: '北京市社会保险网上服务平台-个人用户登录（复制页，仅供测试）\n北京市社会保险网上服务平台（本地复制页，用于测试，不是官方网站）\n个人用户登录单位用户登录\n社会保障号码\t\n密码\t\n验证码\t 8 3 5 2\n\n登 录 重 置\n\n个人权益记录查询 · 养老保险缴费查询 · 医疗保险缴费查询 · 网上自助缴费',
  }),
  no('replica national #/home', {
    url: 'http://fuwu.nhsa.gov.cn/nationalHallSt/#/home',
    text: `${NHSA}首页\n全国医保服务\n医保电子凭证\n异地就医备案\n参保信息查询\n地方专区：北京`,
  }),
  no('replica national #/area/110000: the 北京地方专区 menu', {
    url: 'http://fuwu.nhsa.gov.cn/nationalHallSt/#/area/110000',
    text: `${NHSA}首页 › 地方专区 › 北京\n北京地方专区\n职工医保个人账户家庭共济备案\n参保信息查询\n定点医药机构查询`,
  }),
  is('nhsa-beijing-pooling', 'replica national #/area/110000/gjba', {
    url: 'http://fuwu.nhsa.gov.cn/nationalHallSt/#/area/110000/gjba',
    text: `${NHSA}首页 › 地方专区 › 北京 › 家庭共济备案\n职工医保个人账户家庭共济备案（北京）\n被共济人姓名\n被共济人证件号码\n与本人关系\n配偶\n父母\n子女\n 本人已阅读并同意《家庭共济告知书》\n提交备案`,
  }),
];
