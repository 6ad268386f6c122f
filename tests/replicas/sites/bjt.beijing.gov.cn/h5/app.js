// Our own history-API single-page app standing in for a 京通 web view: the page is chosen by `?p=`, links
// navigate with pushState, and the back button (popstate) re-renders, as client-routed H5 apps do.
const pages = {
  home: {
    title: '京通 · 社会保障',
    html: `<ul class="grid">
      <li><a data-p="home" href="?p=home">社保查询</a></li>
      <li><a data-p="home" href="?p=home">社保卡服务</a></li>
      <li><a data-p="sbfbl" href="?p=sbfbl">社保费办理</a></li>
      <li><a data-p="home" href="?p=home">就业服务</a></li>
    </ul>`,
  },
  sbfbl: {
    title: '社保费办理',
    html: `<ul class="list">
      <li><a data-p="sbfbl-cxjmyb" href="?p=sbfbl-cxjmyb">城乡居民基本医疗保险缴费办理</a></li>
      <li><a data-p="sbfbl" href="?p=sbfbl">灵活就业人员社保费缴纳</a></li>
      <li><a data-p="sbfbl" href="?p=sbfbl">缴费记录查询</a></li>
    </ul>`,
  },
  'sbfbl-cxjmyb': {
    title: '城乡居民基本医疗保险缴费办理',
    html: `<form id="bjt-pay-form" method="post" action="/h5/api/pay">
      <label>缴费人证件号码<input name="zjhm" id="zjhm"></label>
      <label>缴费人姓名<input name="xm" id="xm"></label>
      <label>险种<select name="xz" id="xz"><option>城乡居民基本医疗保险</option></select></label>
      <label>缴费年度<select name="jfnd" id="jfnd"><option>2026</option><option selected>2027</option></select></label>
      <label>应缴金额（元）<input name="yjje" id="yjje" value="" readonly placeholder="查询后显示"></label>
      <button type="submit">查询应缴信息</button>
    </form>
    <p class="hint">社保费由税务部门征收。</p>`,
  },
};

function render() {
  const page = pages[new URLSearchParams(location.search).get('p') ?? 'home'] ?? pages.home;
  document.getElementById('title').textContent = page.title;
  document.getElementById('app').innerHTML = page.html;
}

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-p]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', `?p=${link.dataset.p}`);
  render();
});
addEventListener('popstate', render);
render();
