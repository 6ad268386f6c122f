/**
 * User Timing marks for `npm run bench`, written only by bench builds (`wxt build --mode bench`). A content
 * script's marks land in the official page's own performance timeline, where the site's scripts, and any
 * analytics they run, could read them; release builds (mode `production`) compile these calls away.
 */
export const BENCH_BUILD = import.meta.env.MODE === 'bench';

export function benchMark(name: string): void {
  if (BENCH_BUILD) performance.mark(`yibao:${name}`);
}
