/**
 * The library's calls to the background. Each unwraps the Result, so a failure arrives as an Error
 * whose message is the background's own words, which the page shows verbatim.
 */
import type { Annotation } from "../../annotation/types";
import { type Result, sendToBackground, type UiToBackground, unwrap } from "../../platform/messages";
import type { LibraryQuery } from "../../store/annotation-store";
import type { PageRecord } from "../../store/schema";

type ValueOf<R> = R extends { ok: true; value: infer T } ? T : never;

async function call<K extends keyof UiToBackground & string>(
  type: K,
  request: UiToBackground[K]["request"],
): Promise<ValueOf<UiToBackground[K]["response"]>> {
  let reply: unknown;
  try {
    reply = await sendToBackground(type, request);
  } catch (e) {
    throw new Error(
      `Sourcemark's background could not be reached (${e instanceof Error ? e.message : String(e)}). Reload this page and try again.`,
    );
  }
  if (typeof reply !== "object" || reply === null || !("ok" in reply)) {
    throw new Error("Sourcemark's background sent no answer. Reload this page and try again.");
  }
  return unwrap(reply as Result<ValueOf<UiToBackground[K]["response"]>>);
}

export const api = {
  search: (query: LibraryQuery): Promise<Annotation[]> => call("ui/search", { query }),
  pages: (): Promise<PageRecord[]> => call("ui/pages", {}),
  tags: (): Promise<Array<{ tag: string; count: number }>> => call("ui/tags", {}),
  save: (annotations: Annotation[]): Promise<number> => call("ui/save", { annotations }),
  remove: (ids: string[]): Promise<Annotation[]> => call("ui/delete", { ids }),
  existing: (ids: string[]): Promise<string[]> => call("ui/existing", { ids }),
  /** Imports all or nothing; resolves with the number saved, rejects with the reason (or the cancel). */
  import: (annotations: Annotation[]): Promise<number> => call("ui/import", { annotations }),
  importProgress: (): Promise<{ done: number; total: number } | null> =>
    sendToBackground("ui/import-progress", {}).catch(() => null),
  cancelImport: (): Promise<unknown> => sendToBackground("ui/cancel-import", {}).catch(() => undefined),
};
