/**
 * The background: home of the article finder and the engine (analysis.ts), owner of the annotation
 * database, the toolbar badge, the context menu and the keyboard command. It keeps no state in
 * memory that matters (a cache of recent analyses at most), so MV3 may stop and restart it at any time.
 */
import { type Handlers, listen, listenOnPorts, type ToBackground } from "../platform/messages";
import { analysePageJson } from "./analysis";
import { showClaimCount } from "./badge";
import { onCommand, onMenuClicked, registerMenus } from "./menus";
import {
  cancelImport,
  ensureAnnotatedSites,
  importAll,
  importProgress,
  remove,
  save,
  withStore,
} from "./store-owner";
import { warmUp } from "./warm-up";

registerMenus();
void ensureAnnotatedSites().catch(() => {
  // Without the list, pages that are not articles ask for their highlights, as before it existed.
});

// The browser offers no way to click a context-menu item or press an extension shortcut from a
// test; the end-to-end tests call the very listeners those two fire, through this handle.
(globalThis as { sourcemarkListeners?: unknown }).sourcemarkListeners = { onMenuClicked, onCommand };

const handlers: Handlers<ToBackground> = {
  "content/analyze-page": ({ snapshot, textOnly }) => analysePageJson(snapshot, textOnly !== true),
  // Answered at once; the warm-up runs in a task of its own after the answer has gone.
  "content/get-ready": () => {
    setTimeout(warmUp, 0);
  },
  "content/report-ready": async ({ claims, anonymous, enabled }, sender) => {
    if (sender.tab?.id !== undefined)
      await showClaimCount(sender.tab.id, claims, anonymous, enabled).catch(() => {});
  },
  "content/annotations-for-page": ({ pageKey }) => withStore((s) => s.forPage(String(pageKey))),
  "content/save-annotation": async ({ annotation }) => {
    const result = await save([annotation]);
    return result.ok ? { ok: true, value: annotation } : result;
  },
  "content/delete-annotation": ({ id }) => remove([id]),
  "content/tags": () => withStore((s) => s.tags()),
  "ui/search": ({ query }) => withStore((s) => s.search(query ?? {})),
  "ui/pages": () => withStore((s) => s.pages()),
  "ui/save": ({ annotations }) => save(Array.isArray(annotations) ? annotations : []),
  "ui/delete": ({ ids }) => remove(Array.isArray(ids) ? ids : []),
  "ui/tags": () => withStore((s) => s.tags()),
  "ui/existing": ({ ids }) => withStore(async (s) => [...(await s.existing(Array.isArray(ids) ? ids : []))]),
  "ui/import": ({ annotations }) => importAll(Array.isArray(annotations) ? annotations : []),
  "ui/import-progress": () => importProgress(),
  "ui/cancel-import": () => ({ ok: cancelImport() }),
};

// The same handlers answer one-off messages and requests on content scripts' ports.
listen(handlers);
listenOnPorts(handlers);
