/**
 * How every context learns that annotations changed: the background, after each write, sets one
 * storage.local key naming the pages touched. storage.onChanged reaches every content script and
 * extension page, so the background never has to know which tab shows which page.
 */
import { browser } from "./browser";

const KEY = "annotationsChanged";

/** Announces a change to the annotations of `pageKeys` (the background calls this after a write). */
export async function announceChange(pageKeys: Iterable<string>): Promise<void> {
  await browser.storage.local.set({ [KEY]: { pageKeys: [...new Set(pageKeys)], at: Date.now() } });
}

/**
 * Calls `listener` with the changed page keys after each write anywhere. Returns the unsubscribe.
 */
export function onAnnotationsChanged(listener: (pageKeys: string[]) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== "local" || !Object.hasOwn(changes, KEY)) return;
    const value = changes[KEY]?.newValue as { pageKeys?: unknown } | undefined;
    const keys = Array.isArray(value?.pageKeys)
      ? value.pageKeys.filter((k): k is string => typeof k === "string")
      : [];
    listener(keys);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
