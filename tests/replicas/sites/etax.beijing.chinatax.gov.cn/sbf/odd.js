// Hostile main world: these must not reach the extension's isolated world or break it.
Object.defineProperty(HTMLElement.prototype, 'innerText', { get() { throw new Error('page broke innerText'); } });
window.MutationObserver = undefined;
Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
// The form arrives a second after load, as on pages that fetch their content.
addEventListener('DOMContentLoaded', () => {
  setTimeout(() => {
    document.getElementById('late').innerHTML = `<h1>社保费缴纳 · 城乡居民基本医疗保险</h1>
      <form id="pay-form" method="post" action="/sbf/submit">
        <div class="row"><label for="zjhm">证件号码</label><input id="zjhm" name="zjhm"></div>
        <div class="actions"><button type="submit">确认缴费</button></div>
      </form>`;
  }, 1000);
});
