/**
 * The panel, in an open shadow root on a `<yibao-helper>` host. Every render reuses the one host this script
 * created (SPA route changes, clock ticks); only that host is ever added to the page, and an element of the same
 * name made by the page is never used or touched.
 *
 * Built with the DOM API rather than Preact, which the popup and the other extension pages use: every official
 * page pays for the content script, and Preact's renderer cost about 3 ms on each page load (its code compiled
 * afresh in every new tab) and 4 KB gzip. The panel is one fixed structure; its few changing parts are set in
 * place, so the buttons keep focus, and the tips' sections replace the shown ones only when they differ.
 */
import { sourceLineZh } from '@/utils/format-zh';
import type { PanelSettings } from '@/utils/panel-settings';
import type { RenderedTip } from '../tips';
import css from './panel.css?inline';
import type { Placement } from './placement';
import { markupNodes } from './markup';

export const HOST_TAG = 'yibao-helper';
const BODY_ID = 'yibao-helper-body';

export interface PanelState {
  tips: RenderedTip[];
  settings: PanelSettings;
  placement: Placement;
  /** Collapsed for now only, because no corner leaves the focused field free; not remembered. */
  shrunk: boolean;
  /** Read out by screen readers when tips appear. */
  announcement: string;
  onSettings(settings: PanelSettings): void;
}

interface Panel {
  aside: HTMLElement;
  actions: HTMLElement;
  largeText: HTMLButtonElement;
  toggle: HTMLButtonElement;
  status: HTMLElement;
  body: HTMLElement;
  disclaimer: HTMLElement;
  /** The tips the body shows. */
  shownTips?: RenderedTip[];
}

let host: HTMLElement | undefined;
let panel: Panel | undefined;
let state: PanelState | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function attachStyles(root: ShadowRoot): void {
  try {
    // Constructable sheets are not subject to the page's CSP style-src.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(element('style', {}, css));
  }
}

const collapsedNow = ({ settings, shrunk }: PanelState) => settings.collapsed || shrunk;

function toggleCollapsed(): void {
  if (state) state.onSettings({ ...state.settings, collapsed: !collapsedNow(state) });
}

function buildPanel(root: ShadowRoot): Panel {
  const largeText = element('button', { type: 'button' }, '大字');
  largeText.addEventListener('click', () => state?.onSettings({ ...state.settings, largeText: !state.settings.largeText }));
  const toggle = element('button', { type: 'button', class: 'toggle', 'aria-controls': BODY_ID });
  toggle.addEventListener('click', toggleCollapsed);
  const actions = element('div', { class: 'actions' }, largeText, toggle);
  const status = element('p', { class: 'visually-hidden', role: 'status' });
  const disclaimer = element('p', { class: 'disclaimer' }, '本助手只提供提示，不会填写或提交表单，也不收集任何信息。按 Esc 可收起。');
  // Focusable so the keyboard can scroll it when the tips are longer than the screen.
  const body = element('div', { id: BODY_ID, class: 'body', tabindex: '0', role: 'region', 'aria-label': '提示内容' }, disclaimer);
  const aside = element('aside', { lang: 'zh-CN', 'aria-label': '医保缴费助手' }, element('header', {}, element('h2', {}, '医保缴费助手'), actions), status, body);
  aside.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state && !collapsedNow(state)) toggleCollapsed();
  });
  root.append(aside);
  return { aside, actions, largeText, toggle, status, body, disclaimer };
}

function tipSection(tip: RenderedTip): HTMLElement {
  const heading = `tip-${tip.id}`;
  return element(
    'section',
    { 'data-tip': tip.id, 'aria-labelledby': heading },
    element('h3', { id: heading }, tip.title),
    element('div', { class: 'content' }, ...markupNodes(tip.body)),
    ...(tip.caveats ?? []).map((caveat) => element('p', { class: 'caveat' }, `⚠ ${caveat}`)),
    ...tip.references.map((reference) => element('p', { class: 'source' }, sourceLineZh(reference))),
  );
}

/** Puts the tips in the body, leaving it alone when they read the same (a reader's place stays put). */
function showTips({ body, disclaimer }: Panel, tips: RenderedTip[]): void {
  const sections = tips.map(tipSection);
  const shown = [...body.children].filter((child) => child !== disclaimer);
  if (sections.length === shown.length && sections.every((section, i) => section.isEqualNode(shown[i]))) return;
  body.replaceChildren(...sections, disclaimer);
}

function hostRoot(): ShadowRoot {
  if (!host) {
    host = document.createElement(HOST_TAG);
    attachStyles(host.attachShadow({ mode: 'open' }));
  }
  // The page may have removed it (an SPA re-rendering <html>); put it back on the next render.
  if (!host.isConnected) document.documentElement.append(host);
  return host.shadowRoot!;
}

/** Changes a text only when it differs: a live region set again to the same words may be read out again. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttribute(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

export function renderPanel(next: PanelState): void {
  const root = hostRoot();
  panel ??= buildPanel(root);
  state = next;
  const { aside, actions, largeText, toggle, status, body } = panel;
  const collapsed = collapsedNow(next);
  const classes = ['panel', `side-${next.placement.side}`, `edge-${next.placement.edge}`, next.settings.largeText && 'large', collapsed && 'collapsed'];
  setAttribute(aside, 'class', classes.filter(Boolean).join(' '));
  if (collapsed) largeText.remove();
  else if (!largeText.isConnected) actions.prepend(largeText);
  setAttribute(largeText, 'aria-pressed', String(next.settings.largeText));
  setAttribute(toggle, 'aria-expanded', String(!collapsed));
  setText(toggle, collapsed ? `展开（${next.tips.length}条提示）` : '收起');
  setText(status, next.announcement);
  body.hidden = collapsed;
  if (panel.shownTips !== next.tips) showTips(panel, (panel.shownTips = next.tips));
}

export function unmountPanel(): void {
  if (!host) return;
  panel?.aside.remove();
  panel = state = undefined;
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
  return panel?.aside.getBoundingClientRect();
}
