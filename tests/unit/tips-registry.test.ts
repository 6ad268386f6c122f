import { describe, expect, it } from 'vitest';
import { registeredTips, tipContext, tipsFor } from '@/components/tips';
import type { Tip } from '@/components/tips/registry';
import { tipIds } from '@/components/tips/ids';
import { beijingInstant, bundledPolicyBook } from '@/policy';
import { pageKinds } from '@/utils/page-detection';

const content = (title: string) => ({ title, body: title, references: [] });

describe('tip registry', () => {
  it('a throwing tip never stops the others, and its error is reported', () => {
    const errors: string[] = [];
    const tips: Tip[] = [
      { id: 'hotlines', pages: ['etax-social-fee'], content: () => content('first') },
      {
        id: 'payment-window',
        pages: ['etax-social-fee'],
        content: () => {
          throw new Error('boom');
        },
      },
      { id: 'channel-moved', pages: ['etax-social-fee'], content: () => content('third') },
    ];
    const shown = tipsFor(tipContext('etax-social-fee', 0, bundledPolicyBook), (id) => errors.push(id), tips);
    expect(shown.map((tip) => tip.id)).toEqual(['hotlines', 'channel-moved']);
    expect(errors).toEqual(['payment-window']);
  });

  it('runs a tip only on the page kinds it registered for', () => {
    const tips: Tip[] = [{ id: 'hotlines', pages: ['rsj-old-platform'], content: () => content('x') }];
    expect(tipsFor(tipContext('etax-social-fee', 0, bundledPolicyBook), undefined, tips)).toEqual([]);
  });

  it('registers every tip of the catalogue exactly once, each on at least one page kind', () => {
    expect(
      registeredTips()
        .map((tip) => tip.id)
        .sort(),
    ).toEqual([...tipIds].sort());
    for (const tip of registeredTips()) {
      expect(tip.pages.length, tip.id).toBeGreaterThan(0);
      for (const page of tip.pages) expect(pageKinds).toContain(page);
    }
  });

  it('no registered tip throws on any page kind on any day of three years (09:00 Beijing)', () => {
    const errors: string[] = [];
    for (let day = 0; day < 3 * 366; day += 1)
      for (const page of pageKinds)
        tipsFor(
          tipContext(page, beijingInstant('2023-11-01', '09:00') + day * 86_400_000, bundledPolicyBook),
          (id, e) => errors.push(`${id}: ${e}`),
        );
    expect(errors).toEqual([]);
  });
});
