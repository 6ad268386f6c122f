/**
 * Timers that belong to a signal: cleared when it aborts, never firing after. (Listeners use the platform's own
 * `{ signal }` option; each module disconnects its observer on abort.)
 */

/** Runs `task` once, `ms` after the last call; a call while one is pending starts the wait again. */
export function debounced(signal: AbortSignal, ms: number, task: () => void): () => void {
  let id: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  return () => {
    if (signal.aborted) return;
    clearTimeout(id);
    id = setTimeout(() => {
      id = undefined;
      task();
    }, ms);
  };
}

/** Runs `task` in the next frame, once however many calls come before it (scroll fires on every frame). */
export function oncePerFrame(signal: AbortSignal, task: () => void): () => void {
  let id: number | undefined;
  signal.addEventListener('abort', () => id !== undefined && cancelAnimationFrame(id), { once: true });
  return () => {
    if (signal.aborted || id !== undefined) return;
    id = requestAnimationFrame(() => {
      id = undefined;
      task();
    });
  };
}

export function everyInterval(signal: AbortSignal, ms: number, task: () => void): void {
  if (signal.aborted) return;
  const id = setInterval(task, ms);
  signal.addEventListener('abort', () => clearInterval(id), { once: true });
}
