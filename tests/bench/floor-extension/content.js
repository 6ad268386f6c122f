// The floor for tests/bench/content-script.ts: same run_at and same marks as the real content script, but it
// only mounts an empty open shadow root on a <yibao-helper> element, as soon as the page is parsed (on the window, like the real one).
performance.mark('yibao:content-start');
addEventListener('DOMContentLoaded', () => {
  const host = document.createElement('yibao-helper');
  host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  requestAnimationFrame(() => setTimeout(() => performance.mark('yibao:panel-painted')));
}, { once: true });
