// Writes the business page into the empty frame, as some SPAs do.
const frameDocument = document.getElementById('business').contentDocument;
frameDocument.open();
frameDocument.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>社保费缴纳</title><link rel="stylesheet" href="/site.css"><link rel="stylesheet" href="/frames/frames.css"></head><body class="framed"><h1>社保费缴纳 · 城乡居民基本医疗保险</h1>
  <form id="pay-form" method="post" action="/sbf/submit">
    <div class="row"><label for="zjlx">证件类型</label>
      <select id="zjlx" name="zjlx"><option value="201">居民身份证</option><option value="208">外国护照</option></select></div>
    <div class="row"><label for="zjhm">证件号码</label><input id="zjhm" name="zjhm" autocomplete="off"></div>
    <div class="row"><label for="xm">姓名</label><input id="xm" name="xm"></div>
    <div class="row"><label for="jfnd">缴费年度</label>
      <select id="jfnd" name="jfnd"><option>2025</option><option selected>2026</option><option>2027</option></select></div>
    <div class="spacer"></div>
    <div class="row far"><label for="jfje">缴费金额（元）</label><input id="jfje" name="jfje" value="795.00" readonly></div>
    <button type="submit" id="submit">确认缴费</button>
  </form></body></html>`);
frameDocument.close();
