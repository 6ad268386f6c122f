/**
 * A message as the panel's DOM: `<section data-tip=id>` with its headline, body, caveats and sources. Text always
 * becomes text nodes, never markup; the panel words nothing itself.
 */
import type { Block, Message, Run } from '@/answers/message';
import { sourceLineZh } from '@/utils/format-zh';

/** An element with attributes and children; children that are strings become text nodes. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function runNodes(runs: Run[]): (Node | string)[] {
  return runs
    .filter((run) => run !== '')
    .map((run) =>
      typeof run === 'string'
        ? run
        : 'strong' in run
          ? element('strong', {}, run.strong)
          : element('a', { href: run.href, target: '_blank', rel: 'noopener noreferrer' }, run.link),
    );
}

export function blockNode(block: Block): HTMLElement {
  if ('p' in block) return element('p', {}, ...runNodes(block.p));
  if ('list' in block) return element('ul', {}, ...block.list.map((item) => element('li', {}, ...runNodes(item))));
  return element('p', { class: 'quote' }, `原文：“${block.quote}”`);
}

export function messageSection(message: Message): HTMLElement {
  const heading = `tip-${message.id}`;
  return element(
    'section',
    { 'data-tip': message.id, 'aria-labelledby': heading },
    element('h3', { id: heading }, message.headline),
    element('div', { class: 'content' }, ...message.body.map(blockNode)),
    ...message.caveats.map((caveat) => element('p', { class: 'caveat' }, `⚠ ${caveat}`)),
    ...message.references.map((reference) => element('p', { class: 'source' }, sourceLineZh(reference))),
  );
}
