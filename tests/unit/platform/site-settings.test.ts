import { beforeEach, describe, expect, it, vi } from "vitest";

/** storage.local and storage.onChanged in memory: what site-settings.ts uses of the browser. */
const storage = vi.hoisted(() => {
  type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
  const data: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  return {
    data,
    listeners,
    browser: {
      storage: {
        local: {
          reads: 0,
          async get(key: string) {
            this.reads++;
            return key in data ? { [key]: structuredClone(data[key]) } : {};
          },
          set: async (items: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(items)) {
              data[k] = structuredClone(v);
              for (const l of listeners) l({ [k]: { newValue: structuredClone(v) } }, "local");
            }
          },
        },
        onChanged: {
          addListener: (l: Listener) => listeners.add(l),
          removeListener: (l: Listener) => listeners.delete(l),
        },
      },
    },
  };
});
vi.mock("../../../src/platform/browser", () => ({ browser: storage.browser }));

const { isSiteEnabled, onSiteToggled, setSiteEnabled, siteEnabledForPage, siteKey } = await import(
  "../../../src/platform/site-settings"
);

beforeEach(() => {
  for (const k of Object.keys(storage.data)) delete storage.data[k];
  storage.listeners.clear();
});

describe("the per-site switch", () => {
  it("keys a site by its bare host, as page keys do", () => {
    expect(siteKey("WWW.Example.com")).toBe("example.com");
    expect(siteKey("amp.example.com")).toBe("example.com");
    expect(siteKey("news.example.co.uk")).toBe("news.example.co.uk");
    expect(siteKey("127.0.0.1")).toBe("127.0.0.1");
  });

  it("switches www., amp. and the bare host off and on together", async () => {
    await setSiteEnabled("www.example.com", false);
    expect(await isSiteEnabled("example.com")).toBe(false);
    expect(await isSiteEnabled("amp.example.com")).toBe(false);
    expect(await isSiteEnabled("other.org")).toBe(true);
    await setSiteEnabled("amp.example.com", true);
    expect(await isSiteEnabled("www.example.com")).toBe(true);
    expect(storage.data.disabledSites).toEqual([]);
  });

  it("honours switches stored before keys were bare hosts, and rewrites them once touched", async () => {
    storage.data.disabledSites = ["amp.example.com", "other.org", 42];
    expect(await isSiteEnabled("www.example.com")).toBe(false);
    expect(await isSiteEnabled("other.org")).toBe(false);
    await setSiteEnabled("third.net", false);
    expect(storage.data.disabledSites).toEqual(["example.com", "other.org", "third.net"]);
    await setSiteEnabled("example.com", true);
    expect(storage.data.disabledSites).toEqual(["other.org", "third.net"]);
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
      storage.data.disabledSites = ["example.com"];
      const reads = storage.browser.storage.local.reads;
      const early = siteEnabledForPage();
      const main = siteEnabledForPage();
      expect(main).toBe(early);
      expect(await main).toBe(false);
      expect(storage.browser.storage.local.reads).toBe(reads + 1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
