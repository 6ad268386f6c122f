/**
 * Says new tips through the panel's live region. Screen readers miss text that appears together with its live
 * region, so the words come a moment after the tips; a tip is announced once, until the panel goes away.
 */
import { debounced } from './timers';

const ANNOUNCE_DELAY_MS = 200;

export interface Announcer {
  /** What the live region says now. */
  readonly text: string;
  /** The tips now shown (none: the panel is gone, and the next tips are all new). */
  shown(tips: readonly { id: string; headline: string }[]): void;
}

export function startAnnouncer(signal: AbortSignal, onText: () => void): Announcer {
  let text = '';
  let next = '';
  let announced = new Set<string>();
  const say = debounced(signal, ANNOUNCE_DELAY_MS, () => {
    text = next;
    onText();
  });
  return {
    get text() {
      return text;
    },
    shown(tips) {
      const fresh = tips.filter((tip) => !announced.has(tip.id));
      announced = new Set(tips.map((tip) => tip.id));
      if (fresh.length === 0) return;
      text = '';
      next = `医保缴费助手有新提示：${fresh.map((tip) => tip.headline).join('；')}`;
      say();
    },
  };
}
