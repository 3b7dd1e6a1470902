import "fake-indexeddb/auto";
import { openDB } from "idb";
import { afterEach, describe, expect, it } from "vitest";
import type { Annotation } from "../../../src/annotation/types";
import { AnnotationStore, StorageError, toStorageError } from "../../../src/store/annotation-store";
import { DB_VERSION, type SourcemarkDB, UPGRADES } from "../../../src/store/schema";

let n = 0;
const dbName = () => `test-${++n}-${Math.random()}`;
const opened: AnnotationStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});
async function open(name = dbName()) {
  const s = await AnnotationStore.open({ name });
  opened.push(s);
  return s;
}

function annotation(id: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    pageKey: "https://riverton.example/news/bridge",
    url: "https://www.riverton.example/news/bridge?utm_source=x",
    title: "Bridge to reopen by spring",
    selectors: { quote: { exact: `quote ${id}`, prefix: "", suffix: "" }, position: { start: 10, end: 20 } },
    color: "yellow",
    note: "",
    tags: [],
    created: "2026-11-01T10:00:00.000Z",
    updated: "2026-11-01T10:00:00.000Z",
    ...over,
  };
}

describe("AnnotationStore", () => {
  it("keeps annotations per page, in text order, with a page record in step", async () => {
    const s = await open();
    await s.put(
      annotation("b", {
        selectors: { quote: { exact: "later", prefix: "", suffix: "" }, position: { start: 50, end: 55 } },
      }),
    );
    await s.put(annotation("a"));
    await s.put(annotation("c", { pageKey: "https://other.example/x", title: "Other" }));
    expect((await s.forPage("https://riverton.example/news/bridge")).map((a) => a.id)).toEqual(["a", "b"]);
    const pages = await s.pages();
    expect(pages.map((p) => [p.pageKey, p.annotationCount, p.site])).toEqual(
      expect.arrayContaining([
        ["https://riverton.example/news/bridge", 2, "riverton.example"],
        ["https://other.example/x", 1, "other.example"],
      ]),
    );
  });

  it("updates in place without counting twice, and moves counts when the page changes", async () => {
    const s = await open();
    await s.put(annotation("a"));
    await s.put(annotation("a", { note: "edited", updated: "2026-11-02T00:00:00.000Z" }));
    expect((await s.get("a"))?.note).toBe("edited");
    expect((await s.pages())[0]?.annotationCount).toBe(1);
    await s.put(annotation("a", { pageKey: "https://other.example/y" }));
    expect((await s.pages()).map((p) => p.pageKey)).toEqual(["https://other.example/y"]);
  });

  it("lists each annotated site once, and drops a site with its last annotation", async () => {
    const s = await open();
    await s.putMany([
      annotation("a"),
      annotation("b", { pageKey: "https://riverton.example/news/ferry" }),
      annotation("c", { pageKey: "https://other.example/x" }),
    ]);
    expect(await s.sites()).toEqual(["other.example", "riverton.example"]);
    await s.remove(["c"]);
    expect(await s.sites()).toEqual(["riverton.example"]);
    await s.remove(["a", "b"]);
    expect(await s.sites()).toEqual([]);
  });

  it("returns what it deleted so that it can be restored (undo)", async () => {
    const s = await open();
    await s.putMany([annotation("a", { tags: ["disputed"] }), annotation("b")]);
    const removed = await s.remove(["a", "missing"]);
    expect(removed.map((a) => a.id)).toEqual(["a"]);
    expect(await s.count()).toBe(1);
    await s.putMany(removed);
    expect((await s.get("a"))?.tags).toEqual(["disputed"]);
    await s.remove(["a", "b"]);
    expect(await s.pages()).toEqual([]);
  });

  it("writes all or nothing: one bad record leaves the database as it was", async () => {
    const s = await open();
    await s.put(annotation("keep"));
    const bad = { ...annotation("x"), id: undefined } as unknown as Annotation;
    await expect(s.putMany([annotation("new1"), bad])).rejects.toBeInstanceOf(StorageError);
    expect((await s.all()).map((a) => a.id)).toEqual(["keep"]);
    expect((await s.pages())[0]?.annotationCount).toBe(1);
  });

  it("a cancelled batch writes nothing, and progress counts what was written", async () => {
    const s = await open();
    await s.put(annotation("keep"));
    const many = Array.from({ length: 200 }, (_, i) => annotation(`n${i}`));
    const controller = new AbortController();
    let seen = 0;
    const writing = s.putMany(many, {
      signal: controller.signal,
      onProgress: (done) => {
        seen = done;
        if (done === 50) controller.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ kind: "cancelled" });
    expect(seen).toBeGreaterThanOrEqual(50);
    expect((await s.all()).map((a) => a.id)).toEqual(["keep"]);
    expect((await s.pages())[0]?.annotationCount).toBe(1);
    const progress: number[] = [];
    await s.putMany(many, { onProgress: (d) => progress.push(d) });
    expect(progress.at(-1)).toBe(200);
    expect(await s.count()).toBe(201);
  });

  it("searches by tag, site, speaker and words, newest first", async () => {
    const s = await open();
    await s.putMany([
      annotation("a", {
        tags: ["needs verification"],
        note: "Check the budget figure",
        updated: "2026-11-03T00:00:00.000Z",
      }),
      annotation("b", {
        tags: ["anonymous source"],
        claimRef: { kind: "indirect", speaker: "a city official", speakerType: "anonymous", anonymous: true },
        updated: "2026-11-04T00:00:00.000Z",
      }),
      annotation("c", {
        pageKey: "https://gazette.example/a",
        tags: ["needs verification"],
        note: "Café owner quote",
      }),
    ]);
    expect((await s.search({ tag: "needs verification" })).map((a) => a.id)).toEqual(["a", "c"]);
    expect((await s.search({ site: "gazette.example" })).map((a) => a.id)).toEqual(["c"]);
    expect((await s.search({ speaker: "official" })).map((a) => a.id)).toEqual(["b"]);
    expect((await s.search({ text: "BUDGET check" })).map((a) => a.id)).toEqual(["a"]);
    expect((await s.search({ text: "cafe" })).map((a) => a.id)).toEqual(["c"]);
    expect((await s.search({ tag: "needs verification", text: "café" })).map((a) => a.id)).toEqual(["c"]);
    expect((await s.search({ sort: "oldest" })).map((a) => a.id)).toEqual(["c", "a", "b"]);
    expect(await s.tags()).toEqual([
      { tag: "needs verification", count: 2 },
      { tag: "anonymous source", count: 1 },
    ]);
  });

  it("reports which ids exist (for import previews)", async () => {
    const s = await open();
    await s.put(annotation("a"));
    expect([...(await s.existing(["a", "b"]))]).toEqual(["a"]);
  });
});

describe("migrations", () => {
  /** Builds a database at `version` with the upgrade steps of that time, then fills it. */
  async function databaseAt(
    version: number,
    name: string,
    fill: (db: import("idb").IDBPDatabase<SourcemarkDB>) => Promise<void>,
  ) {
    const db = await openDB<SourcemarkDB>(name, version, {
      async upgrade(database, oldVersion, _new, tx) {
        for (let v = oldVersion; v < version; v++) await UPGRADES[v]!(database, tx);
      },
    });
    await fill(db);
    db.close();
  }

  it("has one upgrade step per version", () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    "carries a version %i database with data to the current version",
    async (version) => {
      const name = dbName();
      await databaseAt(version, name, async (db) => {
        await db.put("annotations", annotation("a", { tags: ["verified"] }));
        await db.put("annotations", annotation("b", { updated: "2026-11-05T00:00:00.000Z" }));
        await db.put("annotations", annotation("c", { pageKey: "https://other.example/z" }));
      });
      const s = await open(name);
      expect((await s.all()).map((a) => a.id).sort()).toEqual(["a", "b", "c"]);
      expect((await s.search({ tag: "verified" })).map((a) => a.id)).toEqual(["a"]);
      const pages = await s.pages();
      expect(pages.map((p) => [p.pageKey, p.annotationCount])).toEqual([
        ["https://riverton.example/news/bridge", 2],
        ["https://other.example/z", 1],
      ]);
      expect(pages[0]?.updated).toBe("2026-11-05T00:00:00.000Z");
    },
  );
});

describe("storage errors", () => {
  it.each([
    ["QuotaExceededError", "quota", /full/],
    ["InvalidStateError", "unavailable", /cannot open/],
    ["AbortError", "failed", /could not save/],
  ])("%s becomes a %s error with a message for the user", (name, kind, message) => {
    const e = toStorageError(new DOMException("x", name));
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/Nothing already saved was lost|can't be saved/);
  });
});
