/**
 * The extension's panel answers: the record the background publishes in `storage.local`
 * (utils/panel-answers.ts), read once at `document_start` together with the settings. No rule, answer or book
 * is in the content script. A record that is missing, malformed or does not hold for this page's clock (the
 * machine slept past it, its clock was changed, the background has not written one yet) is asked for with one
 * runtime message; the background works it out, publishes it and replies. Later records arrive through
 * `storage.onChanged`, and a timer asks again when the answers in hand lapse. Storage blocked or the background
 * failing: no answers, so no panel, and nothing thrown at the page.
 */
import { browser } from 'wxt/browser';
import { benchMark } from '../bench-marks';
import {
  answersHoldAt,
  PANEL_ANSWERS_KEY,
  PANEL_ANSWERS_REQUEST,
  panelAnswersAt,
  type PanelAnswers,
  type PanelAnswersRequest,
} from '../panel-answers';
import { lapseTimer, sameAnswers, type AnswersChanged, type PanelAnswersSource } from './answers-source';

/** The background's reply, checked like a stored record: it must hold for the clock that asked. */
async function askBackground(now: number): Promise<PanelAnswers | undefined> {
  const request: PanelAnswersRequest = { type: PANEL_ANSWERS_REQUEST, now };
  return panelAnswersAt(await browser.runtime.sendMessage(request), now);
}

/**
 * Starts now (at `document_start`, overlapping the page's parsing) from `stored`, the one start-up read of
 * `storage.local`, and follows the record while `signal` lives.
 */
export function publishedPanelAnswers(
  signal: AbortSignal,
  stored: Promise<Record<string, unknown>>,
  now: () => number,
  onChange: AnswersChanged,
): PanelAnswersSource {
  let latest: PanelAnswers | undefined;
  let ready = false;
  let asking: Promise<void> | undefined;
  const set = (answers: PanelAnswers | undefined) => {
    if (signal.aborted) return;
    const changed = !sameAnswers(answers, latest);
    latest = answers;
    rearm(answers);
    if (ready && changed) onChange(answers);
  };
  const ask = () => {
    asking ??= askBackground(now())
      .catch(() => undefined) // no background, or an invalidated context: no panel rather than a broken one
      .then((answers) => {
        asking = undefined;
        set(answers);
      });
    return asking;
  };
  const rearm = lapseTimer(signal, now, ask);

  const first = stored
    .then((values) => panelAnswersAt(values[PANEL_ANSWERS_KEY], now()))
    .catch(() => undefined)
    .then((answers) => (answers ? set(answers) : ask()));
  let arrived = false;
  void first.then(() => {
    arrived = true;
    benchMark('answers-in');
  });

  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PANEL_ANSWERS_KEY in changes)) return;
    // A record for another clock (a request from a page whose clock differs) leaves the answers in hand.
    const answers = panelAnswersAt(changes[PANEL_ANSWERS_KEY].newValue, now());
    if (answers) set(answers);
  };
  try {
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener(
      'abort',
      () => {
        try {
          browser.storage.onChanged.removeListener(listener);
        } catch {} // an invalidated extension context has nothing left to remove
      },
      { once: true },
    );
  } catch {} // no storage events: the lapse timer still asks

  return {
    async initial() {
      const inThisFrame = arrived; // before waiting: did the answers beat the first frame?
      await first;
      ready = true;
      return { answers: latest, inThisFrame };
    },
    current() {
      if (latest && !answersHoldAt(latest, now())) void ask();
      return latest;
    },
  };
}
