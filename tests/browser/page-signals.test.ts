/**
 * pageSignals(document) on real DOMs in Chromium: what it reads (headings, breadcrumbs, the active menu item,
 * the visible text), what it leaves out (hidden headings, active slides, containers), its caps, and — on our
 * replica pages rendered here with their own CSS and scripts — that detection gives the same answer from the
 * structured signals as from the old {url, text} the content script passes today.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { detectPage } from '@/utils/page-detection';
import { pageSignals, TEXT_LIMIT } from '@/utils/page-signals';
import { replicaSamples } from '../unit/page-samples/replicas';
import etaxForm from '../replicas/sites/etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html?raw';
import etaxHome from '../replicas/sites/etax.beijing.chinatax.gov.cn/index.html?raw';
import etaxMarkup from '../replicas/sites/etax.beijing.chinatax.gov.cn/sbf/markup.html?raw';
import etaxCss from '../replicas/sites/etax.beijing.chinatax.gov.cn/site.css?raw';
import ybjHtml from '../replicas/sites/fw.ybj.beijing.gov.cn/hallEnter/index.html?raw';
import ybjApp from '../replicas/sites/fw.ybj.beijing.gov.cn/hallEnter/app.js?raw';
import ybjCss from '../replicas/sites/fw.ybj.beijing.gov.cn/hallEnter/site.css?raw';
import bjtHtml from '../replicas/sites/bjt.beijing.gov.cn/h5/index.html?raw';
import bjtApp from '../replicas/sites/bjt.beijing.gov.cn/h5/app.js?raw';
import bjtCss from '../replicas/sites/bjt.beijing.gov.cn/h5/site.css?raw';
import rsjHtml from '../replicas/sites/fuwu.rsj.beijing.gov.cn/csibiz/indinfo/index.jsp?raw';
import rsjCss from '../replicas/sites/fuwu.rsj.beijing.gov.cn/csibiz/site.css?raw';
import nhsaHtml from '../replicas/sites/fuwu.nhsa.gov.cn/nationalHallSt/index.csp.html?raw';
import nhsaApp from '../replicas/sites/fuwu.nhsa.gov.cn/nationalHallSt/app.js?raw';
import nhsaCss from '../replicas/sites/fuwu.nhsa.gov.cn/nationalHallSt/site.css?raw';

const originalTitle = document.title;
afterEach(() => {
  document.title = originalTitle;
  document.body.replaceChildren();
});

function show(title: string, html: string): void {
  document.title = title;
  document.body.innerHTML = html;
}

describe('what it reads', () => {
  test('title, h1–h3 and role=heading, the breadcrumb trail, the active menu items, the body text', () => {
    show(
      '  社保费缴纳 -  电子税务局 ',
      `
      <ul class="top-nav"><li><a href="#">首页</a></li><li class="active"><a href="#">我要办税</a></li></ul>
      <div class="el-breadcrumb" aria-label="面包屑"><span class="el-breadcrumb__item">首页</span> &gt; <span class="el-breadcrumb__item">社保费</span></div>
      <aside class="side-menu"><a href="#">个人所得税</a><a href="#" aria-current="page">社保费缴纳</a></aside>
      <h1>社保费缴纳</h1><h2>缴费
        信息</h2><h4>不读 h4</h4><div role="heading" aria-level="3">温馨提示</div>
      <label for="x">险种</label><select id="x"><option>城乡居民基本医疗保险</option></select>`,
    );
    const signals = pageSignals(document);
    expect(signals).toMatchObject({
      url: location.href,
      title: '社保费缴纳 - 电子税务局',
      headings: ['社保费缴纳', '缴费 信息', '温馨提示'],
      breadcrumbs: ['首页 > 社保费'],
      activeMenu: '我要办税 > 社保费缴纳',
    });
    expect(signals.text).toContain('险种');
    expect(signals.text.split('\n')).toContain('社保费缴纳');
  });

  test('leaves out hidden headings, active slides and dialogs, and active containers whose text is a whole menu', () => {
    show(
      't',
      `
      <h1>看得见</h1><h2 style="display:none">隐藏的标题</h2><div hidden><h3>隐藏的路由</h3></div>
      <div class="carousel"><div class="slide active">轮播图：城乡居民医保缴费</div></div>
      <div class="modal active">弹窗</div>
      <ul class="el-menu"><li class="el-submenu is-active">个人服务<ul><li class="el-menu-item is-active">个人账户家庭共济关系维护</li>
        <li class="el-menu-item">参保信息查询</li><li class="el-menu-item">城乡居民医保缴费信息查询</li><li>异地就医备案</li></ul></li></ul>`,
    );
    const signals = pageSignals(document);
    expect(signals.headings).toEqual(['看得见']);
    expect(signals.breadcrumbs).toEqual([]);
    expect(signals.activeMenu).toBe('个人账户家庭共济关系维护');
  });

  test('a page with none of them: empty lists, no active menu', () => {
    show('', '<p>只有正文</p>');
    const signals = pageSignals(document);
    expect(signals).toMatchObject({ title: '', headings: [], breadcrumbs: [], text: '只有正文' });
    expect(signals).not.toHaveProperty('activeMenu');
  });

  test('caps: 30 headings, 3 breadcrumbs, names of 60 characters at most, the text at TEXT_LIMIT', () => {
    const many = Array.from(
      { length: 100 },
      (_, i) => `<h2>标题${i}</h2><nav class="breadcrumb">首页 &gt; 第${i}层</nav>`,
    ).join('');
    show('t', `${many}<h1>${'长'.repeat(61)}</h1><p>${'字'.repeat(TEXT_LIMIT * 2)}</p>`);
    const signals = pageSignals(document);
    expect(signals.headings).toHaveLength(30);
    expect(signals.breadcrumbs).toHaveLength(3);
    expect(signals.headings.some((h) => h.startsWith('长'))).toBe(false);
    expect(signals.text).toHaveLength(TEXT_LIMIT);
  });

  test('never reads our own panel: its shadow root (tips say 家庭共济, 社保费) stays out of every signal', () => {
    show('t', '<p>正文</p><yibao-helper></yibao-helper>');
    const root = document.querySelector('yibao-helper')!.attachShadow({ mode: 'closed' });
    root.innerHTML =
      '<h1>家庭共济：办理前请确认</h1><nav class="breadcrumb">社保费</nav><ul class="menu"><li class="active">城乡居民医保</li></ul>';
    expect(pageSignals(document)).toMatchObject({ headings: [], breadcrumbs: [], text: '正文' });
    expect(pageSignals(document)).not.toHaveProperty('activeMenu');
  });

  test('reads only: the page is the same afterwards', () => {
    show('t', '<nav class="breadcrumb"><a>首页</a></nav><h1>标题</h1><ul class="menu"><li class="active">项</li></ul>');
    const before = document.documentElement.outerHTML;
    pageSignals(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('issue 19: a reworded 共济 form in a real DOM', () => {
  const url = 'https://fw.ybj.beijing.gov.cn/hallEnter/#/personal/gjgx';
  test('关系 / 家庭成员姓名 under the module heading is recognised', () => {
    show(
      '北京医保公共服务平台',
      `
      <aside class="menu"><a>首页</a><a class="active">个人账户家庭共济关系维护</a></aside>
      <main><h1>个人账户家庭共济关系维护</h1><form>
        <div><label>家庭成员姓名</label><input></div><div><label>关系</label><select><option>配偶</option></select></div>
        <button>提交</button></form></main>`,
    );
    expect(detectPage({ ...pageSignals(document), url })).toBe('ybj-family-pooling');
  });

  test('no heading at all: inline labels with asterisks and colons, and an Element-style form, still read as labels', () => {
    show(
      '北京医保公共服务平台',
      `<p>家庭共济</p><form>
      <p><span style="color:red">*</span>关系：<select><option>配偶</option><option>父母</option></select></p>
      <p>家庭成员姓名：<input placeholder="请输入"></p>
      <div class="el-form-item"><label class="el-form-item__label">被共济人证件号码</label>
        <div class="el-form-item__content"><div class="el-input"><input placeholder="请输入"></div></div></div></form>`,
    );
    expect(detectPage({ ...pageSignals(document), url })).toBe('ybj-family-pooling');
  });

  test('the same words in sentences are not labels', () => {
    show('北京医保公共服务平台', '<p>家庭共济</p><p>请如实填写关系：配偶、父母、子女。家庭成员姓名须与证件一致。</p>');
    expect(detectPage({ ...pageSignals(document), url })).toBeUndefined();
  });

  test('the same words in a notice list are not', () => {
    show(
      '通知公告 - 北京医保公共服务平台',
      `
      <aside class="menu"><a>首页</a><a class="active">通知公告</a></aside>
      <main><h1>通知公告</h1><ul><li><h3>关于个人账户家庭共济关系维护的通知</h3></li><li>家庭成员</li><li>关系</li></ul></main>`,
    );
    expect(detectPage({ ...pageSignals(document), url })).toBeUndefined();
  });
});

/** A replica page rendered into this document with its CSS, its app script run against a given location. */
function renderReplica(html: string, css: string, app: string | undefined, url: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.querySelectorAll('script, link')) node.remove();
  document.title = parsed.title;
  document.body.innerHTML = `<style>${css}</style>${parsed.body.innerHTML}`;
  if (app) {
    const { hash, search } = new URL(url);
    // The app's own code, with its location and global listeners kept to this render.
    new Function('location', 'addEventListener', 'history', app)({ hash, search }, () => {}, { pushState() {} });
  }
}

const replicas: { url: string; html: string; css: string; app?: string }[] = [
  { url: 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html', html: etaxForm, css: etaxCss },
  { url: 'http://etax.beijing.chinatax.gov.cn/', html: etaxHome, css: etaxCss },
  { url: 'http://etax.beijing.chinatax.gov.cn/sbf/markup.html', html: etaxMarkup, css: etaxCss },
  ...['home', 'gjgx', 'cbdj'].map((route) => ({
    url: `http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/${route}`,
    html: ybjHtml,
    css: ybjCss,
    app: ybjApp,
  })),
  { url: 'http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin', html: ybjHtml, css: ybjCss, app: ybjApp },
  ...['home', 'sbfbl', 'sbfbl-cxjmyb'].map((p) => ({
    url: `http://bjt.beijing.gov.cn/h5/?p=${p}`,
    html: bjtHtml,
    css: bjtCss,
    app: bjtApp,
  })),
  { url: 'http://fuwu.rsj.beijing.gov.cn/csibiz/indinfo/index.jsp', html: rsjHtml, css: rsjCss },
  ...['home', 'area/110000', 'area/110000/gjba'].map((route) => ({
    url: `http://fuwu.nhsa.gov.cn/nationalHallSt/#/${route}`,
    html: nhsaHtml,
    css: nhsaCss,
    app: nhsaApp,
  })),
];

describe('replica pages: the structured signals give the answer the old {url, text} gives, as the e2e suites expect', () => {
  test.each(replicas)('$url', ({ url, html, css, app }) => {
    const expected = replicaSamples.find((sample) => sample.page.url === url)?.expected;
    expect(expected, 'a replica sample for this page').not.toBeUndefined();
    renderReplica(html, css, app, url);
    const signals = { ...pageSignals(document), url };
    expect(detectPage(signals) ?? null, 'structured').toBe(expected);
    expect(detectPage({ url, text: `${document.title}\n${document.body.innerText}` }) ?? null, 'old shape').toBe(
      expected,
    );
  });
});

test('replica signals: the 个人用户登录 tab (class "on"), the national trail (id "crumbs"), a hall heading', () => {
  const read = (url: string) => {
    const replica = replicas.find((r) => r.url === url)!;
    renderReplica(replica.html, replica.css, replica.app, url);
    return pageSignals(document);
  };
  expect(read('http://fuwu.rsj.beijing.gov.cn/csibiz/indinfo/index.jsp').activeMenu).toBe('个人用户登录');
  expect(read('http://fuwu.nhsa.gov.cn/nationalHallSt/#/area/110000/gjba')).toMatchObject({
    breadcrumbs: ['首页 › 地方专区 › 北京 › 家庭共济备案'],
    headings: ['职工医保个人账户家庭共济备案（北京）'],
  });
  expect(read('http://fw.ybj.beijing.gov.cn/hallEnter/#/personal/gjgx').headings).toEqual([
    '个人账户家庭共济关系维护',
    '新增共济关系',
  ]);
});
