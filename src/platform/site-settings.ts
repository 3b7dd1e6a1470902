/**
 * Per-site switch, kept in storage.local so that the popup writes it and every content script of
 * that site sees the change at once (storage.onChanged), with no message routing.
 */
import { browser } from "./browser";

const KEY = "disabledSites";

/** The key a site is switched under: its host name without a leading "www.". */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, "");
}

async function disabledSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : [];
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).includes(siteKey(host));
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const key = siteKey(host);
  const rest = (await disabledSites()).filter((s) => s !== key);
  await browser.storage.local.set({ [KEY]: enabled ? rest : [...rest, key] });
}

/** Calls `listener` with the new state whenever this site is switched on or off. Returns an unsubscribe. */
export function onSiteToggled(host: string, listener: (enabled: boolean) => void): () => void {
  const key = siteKey(host);
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== "local" || !(KEY in changes)) return;
    const list = changes[KEY]?.newValue;
    listener(!(Array.isArray(list) && list.includes(key)));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
