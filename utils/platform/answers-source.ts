/**
 * What both platforms' panel-answers sources share (answers-published.ts for the extension, answers-local.ts for
 * the userscript): the interface the content controller uses, and the one timer that fires when the answers in
 * hand stop holding.
 */
import type { PanelAnswers } from '../panel-answers';

export interface PanelAnswersSource {
  /** In the page's first frame: the answers to paint with (none: no panel), and whether they were already here. */
  initial(): Promise<{ answers: PanelAnswers | undefined; inThisFrame: boolean }>;
  /** The latest answers; when they no longer hold for the clock, newer ones are asked for (`onChange` follows). */
  current(): PanelAnswers | undefined;
}

/** Calls `onChange` after `initial` has resolved, each time other answers arrive or the ones in hand lapse. */
export type AnswersChanged = (answers: PanelAnswers | undefined) => void;

/**
 * One timeout at a time, set for the instant the answers in hand stop holding; cleared when the signal aborts.
 * (A machine that sleeps past it fires it late: the controller's minute tick also checks `current()`.)
 */
export function lapseTimer(signal: AbortSignal, now: () => number, onLapse: () => void) {
  let id: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  return (answers: PanelAnswers | undefined) => {
    clearTimeout(id);
    id = undefined;
    if (!answers || signal.aborted) return;
    // At most a day ahead (validUntil is the next midnight at the latest), well inside setTimeout's range.
    id = setTimeout(
      () => {
        id = undefined;
        onLapse();
      },
      Math.max(0, answers.validUntil - now()),
    );
  };
}

/** The same answers (a republication for another instant of the same span, or a reply and its broadcast). */
export function sameAnswers(a: PanelAnswers | undefined, b: PanelAnswers | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.validFrom === b.validFrom &&
    a.validUntil === b.validUntil &&
    JSON.stringify([a.messages, a.pages, a.footer]) === JSON.stringify([b.messages, b.pages, b.footer])
  );
}
