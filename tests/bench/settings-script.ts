/**
 * Does the settings script (utils/settings-script.ts) earn its `scripting` permission? Two browsers with the same
 * bench build, opened in turn (machine load hits both alike): one as installed, one whose settings script was
 * unregistered after install, so its pages read the settings and the pack record from `storage.local` at
 * `document_start`, as a design without the settings script would. Every load in a new tab. Counted: loads where
 * the panel waited past the page's first frame for what it needs (the `yibao:panel-late` mark,
 * content/controller.ts), i.e. it was painted at least a frame late. The README's decision rests on these
 * figures (section "The settings script"): it stays while late loads without it reach 5 %.
 */
import type { Worker } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from '../e2e/browser';
import { buildWithMarks, type Load, measure, replicaServerUp } from './content-script';
import type { BenchResult } from './run';
import { median, ratioOfMedians } from './stats';

const REPS = Number(process.env.BENCH_REPS ?? 40);
/** The threshold the decision uses (issue 17.4): late in at least this share of new-tab loads. */
const USER_VISIBLE_SHARE = 0.05;

type Kind = 'with' | 'without';
const KINDS: Kind[] = ['with', 'without'];

interface RegisteredScripts {
  chrome: {
    scripting: {
      getRegisteredContentScripts(): Promise<{ id: string }[]>;
      unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    };
  };
}

const registeredIds = (worker: Worker) =>
  worker.evaluate(async () =>
    (await (globalThis as unknown as RegisteredScripts).chrome.scripting.getRegisteredContentScripts()).map(
      (script) => script.id,
    ),
  );

/** Waits for the install-time registration, then removes it: nothing re-registers it during the run. */
async function withoutSettingsScript(browser: LaunchedBrowser): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  for (let tries = 0; !(await registeredIds(worker)).includes('panel-settings'); tries++) {
    if (tries > 50) throw new Error('The settings script was never registered');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await worker.evaluate(() =>
    (globalThis as unknown as RegisteredScripts).chrome.scripting.unregisterContentScripts({ ids: ['panel-settings'] }),
  );
  if ((await registeredIds(worker)).length > 0) throw new Error('The settings script is still registered');
}

export async function bench(): Promise<BenchResult[]> {
  await replicaServerUp();
  const build = await buildWithMarks();
  const browsers = {} as Record<Kind, LaunchedBrowser>;
  const loads: Record<Kind, Load[]> = { with: [], without: [] };
  try {
    browsers.with = await launchBrowser({ extension: build });
    browsers.without = await launchBrowser({ extension: build });
    await withoutSettingsScript(browsers.without);
    for (let rep = 0; rep <= REPS; rep++) {
      for (const kind of KINDS) {
        const page = await browsers[kind].context.newPage();
        const load = await measure(page, true);
        await page.close();
        if (rep > 0) loads[kind].push(load); // the first load warms caches and the service worker
      }
    }
  } finally {
    await Promise.all(Object.values(browsers).map((browser) => browser.close()));
  }
  if (loads.with.some((load) => load.settingsEarly === undefined))
    throw new Error('A load with the settings script did not get its settings early');
  if (loads.without.some((load) => load.settingsEarly !== undefined))
    throw new Error('A load without the settings script got settings early');

  const late = (kind: Kind) => loads[kind].filter((load) => load.late !== undefined).length;
  const startToPainted = (load: Load) => load.painted! - load.start!;
  const dclToPainted = (load: Load) => load.painted! - load.domContentLoaded;
  const note = `new tab, of ${REPS}`;
  return [
    { name: `with the settings script: panel painted a frame late (${note})`, value: late('with'), unit: 'loads' },
    {
      name: `without it: panel painted a frame late (${note})`,
      value: late('without'),
      unit: 'loads',
      target: `≥ ${USER_VISIBLE_SHARE * REPS} (5 %) keeps it`,
    },
    { name: 'without it: late share', value: (100 * late('without')) / REPS, unit: '%' },
    { name: 'with: start → painted', value: median(loads.with.map(startToPainted)), unit: 'ms' },
    { name: 'without: start → painted', value: median(loads.without.map(startToPainted)), unit: 'ms' },
    {
      name: 'start → painted, without / with',
      ...ratioOfMedians(loads.without.map(startToPainted), loads.with.map(startToPainted)),
      unit: '×',
    },
    {
      name: 'DOMContentLoaded → painted, without / with',
      ...ratioOfMedians(loads.without.map(dclToPainted), loads.with.map(dclToPainted)),
      unit: '×',
    },
  ];
}
