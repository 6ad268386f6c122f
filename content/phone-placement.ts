/**
 * Phones and narrow windows (content/placement.ts decides which): collapsed, the panel is a one-line bar docked
 * where it covers no visible control of the page (components/panel/placement.ts decides where); open, it is a
 * sheet over the lower part of the screen. Both follow the visual viewport (what the screen shows after a pinch
 * zoom or with the on-screen keyboard up), keep a phone's size whatever the page's zoom, and hide while the
 * resident types: the keyboard then takes half the screen and the field needs the rest. Neither ever covers the
 * focused field.
 */
import { inPanel, panelRect } from '@/components/panel/mount';
import { barDock, overlaps, PANEL_MARGIN_PX, type BarDock, type Box } from '@/components/panel/placement';
import { focusedBox } from './frame-geometry';
import type { FrameSource } from './frame-report';

/** Must match `.panel.narrow`'s offsets in panel.css. */
const BAR_MARGIN_PX = 8;
const TOUCH_TARGET_PX = 44;
/** Enough for any payment form; a cap keeps a huge page cheap on every scroll frame. */
const MAX_CONTROLS = 400;
/**
 * An on-screen keyboard takes 40 % or more of a phone's height; a browser's toolbar sliding away changes it by
 * under 10 %. Shorter than this share of the tallest height seen at the same screen width: the keyboard is up.
 */
const KEYBOARD_SHRINK = 0.75;

export interface NarrowLayout {
  /** Opened by a tap, for this page only: never saved as the user's 收起 setting. */
  open: boolean;
  dock: BarDock;
  /** Undoes the page's zoom (a desktop page shown zoomed out, a pinch zoom), so the bar reads and taps as on a phone page. */
  zoom: number;
  /** The visual viewport in the page's CSS px, from the layout viewport's top left: the bar and sheet sit in it. */
  viewport: Box;
  /** While the resident types (a text field focused, or the keyboard up), or when no place leaves the focus free. */
  hidden: boolean;
  /** The tallest screen (visual viewport, screen px) seen at this screen width: the keyboard shows as a drop from it. */
  tallest: { width: number; height: number };
}

function visualViewportNow(): { viewport: Box; scale: number } {
  const vv = visualViewport;
  if (!vv) return { viewport: { left: 0, top: 0, width: innerWidth, height: innerHeight }, scale: 1 };
  return { viewport: { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height }, scale: vv.scale };
}

/** A box from getBoundingClientRect (layout viewport) in the visual viewport's coordinates. */
function inViewport(viewport: Box, { left, top, width, height }: Box): Box {
  return { left: left - viewport.left, top: top - viewport.top, width, height };
}

/** The page's element with focus, through open shadow roots; never our own buttons. */
function focusedElement(): Element | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement && !inPanel(active)) active = active.shadowRoot.activeElement;
  if (!active || active === document.body || active === document.documentElement || inPanel(active)) return undefined;
  return active;
}

/** Inputs a phone answers with a picker, not the keyboard. */
const PICKED = new Set(['button', 'checkbox', 'color', 'date', 'datetime-local', 'file', 'hidden', 'image', 'month']);
for (const type of ['radio', 'range', 'reset', 'submit', 'time', 'week']) PICKED.add(type);

/** Whether focus on this element brings up the on-screen keyboard. */
function typedInto(element: Element | undefined): boolean {
  if (!element) return false;
  if (element.localName === 'textarea') return true;
  if (element.localName === 'input') return !PICKED.has((element as HTMLInputElement).type);
  return (element as HTMLElement).isContentEditable === true;
}

function keyboardUp(narrow: NarrowLayout, viewport: Box, scale: number): boolean {
  const width = Math.round(viewport.width * scale);
  const height = viewport.height * scale;
  if (narrow.tallest.width !== width || height > narrow.tallest.height) narrow.tallest = { width, height };
  return height < narrow.tallest.height * KEYBOARD_SHRINK;
}

/**
 * The form's controls, and buttons a site draws itself (a sticky 下一步). Links are left out on purpose: the top
 * strip nearly always holds the site's header menu, and a bar over it for a while costs less than a bar shrunk to a
 * corner button, which loses the headline.
 */
const CONTROLS = 'input, select, textarea, button, [role="button"]';

/** The page's own visible controls on screen, in the visual viewport's coordinates. */
function visibleControls(viewport: Box): Box[] {
  const controls: Box[] = [];
  for (const element of document.querySelectorAll(CONTROLS)) {
    if (controls.length >= MAX_CONTROLS) break;
    if ((element as HTMLInputElement).type === 'hidden') continue;
    const box = inViewport(viewport, element.getBoundingClientRect());
    if (box.width === 0 || box.height === 0) continue;
    if (!overlaps(box, { left: 0, top: 0, width: viewport.width, height: viewport.height })) continue;
    if (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true })) continue;
    controls.push(box);
  }
  return controls;
}

/** What the narrow-screen placement decides; content/placement.ts's Layout holds it. */
export interface NarrowPlacement {
  narrow?: NarrowLayout;
  /** Collapsed for now only: the sheet would cover the focused field, or the resident is typing. */
  shrunk: boolean;
}

export function placeNarrow(
  layout: NarrowPlacement,
  render: () => void,
  frames?: Pick<FrameSource, 'fieldIn' | 'controls'>,
): void {
  const { viewport, scale } = visualViewportNow();
  const zoom = 1 / scale;
  const narrow = (layout.narrow ??= {
    open: false,
    dock: { dock: 'bottom' },
    zoom,
    viewport,
    hidden: false,
    tallest: { width: 0, height: 0 },
  });
  narrow.zoom = zoom;
  narrow.viewport = viewport;
  const focused = focusedElement();
  // Both tests: a hardware keyboard types without shrinking the screen, and a keyboard may stay up without focus.
  narrow.hidden = keyboardUp(narrow, viewport, scale) || typedInto(focused);
  layout.shrunk = narrow.hidden;
  if (narrow.hidden) {
    render();
    return;
  }
  const field = focused && inViewport(viewport, focusedBox(focused, frames));
  if (narrow.open) {
    render();
    const sheet = panelRect();
    if (!field || !sheet || !overlaps(inViewport(viewport, sheet), field)) return;
    layout.shrunk = true;
  }
  // A form in a frame: its controls, as the frame reports them (the whole frame where it cannot be told).
  const framed = (frames?.controls() ?? []).map((box) => inViewport(viewport, box));
  dockBar(layout, narrow, field, render, framed);
}

/** Docks the bar (the collapsed panel, or the sheet shrunk to its bar because it would cover the focused field). */
function dockBar(
  layout: NarrowPlacement,
  narrow: NarrowLayout,
  field: Box | undefined,
  render: () => void,
  framed: Box[],
): void {
  // Measure the bar as a bar, then dock it.
  const measured: BarDock = narrow.dock.dock === 'corner' ? { dock: 'bottom' } : narrow.dock;
  narrow.dock = measured;
  render();
  const barHeight = panelRect()?.height;
  if (!barHeight) return;
  const { viewport, zoom } = narrow;
  const docked = barDock(
    [...visibleControls(viewport), ...framed],
    {
      viewport: { width: viewport.width, height: viewport.height },
      barHeight,
      button: TOUCH_TARGET_PX * zoom,
      barMargin: BAR_MARGIN_PX * zoom,
      buttonMargin: PANEL_MARGIN_PX * zoom,
    },
    field,
  );
  if (!docked) {
    narrow.hidden = layout.shrunk = true;
    render();
    return;
  }
  if (JSON.stringify(docked) === JSON.stringify(measured)) return;
  narrow.dock = docked;
  render();
}
