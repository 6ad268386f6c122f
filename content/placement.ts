/**
 * Keeps the panel off the page's controls. Wide screens: the panel moves to a corner that leaves the focused field
 * free, and shrinks when none does. Narrow screens (under 600 CSS px, or a coarse pointer): a one-line bar and a
 * sheet, placed by content/phone-placement.ts.
 */
import { inPanel, panelRect } from '@/components/panel/mount';
import { placementAvoiding, type Placement } from '@/components/panel/placement';
import { focusedBox } from './frame-geometry';
import type { FrameSource } from './frame-report';
import { placeNarrow, type NarrowLayout } from './phone-placement';
import { quietly } from './quietly';
import { oncePerFrame } from './timers';

const NARROW_SCREEN_PX = 600;

/** What the placement decides; the controller renders it. */
export interface Layout {
  placement: Placement;
  /** Collapsed for now only, because the panel would cover the focused field; not remembered. */
  shrunk: boolean;
  /** Set on narrow screens only. */
  narrow?: NarrowLayout;
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

export interface PlacementDeps {
  layout: Layout;
  /** Whether there is a panel to place. */
  hasPanel(): boolean;
  render(): void;
  /** Called before every placement: false stops it (the extension that started us is gone). */
  stillWanted(): boolean;
  /** Frames (content/frames.ts): the focused field inside a frame (else the whole frame is kept free), their forms. */
  frames?: Pick<FrameSource, 'fieldIn' | 'controls'>;
}

/** Places the panel now; `startPlacement` calls it again whenever the page scrolls, resizes or moves focus. */
export function place({ layout, hasPanel, render, frames }: PlacementDeps): void {
  if (!hasPanel()) return;
  if (isNarrowScreen()) {
    placeNarrow(layout, render, frames);
    return;
  }
  const focused = focusedField();
  const field = focused && focusedBox(focused, frames);
  if (layout.narrow) {
    layout.narrow = undefined;
    layout.shrunk = false;
    render();
  }
  if (!field) {
    // Scrolling calls this on every frame: re-render only to undo a shrink.
    if (!layout.shrunk) return;
    layout.shrunk = false;
    render();
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

export function startPlacement(signal: AbortSignal, deps: PlacementDeps): () => void {
  const schedule = oncePerFrame(signal, () => {
    if (deps.stillWanted()) quietly(() => place(deps));
  });
  const passive = { passive: true, signal };
  addEventListener('resize', schedule, passive);
  addEventListener('scroll', schedule, { ...passive, capture: true });
  // The bar follows the visual viewport: a pinch zoom moves and scales it, the on-screen keyboard shrinks it.
  visualViewport?.addEventListener('resize', schedule, passive);
  visualViewport?.addEventListener('scroll', schedule, passive);
  document.addEventListener('focusin', schedule, passive);
  document.addEventListener('focusout', schedule, passive);
  return schedule;
}
