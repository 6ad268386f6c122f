/**
 * Turns a tip's body (JSX: `<p>`, `<strong>`, lists, fragments) into DOM nodes for the panel. In the content
 * script and the userscript the JSX comes from `static-jsx-runtime.ts`; the popup renders the same bodies with
 * Preact. Text always becomes text nodes, never markup. A body is static: a function type (a fragment, a small
 * component) is called for its output, and event handlers are left out.
 */
import type { ComponentChildren, VNode } from 'preact';

type Props = Record<string, unknown> & { children?: ComponentChildren };

export function markupNodes(children: ComponentChildren): (Node | string)[] {
  if (children == null || typeof children === 'boolean') return [];
  if (Array.isArray(children)) return children.flatMap(markupNodes);
  if (typeof children !== 'object') return [String(children)];
  // A page tool's body built with the DOM API (components/notice), with its own listeners: used as it is.
  if (typeof Node !== 'undefined' && children instanceof Node) return [children];
  const { type, props } = children as VNode<Props>;
  if (typeof type === 'function') return markupNodes((type as (props: Props) => ComponentChildren)(props));
  const node = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name.startsWith('on') || value == null || value === false || typeof value === 'function')
      continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...markupNodes(props.children));
  return [node];
}
