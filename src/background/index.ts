/**
 * The background: for now it keeps the toolbar badge in step with what each tab's content script
 * found. It holds no state of its own, so it may be stopped and restarted at any time (MV3).
 */
import { browser } from "../platform/browser";
import { type ContentToBackground, listen } from "../platform/messages";

const BADGE_NAMED = "#6b5600";
const BADGE_ANONYMOUS = "#b4380f";

listen<ContentToBackground>({
  "content/report-ready": async ({ claims, anonymous, enabled }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = enabled && claims > 0 ? String(claims) : "";
    await browser.action.setBadgeText({ tabId, text });
    if (text) {
      await browser.action.setBadgeBackgroundColor({
        tabId,
        color: anonymous * 2 > claims ? BADGE_ANONYMOUS : BADGE_NAMED,
      });
      await browser.action.setTitle({
        tabId,
        title: `Sourcemark: ${claims} attributed claim${claims === 1 ? "" : "s"}${anonymous ? `, ${anonymous} from anonymous sources` : ""}`,
      });
    }
  },
});
