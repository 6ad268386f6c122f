/**
 * The JSX runtime of the content script and the userscript, put in place of `preact/jsx-runtime` by a build-time
 * alias (`wxt.config.ts`, `userscript/vite.config.ts`): tip bodies become plain `{ type, props }` objects, which
 * `markup.ts` turns into DOM nodes, and no Preact code ships to the official pages. The popup and the other
 * extension pages keep Preact's runtime and render the same bodies with Preact.
 */
export function Fragment(props: { children?: unknown }): unknown {
  return props.children;
}

export function jsx(type: unknown, props: Record<string, unknown>, key?: unknown) {
  return { type, props, key };
}

export { jsx as jsxs, jsx as jsxDEV };
