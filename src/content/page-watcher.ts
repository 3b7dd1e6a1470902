/**
 * Keeps up with the page: content that arrives later (lazy paragraphs, "read more", infinite
 * scroll) and in-page navigation of single-page sites. Mutations are debounced; the callback is
 * told whether the URL changed (a new article: clear and start again) or only the content did.
 * Our own overlay element is ignored, so painting never triggers a re-run.
 */
export interface PageChange {
  /** The document's URL changed (path or query; a #fragment alone is not a new page). */
  navigated: boolean;
}

const withoutHash = (url: string) => url.replace(/#.*$/, "");

export function watchPage(
  onChange: (change: PageChange) => void,
  { mutations = true, debounceMs = 400 }: { mutations?: boolean; debounceMs?: number } = {},
): () => void {
  let url = withoutHash(location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingNavigation = false;

  const fire = () => {
    timer = undefined;
    const now = withoutHash(location.href);
    const navigated = pendingNavigation || now !== url;
    pendingNavigation = false;
    url = now;
    onChange({ navigated });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  const observer = new MutationObserver((records) => {
    if (timer !== undefined) return; // Already scheduled: skip the scan.
    for (const r of records) {
      const target = r.target as Node;
      if (target.nodeName === "SOURCEMARK-ROOT") continue;
      if (
        r.type === "characterData" ||
        [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName !== "SOURCEMARK-ROOT")
      ) {
        schedule();
        return;
      }
    }
  });
  if (mutations)
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  // History changes of single-page sites: the URL may change before or without DOM mutations.
  const onNavigate = () => {
    if (withoutHash(location.href) !== url) {
      pendingNavigation = true;
      schedule();
    }
  };
  window.addEventListener("popstate", onNavigate);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener("navigatesuccess", onNavigate);

  return () => {
    clearTimeout(timer);
    observer.disconnect();
    window.removeEventListener("popstate", onNavigate);
    nav?.removeEventListener("navigatesuccess", onNavigate);
  };
}
