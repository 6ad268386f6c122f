/**
 * The background's side of the panel answers (utils/panel-answers.ts): works them out from the active book it
 * publishes (utils/active-pack.ts) and keeps one record of them in `storage.local`, of which it is the only
 * writer. Recomputed on every publication of the active book, on browser start and install, and at the instant
 * they lapse (one alarm, `panel-answers`, beside the household badge's own; each listener answers its own alarm
 * only). A content script whose clock finds no record that holds asks with one message and gets a reply.
 */
import { browser } from 'wxt/browser';
import { panelAnswersRecord } from '@/answers/panel-record';
import { ACTIVE_PACK_KEY, bookFromRecord } from './active-pack';
import { isPanelAnswersRequest, PANEL_ANSWERS_KEY, panelAnswersAt, type PanelAnswers } from './panel-answers';

export const PANEL_ANSWERS_ALARM = 'panel-answers';

async function answersFor(now: number): Promise<PanelAnswers> {
  const stored = await browser.storage.local.get(ACTIVE_PACK_KEY);
  return panelAnswersRecord(bookFromRecord(stored[ACTIVE_PACK_KEY]), now, (ids, error) =>
    console.warn('[yibao-helper] tip failed', ids, error),
  );
}

async function store(answers: PanelAnswers): Promise<void> {
  await browser.storage.local.set({ [PANEL_ANSWERS_KEY]: answers });
  await browser.alarms.create(PANEL_ANSWERS_ALARM, { when: answers.validUntil });
}

let queue: Promise<unknown> = Promise.resolve();
/** One computation at a time, in the order asked: an older book's answers never overwrite a newer one's. */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

/** Works the answers out for now from the active book and publishes them. */
export function publishPanelAnswers(now = Date.now): Promise<PanelAnswers> {
  return inTurn(async () => {
    const answers = await answersFor(now());
    await store(answers);
    return answers;
  });
}

/**
 * The answers for a content script's clock: the stored ones when they hold for it; else worked out for it, and
 * published too when they also hold for this clock (a page whose clock differs gets its reply and nothing more).
 */
export function answersForPage(pageNow: number, now = Date.now): Promise<PanelAnswers> {
  return inTurn(async () => {
    const stored = panelAnswersAt((await browser.storage.local.get(PANEL_ANSWERS_KEY))[PANEL_ANSWERS_KEY], pageNow);
    if (stored) return stored;
    const answers = await answersFor(pageNow);
    if (panelAnswersAt(answers, now())) await store(answers);
    return answers;
  });
}

/** Wires the publication to start-up, install, the active book, the alarm and content scripts' requests. */
export function startPanelAnswersPublishing(now = Date.now): void {
  const publish = () =>
    publishPanelAnswers(now).catch((error) => console.warn('[yibao-helper] panel answers not published', error));
  browser.runtime.onStartup.addListener(publish);
  browser.runtime.onInstalled.addListener(publish);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PANEL_ANSWERS_ALARM) publish();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ACTIVE_PACK_KEY in changes) publish();
  });
  // Only our own content scripts and pages can send to `runtime.onMessage`; the official page cannot.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !isPanelAnswersRequest(message)) return undefined;
    answersForPage(message.now, now)
      .catch((error) => {
        console.warn('[yibao-helper] panel answers not worked out', error);
        return null;
      })
      .then(sendResponse);
    return true; // the reply comes asynchronously (kept open by Chrome and Firefox alike)
  });
}
