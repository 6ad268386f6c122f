/**
 * Rules: all tips' data for one page (one `policySnapshot`), the panel's answers as the content script computes
 * them (one `answerSnapshot`, which adds the per-channel deadlines, plus `panelMessages`), and a daily evaluation
 * over three years.
 * Each figure is the median of several runs in one warm process; the cold first call is shown apart.
 */
import { performance } from 'node:perf_hooks';
import { panelMessages } from '../../answers/panel';
import { answerSnapshot } from '../../answers/snapshot';
import { addDays, beijingInstant, bundledPolicyBook, dateRange, policySnapshot } from '../../policy';
import type { BenchResult } from './run';
import { median } from './stats';

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function bench(): Promise<BenchResult[]> {
  const days = dateRange('2024-01-01', '2026-12-31');
  if (days.length !== 1096) throw new Error(`expected 1096 days, got ${days.length}`);

  // The very first call also builds the holiday calendar.
  const cold = time(() => policySnapshot(beijingInstant('2026-11-25', '10:00')));

  // One page: a snapshot for each of 300 instants spread over 2023–2027, 15 runs, median per-call time.
  const instants = Array.from({ length: 300 }, (_, i) =>
    beijingInstant(
      addDays('2023-01-01', (i * 6) % 1820),
      `${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    ),
  );
  const perPage: number[] = [];
  for (let run = 0; run < 15; run++)
    perPage.push(
      time(() => {
        for (const t of instants) policySnapshot(t);
      }) / instants.length,
    );

  // The same instants through the answers layer, on the page kind with the most answers.
  const active = { book: bundledPolicyBook, origin: 'bundled' as const };
  const answersPerPage: number[] = [];
  for (let run = 0; run < 15; run++)
    answersPerPage.push(
      time(() => {
        for (const t of instants) panelMessages('etax-social-fee', answerSnapshot(active, t));
      }) / instants.length,
    );

  // Three years, one evaluation a day at 10:00 Beijing, 9 runs.
  const threeYears: number[] = [];
  for (let run = 0; run < 9; run++)
    threeYears.push(
      time(() => {
        for (const d of days) policySnapshot(beijingInstant(d, '10:00'));
      }),
    );

  return [
    { name: "all tips' data for one page (policySnapshot), cold first call", value: cold, unit: 'ms' },
    {
      name: "all tips' data for one page (policySnapshot), median of 15 runs × 300 instants",
      value: median(perPage),
      unit: 'ms',
      target: '≤ 0.5 ms',
    },
    {
      name: "the panel's answers for one page (answerSnapshot + panelMessages, e-tax), median of 15 runs × 300 instants",
      value: median(answersPerPage),
      unit: 'ms',
    },
    {
      name: '1 096 daily evaluations 2024–2026, median of 9 runs',
      value: median(threeYears),
      unit: 'ms',
      target: '≤ 50 ms',
    },
  ];
}
