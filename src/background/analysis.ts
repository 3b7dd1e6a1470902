/**
 * The article finder and the engine run here, not in the page: the background's JavaScript stays
 * compiled and warm from one page to the next, while a content script starts cold in every tab (V8
 * compiles and interprets it afresh), and the work never occupies the page's main thread. The
 * content script sends a snapshot of the page (page/snapshot.ts) and paints what comes back.
 */
import { analyze } from "../engine/index";
import type { Analysis } from "../engine/types";
import { mergeWindows, splitIntoWindows } from "../engine/windows";
import { analyse as findArticle } from "../page/article-finder";
import { encodeModel } from "../page/model-wire";
import { isSnapshot, snapshotDocument } from "../page/snapshot-document";
import { textModelFrom } from "../page/text-model";
import type { PageAnalysis, Result } from "../platform/messages";
import { epochMs } from "../platform/time";

/** Characters analysed as one text: more than the longest articles; longer pages (feeds) go in windows. */
const WINDOW_CHARS = 60_000;

/** Past this the page is not an article at any length (a dump, an endless feed): refused, not analysed. */
export const MAX_TEXT_CHARS = 4_000_000;

/** Items (elements, text nodes, closings) of the largest snapshot analysed: far beyond any article page. */
export const MAX_SNAPSHOT_ITEMS = 3_000_000;

/**
 * Finds the article in a page snapshot, builds its text and analyses it (or, `withEngine` false, only
 * builds the text: a page that is no article but carries the user's highlights needs no claims).
 */
export function analysePage(
  snapshot: unknown,
  withEngine = true,
): Result<Omit<PageAnalysis, "receivedAt" | "answeredAt">> {
  if (!isSnapshot(snapshot)) return { ok: false, error: "The page could not be read." };
  if (snapshot.tree.length > MAX_SNAPSHOT_ITEMS)
    return { ok: false, error: "This page is too large to analyse." };
  const t0 = performance.now();
  let model: ReturnType<typeof textModelFrom>;
  try {
    const doc = snapshotDocument(snapshot);
    model = textModelFrom(doc, findArticle(doc));
  } catch (e) {
    return { ok: false, error: `The page could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  const findMs = performance.now() - t0;
  if (!withEngine) return { ok: true, value: { model: encodeModel(model), findMs, engineMs: 0 } };
  const analysed = analyseText(model.text);
  if (!analysed.ok) return analysed;
  return { ok: true, value: { ...analysed.value, model: encodeModel(model), findMs } };
}

/** analysePage for a snapshot sent as a JSON string, answering a JSON string of PageAnalysis. */
export function analysePageJson(json: unknown, withEngine = true): Result<string> {
  const receivedAt = epochMs();
  const t0 = performance.now();
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(String(json));
  } catch {
    return { ok: false, error: "The page could not be read." };
  }
  const parseMs = performance.now() - t0;
  const answer = analysePage(snapshot, withEngine);
  if (!answer.ok) return answer;
  // Reading the snapshot is part of finding the article.
  const findMs = answer.value.findMs + parseMs;
  return { ok: true, value: JSON.stringify({ ...answer.value, findMs, receivedAt, answeredAt: epochMs() }) };
}

/** The analysis and the engine's own time (the rest of the content script's wait is messaging). */
export interface Analysed {
  analysis: Analysis;
  engineMs: number;
}

/**
 * The last few texts analysed: a page that changes around its article (ads, counters, a live
 * comment count) sends the same article text again, and it is not analysed twice.
 */
const recent = new Map<string, Analysis>();
const RECENT = 8;

/** How many texts the engine has analysed (cached answers not counted): for tests. */
export let engineRuns = 0;

export function analyseText(text: unknown): Result<Analysed> {
  if (typeof text !== "string") return { ok: false, error: "Nothing to analyse." };
  if (text.length > MAX_TEXT_CHARS)
    return {
      ok: false,
      error: `This page has ${(text.length / 1e6).toFixed(1)} million characters of text, too long to analyse.`,
    };
  const t0 = performance.now();
  const seen = recent.get(text);
  if (seen) {
    recent.delete(text);
    recent.set(text, seen);
    return { ok: true, value: { analysis: seen, engineMs: performance.now() - t0 } };
  }
  try {
    engineRuns++;
    const windows = splitIntoWindows(text, WINDOW_CHARS);
    const analysis =
      windows.length === 1
        ? analyze(text)
        : mergeWindows(
            windows.map((w) => ({ start: w.start, analysis: analyze(text.slice(w.start, w.end)) })),
          );
    recent.set(text, analysis);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
    return { ok: true, value: { analysis, engineMs: performance.now() - t0 } };
  } catch (e) {
    return { ok: false, error: `The analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
