/**
 * Where the panel goes so that it never covers the field the resident is typing in: its current corner if a panel
 * of the current size leaves the field free there, else the first such corner in a fixed order. Pure, so it is
 * unit-tested.
 */
export type PanelSide = 'right' | 'left';
export type PanelEdge = 'bottom' | 'top';

export interface Placement {
  side: PanelSide;
  edge: PanelEdge;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Must match `.panel`'s offsets in panel.css. */
export const PANEL_MARGIN_PX = 16;

const placements: readonly Placement[] = [
  { side: 'right', edge: 'bottom' },
  { side: 'left', edge: 'bottom' },
  { side: 'right', edge: 'top' },
  { side: 'left', edge: 'top' },
];

function boxAt(
  placement: Placement,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = PANEL_MARGIN_PX,
): Box {
  return {
    width: size.width,
    height: size.height,
    left: placement.side === 'left' ? margin : viewport.width - margin - size.width,
    top: placement.edge === 'top' ? margin : viewport.height - margin - size.height,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * The placement to use: the current one if it leaves the field free, else the first free corner; undefined when
 * no corner is free at this size (the caller then shrinks the panel).
 */
export function placementAvoiding(
  field: Box,
  current: Placement,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement | undefined {
  const free = (p: Placement) => !overlaps(boxAt(p, size, viewport), field);
  if (free(current)) return current;
  return placements.find(free);
}

/**
 * On a narrow screen the collapsed panel is a one-line bar across the bottom; at the top when the bottom strip
 * holds a visible control of the page; when both strips do, a small button in the corner that covers the least
 * control area. Where the bar goes is worked out from the page's control boxes, in the page's CSS px, relative to
 * the visual viewport (what the screen shows), which the bar follows.
 */
export type BarDock = { dock: 'bottom' | 'top' } | { dock: 'corner'; corner: Placement };

export interface BarGeometry {
  viewport: { width: number; height: number };
  /** The bar's height, and the corner button's side, as drawn (zoom included). */
  barHeight: number;
  button: number;
  /** Distance from the viewport's edges (bar), and from its corner (button). */
  barMargin: number;
  buttonMargin: number;
}

export function barBox(dock: BarDock, g: BarGeometry): Box {
  if (dock.dock === 'corner')
    return boxAt(dock.corner, { width: g.button, height: g.button }, g.viewport, g.buttonMargin);
  const top = dock.dock === 'top' ? g.barMargin : g.viewport.height - g.barMargin - g.barHeight;
  return { left: g.barMargin, top, width: g.viewport.width - 2 * g.barMargin, height: g.barHeight };
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Undefined when the bar has nowhere to go: every corner button would cover the focused field (which must never be
 * covered; the bar then waits, hidden, until focus moves on).
 */
export function barDock(controls: readonly Box[], g: BarGeometry, focused?: Box): BarDock | undefined {
  const avoid = focused ? [...controls, focused] : controls;
  for (const dock of ['bottom', 'top'] as const) {
    const box = barBox({ dock }, g);
    if (!avoid.some((control) => overlaps(box, control))) return { dock };
  }
  const corners = placements.filter((corner) => !focused || !overlaps(barBox({ dock: 'corner', corner }, g), focused));
  if (corners.length === 0) return undefined;
  const covered = (corner: Placement) => {
    const box = barBox({ dock: 'corner', corner }, g);
    return controls.reduce((sum, control) => sum + overlapArea(box, control), 0);
  };
  // Ties keep the fixed order: bottom right first, where a thumb reaches.
  const corner = corners.reduce((best, next) => (covered(next) < covered(best) ? next : best));
  return { dock: 'corner', corner };
}
