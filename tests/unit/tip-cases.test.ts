/**
 * The shared tip-case table (tests/e2e/tip-cases.ts) against the panel's messages themselves, in every machine
 * time zone: a fast check of the wording before the same table runs in real Chromium.
 */
import { describe, expect, it } from 'vitest';
import { bodyText } from '@/answers/message';
import { panelMessages, type PanelMessage } from '@/answers/panel';
import { answerSnapshot } from '@/answers/snapshot';
import { beijingInstant, bundledPolicyBook } from '@/policy';
import { sourceLineZh } from '@/utils/format-zh';
import { tipCases } from '../e2e/tip-cases';

function tipText(tip: PanelMessage): string {
  return [tip.headline, bodyText(tip), ...tip.caveats, ...tip.references.map(sourceLineZh)].join('\n');
}

describe.each(tipCases)('$page at $beijing Beijing', ({ page, beijing, show, hide, panelExcludes = [] }) => {
  const [date, time] = beijing.split(' ');
  const snapshot = answerSnapshot({ book: bundledPolicyBook, origin: 'bundled' }, beijingInstant(date, time));
  const tips = panelMessages(page, snapshot, (ids, error) => {
    throw new Error(`${ids} threw: ${error}`);
  });
  const byId = new Map(tips.map((tip) => [tip.id, tipText(tip)]));

  it.each(Object.entries(show))('shows %s with its texts', (id, texts) => {
    expect(byId.has(id as PanelMessage['id']), `${id} missing; shown: ${[...byId.keys()]}`).toBe(true);
    for (const text of texts ?? []) expect(byId.get(id as PanelMessage['id'])).toContain(text);
  });

  it('hides what must not show', () => {
    for (const id of hide) expect(byId.has(id), id).toBe(false);
  });

  it('never shows excluded figures', () => {
    const all = [...byId.values()].join('\n');
    for (const text of panelExcludes) expect(all).not.toContain(text);
  });

  it('names a source for every tip with figures', () => {
    for (const tip of tips)
      if (tip.id !== 'year-not-covered' && tip.id !== 'calendar-not-covered')
        expect(tip.references.length, tip.id).toBeGreaterThan(0);
  });
});
