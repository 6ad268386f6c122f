import { describe, expect, it } from 'vitest';
import { median, ratioOfMedians, verdict } from '../bench/stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(/No values/);
  });
});

describe('ratioOfMedians', () => {
  const spread = (centre: number, n: number) => Array.from({ length: n }, (_, i) => centre + ((i * 7) % 11) - 5);

  it('gives the ratio of the medians inside its interval', () => {
    const { value, interval } = ratioOfMedians(spread(52, 40), spread(40, 40));
    expect(value).toBeCloseTo(52 / 40, 10);
    expect(interval[0]).toBeLessThanOrEqual(value);
    expect(interval[1]).toBeGreaterThanOrEqual(value);
    expect(interval[1]).toBeGreaterThan(interval[0]);
  });

  it('is the same for the same loads (a fixed seed)', () => {
    expect(ratioOfMedians(spread(52, 25), spread(40, 25))).toEqual(ratioOfMedians(spread(52, 25), spread(40, 25)));
  });

  it('narrows as the samples grow', () => {
    const width = (n: number) => {
      const { interval } = ratioOfMedians(spread(52, n), spread(40, n));
      return interval[1] - interval[0];
    };
    expect(width(100)).toBeLessThan(width(10));
  });

  it('collapses to the value for samples without spread', () => {
    expect(ratioOfMedians([6, 6, 6], [4, 4, 4])).toEqual({ value: 1.5, interval: [1.5, 1.5] });
  });
});

describe('verdict', () => {
  it('lets the median decide an upper bound, whatever the interval', () => {
    expect(verdict(1.09, '≤ 1.10')).toBe('met');
    expect(verdict(1.1, '≤ 1.10')).toBe('met');
    expect(verdict(1.11, '≤ 1.10')).toBe('not met');
    expect(verdict(120, '≤ 150 ms')).toBe('met');
    expect(verdict(16.2, '≤ 16 kB')).toBe('not met');
  });

  it('has nothing to say about other targets', () => {
    expect(verdict(0, '0')).toBeUndefined();
  });
});
