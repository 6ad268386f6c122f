/**
 * Mounts the panel in an open shadow root on a `<yibao-helper>` host. Mounting is idempotent: a second call
 * (SPA route change, re-injection) reuses the host. Only our host is ever added to the page.
 */
import { render } from 'preact';
import css from './panel.css?inline';
import { Panel, type PanelSide } from './Panel';
import type { RenderedTip } from '../tips';
import type { PanelSettings } from '@/utils/panel-settings';

export const HOST_TAG = 'yibao-helper';

export interface PanelState {
  tips: RenderedTip[];
  settings: PanelSettings;
  side: PanelSide;
  onSettings(settings: PanelSettings): void;
}

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
  let host = document.querySelector(HOST_TAG);
  if (!host?.shadowRoot) {
    host?.remove();
    host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    attachStyles(root);
    document.documentElement.append(host);
  }
  return host.shadowRoot!;
}

export function renderPanel(state: PanelState): void {
  render(<Panel {...state} />, hostRoot());
}

export function unmountPanel(): void {
  const host = document.querySelector(HOST_TAG);
  if (host?.shadowRoot) render(null, host.shadowRoot);
  host?.remove();
}

/** The panel's box, to keep it off the focused field. */
export function panelRect(): DOMRect | undefined {
  return document.querySelector(HOST_TAG)?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
}
