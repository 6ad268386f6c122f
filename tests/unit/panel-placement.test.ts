import { describe, expect, it } from 'vitest';
import { placementAvoiding } from '@/components/panel/placement';

const viewport = { width: 1280, height: 800 };
const size = { width: 360, height: 300 };

describe('panel placement', () => {
  it('keeps the current corner when the field is elsewhere', () => {
    const field = { left: 100, top: 100, width: 300, height: 30 };
    expect(placementAvoiding(field, { side: 'right', edge: 'bottom' }, size, viewport)).toEqual({ side: 'right', edge: 'bottom' });
  });

  it('moves to the other side when the field is under the panel', () => {
    const field = { left: 1000, top: 600, width: 200, height: 30 };
    expect(placementAvoiding(field, { side: 'right', edge: 'bottom' }, size, viewport)).toEqual({ side: 'left', edge: 'bottom' });
  });

  it('moves to the top when a full-width field sits at the bottom', () => {
    const field = { left: 0, top: 700, width: 1280, height: 40 };
    expect(placementAvoiding(field, { side: 'left', edge: 'bottom' }, size, viewport)).toEqual({ side: 'right', edge: 'top' });
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
    const clear = (corner: (typeof corners)[number], field: { left: number; top: number; width: number; height: number }) =>
      field.left + field.width <= corner.left || field.left >= corner.left + 360 || field.top + field.height <= corner.top || field.top >= corner.top + 300;
    let moved = 0;
    let none = 0;
    for (let left = 0; left < viewport.width; left += 80)
      for (let top = 0; top < viewport.height; top += 50)
        for (const [width, height] of [[200, 36], [1280, 40], [600, 500]]) {
          const field = { left, top, width, height };
          for (const current of corners) {
            const expected = clear(current, field) ? current.placement : corners.find((c) => clear(c, field))?.placement;
            expect(placementAvoiding(field, current.placement, size, viewport), JSON.stringify({ field, current })).toEqual(expected);
            if (!expected) none++;
            else if (expected !== current.placement) moved++;
          }
        }
    // The grid really exercises moving and giving up, not only staying put.
    expect(moved).toBeGreaterThan(100);
    expect(none).toBeGreaterThan(10);
  });
});
