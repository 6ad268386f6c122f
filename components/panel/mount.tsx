/**
 * Mounts the panel in an open shadow root on a `<yibao-helper>` host. Mounting is idempotent: every render
 * reuses the one host this script created (SPA route changes, clock ticks). Only that host is ever added to the
 * page; an element of the same name made by the page is never used or touched.
 */
import { render, type ComponentProps } from 'preact';
import css from './panel.css?inline';
import { Panel } from './Panel';

export const HOST_TAG = 'yibao-helper';

export type PanelState = ComponentProps<typeof Panel>;

let host: HTMLElement | undefined;

function attachStyles(root: ShadowRoot): void {
  try {
    // Constructable sheets are not subject to the page's CSP style-src.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

function hostRoot(): ShadowRoot {
  if (!host) {
    host = document.createElement(HOST_TAG);
    attachStyles(host.attachShadow({ mode: 'open' }));
  }
  // The page may have removed it (an SPA re-rendering <html>); put it back, once.
  if (!host.isConnected) document.documentElement.append(host);
  return host.shadowRoot!;
}

export function renderPanel(state: PanelState): void {
  render(<Panel {...state} />, hostRoot());
}

export function unmountPanel(): void {
  if (!host) return;
  render(null, host.shadowRoot!);
  host.remove();
}

export function isOurHost(node: Node | null): boolean {
  return !!node && node === host;
}

/** Whether the node is inside our panel. */
export function inPanel(node: Node | null): boolean {
  return !!node && !!host && (node === host || host.contains(node));
}

/** The panel's box, to keep it off the focused field. */
export function panelRect(): DOMRect | undefined {
  return host?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
}
