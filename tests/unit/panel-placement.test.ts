import { describe, expect, it } from 'vitest';
import { boxAt, overlaps, placementAvoiding, placements } from '@/components/panel/placement';

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

  it('the chosen corner never overlaps the field (every corner, every field cell of a grid)', () => {
    for (let left = 0; left < viewport.width; left += 160)
      for (let top = 0; top < viewport.height; top += 100) {
        const field = { left, top, width: 200, height: 36 };
        for (const current of placements) {
          const chosen = placementAvoiding(field, current, size, viewport);
          if (chosen) expect(overlaps(boxAt(chosen, size, viewport), field)).toBe(false);
        }
      }
  });
});
