// The floor for tests/bench/content-script.ts: same run_at and same marks as the real content script, but it
// only mounts an empty open shadow root on a <yibao-helper> element, as soon as the page is parsed (on the window,
// like the real one). The bench also runs a copy with a `panel.js` it writes after this file: that copy fills the
// shadow root with our panel's captured markup and styles, the cost of showing the panel with none of our code.
performance.mark('yibao:content-start');
addEventListener(
  'DOMContentLoaded',
  () => {
    const host = document.createElement('yibao-helper');
    const root = host.attachShadow({ mode: 'open' });
    const panel = globalThis.capturedPanel;
    if (panel) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(panel.css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = panel.html; // our own panel's markup, captured by the bench
    }
    document.documentElement.append(host);
    requestAnimationFrame(() => setTimeout(() => performance.mark('yibao:panel-painted')));
  },
  { once: true },
);
