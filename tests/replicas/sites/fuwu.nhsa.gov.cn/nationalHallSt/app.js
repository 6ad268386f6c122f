// Our own hash-route app standing in for the national platform (/nationalHallSt/#/...), including the
// 北京地方专区 and its 家庭共济 备案 form.
const routes = {
  '/home': {
    crumbs: '首页',
    html: `<h1>全国医保服务</h1>
      <ul class="tiles"><li>医保电子凭证</li><li>异地就医备案</li><li>参保信息查询</li>
      <li><a href="#/area/110000">地方专区：北京</a></li></ul>`,
  },
  '/area/110000': {
    crumbs: '首页 › 地方专区 › 北京',
    html: `<h1>北京地方专区</h1>
      <ul class="tiles"><li><a href="#/area/110000/gjba">职工医保个人账户家庭共济备案</a></li><li>参保信息查询</li><li>定点医药机构查询</li></ul>`,
  },
  '/area/110000/gjba': {
    crumbs: '首页 › 地方专区 › 北京 › 家庭共济备案',
    html: `<h1>职工医保个人账户家庭共济备案（北京）</h1>
      <form id="gjba-form" method="post" action="/nationalHallSt/api/gjba">
        <div class="row"><label for="gjrxm">被共济人姓名</label><input id="gjrxm" name="gjrxm"></div>
        <div class="row"><label for="gjrzjhm">被共济人证件号码</label><input id="gjrzjhm" name="gjrzjhm"></div>
        <div class="row"><label for="gx">与本人关系</label><select id="gx" name="gx"><option>配偶</option><option>父母</option><option>子女</option></select></div>
        <div class="row"><label><input type="checkbox" name="ty" id="ty"> 本人已阅读并同意《家庭共济告知书》</label></div>
        <div class="actions"><button type="submit">提交备案</button></div>
      </form>`,
  },
};

function render() {
  const route = routes[location.hash.replace(/^#/, '')] ?? routes['/home'];
  document.getElementById('crumbs').textContent = route.crumbs;
  document.getElementById('app').innerHTML = route.html;
}

addEventListener('hashchange', render);
render();
