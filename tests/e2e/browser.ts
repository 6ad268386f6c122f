/**
 * Launches real Chromium with the built extension, the official hostnames mapped to the replica server, a
 * non-Beijing machine time zone and (optionally) libfaketime pinning the clock for every process: page,
 * content script and service worker.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Request } from '@playwright/test';
import { REPLICA_PORT, officialHosts } from './replica';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's `faketime` package puts the library under the machine's multiarch triplet (x86_64-linux-gnu, …). */
const LIBFAKETIME =
  readdirSync('/usr/lib', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.endsWith('-linux-gnu'))
    .map((entry) => `/usr/lib/${entry.name}/faketime/libfaketime.so.1`)
    .find((path) => existsSync(path)) ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

export interface LaunchOptions {
  /** Beijing wall-clock time to pin, e.g. `2024-12-16 10:00`. */
  beijing?: string;
  /** The machine's time zone, never Beijing's, so a local-time bug shows. */
  timeZone?: string;
  /** Load this unpacked extension (default: the production build); null for none. */
  extension?: string | null;
  headless?: boolean;
  /** Break the profile's IndexedDB store (a file where its folder belongs), as a corrupt profile would. */
  brokenIndexedDb?: boolean;
  /** A phone: 390×844 CSS px, mobile viewport meta honoured, touch events (coarse pointer). */
  phone?: boolean;
}

/** The URL of the frame that made a request ('' for workers, which have none). */
function frameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** Requests made by the extension's own pages and service worker to anywhere outside the extension. */
export function extensionNetworkRequests(requests: Request[]): string[] {
  return requests
    .filter((r) => r.serviceWorker() || frameUrl(r).startsWith('chrome-extension://'))
    .map((r) => r.url())
    .filter((url) => !url.startsWith('chrome-extension://'));
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string | undefined;
  /** Every request any page, frame or service worker of the browser made. */
  requests: Request[];
  close(): Promise<void>;
}

/** The FAKETIME string for a Beijing wall-clock time, written in `timeZone` as libfaketime reads it. */
export function fakeTimeFor(beijing: string, timeZone: string): string {
  const instant = new Date(`${beijing.replace(' ', 'T')}:00+08:00`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `@${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { beijing, timeZone = 'America/Los_Angeles', extension = EXTENSION_DIR, headless = true } = options;
  const profile = await mkdtemp(join(tmpdir(), 'yibao-e2e-'));
  if (options.brokenIndexedDb) {
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'IndexedDB'), 'not a folder');
  }
  const hostRules = [...officialHosts.map((host) => `MAP ${host} 127.0.0.1:${REPLICA_PORT}`), 'MAP * ~NOTFOUND'].join(
    ', ',
  );
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    TZ: timeZone,
    ...(beijing && { LD_PRELOAD: LIBFAKETIME, FAKETIME: fakeTimeFor(beijing, timeZone) }),
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    env,
    ...(options.phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1280, height: 800 } }),
    locale: 'zh-CN',
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      `--host-resolver-rules=${hostRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  let extensionId: string | undefined;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    requests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      // Privacy guard for every e2e run: extension pages and the service worker never use the network.
      const sent = extensionNetworkRequests(requests);
      if (sent.length > 0) throw new Error(`The extension made network requests: ${sent.join(', ')}`);
    },
  };
}
