/**
 * The shared tip-case table (tests/e2e/tip-cases.ts) against the tips themselves, in every machine time zone:
 * a fast check of the wording before the same table runs in real Chromium. Text is read off the rendered
 * virtual DOM (tips use plain elements only).
 */
import { describe, expect, it } from 'vitest';
import type { ComponentChildren, VNode } from 'preact';
import { tipContext, tipsFor, type RenderedTip } from '@/components/tips';
import { beijingInstant, bundledPolicyBook } from '@/policy';
import { sourceLineZh } from '@/utils/format-zh';
import { tipCases } from '../e2e/tip-cases';

function textOf(node: ComponentChildren): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return textOf((node as VNode<{ children?: ComponentChildren }>).props.children);
}

function tipText(tip: RenderedTip): string {
  return [tip.title, textOf(tip.body), ...(tip.caveats ?? []), ...tip.references.map(sourceLineZh)].join('\n');
}

describe.each(tipCases)('$page at $beijing Beijing', ({ page, beijing, show, hide, panelExcludes = [] }) => {
  const [date, time] = beijing.split(' ');
  const tips = tipsFor(tipContext(page, beijingInstant(date, time), bundledPolicyBook), (id, error) => {
    throw new Error(`${id} threw: ${error}`);
  });
  const byId = new Map(tips.map((tip) => [tip.id, tipText(tip)]));

  it.each(Object.entries(show))('shows %s with its texts', (id, texts) => {
    expect(byId.has(id as RenderedTip['id']), `${id} missing; shown: ${[...byId.keys()]}`).toBe(true);
    for (const text of texts ?? []) expect(byId.get(id as RenderedTip['id'])).toContain(text);
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
