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
import type { PanelMessage } from '@/answers/panel';
import type { PanelSettings } from '@/utils/panel-settings';
import css from './panel.css?inline';
import type { BarDock, Box, Placement } from './placement';
import { element, messageSection } from './markup';
import { fitToScreen, leaveScreen } from './phone-stage';

export const HOST_TAG = 'yibao-helper';
const NAME = '医保缴费助手（非官方提示）';
const BODY_ID = 'yibao-helper-body';
/**
 * Marks the hosts this extension made. Firefox drops a content script's code when the extension is updated or
 * disabled but leaves the nodes it added, and runs the new version in the same tab: the new one removes what the
 * old one left, so the tab never shows two panels. A page's own element of our name carries no such mark.
 */
const OWNER_ATTRIBUTE = 'data-yibao-helper';

export interface PanelState {
  tips: PanelMessage[];
  settings: PanelSettings;
  placement: Placement;
  /** Collapsed for now only, because no corner leaves the focused field free; not remembered. */
  shrunk: boolean;
  /** Read out by screen readers when tips appear. */
  announcement: string;
  onSettings(settings: PanelSettings): void;
  /** Narrow screens: collapsed, the panel is a one-line bar that covers no control of the page. */
  bar?: PanelBar;
  /** The footer's 数据版本 · 数据截至 line, and the out-of-date line when the likely 年度 is missing. */
  dataDate?: { line: string; outOfDate?: string };
}

export interface PanelBar {
  /** Opened by a tap, for this page only: never saved as the user's 收起 setting. */
  open: boolean;
  dock: BarDock;
  /** Undoes the page's zoom (a desktop page shown zoomed out, a pinch zoom), so the bar reads and taps as on a phone page. */
  zoom: number;
  /** The visual viewport (what the screen shows) in the page's CSS px: the bar and the sheet sit in it. */
  viewport: Box;
  /** While the resident types: the on-screen keyboard and the field take the screen. */
  hidden: boolean;
  /** The most urgent tip's headline, shown in the bar. */
  headline: string;
  onOpen(open: boolean): void;
}

interface Panel {
  /** Narrow screens: a box over the visual viewport that the bar and the sheet sit in. Wide: no box of its own. */
  stage: HTMLElement;
  aside: HTMLElement;
  title: HTMLElement;
  headline: HTMLElement;
  actions: HTMLElement;
  largeText: HTMLButtonElement;
  toggle: HTMLButtonElement;
  status: HTMLElement;
  body: HTMLElement;
  /** The body's last part, after the tips: the data date and the disclaimer. */
  disclaimer: HTMLElement;
  dataDate: HTMLElement;
  outOfDate: HTMLElement;
  /** The tips the body shows. */
  shownTips?: PanelMessage[];
}

let host: HTMLElement | undefined;
let panel: Panel | undefined;
let state: PanelState | undefined;
/** Ends the panel's own listeners when the panel is taken down. */
let panelListeners: AbortController | undefined;

function attachStyles(root: ShadowRoot, styles: string): void {
  try {
    // Constructable sheets are not subject to the page's CSP style-src.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    root.append(element('style', {}, styles));
  }
}

/** Styles of a tip that only some pages show (the notice reader's), after the panel's own: theirs to carry. */
export function addPanelStyles(styles: string): void {
  attachStyles(hostRoot(), styles);
}

const collapsedNow = ({ settings, shrunk, bar }: PanelState) => (bar ? !bar.open : settings.collapsed) || shrunk;

function toggleCollapsed(): void {
  if (!state) return;
  const collapsed = collapsedNow(state);
  if (state.bar) state.bar.onOpen(collapsed);
  else state.onSettings({ ...state.settings, collapsed: !collapsed });
}

function buildPanel(root: ShadowRoot, signal: AbortSignal): Panel {
  const largeText = element('button', { type: 'button' }, '大字');
  largeText.addEventListener(
    'click',
    () => state?.onSettings({ ...state.settings, largeText: !state.settings.largeText }),
    { signal },
  );
  const toggle = element('button', { type: 'button', class: 'toggle', 'aria-controls': BODY_ID });
  toggle.addEventListener('click', toggleCollapsed, { signal });
  const actions = element('div', { class: 'actions' }, largeText, toggle);
  const status = element('p', { class: 'visually-hidden', role: 'status' });
  const dataDate = element('p', { class: 'data-date', 'data-panel': 'data-date' });
  const outOfDate = element('p', { class: 'caveat', 'data-panel': 'data-out-of-date' });
  const disclaimer = element(
    'footer',
    {},
    outOfDate,
    dataDate,
    element('p', { class: 'disclaimer' }, '本助手只提供提示，不会填写或提交表单，也不收集任何信息。按 Esc 可收起。'),
  );
  // Focusable so the keyboard can scroll it when the tips are longer than the screen.
  const body = element(
    'div',
    { id: BODY_ID, class: 'body', tabindex: '0', role: 'region', 'aria-label': '提示内容' },
    disclaimer,
  );
  // Plainly not the government's: the official pages it sits on look much like it.
  const title = element('h2', {}, NAME);
  const headline = element('p', { class: 'headline' });
  const aside = element(
    'aside',
    { lang: 'zh-CN', 'aria-label': NAME },
    element('header', {}, title, actions),
    status,
    body,
  );
  aside.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state && !collapsedNow(state)) toggleCollapsed();
    },
    { signal },
  );
  // Taps around the bar and the sheet reach the page: the stage lets them through (panel.css).
  const stage = element('div', { class: 'stage' }, aside);
  root.append(stage);
  return { stage, aside, title, headline, actions, largeText, toggle, status, body, disclaimer, dataDate, outOfDate };
}

/** Puts the tips in the body, leaving it alone when they read the same (a reader's place stays put). */
function showTips({ body, disclaimer }: Panel, tips: PanelMessage[]): void {
  const sections = tips.map(messageSection);
  const shown = [...body.children].filter((child) => child !== disclaimer);
  if (sections.length === shown.length && sections.every((section, i) => section.isEqualNode(shown[i]))) return;
  body.replaceChildren(...sections, disclaimer);
}

function hostRoot(): ShadowRoot {
  if (!host) {
    for (const stale of document.querySelectorAll(`${HOST_TAG}[${OWNER_ATTRIBUTE}]`)) stale.remove();
    host = document.createElement(HOST_TAG);
    host.setAttribute(OWNER_ATTRIBUTE, '');
    attachStyles(host.attachShadow({ mode: 'open' }), css);
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
  if (!panel) {
    panelListeners = new AbortController();
    panel = buildPanel(root, panelListeners.signal);
  }
  state = next;
  const { stage, aside, title, headline, actions, largeText, toggle, status, body } = panel;
  const collapsed = collapsedNow(next);
  const { bar } = next;
  const asBar = bar && collapsed;
  setAttribute(
    aside,
    'class',
    ['panel', ...placementClasses(next), next.settings.largeText && 'large', collapsed && 'collapsed']
      .filter(Boolean)
      .join(' '),
  );
  if (bar) fitToScreen(stage, aside, bar, !collapsed);
  else leaveScreen(stage, aside);
  if (collapsed) largeText.remove();
  else if (!largeText.isConnected) actions.prepend(largeText);
  if (asBar) setAttribute(title, 'class', 'visually-hidden');
  else title.removeAttribute('class');
  if (asBar && bar.dock.dock !== 'corner') {
    setText(headline, bar.headline);
    if (!headline.isConnected) title.after(headline);
  } else headline.remove();
  setAttribute(largeText, 'aria-pressed', String(next.settings.largeText));
  setAttribute(toggle, 'aria-expanded', String(!collapsed));
  setText(toggle, asBar ? '展开' : collapsed ? `展开（${next.tips.length}条提示）` : '收起');
  setText(status, next.announcement);
  setText(panel.dataDate, next.dataDate?.line ?? '');
  setText(panel.outOfDate, next.dataDate?.outOfDate ? `⚠ ${next.dataDate.outOfDate}` : '');
  // Only when it differs: setting `hidden` again records a change, as setting the same text would.
  if (panel.dataDate.hidden !== !next.dataDate) panel.dataDate.hidden = !next.dataDate;
  if (panel.outOfDate.hidden !== !next.dataDate?.outOfDate) panel.outOfDate.hidden = !next.dataDate?.outOfDate;
  body.hidden = collapsed;
  if (panel.shownTips !== next.tips) showTips(panel, (panel.shownTips = next.tips));
}

/** Where the panel sits: a corner on wide screens; on narrow ones the bar's dock, or the sheet. */
function placementClasses(state: PanelState): (string | false)[] {
  const { placement, bar } = state;
  if (!bar) return [`side-${placement.side}`, `edge-${placement.edge}`];
  const { dock } = bar;
  const sheet = !collapsedNow(state) && 'sheet';
  if (dock.dock === 'corner')
    return ['narrow', 'dock-corner', `side-${dock.corner.side}`, `edge-${dock.corner.edge}`, sheet];
  return ['narrow', `dock-${dock.dock}`, sheet];
}

export function unmountPanel(): void {
  panelListeners?.abort();
  panelListeners = undefined;
  if (!host) return;
  panel?.aside.remove();
  panel = state = undefined;
  host.remove();
}

export function isOurHost(node: Node | null): boolean {
  return !!node && node === host;
}

/**
 * The content box of a shown tip, for a page tool that builds its own body with the DOM API and listeners (the
 * notice reader's 保存, components/notice): the answers' messages are text only.
 */
export function tipContent(id: string): HTMLElement | undefined {
  return panel?.body.querySelector<HTMLElement>(`section[data-tip="${CSS.escape(id)}"] > .content`) ?? undefined;
}

/** Whether the node is inside our panel. */
export function inPanel(node: Node | null): boolean {
  return !!node && !!host && (node === host || host.contains(node));
}

/** The panel's box, to keep it off the focused field. */
export function panelRect(): DOMRect | undefined {
  return panel?.aside.getBoundingClientRect();
}
