/**
 * What the code under test uses of the extension API's storage, in memory: storage.local (get with a
 * key or keys, set) and storage.onChanged. Tests mock src/platform/browser with it:
 *   vi.mock("../../../src/platform/browser", async () => ({ browser: (await import("../helpers/fake-browser")).fakeBrowser }));
 */
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export const storageData: Record<string, unknown> = {};
export const storageListeners = new Set<Listener>();

const local = {
  reads: 0,
  async get(keys: string | string[]) {
    local.reads++;
    const out: Record<string, unknown> = {};
    for (const key of typeof keys === "string" ? [keys] : keys)
      if (key in storageData) out[key] = structuredClone(storageData[key]);
    return out;
  },
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) {
      storageData[k] = structuredClone(v);
      for (const l of storageListeners) l({ [k]: { newValue: structuredClone(v) } }, "local");
    }
  },
};

export const fakeBrowser = {
  storage: {
    local,
    onChanged: {
      addListener: (l: Listener) => storageListeners.add(l),
      removeListener: (l: Listener) => storageListeners.delete(l),
    },
  },
};

/** Empties the storage and drops its listeners. */
export function resetStorage(): void {
  for (const k of Object.keys(storageData)) delete storageData[k];
  storageListeners.clear();
}
