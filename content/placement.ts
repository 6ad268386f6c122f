/**
 * Keeps the panel off the page's controls. Wide screens: the panel moves to a corner that leaves the focused field
 * free, and shrinks when none does. Narrow screens (under 600 CSS px, or a coarse pointer): collapsed, it is a
 * one-line bar docked where it covers no visible control (components/panel/placement.ts decides where); open, it
 * spans the screen and shrinks back to the bar when it would cover the focused field.
 */
import { inPanel, panelRect } from '@/components/panel/mount';
import {
  barDock,
  PANEL_MARGIN_PX,
  placementAvoiding,
  type BarDock,
  type Box,
  type Placement,
} from '@/components/panel/placement';
import { quietly } from './quietly';
import { oncePerFrame } from './timers';

/** Must match `.panel.narrow`'s offsets in panel.css. */
const BAR_MARGIN_PX = 8;
const TOUCH_TARGET_PX = 44;
const NARROW_SCREEN_PX = 600;
/** Enough for any payment form; a cap keeps a huge page cheap on every scroll frame. */
const MAX_CONTROLS = 400;

/** What the placement decides; the controller renders it. */
export interface Layout {
  placement: Placement;
  /** Collapsed for now only, because the panel would cover the focused field; not remembered. */
  shrunk: boolean;
  /** Set on narrow screens only. */
  narrow?: { open: boolean; dock: BarDock; zoom: number };
}

/** How far a phone has zoomed out a page laid out wider than the screen (a desktop page shown at 980 CSS px). */
function zoomOut(): number {
  return Math.min(1, visualViewport?.scale ?? 1);
}

export function isNarrowScreen(): boolean {
  return innerWidth * zoomOut() < NARROW_SCREEN_PX || matchMedia('(pointer: coarse)').matches;
}

/** The form field the resident is in, if any (never our own buttons). */
function focusedField(): Element | undefined {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement || inPanel(active)) return undefined;
  return active;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * The form's controls, and buttons a site draws itself (a sticky 下一步). Links are left out on purpose: the top
 * strip nearly always holds the site's header menu, and a bar over it for a while costs less than a bar shrunk to a
 * corner button, which loses the headline.
 */
const CONTROLS = 'input, select, textarea, button, [role="button"]';

/** The page's own visible controls in the viewport. */
function visibleControls(): Box[] {
  const controls: Box[] = [];
  for (const element of document.querySelectorAll(CONTROLS)) {
    if (controls.length >= MAX_CONTROLS) break;
    if ((element as HTMLInputElement).type === 'hidden') continue;
    const { left, top, width, height, right, bottom } = element.getBoundingClientRect();
    if (width === 0 || height === 0 || right <= 0 || bottom <= 0 || left >= innerWidth || top >= innerHeight) continue;
    if (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true })) continue;
    controls.push({ left, top, width, height });
  }
  return controls;
}

export interface PlacementDeps {
  layout: Layout;
  /** Whether there is a panel to place. */
  hasPanel(): boolean;
  render(): void;
  /** Called before every placement: false stops it (the extension that started us is gone). */
  stillWanted(): boolean;
}

/** Places the panel now; `startPlacement` calls it again whenever the page scrolls, resizes or moves focus. */
export function place({ layout, hasPanel, render }: PlacementDeps): void {
  if (!hasPanel()) return;
  if (isNarrowScreen()) {
    placeNarrow(layout, render);
    return;
  }
  const field = focusedField()?.getBoundingClientRect();
  if (layout.narrow) {
    layout.narrow = undefined;
    layout.shrunk = false;
    render();
  }
  if (!field) {
    // Scrolling calls this on every frame: re-render only to undo a shrink.
    if (layout.shrunk) {
      layout.shrunk = false;
      render();
    }
    return;
  }
  const viewport = { width: innerWidth, height: innerHeight };
  for (const shrunk of [false, true]) {
    layout.shrunk = shrunk;
    render();
    const rect = panelRect();
    if (!rect) return;
    const free = placementAvoiding(field, layout.placement, rect, viewport);
    if (free) {
      if (free !== layout.placement) {
        layout.placement = free;
        render();
      }
      return;
    }
  }
}

function placeNarrow(layout: Layout, render: () => void): void {
  const zoom = 1 / zoomOut();
  const narrow = (layout.narrow ??= { open: false, dock: { dock: 'bottom' }, zoom });
  narrow.zoom = zoom;
  layout.shrunk = false;
  if (narrow.open) {
    render();
    const field = focusedField()?.getBoundingClientRect();
    const rect = panelRect();
    if (!field || !rect || !overlaps(rect, field)) return;
    layout.shrunk = true;
  }
  // Measure the bar as a bar, then dock it.
  const measured = narrow.dock.dock === 'corner' ? { dock: 'bottom' as const } : narrow.dock;
  narrow.dock = measured;
  render();
  const barHeight = panelRect()?.height;
  if (!barHeight) return;
  const dock = barDock(visibleControls(), {
    viewport: { width: innerWidth, height: innerHeight },
    barHeight,
    button: TOUCH_TARGET_PX * zoom,
    barMargin: BAR_MARGIN_PX * zoom,
    buttonMargin: PANEL_MARGIN_PX * zoom,
  });
  if (JSON.stringify(dock) !== JSON.stringify(measured)) {
    narrow.dock = dock;
    render();
  }
}

export function startPlacement(signal: AbortSignal, deps: PlacementDeps): () => void {
  const schedule = oncePerFrame(signal, () => {
    if (deps.stillWanted()) quietly(() => place(deps));
  });
  const passive = { passive: true, signal };
  addEventListener('resize', schedule, passive);
  addEventListener('scroll', schedule, { ...passive, capture: true });
  visualViewport?.addEventListener('resize', schedule, passive);
  document.addEventListener('focusin', schedule, passive);
  document.addEventListener('focusout', schedule, passive);
  return schedule;
}
