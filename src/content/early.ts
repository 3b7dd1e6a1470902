/**
 * The early content script: it runs at document_end, when the DOM is parsed but the page may still
 * be loading its images and scripts, well before the main content script (document_idle). On a page
 * the cheap check takes for an article, it asks the background to get ready.
 *
 * Why: MV3 stops an idle service worker after 30 s, so a reader who opens an article every few
 * minutes meets a stopped background nearly every time. Started now, the background boots and warms
 * its finder and engine while the page finishes loading, instead of after the snapshot arrives.
 * Nothing about the page is sent; on other pages, and on sites the user switched off, nothing at all.
 */
import { isLikelyArticle } from "../page/article-finder";
import { sendToBackground } from "../platform/messages";
import { siteEnabledForPage } from "../platform/site-settings";

async function wakeBackground(): Promise<void> {
  if (!(await siteEnabledForPage())) return;
  await sendToBackground("content/get-ready", {});
}

if (window.top === window && isLikelyArticle(document)) {
  wakeBackground().catch(() => {
    // A background that cannot be reached now is started by the main script's request anyway.
  });
}
