/**
 * What a page needs to know about its site before doing anything, kept in storage.local (read by a
 * content script without waking the background): the per-site switch, which the popup writes and
 * every content script of the site sees change at once (storage.onChanged), and the list of sites
 * where the user has annotations, which the background keeps up to date.
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
  return (stringsOf(list) ?? []).map(siteKey);
}

/** A list as stored: its strings, or null when storage holds no list there. */
function stringsOf(list: unknown): string[] | null {
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : null;
}

async function disabledSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY);
  return siteKeysOf(stored[KEY]);
}

/** The key of the list of sites (page-key hosts) where the user has annotations. */
const ANNOTATED = "annotatedSites";

export interface SiteFacts {
  /** The site is switched on. */
  enabled: boolean;
  /** The sites with annotations; null while the background has not written the list yet. */
  annotated: ReadonlySet<string> | null;
}

/** Where the page's first read of its site facts is kept: a key both content scripts' bundles share. */
const PAGE_READ = Symbol.for("sourcemark.siteFacts");

/**
 * This page's site facts, read once per page load (one storage read) by whichever content script asks
 * first: the early script (document_end) starts the read, and the main script (document_idle) finds
 * it done. The two scripts are separate bundles, but they run in one isolated world and share its
 * global object. A failed read counts as switched on, annotations unknown.
 */
export function siteFactsForPage(): Promise<SiteFacts> {
  const shared = globalThis as { [PAGE_READ]?: Promise<SiteFacts> };
  shared[PAGE_READ] ??= browser.storage.local.get([KEY, ANNOTATED]).then(
    (stored) => {
      const annotated = stringsOf(stored[ANNOTATED]);
      return {
        enabled: !siteKeysOf(stored[KEY]).includes(siteKey(location.hostname)),
        annotated: annotated && new Set(annotated),
      };
    },
    () => ({ enabled: true, annotated: null }),
  );
  return shared[PAGE_READ];
}

/** This page's site switch (see siteFactsForPage). */
export function siteEnabledForPage(): Promise<boolean> {
  return siteFactsForPage().then((facts) => facts.enabled);
}

/** The sites with annotations as stored (null before the background first wrote them). */
export async function annotatedSites(): Promise<string[] | null> {
  return stringsOf((await browser.storage.local.get(ANNOTATED))[ANNOTATED]);
}

/** Stores the sites with annotations (the background, after each write); unchanged lists are not rewritten. */
export async function setAnnotatedSites(sites: Iterable<string>): Promise<void> {
  const next = [...new Set(sites)].filter(Boolean).sort();
  const now = await annotatedSites();
  if (now && now.length === next.length && now.every((s, i) => s === next[i])) return;
  await browser.storage.local.set({ [ANNOTATED]: next });
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
