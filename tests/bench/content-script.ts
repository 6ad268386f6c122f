/**
 * What the content script costs the official page, in real Chromium on the e-tax replica page: four browsers
 * side by side in the same run (our built extension; the floor extension in `floor-extension/` that only mounts
 * an empty shadow-root element; the same floor filling it with our panel's captured markup and styles, the
 * "static panel"; and no extension), opened in turn so machine load hits all of them alike.
 * - start → painted: the `yibao:content-start` and `yibao:panel-painted` User Timing marks (the content script's
 *   isolated world writes to the page's own timeline), ours against the floor's. Our start is the script's first
 *   statement (`utils/bench-start.ts`), so every module's top-level code counts; compiling the script, before
 *   any statement runs, is invisible to marks and shows in the page load instead;
 * - DOMContentLoaded → painted: the same end, from the moment the page is parsed (the event's start), the
 *   common starting line of both scripts' work (both run at document_start);
 * - host page load event with and without the extension; layout shift with the extension.
 * Each first with every load in a new tab (the rows not marked `same tab`, and the stage breakdown), then with one tab navigated
 * again and again ("same tab" rows); see `loadsOf`. Medians over REPS page loads after one warm-up each. The marks exist only in a bench build (release builds
 * write nothing into the official page's timeline), made here from the release configuration in mode `bench`.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'wxt';
import type { BenchResult } from './run';
import { extensionScriptTime, traceLoad } from './main-thread';
import { median, ratioOfMedians } from './stats';
import { launchBrowser, type LaunchedBrowser } from '../e2e/browser';
import { REPLICA_PORT } from '../e2e/replica';
import { replicaPage } from '../replicas/pages';
import { startReplicaServer } from '../replicas/server.mjs';

/** Loads per kind; the ratios' 95% intervals narrow with more (about ±0.15 on start → painted at 40 on the shared CI machine). */
const REPS = Number(process.env.BENCH_REPS ?? 40);
/** Traced new-tab loads per kind for the main-thread time (tracing slows a load, so these are apart from REPS). */
const TRACED = Math.max(5, Math.round(REPS / 2));
const FLOOR_EXTENSION = resolve('tests/bench/floor-extension');
const BENCH_BUILD_DIR = 'chrome-mv3-bench';
const STATIC_PANEL_EXTENSION = resolve('.output', 'bench-static-panel');
export const PAGE = replicaPage('etax-social-fee').url;

/** The Chrome build with its bench marks (`utils/bench-marks.ts`); otherwise the release configuration. */
export async function buildWithMarks(): Promise<string> {
  const quiet = { ...console, debug() {}, info() {}, log() {}, success() {} };
  await build({ mode: 'bench', outDirTemplate: BENCH_BUILD_DIR, logger: quiet as never });
  return resolve('.output', BENCH_BUILD_DIR);
}

/** Sums layout shifts from the first paint on (a string: tsx would wrap named functions in a helper). */
const LAYOUT_SHIFT_OBSERVER = `window.__layoutShift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__layoutShift += e.value; })
  .observe({ type: 'layout-shift', buffered: true });`;

/** Reads the navigation timing, our marks and the shift sum (a string for the same reason). */
const READ_LOAD = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
  return { loadEvent: nav.loadEventStart, domContentLoaded: nav.domContentLoadedEventStart,
    start: mark('yibao:content-start'), mainStart: mark('yibao:main-start'), settingsIn: mark('yibao:settings-in'), answersIn: mark('yibao:answers-in'), firstFrame: mark('yibao:first-frame'),
    tipsReady: mark('yibao:tips-ready'), rendered: mark('yibao:panel-rendered'), painted: mark('yibao:panel-painted'),
    late: mark('yibao:panel-late'),
    layoutShift: window.__layoutShift };
})()`;

/** Our panel's markup and its styles, read from its open shadow root (a string for the same reason). */
const CAPTURE_PANEL = `(() => {
  const root = document.querySelector('yibao-helper').shadowRoot;
  return { html: root.innerHTML, css: root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n') };
})()`;

export interface Load {
  loadEvent: number;
  domContentLoaded: number;
  start?: number;
  mainStart?: number;
  settingsIn?: number;
  /** The panel answers were read (or, when stale, replied by the background: utils/platform/answers-published.ts). */
  answersIn?: number;
  firstFrame?: number;
  tipsReady?: number;
  rendered?: number;
  painted?: number;
  /** Set when the panel waited past the page's first frame for the settings or the book (content/controller.ts). */
  late?: number;
  layoutShift: number;
}

export async function replicaServerUp(): Promise<void> {
  const up = await fetch(`http://127.0.0.1:${REPLICA_PORT}/`).then(
    () => true,
    () => false,
  );
  if (!up) await startReplicaServer(REPLICA_PORT).then(({ server }) => server.unref());
}

/** One load of the page in `page`; leaves the page open. */
export async function measure(page: Page, withPanel: boolean): Promise<Load> {
  await page.goto(PAGE, { waitUntil: 'load' });
  // Hands off while the panel is built and a late shift could show: polling the page every few ms while it
  // paints doubled our render → painted time in a probe (about 10 → 21 ms).
  await page.waitForTimeout(300);
  if (withPanel)
    await page.waitForFunction(() => performance.getEntriesByName('yibao:panel-painted').length > 0, undefined, {
      polling: 100,
    });
  return (await page.evaluate(READ_LOAD)) as Load;
}

type Kind = 'ours' | 'static' | 'floor' | 'none';
const KINDS: Kind[] = ['ours', 'static', 'floor', 'none'];

/**
 * The static-panel reference: the floor extension plus a `panel.js` holding our panel as a first load shows it.
 * Against the floor it is what showing the panel's content costs whatever builds it; ours against it, what our
 * code adds (evaluating the script, working out the tips, building the DOM).
 */
async function staticPanelExtension(ours: LaunchedBrowser): Promise<string> {
  const page = await ours.context.newPage();
  await measure(page, true);
  const { html, css } = (await page.evaluate(CAPTURE_PANEL)) as { html: string; css: string };
  await page.close();
  if (!html.includes('data-tip')) throw new Error('The captured panel shows no tip');
  rmSync(STATIC_PANEL_EXTENSION, { recursive: true, force: true });
  cpSync(FLOOR_EXTENSION, STATIC_PANEL_EXTENSION, { recursive: true });
  writeFileSync(
    join(STATIC_PANEL_EXTENSION, 'panel.js'),
    `globalThis.capturedPanel = ${JSON.stringify({ html, css })};\n`,
  );
  const manifestPath = join(STATIC_PANEL_EXTENSION, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts[0].js.push('panel.js');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return STATIC_PANEL_EXTENSION;
}

/**
 * REPS loads per kind, kinds in turn, after one warm-up load each. `new tab`: every load in a fresh tab, as when a
 * resident opens the official page (a new renderer process compiles our script from scratch). `same tab`: one tab
 * navigated again and again, as when they move on to the site's next page (Chrome reuses the process, and V8 the
 * code it compiled). The two run one after the other so that neither's tabs share a process with the other's.
 */
async function loadsOf(browsers: Record<Kind, LaunchedBrowser>, sameTab: boolean): Promise<Record<Kind, Load[]>> {
  const loads: Record<Kind, Load[]> = { ours: [], static: [], floor: [], none: [] };
  const tabs = sameTab ? await Promise.all(KINDS.map((kind) => browsers[kind].context.newPage())) : [];
  for (let rep = 0; rep <= REPS; rep++) {
    for (const [i, kind] of KINDS.entries()) {
      const page = tabs[i] ?? (await browsers[kind].context.newPage());
      const load = await measure(page, kind !== 'none');
      if (!sameTab) await page.close();
      if (rep > 0) loads[kind].push(load); // the first load warms caches and the service worker
    }
  }
  await Promise.all(tabs.map((tab) => tab.close()));
  return loads;
}

/**
 * Main-thread time of extension code per new-tab load (`main-thread.ts`), ours and the static panel's in turn,
 * after one warm-up load each.
 */
async function mainThreadTimes(browsers: Record<Kind, LaunchedBrowser>): Promise<Record<'ours' | 'static', number[]>> {
  const times: Record<'ours' | 'static', number[]> = { ours: [], static: [] };
  for (let rep = 0; rep <= TRACED; rep++) {
    for (const kind of ['ours', 'static'] as const) {
      const events = await traceLoad(browsers[kind].context, PAGE, async (page) => {
        await page.waitForTimeout(300);
        await page.waitForFunction(() => performance.getEntriesByName('yibao:panel-painted').length > 0, undefined, {
          polling: 100,
        });
      });
      if (rep > 0) times[kind].push(extensionScriptTime(events));
    }
  }
  return times;
}

export async function bench(): Promise<BenchResult[]> {
  await replicaServerUp();
  const ours = await buildWithMarks();
  const runAt = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).content_scripts[0].run_at;
  if (runAt(ours) !== runAt(FLOOR_EXTENSION))
    throw new Error('The floor extension must run at the same run_at as ours');
  const browsers = {} as Record<Kind, LaunchedBrowser>;
  const launch = async (kind: Kind, extension: string | null) => {
    browsers[kind] = await launchBrowser({ extension });
    await browsers[kind].context.addInitScript({ content: LAYOUT_SHIFT_OBSERVER });
  };
  let loads: Record<Kind, Load[]>;
  let sameTab: Record<Kind, Load[]>;
  let mainThread: Record<'ours' | 'static', number[]>;
  try {
    await launch('ours', ours);
    await launch('static', await staticPanelExtension(browsers.ours));
    await launch('floor', FLOOR_EXTENSION);
    await launch('none', null);
    loads = await loadsOf(browsers, false);
    sameTab = await loadsOf(browsers, true);
    mainThread = await mainThreadTimes(browsers);
  } finally {
    await Promise.all(Object.values(browsers).map((b) => b.close()));
  }

  const med = (kind: Kind, of: (l: Load) => number, from = loads) => median(from[kind].map(of));
  /** Median of `a` over median of `b`, with its 95% interval. */
  const ratio = (a: Kind, b: Kind, of: (l: Load) => number, from = loads) =>
    ratioOfMedians(from[a].map(of), from[b].map(of));
  const startToPainted = (l: Load) => l.painted! - l.start!;
  const dclToPainted = (l: Load) => l.painted! - l.domContentLoaded;
  const loadEvent = (l: Load) => l.loadEvent;
  const note = `median of ${REPS}; machine shared with other agents`;
  return [
    { name: `new tab: content script start → panel painted (${note})`, value: med('ours', startToPainted), unit: 'ms' },
    { name: 'floor extension start → empty shadow root painted', value: med('floor', startToPainted), unit: 'ms' },
    { name: 'start → painted, ours / floor', ...ratio('ours', 'floor', startToPainted), unit: '×' },
    {
      name: "static panel (our panel's markup and styles, none of our code) start → painted",
      value: med('static', startToPainted),
      unit: 'ms',
    },
    {
      name: 'start → painted, static panel / floor (showing the content alone)',
      ...ratio('static', 'floor', startToPainted),
      unit: '×',
    },
    {
      name: 'start → painted, ours / static panel (what our code adds)',
      ...ratio('ours', 'static', startToPainted),
      unit: '×',
      target: '≤ 1.10',
    },
    { name: 'DOMContentLoaded → panel painted, ours', value: med('ours', dclToPainted), unit: 'ms' },
    { name: 'DOMContentLoaded → painted, floor', value: med('floor', dclToPainted), unit: 'ms' },
    { name: 'DOMContentLoaded → painted, ours / floor', ...ratio('ours', 'floor', dclToPainted), unit: '×' },
    // Where our time goes (bench-build marks in content/).
    {
      name: "ours: evaluating the script (every module's top-level code)",
      value: med('ours', (l) => l.mainStart! - l.start!),
      unit: 'ms',
    },
    {
      name: 'ours: script running → settings and panel answers read (one storage.local read)',
      value: med('ours', (l) => l.answersIn! - l.mainStart!),
      unit: 'ms',
    },
    {
      name: `ours: loads whose panel waited past the first frame for that read (painted a frame late), of ${REPS}`,
      value: loads.ours.filter((l) => l.late !== undefined).length,
      unit: '',
    },
    {
      name: 'ours: DOMContentLoaded → first frame (work starts)',
      value: med('ours', (l) => l.firstFrame! - l.domContentLoaded),
      unit: 'ms',
    },
    {
      name: 'ours: reading the page and taking its tips from the answers',
      value: med('ours', (l) => l.tipsReady! - l.firstFrame!),
      unit: 'ms',
    },
    { name: 'ours: building the panel (DOM)', value: med('ours', (l) => l.rendered! - l.tipsReady!), unit: 'ms' },
    {
      name: 'ours: rendered → painted mark (the frame, then the first timer task after it)',
      value: med('ours', (l) => l.painted! - l.rendered!),
      unit: 'ms',
    },
    { name: `host page load event with the extension (${note})`, value: med('ours', loadEvent), unit: 'ms' },
    { name: 'host page load event with the floor extension', value: med('floor', loadEvent), unit: 'ms' },
    { name: 'host page load event without an extension', value: med('none', loadEvent), unit: 'ms' },
    { name: 'page load, with / without the extension', ...ratio('ours', 'none', loadEvent), unit: '×' },
    {
      name: 'page load, with the floor extension / without (what any document_start script costs)',
      ...ratio('floor', 'none', loadEvent),
      unit: '×',
    },
    {
      name: 'page load, with ours / with the floor extension',
      ...ratio('ours', 'floor', loadEvent),
      unit: '×',
      target: '≤ 1.05',
    },
    {
      name: `new tab: main-thread time of our scripts (trace, median of ${TRACED})`,
      value: median(mainThread.ours),
      unit: 'ms',
    },
    {
      name: `new tab: main-thread time of the static panel's scripts (trace, median of ${TRACED})`,
      value: median(mainThread.static),
      unit: 'ms',
    },
    { name: 'main-thread time, ours / static panel', ...ratioOfMedians(mainThread.ours, mainThread.static), unit: '×' },
    {
      name: `layout shift with the panel (worst of ${REPS})`,
      value: Math.max(...loads.ours.map((l) => l.layoutShift)),
      unit: 'CLS',
      target: '0',
    },
    {
      name: `layout shift without an extension (worst of ${REPS})`,
      value: Math.max(...loads.none.map((l) => l.layoutShift)),
      unit: 'CLS',
    },
    {
      name: 'same tab, next page: content script start → panel painted',
      value: med('ours', startToPainted, sameTab),
      unit: 'ms',
    },
    { name: 'same tab, next page: floor start → painted', value: med('floor', startToPainted, sameTab), unit: 'ms' },
    {
      name: 'same tab, next page: start → painted, ours / floor',
      ...ratio('ours', 'floor', startToPainted, sameTab),
      unit: '×',
    },
    {
      name: 'same tab, next page: start → painted, ours / static panel',
      ...ratio('ours', 'static', startToPainted, sameTab),
      unit: '×',
    },
    {
      name: 'same tab, next page: start → painted, static panel / floor',
      ...ratio('static', 'floor', startToPainted, sameTab),
      unit: '×',
    },
    {
      name: 'same tab, next page: DOMContentLoaded → painted, ours / floor',
      ...ratio('ours', 'floor', dclToPainted, sameTab),
      unit: '×',
    },
    {
      name: 'same tab, next page: page load, with ours / with the floor extension',
      ...ratio('ours', 'floor', loadEvent, sameTab),
      unit: '×',
    },
    {
      name: `same tab, next page: layout shift with the panel (worst of ${REPS})`,
      value: Math.max(...sameTab.ours.map((l) => l.layoutShift)),
      unit: 'CLS',
      target: '0',
    },
  ];
}
