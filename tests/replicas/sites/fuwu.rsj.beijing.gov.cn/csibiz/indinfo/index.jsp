<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>北京市社会保险网上服务平台-个人用户登录（复制页，仅供测试）</title>
<link rel="stylesheet" href="/csibiz/site.css">
<link rel="icon" href="data:,">
</head>
<body>
<div class="banner">北京市社会保险网上服务平台<small>（本地复制页，用于测试，不是官方网站）</small></div>
<div class="tabs"><span class="on">个人用户登录</span><span>单位用户登录</span></div>
<form id="ind-login" method="post" action="/csibiz/indinfo/login.jsp">
  <table>
    <tr><th><label for="sfzh">社会保障号码</label></th><td><input id="sfzh" name="sfzh"></td></tr>
    <tr><th><label for="mm">密码</label></th><td><input id="mm" name="mm" type="password"></td></tr>
    <tr><th><label for="yzm">验证码</label></th><td><input id="yzm" name="yzm" size="6"> <span class="captcha">8 3 5 2</span></td></tr>
  </table>
  <p class="buttons"><button type="submit">登 录</button> <button type="reset">重 置</button></p>
</form>
<div class="links">个人权益记录查询 · 养老保险缴费查询 · 医疗保险缴费查询 · 网上自助缴费</div>
</body>
</html>
