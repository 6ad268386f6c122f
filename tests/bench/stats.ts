/**
 * Medians, and how far a ratio of medians can be trusted: on a shared machine one run's median moves by ±0.1
 * from run to run; the interval shows that spread beside every ratio.
 */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A fixed-seed generator (mulberry32), so the same loads always give the same interval. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resample(values: number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)]);
}

/**
 * median(a) / median(b) with its 95% percentile-bootstrap interval: both samples are resampled with replacement
 * 2 000 times, and the interval holds the middle 95% of the resampled ratios.
 */
export function ratioOfMedians(
  a: number[],
  b: number[],
  resamples = 2000,
): { value: number; interval: [number, number] } {
  const random = seededRandom(20261125);
  const ratios = Array.from(
    { length: resamples },
    () => median(resample(a, random)) / median(resample(b, random)),
  ).sort((x, y) => x - y);
  const at = (p: number) => ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))];
  return { value: median(a) / median(b), interval: [at(0.025), at(0.975)] };
}

/**
 * Whether a figure meets an upper-bound target such as '≤ 1.10': its median decides ('met' or 'not met'); the
 * 95% interval beside it says how far one run can be trusted and is reported, not judged. Undefined for targets
 * of another form.
 */
export function verdict(value: number, target: string): 'met' | 'not met' | undefined {
  const bound = /^≤\s*([\d.]+)/.exec(target);
  if (!bound) return undefined;
  return value <= Number(bound[1]) ? 'met' : 'not met';
}
