/**
 * Narrow screens: the bar and the sheet hang from a line across the visual viewport (what the screen shows), so
 * they stay on screen through a pinch zoom and above the on-screen keyboard: the line runs along the screen's
 * bottom edge, or its top edge for a bar docked there. The line has no height, so nothing of ours but the panel
 * itself lies over the page. The panel is zoomed to undo the page's zoom, so it reads and taps at a phone's size.
 */
import type { PanelBar } from './mount';

/** The sheet covers at most the lower 60 % of the screen: the page above stays in view and in reach. */
const SHEET_SHARE = 0.6;
/** The sheet's gap to the screen's bottom edge (panel.css), counted in its share. */
const SHEET_MARGIN_PX = 8;

function setStyle(style: CSSStyleDeclaration, name: string, value: string): void {
  if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
}

export function fitToScreen(
  stage: HTMLElement,
  aside: HTMLElement,
  { zoom, viewport, hidden, dock }: PanelBar,
  open: boolean,
): void {
  if (stage.getAttribute('class') !== 'stage phone') stage.setAttribute('class', 'stage phone');
  stage.hidden = hidden;
  const atTop = !open && (dock.dock === 'top' || (dock.dock === 'corner' && dock.corner.edge === 'top'));
  setStyle(stage.style, 'left', `${viewport.left}px`);
  setStyle(stage.style, 'top', `${viewport.top + (atTop ? 0 : viewport.height)}px`);
  setStyle(stage.style, 'width', `${viewport.width}px`);
  setStyle(aside.style, 'zoom', zoom === 1 ? '' : String(zoom));
  // In the panel's own px, which its zoom turns into the page's.
  const sheetHeight = Math.floor((SHEET_SHARE * viewport.height) / zoom) - SHEET_MARGIN_PX;
  setStyle(aside.style, 'max-height', open ? `${sheetHeight}px` : '');
}

/** Back on a wide screen: the panel places itself (panel.css), the stage has no box of its own. */
export function leaveScreen(stage: HTMLElement, aside: HTMLElement): void {
  if (stage.getAttribute('class') === 'stage') return;
  stage.setAttribute('class', 'stage');
  stage.hidden = false;
  stage.removeAttribute('style');
  aside.removeAttribute('style');
}
