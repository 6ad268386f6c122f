/** Tip bodies into DOM nodes (the panel's `markup.ts`), from Preact's JSX and from the content script's runtime. */
import { render, type VNode } from 'preact';
import { describe, expect, test } from 'vitest';
import { markupNodes } from '@/components/panel/markup';
import * as staticJsx from '@/components/panel/static-jsx-runtime';
import { registeredTips, tipContext } from '@/components/tips';
import { pageKinds } from '@/utils/page-detection';

function html(children: Parameters<typeof markupNodes>[0]): string {
  const box = document.createElement('div');
  box.append(...markupNodes(children));
  return box.innerHTML;
}

describe('markupNodes', () => {
  test('elements, attributes, fragments, lists and numbers', () => {
    const body = (
      <>
        <p class="lead">
          今天是<strong>12月15日</strong>，金额{380}元。
        </p>
        <ul>
          {['12333', '12366'].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        {false}
        {null}
      </>
    );
    expect(html(body)).toBe('<p class="lead">今天是<strong>12月15日</strong>，金额380元。</p><ul><li>12333</li><li>12366</li></ul>');
  });

  test('the content script runtime gives the same DOM as Preact’s', () => {
    const { jsx, jsxs, Fragment } = staticJsx;
    const body = jsx(Fragment, {
      children: [jsxs('p', { class: 'lead', children: ['今天是', jsx('strong', { children: '12月15日' }), '。'] }), jsx('ul', { children: [jsx('li', { children: 'a' }, 'a')] })],
    });
    const preact = (
      <>
        <p class="lead">
          今天是<strong>12月15日</strong>。
        </p>
        <ul>
          <li key="a">a</li>
        </ul>
      </>
    );
    expect(html(body as never)).toBe(html(preact));
  });

  test('text that looks like markup stays text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const box = document.createElement('div');
    box.append(...markupNodes(<p>{hostile}</p>));
    expect(box.querySelector('img, script')).toBeNull();
    expect(box.textContent).toBe(hostile);
  });

  test('event handlers are left out, never run; a small component gives its output', () => {
    let ran = false;
    const Amount = ({ yuan }: { yuan: number }) => <strong>{yuan}元</strong>;
    const out = html(
      <p onClick={() => (ran = true)} data-x={() => 1}>
        金额<Amount yuan={380} />
      </p>,
    );
    expect(out).toBe('<p>金额<strong>380元</strong></p>');
    expect(ran).toBe(false);
  });

  test('every tip body, on every page kind through a year, gives the DOM Preact gives (nothing left out)', () => {
    let bodies = 0;
    for (let day = 0; day < 366; day += 7) {
      const now = Date.parse('2025-01-01T02:00:00Z') + day * 86_400_000;
      for (const page of pageKinds) {
        const context = tipContext(page, now);
        for (const tip of registeredTips().filter((t) => t.pages.includes(page))) {
          const content = tip.content(context);
          if (!content) continue;
          const byPreact = document.createElement('div');
          render(content.body as VNode, byPreact);
          expect(html(content.body), `${tip.id} on ${page}, day ${day}`).toBe(byPreact.innerHTML);
          bodies++;
        }
      }
    }
    expect(bodies).toBeGreaterThan(500);
  });
});
