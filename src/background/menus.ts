/**
 * The context-menu item and the keyboard command that highlight the current selection. Both only
 * tell the tab's content script to do it: the content script owns the page's text.
 */
import { browser, type Menus, type Tab } from "../platform/browser";
import { sendToContent } from "../platform/messages";

export const MENU_ID = "sourcemark-highlight";
export const COMMAND = "highlight-selection";

async function highlightIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await sendToContent(tabId, "background/highlight-selection", {});
  } catch {
    // No content script in that tab (a browser page): nothing to highlight.
  }
}

export function onMenuClicked(
  info: Pick<Menus.OnClickData, "menuItemId">,
  tab?: Pick<Tab, "id">,
): Promise<void> {
  return info.menuItemId === MENU_ID ? highlightIn(tab?.id) : Promise.resolve();
}

export async function onCommand(command: string, tab?: Pick<Tab, "id">): Promise<void> {
  if (command !== COMMAND) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  await highlightIn(target?.id);
}

export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID,
      title: "Highlight with Sourcemark",
      contexts: ["selection"],
      documentUrlPatterns: ["http://*/*", "https://*/*"],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command: string, tab?: Tab) => void onCommand(command, tab));
}
