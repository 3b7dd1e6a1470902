/** The toolbar badge: how many claims the tab's page has, red when most rest on anonymous sources. */
import { browser } from "../platform/browser";

const NAMED = "#6b5600";
const ANONYMOUS = "#b4380f";

export async function showClaimCount(
  tabId: number,
  claims: number,
  anonymous: number,
  enabled: boolean,
): Promise<void> {
  const text = enabled && claims > 0 ? String(claims) : "";
  await browser.action.setBadgeText({ tabId, text });
  if (!text) return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: anonymous * 2 > claims ? ANONYMOUS : NAMED });
  await browser.action.setTitle({
    tabId,
    title: `Sourcemark: ${claims} attributed claim${claims === 1 ? "" : "s"}${anonymous ? `, ${anonymous} from anonymous sources` : ""}`,
  });
}
