/**
 * Work on the page is done in slices, each its own task, so the page never waits long for us: each
 * slice starts after yielding to whatever the page has queued (scheduler.yield where the browser has
 * it). Each slice's duration is recorded; the longest is reported (the budget is 50 ms a task).
 */
/** Lets the page run what it has queued (input, its own tasks), then resumes us promptly. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class TaskClock {
  longestMs = 0;
  totalMs = 0;
  /** Milliseconds by stage name: slices ("snapshot", "model", "paint") and recorded waits ("start", "background"). */
  readonly stages: Record<string, number> = {};

  /** Runs one slice of work in its own task and records how long it took. */
  async slice<T>(stage: string, work: () => T): Promise<T> {
    await yieldToPage();
    const t0 = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - t0;
      this.totalMs += ms;
      if (ms > this.longestMs) this.longestMs = ms;
      this.record(stage, ms);
    }
  }

  /** Adds time to a stage without counting it as work on the page (waiting for another context). */
  record(stage: string, ms: number): void {
    this.stages[stage] = (this.stages[stage] ?? 0) + ms;
  }
}
