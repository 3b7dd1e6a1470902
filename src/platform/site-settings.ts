/**
 * Per-site switch, kept in storage.local so that the popup writes it and every content script of
 * that site sees the change at once (storage.onChanged), with no message routing.
 */
import { bareHost } from "../anchoring/page-key";
import { browser } from "./browser";

const KEY = "disabledSites";

/**
 * The key a site is switched under: its bare host, as page keys and the library's site filter have
 * it ("www." and "amp." dropped), so that www.example.com and amp.example.com are one site.
 */
export function siteKey(host: string): string {
  return bareHost(host);
}

/**
 * The switched-off sites, each as a site key. Entries stored before keys were bare hosts (only
 * "www." was dropped then) are read as their bare host, so no stored switch is lost.
 */
function siteKeysOf(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === "string").map(siteKey) : [];
}

async function disabledSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY);
  return siteKeysOf(stored[KEY]);
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).includes(siteKey(host));
}

/** Where the page's first read of its site setting is kept: a key both content scripts' bundles share. */
const PAGE_READ = Symbol.for("sourcemark.siteEnabled");

/**
 * This page's site setting, read once per page load by whichever content script asks first: the early
 * script (document_end) starts the read, and the main script (document_idle) finds it done. The two
 * scripts are separate bundles, but they run in one isolated world and share its global object.
 */
export function siteEnabledForPage(): Promise<boolean> {
  const shared = globalThis as { [PAGE_READ]?: Promise<boolean> };
  shared[PAGE_READ] ??= isSiteEnabled(location.hostname).catch(() => true);
  return shared[PAGE_READ];
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const key = siteKey(host);
  const rest = [...new Set((await disabledSites()).filter((s) => s !== key))];
  await browser.storage.local.set({ [KEY]: enabled ? rest : [...rest, key] });
}

/** Calls `listener` with the new state whenever this site is switched on or off. Returns an unsubscribe. */
export function onSiteToggled(host: string, listener: (enabled: boolean) => void): () => void {
  const key = siteKey(host);
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== "local" || !(KEY in changes)) return;
    listener(!siteKeysOf(changes[KEY]?.newValue).includes(key));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
