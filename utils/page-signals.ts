/**
 * Reads what `detectPage` weighs from a live document: the title, headings, breadcrumbs, the highlighted menu
 * item and the visible body text. Cheap on any page: a few selector queries, each capped, and one innerText.
 * Reads only; never changes the page.
 */
import type { PageSignals } from './page-detection';

/** As much body text as any form needs; a long page costs no more. */
export const TEXT_LIMIT = 20_000;
const MAX_HEADINGS = 30;
const MAX_BREADCRUMBS = 3;
const MAX_ACTIVE = 3;
/** A name longer than this is a container's whole text, not a name. */
const MAX_NAME = 60;

const HEADINGS = 'h1, h2, h3, [role="heading"]';
const BREADCRUMBS =
  '[class*="breadcrumb" i], [class*="crumb" i], [id*="crumb" i], [aria-label*="breadcrumb" i], [aria-label*="面包屑"], [class*="面包屑"]';
const ACTIVE_ITEMS =
  '[aria-current]:not([aria-current="false"]), [role="tab"][aria-selected="true"], .active, .is-active, .on, .current, .selected';
/** Where an "active" class means a menu item rather than a slide, a dialog or a form state. */
const MENUS =
  'nav, ul, ol, [role="menu"], [role="menubar"], [role="tablist"], [role="navigation"], [class*="menu" i], [class*="nav" i], [class*="tab" i]';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Rendered text where the engine gives it (no hidden parts, no CSS-only separators), else the raw text. */
function textOf(element: Element): string {
  const text = element instanceof HTMLElement ? element.innerText : element.textContent;
  return squash(text ?? '');
}

function visible(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/**
 * The first `limit` distinct visible matches with a short, non-empty text. Nested matches: `outer` keeps the
 * outermost (a breadcrumb, not its items), `inner` the innermost (the active item, not its active submenu).
 */
function names(
  root: Document,
  selector: string,
  limit: number,
  keep: (element: Element) => boolean,
  nested?: 'outer' | 'inner',
): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll(selector)) {
    if (found.length >= limit) break;
    const givesWay =
      nested === 'outer'
        ? element.parentElement?.closest(selector)
        : nested === 'inner' && element.querySelector(selector);
    if (givesWay || !keep(element) || !visible(element)) continue;
    const text = textOf(element);
    if (text && text.length <= MAX_NAME && !found.includes(text)) found.push(text);
  }
  return found;
}

const any = () => true;

/** aria-current says so itself; a class says so only on an item of a menu, a tab bar or a list. */
const isMenuItem = (element: Element) =>
  element.hasAttribute('aria-current') ||
  element.getAttribute('role') === 'tab' ||
  (/^(?:LI|A|BUTTON|SPAN|DIV)$/.test(element.tagName) && element.closest(MENUS) !== null);

export function pageSignals(document: Document): PageSignals {
  const active = names(document, ACTIVE_ITEMS, MAX_ACTIVE, isMenuItem, 'inner');
  return {
    url: document.location?.href ?? document.URL,
    title: squash(document.title),
    headings: names(document, HEADINGS, MAX_HEADINGS, any),
    breadcrumbs: names(document, BREADCRUMBS, MAX_BREADCRUMBS, any, 'outer'),
    ...(active.length > 0 && { activeMenu: active.join(' > ') }),
    text: (document.body?.innerText ?? '').slice(0, TEXT_LIMIT),
  };
}
