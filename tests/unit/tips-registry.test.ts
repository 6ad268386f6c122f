import { describe, expect, it } from 'vitest';
import { tipIds } from '@/answers/ids';
import { noteMessage } from '@/answers/message';
import { panelAnswers, panelMessages, type PanelAnswer } from '@/answers/panel';
import { answerSnapshot } from '@/answers/snapshot';
import { beijingInstant, bundledPolicyBook } from '@/policy';
import { pageKinds } from '@/utils/page-detection';

const bundled = { book: bundledPolicyBook, origin: 'bundled' as const };
const at = (now: number) => answerSnapshot(bundled, now);

describe('panel answers', () => {
  it('a throwing answer never stops the others, and its error is reported', () => {
    const errors: string[] = [];
    const answers: PanelAnswer[] = [
      { ids: ['hotlines'], pages: ['etax-social-fee'], answer: () => noteMessage('hotlines', 'first') },
      {
        ids: ['payment-window'],
        pages: ['etax-social-fee'],
        answer: () => {
          throw new Error('boom');
        },
      },
      { ids: ['channel-moved'], pages: ['etax-social-fee'], answer: () => noteMessage('channel-moved', 'third') },
    ];
    const shown = panelMessages('etax-social-fee', at(0), (ids) => errors.push(...ids), answers);
    expect(shown.map((tip) => tip.id)).toEqual(['hotlines', 'channel-moved']);
    expect(errors).toEqual(['payment-window']);
  });

  it('runs an answer only on the page kinds it is for', () => {
    const answers: PanelAnswer[] = [
      { ids: ['hotlines'], pages: ['rsj-old-platform'], answer: () => noteMessage('hotlines', 'x') },
    ];
    expect(panelMessages('etax-social-fee', at(0), undefined, answers)).toEqual([]);
  });

  it('covers every data-tip id of the catalogue exactly once, each on at least one page kind', () => {
    expect(panelAnswers.flatMap((answer) => answer.ids).sort()).toEqual([...tipIds].sort());
    for (const answer of panelAnswers) {
      expect(answer.pages.length, answer.ids.join()).toBeGreaterThan(0);
      for (const page of answer.pages) expect(pageKinds).toContain(page);
    }
  });

  it('no answer throws on any page kind on any day of three years (09:00 Beijing), and each gives only its own ids', () => {
    const errors: string[] = [];
    for (let day = 0; day < 3 * 366; day += 1) {
      const snapshot = at(beijingInstant('2023-11-01', '09:00') + day * 86_400_000);
      for (const page of pageKinds)
        for (const tip of panelMessages(page, snapshot, (ids, e) => errors.push(`${ids}: ${e}`))) {
          const owner = panelAnswers.find((answer) => answer.ids.includes(tip.id));
          if (!owner?.pages.includes(page)) errors.push(`${tip.id} on ${page}`);
        }
    }
    expect(errors).toEqual([]);
  });
});
