/**
 * Tip bodies into DOM nodes (the panel's `markup.ts`), from Preact's JSX and from the content script's runtime:
 * this file runs twice, in the `browser` project (Preact's JSX) and in `browser static-jsx` (the runtime that ships
 * in the content script), and Preact's own rendering of the same bodies is the reference in both.
 */
import { Fragment, h, render, type ComponentChildren } from 'preact';
import { describe, expect, test } from 'vitest';
import { markupNodes } from '@/components/panel/markup';
import * as staticJsx from '@/components/panel/static-jsx-runtime';
import { registeredTips, tipContext } from '@/components/tips';
import { pageKinds } from '@/utils/page-detection';

declare const __JSX_RUNTIME__: 'preact' | 'static';

/** The body as Preact's own VNodes, whichever runtime made it, so that Preact can render the reference DOM. */
function asPreact(children: ComponentChildren): ComponentChildren {
  if (Array.isArray(children)) return children.map(asPreact);
  if (children == null || typeof children !== 'object') return children;
  const { type, props } = children as unknown as { type: string; props: { children?: ComponentChildren } };
  const { children: inner, ...rest } = props;
  return h(type === (staticJsx.Fragment as unknown) ? Fragment : type, rest, asPreact(inner));
}

function html(children: Parameters<typeof markupNodes>[0]): string {
  const box = document.createElement('div');
  box.append(...markupNodes(children));
  return box.innerHTML;
}

describe('markupNodes', () => {
  test(`tip bodies here are made by the ${__JSX_RUNTIME__} runtime`, () => {
    // The static runtime's are plain objects; Preact marks its VNodes with its own `constructor`.
    expect((<p />).constructor === Object ? 'static' : 'preact').toBe(__JSX_RUNTIME__);
  });

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
    expect(html(body)).toBe(
      '<p class="lead">今天是<strong>12月15日</strong>，金额380元。</p><ul><li>12333</li><li>12366</li></ul>',
    );
  });

  test.runIf(__JSX_RUNTIME__ === 'preact')('the content script runtime gives the same DOM as Preact’s', () => {
    const { jsx, jsxs, Fragment } = staticJsx;
    const body = jsx(Fragment, {
      children: [
        jsxs('p', { class: 'lead', children: ['今天是', jsx('strong', { children: '12月15日' }), '。'] }),
        jsx('ul', { children: [jsx('li', { children: 'a' }, 'a')] }),
      ],
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
      // biome-ignore lint/a11y/useKeyWithClickEvents: the handler exists only to prove the renderer drops it.
      <p onClick={() => (ran = true)} data-x={() => 1}>
        金额
        <Amount yuan={380} />
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
          render(asPreact(content.body), byPreact);
          expect(html(content.body), `${tip.id} on ${page}, day ${day}`).toBe(byPreact.innerHTML);
          bodies++;
        }
      }
    }
    expect(bodies).toBeGreaterThan(500);
  });
});
