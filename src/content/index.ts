/**
 * The content script. It runs by itself at document_idle in the top frame, does a cheap check, and
 * only on articles finds the text, has the background's engine analyse it and paints the claims;
 * the user's own highlights are loaded on any page that has some. Iframes are left alone
 * (all_frames is false): an article's text is in the top document, and embedded frames are ads,
 * videos and social posts.
 */

import { siteOf } from "../anchoring/page-key";
import type { Annotation, ClaimRef } from "../annotation/types";
import { isSaid } from "../engine/kinds";
import type { Analysis } from "../engine/types";
import { isLikelyArticle } from "../page/article-finder";
import { decodeModel } from "../page/model-wire";
import { SnapshotWalk } from "../page/snapshot";
import { buildTextModel } from "../page/text-model";
import type { TextModel } from "../page/types";
import {
  BackgroundPort,
  listen,
  type PageAnalysis,
  sendToBackground,
  type ToContent,
  unwrap,
} from "../platform/messages";
import type { PageReport, PageStatus } from "../platform/report";
import { onSiteToggled, siteEnabledForPage, siteFactsForPage } from "../platform/site-settings";
import { epochMs } from "../platform/time";
import { UserAnnotations } from "./annotations";
import { claimAtPoint, claimAtPosition } from "./hit-test";
import { HoverCard } from "./hover-card";
import { TaskClock } from "./idle";
import { removeOverlay } from "./overlay";
import { type PageChange, watchPage } from "./page-watcher";
import { Painter } from "./painter";
import { Toolbar } from "./toolbar";

/** The largest page snapshot sent for analysis, in characters. */
const MAX_SNAPSHOT_CHARS = 24_000_000;
/** A snapshot slice's budget: well under the 50 ms a task may take, above the median page's walk. */
const SNAPSHOT_SLICE_MS = 10;

const startedAt = performance.now();
/** The page's requests for analysis go over one port, opened as soon as the page looks like an article. */
const background = new BackgroundPort();
const painter = new Painter();
const card = new HoverCard();
let model: TextModel | null = null;
let analysis: Analysis | null = null;
let status: PageStatus = "pending";
let error: string | undefined;
let elapsedMs: number | undefined;
const clock = new TaskClock();
let detach: (() => void) | null = null;
let user: UserAnnotations | null = null;

/** The article text model, built on first need (on non-articles only when the user highlights). */
function textModel(): TextModel {
  model ??= buildTextModel(document);
  return model;
}

function report(): PageReport {
  const analysed = status === "analysed" ? analysis : null;
  return {
    status,
    url: location.href,
    host: location.hostname,
    title: model?.title || document.title,
    claims: analysed?.claims ?? [],
    speakers: analysed?.speakers ?? [],
    annotations: user?.anchored.map((a) => a.annotation) ?? [],
    orphans: user?.orphans.map((a) => a.id) ?? [],
    ...(error ? { error } : {}),
    ...(elapsedMs !== undefined
      ? { elapsedMs, longestTaskMs: clock.longestMs, workMs: clock.totalMs, stages: { ...clock.stages } }
      : {}),
  };
}

/**
 * Whether the toolbar badge shows a count for this document. The browser clears a tab's badge when
 * the tab loads another document, so a page with nothing to count need not tell the background (nor
 * wake it) unless an earlier state of this same document was counted (an in-page navigation, a switch).
 */
let badged = false;

function tellBackground(): void {
  const claims = status === "analysed" && analysis ? analysis.claims.filter(isSaid) : [];
  if (claims.length === 0 && !badged) return;
  badged = claims.length > 0;
  const anonymousIds = new Set(analysis?.speakers.filter((s) => s.anonymous).map((s) => s.id));
  sendToBackground("content/report-ready", {
    claims: claims.length,
    anonymous: claims.filter((c) => anonymousIds.has(c.speakerId)).length,
    enabled: status !== "disabled",
  }).catch(() => {
    // The background may be restarting; the badge is a nicety, the popup asks us directly.
  });
}

/**
 * Snapshots the page, has the background find the article and analyse it, and paints the claims,
 * each step on the page a task of its own; returns the page's status. Nothing leaves the page before
 * `siteOn` says the site is switched on.
 */
async function analyse(siteOn: Promise<boolean>): Promise<PageStatus> {
  try {
    const analysed = await analysePage(siteOn);
    if (!analysed) return "disabled";
    const { built, result } = analysed;
    model = built;
    analysis = result;
    // The engine judges the language from the text: some English pages declare another in <html lang>.
    if (result.language !== "en") return "not-english";
    await clock.slice("paint", () => painter.paint(built, result));
    return "analysed";
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    console.warn("Sourcemark could not analyse this page:", e);
    return "error";
  }
}

/** The article's text model and its analysis (null when `siteOn` says no: see readPage). */
async function analysePage(
  siteOn: Promise<boolean> = Promise.resolve(true),
): Promise<{ built: TextModel; result: Analysis } | null> {
  const read = await readPage(siteOn, false);
  if (!read?.answer.analysis) return null;
  return { built: read.built, result: read.answer.analysis };
}

/**
 * The article's text model, and unless `textOnly` its analysis. The page's part is a snapshot walk
 * and, when the answer comes, turning the background's node indices back into this page's nodes; the
 * finder and the engine run in the background (see background/analysis.ts for why). A background
 * that MV3 is just restarting may not answer: asked once more. Null when `siteOn` says the site is
 * switched off: the snapshot is then dropped unsent.
 */
async function readPage(
  siteOn: Promise<boolean>,
  textOnly: boolean,
): Promise<{ built: TextModel; answer: PageAnalysis } | null> {
  const nodes: Node[] = [];
  // In slices of about SNAPSHOT_SLICE_MS: most pages take one, and the walk over a very large page
  // never becomes one long task.
  let walk: SnapshotWalk | undefined;
  let snapshot: string | null = null;
  while (snapshot === null)
    snapshot = await clock.slice("snapshot", () => {
      walk ??= new SnapshotWalk(document, nodes);
      return walk.run(performance.now() + SNAPSHOT_SLICE_MS) ? walk.json() : null;
    });
  // The site setting was being read while the snapshot was taken: usually this waits for nothing.
  const tWait = performance.now();
  if (!(await siteOn)) return null;
  clock.record("setting", performance.now() - tWait);
  // Far past any article (a message may carry 64 MB at most): say so rather than fail in transit.
  if (snapshot.length > MAX_SNAPSHOT_CHARS) throw new Error("This page is too large to analyse.");
  const t0 = performance.now();
  const sentAt = epochMs();
  let json: string | undefined;
  for (let attempt = 0; json === undefined; attempt++) {
    const result = await background
      .request("content/analyze-page", { snapshot, textOnly })
      .catch((e: unknown) => {
        if (attempt > 0) throw e;
        return undefined;
      });
    if (result) json = unwrap(result);
    else if (attempt > 0) throw new Error("Sourcemark's background did not answer.");
  }
  const gotAt = epochMs();
  clock.record("background", performance.now() - t0);
  const answer = JSON.parse(json) as PageAnalysis;
  // Of the wait: the trip there (the snapshot's transfer), the background's work, the trip back.
  clock.record("there", Math.max(0, answer.receivedAt - sentAt));
  clock.record("find", answer.findMs);
  clock.record("engine", answer.engineMs);
  clock.record("back", Math.max(0, gotAt - answer.answeredAt));
  const wire = answer.model;
  const built = await clock.slice("model", () => decodeModel(wire, nodes));
  return { built, answer };
}

/** The claim a span of text belongs to (most of it inside the claim), for the annotation's record. */
function claimRefAt(start: number, end: number): ClaimRef | undefined {
  if (!analysis) return undefined;
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  for (const claim of analysis.claims) {
    const overlap = Math.min(end, claim.end) - Math.max(start, claim.start);
    if (!isSaid(claim) || overlap <= (end - start) / 2) continue;
    const speaker = speakers.get(claim.speakerId);
    return {
      kind: claim.kind,
      speaker: speaker?.name ?? "",
      speakerType: speaker?.type ?? "unknown",
      anonymous: speaker?.anonymous ?? false,
    };
  }
  return undefined;
}

function userAnnotations(): UserAnnotations {
  user ??= new UserAnnotations(textModel);
  return user;
}

const toolbar = new Toolbar({
  highlight: (color) => userAnnotations().highlightSelection(color, claimRefAt),
  save: (a) => userAnnotations().save(a),
  remove: async (id) => {
    unwrap(await userAnnotations().remove(id));
  },
  tags: async () => {
    const result = await sendToBackground("content/tags", {});
    return result.ok ? result.value.map((t) => t.tag) : [];
  },
});

/** The user's annotation under a DOM position, if any. */
function userAnnotationAt(node: Node, offset: number) {
  return user?.anchored.find((a) => a.range?.isPointInRange(node, offset));
}

/** Hover and keyboard (caret or selection) show the card; selections get the toolbar. */
function attachInteractions(): () => void {
  let frame = 0;
  const onMove = (event: MouseEvent) => {
    if (painter.claims.length === 0) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const hit = claimAtPoint(painter.claims, clientX, clientY);
      if (hit) card.show(hit.painted.claim, hit.painted.speaker, hit.rect, tagsOn(hit.painted.claim));
      else card.hide();
    });
  };
  const onSelection = () => {
    const selection = document.getSelection();
    if (!selection?.focusNode || painter.claims.length === 0) return;
    const painted = claimAtPosition(painter.claims, selection.focusNode, selection.focusOffset);
    const rect = painted?.ranges[0]?.getClientRects()[0];
    if (painted && rect) card.show(painted.claim, painted.speaker, rect, tagsOn(painted.claim));
    else card.hide();
  };
  const onPointerUp = (event: MouseEvent) => {
    if (toolbar.owns(event)) return;
    // Let the selection settle (a click inside a selection clears it after mouseup).
    setTimeout(() => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
        const range = selection.getRangeAt(0);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1];
        if (last && isInArticle(range)) {
          toolbar.closeEditor();
          toolbar.showBar(last);
          return;
        }
      }
      toolbar.hideBar();
      const hit = selection?.focusNode
        ? userAnnotationAt(selection.focusNode, selection.focusOffset)
        : undefined;
      if (hit?.range && event.type === "mouseup") {
        const rects = hit.range.getClientRects();
        const rect = [...rects].find((r) => event.clientY >= r.top && event.clientY <= r.bottom) ?? rects[0];
        if (rect) toolbar.openEditor(hit.annotation, rect);
      }
    }, 0);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && toolbar.open) toolbar.hide();
  };
  const onScroll = () => card.hide();
  document.addEventListener("mousemove", onMove, { passive: true });
  document.addEventListener("selectionchange", onSelection);
  document.addEventListener("mouseup", onPointerUp);
  document.addEventListener("keydown", onKey);
  window.addEventListener("scroll", onScroll, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    document.removeEventListener("mousemove", onMove);
    document.removeEventListener("selectionchange", onSelection);
    document.removeEventListener("mouseup", onPointerUp);
    document.removeEventListener("keydown", onKey);
    window.removeEventListener("scroll", onScroll);
  };
}

/** Does a selection touch the article text (building the model on first use)? */
function isInArticle(range: Range): boolean {
  try {
    return textModel().slices.some((s) => range.intersectsNode(s.node));
  } catch {
    return false;
  }
}

function tagsOn(claim: { start: number; end: number }): string[] {
  return user?.at(claim.start, claim.end)?.annotation.tags ?? [];
}

function switchOff(): void {
  unwatch?.();
  unwatch = null;
  generation++;
  detach?.();
  detach = null;
  painter.clear();
  user?.stop();
  user = null;
  toolbar.hide();
  card.reset();
  removeOverlay();
  model = null;
  analysis = null;
  status = "disabled";
  tellBackground();
}

function scrollToRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollTo({
    top: window.scrollY + rect.top - window.innerHeight / 3,
    behavior: reduce ? "auto" : "smooth",
  });
}

function scrollToClaim(claimId: string): boolean {
  const range = painter.find(claimId)?.ranges[0];
  if (!range) return false;
  scrollToRange(range);
  painter.flash(claimId);
  return true;
}

function scrollToAnnotation(id: string): boolean {
  const range = user?.find(id)?.range;
  if (!range) return false;
  scrollToRange(range);
  painter.flashRanges([range]);
  return true;
}

async function tagClaim(claimId: string, tag: string) {
  const painted = painter.find(claimId);
  if (!painted) return { ok: false as const, error: "That claim is no longer on the page." };
  try {
    return {
      ok: true as const,
      value: await userAnnotations().tagClaim(painted.claim, painted.speaker, tag),
    };
  } catch (e) {
    return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
  }
}

async function highlightSelectionByCommand() {
  try {
    const annotation: Annotation | null = await userAnnotations().highlightSelection("yellow", claimRefAt);
    const range = annotation ? user?.find(annotation.id)?.range : null;
    const rect = range?.getClientRects()[0];
    if (annotation && rect) {
      toolbar.hideBar();
      toolbar.openEditor(annotation, rect, "note");
    }
    return { ok: true as const, value: annotation };
  } catch (e) {
    return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Each run has a generation; work of a run that a newer one replaced is dropped. */
let generation = 0;
let unwatch: (() => void) | null = null;

/** The site is switched off: nothing runs but the listener for switching it back on. */
function disabled(): void {
  status = "disabled";
  tellBackground();
}

/**
 * Does the page's work when the site is on: analyse articles, load the user's highlights.
 * `siteOn` is the site setting, which may still be being read at the first run: the snapshot is taken
 * meanwhile (the read is a round trip to the browser), and nothing is sent, connected, attached or
 * loaded before it says yes. `pageLoad` marks the run at page load (not after a navigation or a switch).
 */
async function run(siteOn: Promise<boolean> = Promise.resolve(true), pageLoad = false): Promise<void> {
  const gen = ++generation;
  status = "pending";
  // The cheap check: on pages that are not articles nothing else runs (but a look for the user's
  // own highlights, and listening for an in-page navigation to an article).
  if (!isLikelyArticle(document)) {
    if (!(await siteOn)) return disabled();
    if (gen !== generation) return;
    detach ??= attachInteractions();
    status = "not-article";
    tellBackground();
    watch(false);
    // At page load, only on a site where the user has annotations is the background asked for this
    // page's (the list was read with the switch; after an in-page navigation it may be out of date).
    const annotated = pageLoad ? (await siteFactsForPage()).annotated : null;
    if (gen !== generation || annotated?.has(siteOf(userAnnotations().key)) === false) return;
    const stored = await sendToBackground("content/annotations-for-page", {
      pageKey: userAnnotations().key,
    }).catch(() => null);
    if (gen !== generation || !stored?.ok || stored.value.length === 0) return;
    // The text to place them on comes from the background too, as an article's does (the finder
    // run cold on the page costs tens of ms); built here only if the background cannot answer.
    const read = await readPage(Promise.resolve(true), true).catch(() => null);
    if (gen !== generation) return;
    if (read) model = read.built;
    await userAnnotations().start();
    return;
  }
  clock.record("start", performance.now() - startedAt);
  // The port opens while the snapshot is taken (the setting is usually known by now: see start).
  void siteOn.then((on) => on && background.connect());
  const outcome = await analyse(siteOn);
  if (gen !== generation) return;
  if (outcome === "disabled") return disabled();
  detach ??= attachInteractions();
  elapsedMs = performance.now() - startedAt;
  // The report stays "pending" until the user's annotations are placed too, so the popup never
  // shows a page without them.
  await userAnnotations()
    .start()
    .catch((e) => console.warn("Sourcemark could not load your annotations:", e));
  if (gen !== generation) return;
  status = outcome;
  tellBackground();
  watch(true);
}

/** Follows the page: content changes only on articles, in-page navigation everywhere. */
function watch(content: boolean): void {
  unwatch?.();
  unwatch = watchPage((change) => void refresh(change), { mutations: content });
}

/** Forgets everything about the page that was (an in-page navigation replaced it). */
function reset(): void {
  generation++;
  painter.clear();
  card.hide();
  toolbar.hide();
  user?.stop();
  user = null;
  model = null;
  analysis = null;
  error = undefined;
}

/** The page changed: start again after a navigation; else re-read the article, re-analysing only if its text changed. */
async function refresh(change: PageChange): Promise<void> {
  if (status === "disabled") return;
  if (change.navigated || status !== "analysed" || !model) {
    reset();
    await run();
    return;
  }
  const gen = ++generation;
  const before = model;
  const analysed = await analysePage();
  if (gen !== generation || !analysed) return;
  const { built, result } = analysed;
  const sameNodes =
    built.text === before.text &&
    built.slices.length === before.slices.length &&
    built.slices.every((sl, i) => sl.node === before.slices[i]?.node);
  if (sameNodes) return; // Nothing of the article changed (an ad, a menu, a counter).
  model = built;
  analysis = result;
  await clock.slice("paint", () => painter.paint(built, result));
  user?.place(user.anchored.map((a) => a.annotation));
  tellBackground();
}

async function start(): Promise<void> {
  listen<ToContent>({
    "popup/get-report": () => report(),
    "popup/scroll-to-claim": ({ claimId }) => ({ ok: typeof claimId === "string" && scrollToClaim(claimId) }),
    "popup/scroll-to-annotation": ({ annotationId }) => ({
      ok: typeof annotationId === "string" && scrollToAnnotation(annotationId),
    }),
    "popup/tag-claim": ({ claimId, tag }) =>
      typeof claimId === "string" && typeof tag === "string" && tag.trim()
        ? tagClaim(claimId, tag.trim())
        : { ok: false, error: "Bad tag request." },
    "background/highlight-selection": () =>
      status === "disabled"
        ? { ok: false, error: "Sourcemark is switched off on this site." }
        : highlightSelectionByCommand(),
  });
  onSiteToggled(location.hostname, (on) => {
    if (!on) switchOff();
    else if (status === "disabled") void run();
  });
  // The browser runs us at document_idle, once the page has loaded: the work starts at once, a task
  // at a time (TaskClock.slice yields to the page before each).
  // The early script started reading the site setting at document_end; usually it is there by now.
  await run(siteEnabledForPage(), true);
}

if (window.top === window) void start();
