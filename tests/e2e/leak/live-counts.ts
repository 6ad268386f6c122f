/**
 * Leak-test builds only (tests/e2e/leak/build.ts puts this first in the content script; release builds never
 * contain it, and a test searches them for its name). In the content script's isolated world — never the
 * page's — it wraps `addEventListener`/`removeEventListener`, `MutationObserver` observe/disconnect, the
 * timers and the extension events it listens to, and keeps count of what is live: listeners not yet removed (by `removeEventListener`, `once` or an
 * aborted `signal`), observers observing, timeouts and frames neither run nor cleared, intervals not cleared.
 * The test reads `__yibaoLiveCounts()` in this world over the DevTools protocol; the page can see none of it.
 */
type Listener = EventListenerOrEventListenerObject;

const counts = { listeners: 0, observers: 0, timeouts: 0, intervals: 0, frames: 0, extensionListeners: 0 };

// Listeners: one entry per (target, type, capture, listener), as the platform dedupes them.
const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
const registry = new WeakMap<EventTarget, Map<string, Map<Listener, EventListener>>>();
const captureOf = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: Listener | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (!listener) return add.call(this, type, listener, options);
  const key = `${type}|${captureOf(options)}`;
  let byKey = registry.get(this);
  if (!byKey) registry.set(this, (byKey = new Map()));
  let byListener = byKey.get(key);
  if (!byListener) byKey.set(key, (byListener = new Map()));
  if (byListener.has(listener)) return;
  const signal = typeof options === 'object' ? options.signal : undefined;
  if (signal?.aborted) return;
  const once = typeof options === 'object' && !!options.once;
  const entries = byListener;
  const forget = () => {
    if (entries.get(listener) !== wrapped) return;
    entries.delete(listener);
    counts.listeners--;
  };
  const wrapped: EventListener = function (this: unknown, event: Event) {
    if (once) forget();
    return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
  };
  entries.set(listener, wrapped);
  counts.listeners++;
  if (signal) add.call(signal, 'abort', forget, { once: true });
  add.call(this, type, wrapped, options);
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: Listener | null,
  options?: boolean | EventListenerOptions,
) {
  const entries = listener ? registry.get(this)?.get(`${type}|${captureOf(options)}`) : undefined;
  const wrapped = listener ? entries?.get(listener) : undefined;
  if (wrapped) {
    entries!.delete(listener!);
    counts.listeners--;
  }
  remove.call(this, type, wrapped ?? listener, options);
};

// Observers: observing from the first observe() until disconnect().
const observing = new WeakSet<MutationObserver>();
const { observe, disconnect } = MutationObserver.prototype;
MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
  if (!observing.has(this)) {
    observing.add(this);
    counts.observers++;
  }
  observe.call(this, target, options);
};
MutationObserver.prototype.disconnect = function (this: MutationObserver) {
  if (observing.delete(this)) counts.observers--;
  disconnect.call(this);
};

// Timers: live from being set until they run (timeouts, frames) or are cleared.
const liveTimeouts = new Set<unknown>();
const liveIntervals = new Set<unknown>();
const liveFrames = new Set<number>();
/** The originals, loosely typed: they only pass arguments through. */
type Loose = (...args: unknown[]) => unknown;
const real = {
  setTimeout: globalThis.setTimeout as unknown as Loose,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval as unknown as Loose,
  clearInterval: globalThis.clearInterval,
  requestAnimationFrame: globalThis.requestAnimationFrame,
  cancelAnimationFrame: globalThis.cancelAnimationFrame,
};
const forgetIn = (set: Set<unknown>, kind: keyof typeof counts, id: unknown) => {
  if (set.delete(id)) counts[kind]--;
};
const keep = (set: Set<unknown>, kind: keyof typeof counts, id: unknown) => {
  set.add(id);
  counts[kind]++;
  return id;
};

globalThis.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = real.setTimeout.call(
    globalThis,
    (...given: unknown[]) => {
      forgetIn(liveTimeouts, 'timeouts', id);
      if (typeof handler === 'function') handler(...given);
    },
    ms,
    ...args,
  );
  return keep(liveTimeouts, 'timeouts', id);
}) as typeof setTimeout;
globalThis.clearTimeout = ((id?: ReturnType<typeof setTimeout>) => {
  forgetIn(liveTimeouts, 'timeouts', id);
  real.clearTimeout.call(globalThis, id);
}) as typeof clearTimeout;
globalThis.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
  keep(liveIntervals, 'intervals', real.setInterval.call(globalThis, handler, ms, ...args))) as typeof setInterval;
globalThis.clearInterval = ((id?: ReturnType<typeof setInterval>) => {
  forgetIn(liveIntervals, 'intervals', id);
  real.clearInterval.call(globalThis, id);
}) as typeof clearInterval;
globalThis.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id: number = real.requestAnimationFrame.call(globalThis, (time) => {
    forgetIn(liveFrames as Set<unknown>, 'frames', id);
    callback(time);
  });
  return keep(liveFrames as Set<unknown>, 'frames', id) as number;
};
globalThis.cancelAnimationFrame = (id: number) => {
  forgetIn(liveFrames as Set<unknown>, 'frames', id);
  real.cancelAnimationFrame.call(globalThis, id);
};

// Extension events the content script listens to (the panel answers' storage.onChanged, the report's
// runtime.onMessage): live from addListener until removeListener, which an orphaned script may find throwing.
interface ExtensionEvent {
  addListener(listener: unknown): void;
  removeListener(listener: unknown): void;
}
const chromeApi = (
  globalThis as { chrome?: { storage?: { onChanged?: ExtensionEvent }; runtime?: { onMessage?: ExtensionEvent } } }
).chrome;
for (const event of [chromeApi?.storage?.onChanged, chromeApi?.runtime?.onMessage]) {
  if (!event) continue;
  const live = new Set<unknown>();
  const { addListener, removeListener } = event;
  event.addListener = (listener) => {
    if (!live.has(listener)) counts.extensionListeners++;
    live.add(listener);
    addListener.call(event, listener);
  };
  event.removeListener = (listener) => {
    if (live.delete(listener)) counts.extensionListeners--;
    removeListener.call(event, listener);
  };
}

(globalThis as { __yibaoLiveCounts?: () => typeof counts }).__yibaoLiveCounts = () => ({ ...counts });
