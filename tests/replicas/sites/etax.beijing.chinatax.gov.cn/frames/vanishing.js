// Sends the business frame to a page of no tips the moment the helper's panel shows up: within the helper's 200 ms
// announcement delay, and without changing this page's own DOM (so no re-check of this page comes to the rescue).
window.sawPanel = false;
new MutationObserver((_, observer) => {
  if (!document.querySelector('yibao-helper')) return;
  window.sawPanel = true;
  document.getElementById('business').contentWindow.location.replace('/frames/query.html');
  observer.disconnect();
}).observe(document.documentElement, { childList: true });
