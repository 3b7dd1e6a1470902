/**
 * The user's annotations in IndexedDB (through idb). One owner (the background) uses it, so writes
 * are serialised; every write is one transaction that keeps the annotation and its page record in
 * step, so nothing is ever half-written. Errors come out as StorageError with a message a user
 * can act on.
 */
import { type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import { bareHost } from "../anchoring/page-key";
import type { Annotation } from "../annotation/types";
import { DB_NAME, DB_VERSION, type PageRecord, type SourcemarkDB, siteOf, UPGRADES } from "./schema";

const COMBINING_MARKS = /\p{M}/gu;

type WriteTx = IDBPTransaction<SourcemarkDB, ["annotations", "pages"], "readwrite">;

export type StorageErrorKind = "quota" | "blocked" | "unavailable" | "failed" | "cancelled";

export interface WriteOptions {
  /** Aborting it aborts the transaction: nothing of the batch is written. */
  signal?: AbortSignal;
  /** Called with the number of records written so far in the batch. */
  onProgress?: (done: number) => void;
}

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StorageError";
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    "Your browser's storage for Sourcemark is full, so this change was not saved. Export and delete old annotations in the library, or free disk space, then try again. Nothing already saved was lost.",
  blocked:
    "Sourcemark's database is being upgraded but another Sourcemark page still has it open. Close other Sourcemark library tabs and try again.",
  unavailable:
    "Sourcemark cannot open its database (private browsing or a browser setting may block storage). Your annotations can't be saved here.",
  failed: "Sourcemark could not save this change. Nothing already saved was lost; please try again.",
  cancelled: "Cancelled: nothing was saved, and your library is as it was.",
};

/** Turns whatever IndexedDB threw into a StorageError with a message for the user. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name =
    e instanceof Error || (typeof DOMException !== "undefined" && e instanceof DOMException) ? e.name : "";
  const kind: StorageErrorKind =
    name === "QuotaExceededError"
      ? "quota"
      : name === "InvalidStateError" || name === "SecurityError" || name === "UnknownError"
        ? "unavailable"
        : "failed";
  return new StorageError(kind, MESSAGES[kind], { cause: e });
}

/** What the library asks for. All filters are optional and combine with AND. */
export interface LibraryQuery {
  /** Words that must all appear in the quote, note, tags, speaker or page title (case-insensitive). */
  text?: string;
  tag?: string;
  speaker?: string;
  site?: string;
  sort?: "newest" | "oldest";
  limit?: number;
}

function fold(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(COMBINING_MARKS, "");
}

/** What the library's search reads of an annotation, computed once. */
interface Searchable {
  annotation: Annotation;
  /** Quote, note, tags, speaker and title, folded (lower case, no accents). */
  text: string;
  site: string;
}

function searchable(a: Annotation): Searchable {
  const fields = [a.selectors.quote.exact, a.note, a.tags.join(" "), a.claimRef?.speaker ?? "", a.title];
  return { annotation: a, text: fold(fields.join("\n")), site: siteOf(a.pageKey) };
}

/**
 * Starts every request at once and waits for all of them; throws the first failure. A request that
 * throws synchronously (a record without a key) becomes a rejection, and no rejection is left
 * unhandled when the transaction is then aborted.
 */
async function settleAll<T>(requests: Array<() => Promise<T>>): Promise<T[]> {
  const started = requests.map((r) => {
    try {
      return r();
    } catch (e) {
      return Promise.reject(e);
    }
  });
  const settled = await Promise.allSettled(started);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** Above this many records, reading every key once is cheaper than one request per record. */
const BULK = 64;

export class AnnotationStore {
  private constructor(private readonly db: IDBPDatabase<SourcemarkDB>) {}

  /**
   * Opens (creating or upgrading) the database. `factory` lets tests pass a fake or a fresh
   * IndexedDB; the extension uses the global one.
   */
  static async open(options: { name?: string; onVersionChange?: () => void } = {}): Promise<AnnotationStore> {
    let store: AnnotationStore | undefined;
    let blocked = false;
    try {
      const db = await openDB<SourcemarkDB>(options.name ?? DB_NAME, DB_VERSION, {
        async upgrade(database, oldVersion, newVersion, tx) {
          for (let v = oldVersion; v < (newVersion ?? DB_VERSION); v++) await UPGRADES[v]!(database, tx);
        },
        blocked() {
          blocked = true;
        },
        blocking() {
          // A newer version wants to open: step aside so its upgrade can run.
          store?.db.close();
          options.onVersionChange?.();
        },
      });
      store = new AnnotationStore(db);
      return store;
    } catch (e) {
      throw blocked ? new StorageError("blocked", MESSAGES.blocked, { cause: e }) : toStorageError(e);
    }
  }

  close(): void {
    this.db.close();
  }

  async get(id: string): Promise<Annotation | undefined> {
    return this.guard(() => this.db.get("annotations", id));
  }

  /** The annotations of one page, in text order. */
  async forPage(pageKey: string): Promise<Annotation[]> {
    const list = await this.guard(() => this.db.getAllFromIndex("annotations", "pageKey", pageKey));
    return list.sort((a, b) => a.selectors.position.start - b.selectors.position.start);
  }

  /**
   * Adds or replaces annotations, all or none, keeping page records in step. Requests are issued
   * together, not one after another, so a large import is one pipelined transaction.
   */
  async putMany(list: readonly Annotation[], opts: WriteOptions = {}): Promise<void> {
    if (list.length === 0) return;
    await this.write(opts.signal, async (tx) => {
      const annotations = tx.objectStore("annotations");
      const pages = tx.objectStore("pages");
      // A large batch (an import) asks once for every key, and reads only the records it replaces.
      const stored = list.length > BULK ? new Set(await annotations.getAllKeys()) : null;
      const olds = await settleAll(
        list.map(
          (a) => () => (stored && !stored.has(a.id) ? Promise.resolve(undefined) : annotations.get(a.id)),
        ),
      );
      const keys = new Set<string>();
      list.forEach((a, i) => {
        keys.add(a.pageKey);
        const old = olds[i];
        if (old) keys.add(old.pageKey);
      });
      let touched: Map<string, PageRecord | undefined>;
      if (keys.size > BULK) {
        const all = new Map((await pages.getAll()).map((p) => [p.pageKey, p]));
        touched = new Map([...keys].map((k) => [k, all.get(k)]));
      } else {
        const current = await settleAll([...keys].map((k) => () => pages.get(k)));
        touched = new Map([...keys].map((k, i) => [k, current[i]]));
      }
      // The same id twice in one batch counts once, like the stored result.
      const seen = new Map<string, Annotation | undefined>();
      list.forEach((a, i) => {
        const old = seen.has(a.id) ? seen.get(a.id) : olds[i];
        seen.set(a.id, a);
        if (old && old.pageKey !== a.pageKey) {
          const prev = touched.get(old.pageKey);
          if (prev) touched.set(old.pageKey, { ...prev, annotationCount: prev.annotationCount - 1 });
        }
        const page = touched.get(a.pageKey);
        const isNew = !old || old.pageKey !== a.pageKey;
        touched.set(a.pageKey, {
          pageKey: a.pageKey,
          url: a.url,
          title: a.title || page?.title || "",
          site: siteOf(a.pageKey),
          annotationCount: (page?.annotationCount ?? 0) + (isNew ? 1 : 0),
          updated: page && page.updated > a.updated ? page.updated : a.updated,
        });
      });
      let done = 0;
      const writes: Array<() => Promise<unknown>> = list.map(
        (a) => () =>
          annotations.put(a).then((key) => {
            opts.onProgress?.(++done);
            return key;
          }),
      );
      for (const [key, page] of touched) {
        if (page) writes.push(() => (page.annotationCount <= 0 ? pages.delete(key) : pages.put(page)));
      }
      await settleAll(writes);
    });
    if (this.cache) for (const a of list) this.cache.set(a.id, searchable(a));
  }

  put(annotation: Annotation): Promise<void> {
    return this.putMany([annotation]);
  }

  /** Deletes annotations and returns what was deleted, so that the caller can offer undo. */
  async remove(ids: readonly string[]): Promise<Annotation[]> {
    return this.write(undefined, async (tx) => {
      const annotations = tx.objectStore("annotations");
      const pages = tx.objectStore("pages");
      const removed: Annotation[] = [];
      for (const id of ids) {
        const old = await annotations.get(id);
        if (!old) continue;
        await annotations.delete(id);
        removed.push(old);
        const page = await pages.get(old.pageKey);
        if (!page) continue;
        if (page.annotationCount <= 1) await pages.delete(old.pageKey);
        else await pages.put({ ...page, annotationCount: page.annotationCount - 1 });
      }
      if (this.cache) for (const a of removed) this.cache.delete(a.id);
      return removed;
    });
  }

  /** Every annotated page, most recently changed first. */
  async pages(): Promise<PageRecord[]> {
    const list = await this.guard(() => this.db.getAllFromIndex("pages", "updated"));
    return list.reverse();
  }

  /**
   * The sites with at least one annotated page, in key order. A unique-key cursor over the pages'
   * site index steps once per site, so the background can refresh its list after every write
   * without reading every page record.
   */
  async sites(): Promise<string[]> {
    return this.guard(async () => {
      const out: string[] = [];
      let cursor = await this.db.transaction("pages").store.index("site").openKeyCursor(null, "nextunique");
      while (cursor) {
        out.push(String(cursor.key));
        cursor = await cursor.continue();
      }
      return out;
    });
  }

  async count(): Promise<number> {
    return this.guard(() => this.db.count("annotations"));
  }

  async all(): Promise<Annotation[]> {
    return this.guard(() => this.db.getAll("annotations"));
  }

  /** Which of `ids` are already stored. */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    return this.guard(async () => {
      const tx = this.db.transaction("annotations");
      let found: Set<string>;
      if (ids.length > BULK) {
        const all = new Set(await tx.store.getAllKeys());
        found = new Set(ids.filter((id) => all.has(id)));
      } else {
        const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
        found = new Set(ids.filter((_, i) => keys[i] !== undefined));
      }
      await tx.done;
      return found;
    });
  }

  /** Tags in use with how often, most used first: for autocomplete. */
  async tags(): Promise<Array<{ tag: string; count: number }>> {
    return this.guard(async () => {
      const counts = new Map<string, number>();
      let cursor = await this.db.transaction("annotations").store.index("tags").openKeyCursor();
      while (cursor) {
        const tag = String(cursor.key);
        counts.set(tag, (counts.get(tag) ?? 0) + 1);
        cursor = await cursor.continue();
      }
      return [...counts]
        .map(([tag, count]) => ({ tag, count }))
        .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
    });
  }

  /**
   * The library's search. The store is used by one owner (the background), so it keeps every
   * annotation's folded search text in memory after the first search and in step on each write:
   * searching 10,000 annotations is then a scan of strings, not of the database.
   */
  async search(q: LibraryQuery): Promise<Annotation[]> {
    return this.guard(async () => {
      const cache = await this.searchCache();
      const words = q.text ? fold(q.text).split(/\s+/).filter(Boolean) : [];
      const speaker = q.speaker ? fold(q.speaker) : "";
      const tag = q.tag ? fold(q.tag) : "";
      const site = q.site ? bareHost(q.site) : "";
      const hits: Annotation[] = [];
      for (const { annotation: a, text, site: aSite } of cache.values()) {
        if (tag && !a.tags.some((t) => fold(t) === tag)) continue;
        if (site && aSite !== site) continue;
        if (speaker && !fold(a.claimRef?.speaker ?? "").includes(speaker)) continue;
        if (words.length > 0 && !words.every((w) => text.includes(w))) continue;
        hits.push(a);
      }
      const dir = q.sort === "oldest" ? 1 : -1;
      hits.sort((a, b) => dir * (a.updated < b.updated ? -1 : a.updated > b.updated ? 1 : 0));
      return q.limit ? hits.slice(0, q.limit) : hits;
    });
  }

  private cache: Map<string, Searchable> | null = null;

  private async searchCache(): Promise<Map<string, Searchable>> {
    if (!this.cache) {
      const all = await this.db.getAll("annotations");
      this.cache = new Map(all.map((a) => [a.id, searchable(a)]));
    }
    return this.cache;
  }

  /**
   * Runs `body` in one read-write transaction over both stores. A request that throws (a bad
   * record) does not abort an IndexedDB transaction by itself, so we abort it: all or nothing.
   */
  private async write<T>(signal: AbortSignal | undefined, body: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      if (signal?.aborted) throw new StorageError("cancelled", MESSAGES.cancelled);
      const tx = this.db.transaction(["annotations", "pages"], "readwrite");
      // Handled from the start: an abort (Cancel) rejects it before we come to await it.
      tx.done.catch(() => {});
      const abort = () => {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
      };
      signal?.addEventListener("abort", abort);
      try {
        const result = await body(tx);
        await tx.done;
        return result;
      } catch (e) {
        abort();
        await tx.done.catch(() => {});
        throw signal?.aborted ? new StorageError("cancelled", MESSAGES.cancelled, { cause: e }) : e;
      } finally {
        signal?.removeEventListener("abort", abort);
      }
    });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toStorageError(e);
    }
  }
}
