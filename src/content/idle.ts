/**
 * Work on the page happens in idle time, a slice per task, so the page never waits for us. Each
 * slice's duration is recorded: the longest is reported (the budget is 50 ms a task).
 */
const idle: (cb: () => void, opts?: { timeout: number }) => unknown =
  globalThis.requestIdleCallback?.bind(globalThis) ?? ((cb: () => void) => setTimeout(cb, 1));

/** Resolves in the browser's next idle period (or after `timeout` ms at the latest). */
export function nextIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => idle(() => resolve(), { timeout }));
}

export class TaskClock {
  longestMs = 0;
  totalMs = 0;

  /** Runs one slice of work in its own idle task and records how long it took. */
  async slice<T>(work: () => T): Promise<T> {
    await nextIdle();
    const t0 = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - t0;
      this.totalMs += ms;
      if (ms > this.longestMs) this.longestMs = ms;
    }
  }
}
