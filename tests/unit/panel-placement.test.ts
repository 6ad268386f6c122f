import { describe, expect, it } from 'vitest';
import { barBox, barDock, placementAvoiding, type BarGeometry } from '@/components/panel/placement';

const viewport = { width: 1280, height: 800 };
const size = { width: 360, height: 300 };

describe('panel placement', () => {
  it('keeps the current corner when the field is elsewhere', () => {
    const field = { left: 100, top: 100, width: 300, height: 30 };
    expect(placementAvoiding(field, { side: 'right', edge: 'bottom' }, size, viewport)).toEqual({
      side: 'right',
      edge: 'bottom',
    });
  });

  it('moves to the other side when the field is under the panel', () => {
    const field = { left: 1000, top: 600, width: 200, height: 30 };
    expect(placementAvoiding(field, { side: 'right', edge: 'bottom' }, size, viewport)).toEqual({
      side: 'left',
      edge: 'bottom',
    });
  });

  it('moves to the top when a full-width field sits at the bottom', () => {
    const field = { left: 0, top: 700, width: 1280, height: 40 };
    expect(placementAvoiding(field, { side: 'left', edge: 'bottom' }, size, viewport)).toEqual({
      side: 'right',
      edge: 'top',
    });
  });

  it('gives up when no corner is free, so the caller can shrink the panel', () => {
    const field = { left: 0, top: 0, width: 1280, height: 800 };
    expect(placementAvoiding(field, { side: 'right', edge: 'bottom' }, size, viewport)).toBeUndefined();
  });

  it('on a grid of fields: the current corner if free, else the first free one, undefined only when none is (independent geometry)', () => {
    // The four corner boxes of a 360×300 panel 16 px from the edges of 1280×800, worked out by hand.
    const corners = [
      { placement: { side: 'right', edge: 'bottom' }, left: 904, top: 484 },
      { placement: { side: 'left', edge: 'bottom' }, left: 16, top: 484 },
      { placement: { side: 'right', edge: 'top' }, left: 904, top: 16 },
      { placement: { side: 'left', edge: 'top' }, left: 16, top: 16 },
    ] as const;
    const clear = (
      corner: (typeof corners)[number],
      field: { left: number; top: number; width: number; height: number },
    ) =>
      field.left + field.width <= corner.left ||
      field.left >= corner.left + 360 ||
      field.top + field.height <= corner.top ||
      field.top >= corner.top + 300;
    let moved = 0;
    let none = 0;
    for (let left = 0; left < viewport.width; left += 80)
      for (let top = 0; top < viewport.height; top += 50)
        for (const [width, height] of [
          [200, 36],
          [1280, 40],
          [600, 500],
        ]) {
          const field = { left, top, width, height };
          for (const current of corners) {
            const expected = clear(current, field)
              ? current.placement
              : corners.find((c) => clear(c, field))?.placement;
            expect(
              placementAvoiding(field, current.placement, size, viewport),
              JSON.stringify({ field, current }),
            ).toEqual(expected);
            if (!expected) none++;
            else if (expected !== current.placement) moved++;
          }
        }
    // The grid really exercises moving and giving up, not only staying put.
    expect(moved).toBeGreaterThan(100);
    expect(none).toBeGreaterThan(10);
  });
});

describe('narrow-screen bar dock', () => {
  // A 390×844 phone: a 60 px bar 8 px from the edges, or a 44 px button 16 px from a corner.
  const g: BarGeometry = {
    viewport: { width: 390, height: 844 },
    barHeight: 60,
    button: 44,
    barMargin: 8,
    buttonMargin: 16,
  };
  const form = [100, 160, 220, 280].map((top) => ({ left: 20, top, width: 350, height: 40 }));
  const bottomBar = { left: 0, top: 790, width: 390, height: 54 };
  const topBar = { left: 0, top: 0, width: 390, height: 54 };

  it('docks at the bottom when the bottom strip holds no control', () => {
    expect(barDock(form, g)).toEqual({ dock: 'bottom' });
    expect(barBox({ dock: 'bottom' }, g)).toEqual({ left: 8, top: 776, width: 374, height: 60 });
  });

  it('docks at the top when a control sits in the bottom strip', () => {
    expect(barDock([...form, bottomBar], g)).toEqual({ dock: 'top' });
    // A control only just above the bar's box leaves the bottom free.
    expect(barDock([{ left: 0, top: 736, width: 390, height: 40 }], g)).toEqual({ dock: 'bottom' });
  });

  it('with controls in both strips: the corner button that covers the least', () => {
    // Buttons centred in both bars leave every corner free: the first, bottom right.
    const centred = [topBar, bottomBar].map((bar) => ({ ...bar, left: 100, width: 190 }));
    expect(barDock(centred, g)).toEqual({ dock: 'corner', corner: { side: 'right', edge: 'bottom' } });
    // Full-width bars, but the top left has only a sliver of a control under its button.
    const sliver = { left: 0, top: 0, width: 20, height: 20 };
    const rest = [
      { left: 0, top: 790, width: 390, height: 54 },
      { left: 300, top: 0, width: 90, height: 54 },
      { left: 70, top: 0, width: 220, height: 54 },
    ];
    expect(barDock([...rest, sliver], g)).toEqual({ dock: 'corner', corner: { side: 'left', edge: 'top' } });
    expect(barBox({ dock: 'corner', corner: { side: 'left', edge: 'top' } }, g)).toEqual({
      left: 16,
      top: 16,
      width: 44,
      height: 44,
    });
  });

  it('never covers the focused field: it counts as a control for the bar, and rules out corners outright', () => {
    // A focused element that is no form control (a contenteditable) in the bottom strip sends the bar up.
    const editable = { left: 20, top: 780, width: 350, height: 40 };
    expect(barDock(form, g, editable)).toEqual({ dock: 'top' });
    // Both strips full: the least-covering corner (bottom right) holds the focused field, so the next one.
    const centred = [topBar, bottomBar].map((bar) => ({ ...bar, left: 100, width: 190 }));
    const inBottomRight = { left: 340, top: 790, width: 40, height: 40 };
    expect(barDock(centred, g, inBottomRight)).toEqual({ dock: 'corner', corner: { side: 'left', edge: 'bottom' } });
    // A field spanning every corner leaves nowhere: no dock (the bar hides until focus moves).
    expect(barDock(centred, g, { left: 0, top: 0, width: 390, height: 844 })).toBeUndefined();
  });
});
