// Our own hash-route single-page app standing in for the 医保 platform hall (/hallEnter/#/...).
// It renders synchronously at load, like a client-rendered hall, and again on every hash change.
const routes = {
  '/personal/home': {
    menu: 'personal',
    html: `<h1>个人网厅 · 首页</h1>
      <p>您好，欢迎使用个人服务。城乡居民医保参保人可在这里办理参保登记、查询缴费信息。</p>
      <ul class="cards">
        <li><a href="#/personal/cbdj">城乡居民参保登记</a></li>
        <li><a href="#/personal/jfcx">城乡居民医保缴费信息查询</a></li>
        <li><a href="#/personal/gjgx">个人账户家庭共济关系维护</a></li>
      </ul>`,
  },
  '/personal/cbdj': {
    menu: 'personal',
    html: `<h1>城乡居民参保登记</h1>
      <form id="cbdj-form" method="post" action="/hallEnter/api/cbdj">
        <div class="row"><label for="zjhm">证件号码</label><input id="zjhm" name="zjhm"></div>
        <div class="row"><label for="xm">姓名</label><input id="xm" name="xm"></div>
        <div class="row"><label for="rylb">人员类别</label><select id="rylb" name="rylb"><option>劳动年龄内居民</option><option>城乡老年人</option><option>学生儿童</option></select></div>
        <div class="row"><label for="jzd">居住地址</label><input id="jzd" name="jzd"></div>
        <div class="actions"><button type="submit">提交参保登记</button></div>
      </form>`,
  },
  '/personal/gjgx': {
    menu: 'personal',
    html: `<h1>个人账户家庭共济关系维护</h1>
      <p>已建立的共济关系</p>
      <table class="list"><thead><tr><th>共济人员姓名</th><th>与本人关系</th><th>备案日期</th></tr></thead>
        <tbody><tr><td>（暂无）</td><td></td><td></td></tr></tbody></table>
      <h2>新增共济关系</h2>
      <form id="gjgx-form" method="post" action="/hallEnter/api/gjgx">
        <div class="row"><label for="zjhm">共济人员证件号码</label><input id="zjhm" name="zjhm"></div>
        <div class="row"><label for="xm">共济人员姓名</label><input id="xm" name="xm"></div>
        <div class="row"><label for="gx">与本人关系</label><select id="gx" name="gx"><option>配偶</option><option>父母</option><option>子女</option></select></div>
        <div class="row"><label for="sjhm">手机号码</label><input id="sjhm" name="sjhm"></div>
        <div class="actions"><button type="submit">提交备案</button></div>
      </form>`,
  },
  '/unitLogin': {
    menu: 'unit',
    html: `<h1>单位网厅登录</h1>
      <form id="unit-form" method="post" action="/hallEnter/api/unitLogin">
        <div class="row"><label for="tyshxydm">统一社会信用代码</label><input id="tyshxydm" name="tyshxydm"></div>
        <div class="row"><label for="mm">密码</label><input id="mm" name="mm" type="password"></div>
        <div class="actions"><button type="submit">登录</button></div>
      </form>`,
  },
};
const menus = {
  personal: '<b>个人网厅</b><a href="#/personal/home">首页</a><a href="#/personal/cbdj">参保登记</a><a href="#/personal/jfcx">缴费查询</a><a href="#/personal/gjgx">家庭共济</a><a href="#/unitLogin">单位网厅</a>',
  unit: '<b>单位网厅</b><a href="#/unitLogin">单位登录</a><a href="#/personal/home">个人网厅</a>',
};

function render() {
  const path = location.hash.replace(/^#/, '') || '/personal/home';
  const route = routes[path] ?? routes['/personal/home'];
  document.getElementById('menu').innerHTML = menus[route.menu];
  document.getElementById('app').innerHTML = route.html;
}

addEventListener('hashchange', render);
render();
