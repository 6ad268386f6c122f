/**
 * Main-thread time taken by extension code in one page load, read from a Chrome trace: the sum of the trace
 * events that run a `chrome-extension://` script (compiling it, evaluating it, calling into it from an event,
 * timer or frame callback), each counted once even where such events nest. Layout and style work that our
 * code forces run inside those events and count; the frame's own layout afterwards does not. This varies less
 * than frame timings, because it does not depend on where in a frame the work lands.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** Trace events that carry the URL of the script they run. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.run',
  'V8.Execute',
]);

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

function scriptUrl(event: TraceEvent): string {
  return event.args?.data?.url ?? event.args?.fileName ?? '';
}

/**
 * Milliseconds of main-thread work in `chrome-extension://` scripts: complete events ('X') only, merged per
 * thread so that a FunctionCall inside an EvaluateScript is not counted twice.
 */
export function extensionScriptTime(events: TraceEvent[]): number {
  const spans = new Map<string, [number, number][]>();
  for (const event of events) {
    if (event.ph !== 'X' || !SCRIPT_EVENTS.has(event.name) || event.dur === undefined) continue;
    if (!scriptUrl(event).startsWith('chrome-extension://')) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!spans.has(thread)) spans.set(thread, []);
    spans.get(thread)!.push([event.ts, event.ts + event.dur]);
  }
  let total = 0;
  for (const list of spans.values()) {
    list.sort((a, b) => a[0] - b[0]);
    let [start, end] = list[0];
    for (const [s, e] of list.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        total += end - start;
        [start, end] = [s, e];
      }
    }
    total += end - start;
  }
  return total / 1000;
}

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/** Loads `url` in a new tab of `context` while tracing, and returns the trace's events. */
export async function traceLoad(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: CATEGORIES },
    });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const complete = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)),
    );
    await cdp.send('Tracing.end');
    const trace = JSON.parse(await readStream(cdp, await complete)) as { traceEvents: TraceEvent[] };
    return trace.traceEvents;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
