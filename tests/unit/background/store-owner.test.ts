import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Annotation } from "../../../src/annotation/types";

vi.mock("../../../src/platform/browser", async () => ({
  browser: (await import("../helpers/fake-browser")).fakeBrowser,
}));
const { resetStorage, storageData } = await import("../helpers/fake-browser");
const { ensureAnnotatedSites, remove, save } = await import("../../../src/background/store-owner");

function annotation(id: string, pageKey: string): Annotation {
  return {
    id,
    pageKey,
    url: pageKey,
    title: "A page",
    selectors: { quote: { exact: `quote ${id}`, prefix: "", suffix: "" }, position: { start: 0, end: 7 } },
    color: "yellow",
    note: "",
    tags: [],
    created: "2026-11-01T10:00:00.000Z",
    updated: "2026-11-01T10:00:00.000Z",
  };
}

beforeEach(() => resetStorage());

describe("the list of sites with annotations, kept beside the database", () => {
  it("follows every save and removal", async () => {
    expect((await save([annotation("s1", "https://riverton.example/news/bridge")])).ok).toBe(true);
    expect(storageData.annotatedSites).toEqual(["riverton.example"]);
    await save([
      annotation("s2", "https://hollis.example/a"),
      annotation("s3", "https://riverton.example/b"),
    ]);
    expect(storageData.annotatedSites).toEqual(["hollis.example", "riverton.example"]);
    await remove(["s1", "s3"]);
    expect(storageData.annotatedSites).toEqual(["hollis.example"]);
    await remove(["s2"]);
    expect(storageData.annotatedSites).toEqual([]);
  });

  it("is rebuilt from the database when it is missing, and left alone when it is there", async () => {
    await save([annotation("e1", "https://marlow.example/story")]);
    resetStorage();
    await ensureAnnotatedSites();
    expect(storageData.annotatedSites).toEqual(["marlow.example"]);
    storageData.annotatedSites = ["kept.example"];
    await ensureAnnotatedSites();
    expect(storageData.annotatedSites).toEqual(["kept.example"]);
    await remove(["e1"]);
  });
});
