/**
 * A minimal userscript manager for Playwright, doing what Tampermonkey and Violentmonkey do with our header:
 * inject the built file into the pages and frames (top-level only with @noframes) its @match patterns cover, at its
 * @run-at moment, with the granted `GM.getValue`/`GM.setValue` (and `GM.registerMenuCommand`, its commands in
 * `window.__userscriptMenu`) passed into the script's scope and backed by storage outside the page
 * (here in the test process, as a manager keeps it in its own extension storage). With `gm: 'absent'` the
 * script gets no GM object, like a manager that withholds the API.
 *
 * Like the real managers, it knows a script by its @namespace and @name: one context holds one script of a name,
 * and its storage is that script's alone.
 */
import type { BrowserContext } from '@playwright/test';
import { matchPatternRegExp, readUserscript, scriptIdentity, type Userscript } from './metadata';

export interface InstalledUserscript {
  /** The manager's storage for this script (what GM.setValue wrote). */
  storage: Map<string, string>;
  /** Every URL the script was injected into, with the document's readyState at that moment. */
  injections: { url: string; readyState: string }[];
}

const RUN_AT = ['document-start', 'document-body', 'document-end', 'document-idle'];

/** The scripts installed in each context, by identity. */
const installedIn = new WeakMap<BrowserContext, Set<string>>();

export async function installUserscript(
  context: BrowserContext,
  { gm = 'granted', script = readUserscript() }: { gm?: 'granted' | 'absent'; script?: Userscript } = {},
): Promise<InstalledUserscript> {
  const installed: InstalledUserscript = { storage: new Map(), injections: [] };
  const { meta, code } = script;
  const identity = scriptIdentity(meta);
  const scripts = installedIn.get(context) ?? new Set<string>();
  if (scripts.has(identity)) throw new Error(`A manager replaces the installed script of the same name: ${identity}`);
  installedIn.set(context, scripts.add(identity));
  const binding = `__userscriptManager${scripts.size}`;
  const matches = meta.get('match') ?? [];
  const runAt = meta.get('run-at')?.[0] ?? 'document-idle';
  if (!RUN_AT.includes(runAt)) throw new Error(`Unsupported @run-at ${runAt}`);
  const grants = meta.get('grant') ?? [];
  if (gm === 'granted' && !['GM.getValue', 'GM.setValue'].every((g) => grants.includes(g)))
    throw new Error('GM storage not granted');

  await context.exposeBinding(binding, (_source, op: string, key: string, value?: string) => {
    if (op === 'injected') installed.injections.push(JSON.parse(key));
    else if (op === 'get') return installed.storage.get(key);
    else if (op === 'set') installed.storage.set(key, value!);
    return undefined;
  });

  const params = gm === 'granted' ? 'GM' : '';
  const gmObject =
    gm === 'granted'
      ? `{ getValue: (key, fallback) => bridge('get', key).then((v) => v === undefined ? fallback : v),
         setValue: (key, value) => bridge('set', key, value).then(() => undefined),
         registerMenuCommand: (name, onClick) => { (window.__userscriptMenu ??= {})[name] = onClick; } }`
      : '';
  await context.addInitScript({
    content: `(() => {
  const bridge = window.${binding};
  if (${meta.has('noframes')} && window.top !== window) return;
  const patterns = [${matches.map((p) => matchPatternRegExp(p).toString()).join(', ')}];
  const url = location.href.replace(/#.*$/, '');
  if (!patterns.some((re) => re.test(url))) return;
  const run = () => {
    bridge('injected', JSON.stringify({ url: location.href, readyState: document.readyState }));
    (function (${params}) {
${code}
    }).call(window, ${gmObject});
  };
  const when = ${JSON.stringify(runAt)};
  if (when === 'document-start') run();
  else if (when === 'document-body') new MutationObserver((_, o) => document.body && (o.disconnect(), run())).observe(document, { childList: true, subtree: true });
  else if (document.readyState !== 'loading') setTimeout(run);
  else document.addEventListener('DOMContentLoaded', () => (when === 'document-idle' ? setTimeout(run) : run()), { once: true });
})();`,
  });
  return installed;
}
