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

function boxAt(placement: Placement, size: { width: number; height: number }, viewport: { width: number; height: number }): Box {
  return {
    width: size.width,
    height: size.height,
    left: placement.side === 'left' ? PANEL_MARGIN_PX : viewport.width - PANEL_MARGIN_PX - size.width,
    top: placement.edge === 'top' ? PANEL_MARGIN_PX : viewport.height - PANEL_MARGIN_PX - size.height,
  };
}

function overlaps(a: Box, b: Box): boolean {
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
