import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../../src/platform/browser", async () => ({
  browser: (await import("../helpers/fake-browser")).fakeBrowser,
}));
const { fakeBrowser, resetStorage, storageData, storageListeners } = await import("../helpers/fake-browser");

const {
  annotatedSites,
  onSiteToggled,
  setAnnotatedSites,
  setSiteEnabled,
  siteEnabledForPage,
  siteFactsForPage,
  siteKey,
} = await import("../../../src/platform/site-settings");

/** A new page load: forget the page's memoised read. */
function newPageLoad(): void {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("sourcemark.siteFacts")];
}

beforeEach(() => {
  resetStorage();
  newPageLoad();
});

/** Whether a page loaded on `host` now finds its site switched on (the content scripts' own read). */
async function enabledOn(host: string): Promise<boolean> {
  newPageLoad();
  vi.stubGlobal("location", { hostname: host });
  try {
    return await siteEnabledForPage();
  } finally {
    vi.unstubAllGlobals();
  }
}

describe("the per-site switch", () => {
  it("keys a site by its bare host, as page keys do", () => {
    expect(siteKey("WWW.Example.com")).toBe("example.com");
    expect(siteKey("amp.example.com")).toBe("example.com");
    expect(siteKey("news.example.co.uk")).toBe("news.example.co.uk");
    expect(siteKey("127.0.0.1")).toBe("127.0.0.1");
  });

  it("switches www., amp. and the bare host off and on together", async () => {
    await setSiteEnabled("www.example.com", false);
    expect(await enabledOn("example.com")).toBe(false);
    expect(await enabledOn("amp.example.com")).toBe(false);
    expect(await enabledOn("other.org")).toBe(true);
    await setSiteEnabled("amp.example.com", true);
    expect(await enabledOn("www.example.com")).toBe(true);
    expect(storageData.disabledSites).toEqual([]);
  });

  it("honours switches stored before keys were bare hosts, and rewrites them once touched", async () => {
    storageData.disabledSites = ["amp.example.com", "other.org", 42];
    expect(await enabledOn("www.example.com")).toBe(false);
    expect(await enabledOn("other.org")).toBe(false);
    await setSiteEnabled("third.net", false);
    expect(storageData.disabledSites).toEqual(["example.com", "other.org", "third.net"]);
    await setSiteEnabled("example.com", true);
    expect(storageData.disabledSites).toEqual(["other.org", "third.net"]);
  });

  it("tells a page of its site when the switch changes, and only its site", async () => {
    const seen: boolean[] = [];
    const stop = onSiteToggled("www.example.com", (on) => seen.push(on));
    await setSiteEnabled("amp.example.com", false);
    await setSiteEnabled("other.org", false);
    await setSiteEnabled("example.com", true);
    stop();
    await setSiteEnabled("example.com", false);
    expect(seen).toEqual([false, false, true]);
  });

  it("is read once per page, whichever content script asks first", async () => {
    vi.stubGlobal("location", { hostname: "www.example.com" });
    try {
      storageData.disabledSites = ["example.com"];
      const reads = fakeBrowser.storage.local.reads;
      const early = siteFactsForPage();
      const main = siteFactsForPage();
      expect(main).toBe(early);
      expect(await siteEnabledForPage()).toBe(false);
      expect((await main).enabled).toBe(false);
      expect(fakeBrowser.storage.local.reads).toBe(reads + 1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("tells the page which sites have annotations, or that nobody knows yet", async () => {
    vi.stubGlobal("location", { hostname: "news.example.org" });
    try {
      expect((await siteFactsForPage()).annotated).toBeNull();
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("sourcemark.siteFacts")];
      await setAnnotatedSites(["b.org", "a.org", "b.org", ""]);
      expect(storageData.annotatedSites).toEqual(["a.org", "b.org"]);
      const facts = await siteFactsForPage();
      expect(facts.enabled).toBe(true);
      expect([...(facts.annotated ?? [])]).toEqual(["a.org", "b.org"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("does not rewrite an unchanged list (every tab would hear of it)", async () => {
    await setAnnotatedSites(["a.org"]);
    const heard: string[] = [];
    storageListeners.add((changes) => heard.push(...Object.keys(changes)));
    await setAnnotatedSites(["a.org", "a.org"]);
    expect(heard).toEqual([]);
    await setAnnotatedSites([]);
    expect(heard).toEqual(["annotatedSites"]);
    expect(await annotatedSites()).toEqual([]);
  });
});
