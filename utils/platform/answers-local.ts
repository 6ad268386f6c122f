/**
 * The userscript's panel answers: it has no background, so it works them out on the page from its own book (the
 * bundled one with the notices the user saved, `loadActiveBook`), with the same function the extension's
 * background uses (answers/panel-record.ts), and again when they lapse.
 */
import { panelAnswersRecord } from '@/answers/panel-record';
import { bundledPolicyBook } from '@/policy';
import type { ActiveBook } from '../active-pack';
import { answersHoldAt, type PanelAnswers } from '../panel-answers';
import { lapseTimer, sameAnswers, type AnswersChanged, type PanelAnswersSource } from './answers-source';

export function localPanelAnswers(
  signal: AbortSignal,
  book: Promise<ActiveBook>,
  now: () => number,
  onChange: AnswersChanged,
  onError: (...details: unknown[]) => void,
): PanelAnswersSource {
  let active: ActiveBook = { book: bundledPolicyBook, origin: 'bundled' };
  let latest: PanelAnswers | undefined;
  let ready = false;
  /** `notify`: false when the caller is reading the answers anyway (`current`). */
  const compute = (notify = true) => {
    if (signal.aborted) return;
    const answers = panelAnswersRecord(active, now(), (ids, error) => onError('tip failed', ids, error));
    const changed = !sameAnswers(answers, latest);
    latest = answers;
    rearm(answers);
    if (ready && changed && notify) onChange(answers);
  };
  const rearm = lapseTimer(signal, now, () => compute());
  let arrived = false;
  const first = book
    .then((loaded) => {
      active = loaded;
    })
    .catch(() => {}) // unreadable saved notices: the bundled book
    .then(() => {
      arrived = true;
    });
  return {
    async initial() {
      const inThisFrame = arrived;
      await first;
      compute(false);
      ready = true;
      return { answers: latest, inThisFrame };
    },
    current() {
      if (latest && !answersHoldAt(latest, now())) compute(false);
      return latest;
    },
  };
}
