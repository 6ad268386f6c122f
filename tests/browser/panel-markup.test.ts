/**
 * Messages into the panel's DOM (`markup.ts`), in real Chromium: blocks become elements, text stays text, and
 * every panel message of a year on every page kind is rendered whole (nothing left out, nothing added).
 */
import { describe, expect, test } from 'vitest';
import { blockText, type Message } from '@/answers/message';
import { panelMessages } from '@/answers/panel';
import { answerSnapshot } from '@/answers/snapshot';
import { blockNode, messageSection } from '@/components/panel/markup';
import { bundledPolicyBook } from '@/policy';
import { sourceLineZh } from '@/utils/format-zh';
import { pageKinds } from '@/utils/page-detection';

const html = (node: Node) => {
  const box = document.createElement('div');
  box.append(node);
  return box.innerHTML;
};

describe('messageSection', () => {
  test('paragraphs with strong runs, lists, quotes', () => {
    expect(html(blockNode({ p: ['今天是', { strong: '12月15日' }, '，金额380元。'] }))).toBe(
      '<p>今天是<strong>12月15日</strong>，金额380元。</p>',
    );
    expect(html(blockNode({ list: [[{ strong: '12333' }, '：参保'], ['12366']] }))).toBe(
      '<ul><li><strong>12333</strong>：参保</li><li>12366</li></ul>',
    );
    expect(html(blockNode({ quote: '每月最后一天' }))).toBe('<p class="quote">原文：“每月最后一天”</p>');
  });

  test('text that looks like markup stays text, in every part of a message', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const message: Message = {
      id: hostile,
      severity: 'info',
      headline: hostile,
      body: [{ p: [hostile, { strong: hostile }] }, { list: [[hostile]] }, { quote: hostile }],
      facts: [],
      caveats: [hostile],
      references: [{ publisher: hostile, title: hostile, url: hostile, published: '', confidence: 'secondary' }],
    };
    const section = messageSection(message);
    expect(section.querySelector('img, script')).toBeNull();
    expect(section.getAttribute('data-tip')).toBe(hostile);
    expect(section.textContent).toContain(hostile);
  });

  test('every panel message, on every page kind through a year, is rendered whole under its data-tip id', () => {
    let sections = 0;
    for (let day = 0; day < 366; day += 7) {
      const snapshot = answerSnapshot(
        { book: bundledPolicyBook, origin: 'bundled' },
        Date.parse('2025-01-01T02:00:00Z') + day * 86_400_000,
      );
      for (const page of pageKinds) {
        for (const message of panelMessages(page, snapshot)) {
          const section = messageSection(message);
          expect(section.getAttribute('data-tip')).toBe(message.id);
          expect(section.querySelector('h3')?.textContent).toBe(message.headline);
          const content = section.querySelector('.content')!;
          expect(
            [...content.children].map((child) =>
              child.tagName === 'UL'
                ? [...child.children].map((li) => `· ${li.textContent}`).join('\n')
                : child.textContent,
            ),
          ).toEqual(message.body.map(blockText));
          expect([...section.querySelectorAll('.caveat')].map((c) => c.textContent)).toEqual(
            message.caveats.map((c) => `⚠ ${c}`),
          );
          expect([...section.querySelectorAll('.source')].map((c) => c.textContent)).toEqual(
            message.references.map(sourceLineZh),
          );
          sections++;
        }
      }
    }
    expect(sections).toBeGreaterThan(500);
  });
});
