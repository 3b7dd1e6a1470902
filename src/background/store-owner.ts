/**
 * The single owner of the annotation database. Every context writes through the background, so
 * writes are serialised in one place; after each write the changed page keys are announced through
 * storage.onChanged, which reaches every tab's content script and the library without the
 * background having to know which tabs show which page.
 */
import type { Annotation } from "../annotation/types";
import { annotationProblem } from "../annotation/validate";
import { announceChange } from "../platform/annotation-changes";
import type { Result } from "../platform/messages";
import { annotatedSites, setAnnotatedSites } from "../platform/site-settings";
import { AnnotationStore, type WriteOptions } from "../store/annotation-store";

let opening: Promise<AnnotationStore> | null = null;

function store(): Promise<AnnotationStore> {
  opening ??= AnnotationStore.open({ onVersionChange: () => (opening = null) }).catch((e) => {
    opening = null; // Let the next call try again (e.g. after the user freed space).
    throw e;
  });
  return opening;
}

/** Writes run one after another, so two tabs saving at once never interleave. */
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

/** Runs `work` against the store and wraps its outcome as a Result with a message the user can read. */
export async function withStore<T>(work: (s: AnnotationStore) => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work(await store()) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Keeps the list of sites with annotations in storage.local, where a content script reads it with its
 * site switch: a page that is no article looks for the user's highlights only on those sites, and
 * so does not wake the background on every other page.
 */
async function noteAnnotatedSites(s: AnnotationStore): Promise<void> {
  await setAnnotatedSites(await s.sites());
}

/** Writes the list of sites with annotations if it is missing (a new install, or from before it existed). */
export async function ensureAnnotatedSites(): Promise<void> {
  if ((await annotatedSites()) !== null) return;
  await serialised(() => withStore(noteAnnotatedSites));
}

/** Validates and writes annotations in one transaction, then announces the pages they touch. */
export function save(
  annotations: Annotation[],
  opts: WriteOptions = {},
  verb = "saved",
): Promise<Result<number>> {
  for (const [i, a] of annotations.entries()) {
    const problem = annotationProblem(a);
    if (problem)
      return Promise.resolve({ ok: false, error: `Annotation ${i + 1} was not ${verb}: ${problem}.` });
  }
  return serialised(() =>
    withStore(async (s) => {
      await s.putMany(annotations, opts);
      await noteAnnotatedSites(s);
      await announceChange(annotations.map((a) => a.pageKey));
      return annotations.length;
    }),
  );
}

export function remove(ids: string[]): Promise<Result<Annotation[]>> {
  if (!ids.every((id) => typeof id === "string"))
    return Promise.resolve({ ok: false, error: "Bad annotation id." });
  return serialised(() =>
    withStore(async (s) => {
      const removed = await s.remove(ids);
      await noteAnnotatedSites(s);
      await announceChange(removed.map((a) => a.pageKey));
      return removed;
    }),
  );
}

/** The import in progress, if any: one at a time, so Cancel and progress need no id. */
let running: { controller: AbortController; done: number; total: number } | null = null;

/**
 * Imports `annotations` in one transaction: all or nothing, so a failed or cancelled import
 * leaves the library exactly as it was. Progress is read with importProgress().
 */
export function importAll(annotations: Annotation[]): Promise<Result<number>> {
  if (running) return Promise.resolve({ ok: false, error: "Another import is still running." });
  const job = { controller: new AbortController(), done: 0, total: annotations.length };
  running = job;
  const onProgress = (done: number) => {
    job.done = done;
  };
  return save(annotations, { signal: job.controller.signal, onProgress }, "imported").finally(() => {
    if (running === job) running = null;
  });
}

export function importProgress(): { done: number; total: number } | null {
  return running && { done: running.done, total: running.total };
}

/** Stops the running import; its transaction is aborted, so nothing of it is kept. */
export function cancelImport(): boolean {
  running?.controller.abort();
  return running !== null;
}
