/**
 * The content script: runs by itself at document_idle in the top frame, does a cheap check, and
 * only on articles finds the text, runs the engine and paints the claims. Iframes are left alone
 * (all_frames is false): an article's text is in the top document, and embedded frames are ads,
 * videos and social posts.
 */
import { analyze } from "../engine/index";
import type { Analysis } from "../engine/types";
import { isLikelyArticle, pageLanguage } from "../page/article-finder";
import { buildTextModel } from "../page/text-model";
import type { TextModel } from "../page/types";
import { listen, type PopupToContent, sendToBackground } from "../platform/messages";
import type { PageReport, PageStatus } from "../platform/report";
import { isSiteEnabled, onSiteToggled } from "../platform/site-settings";
import { claimAtPoint, claimAtPosition } from "./hit-test";
import { HoverCard } from "./hover-card";
import { Painter } from "./painter";

const startedAt = performance.now();
const painter = new Painter();
const card = new HoverCard();
let model: TextModel | null = null;
let analysis: Analysis | null = null;
let status: PageStatus = "pending";
let error: string | undefined;
let elapsedMs: number | undefined;
let detach: (() => void) | null = null;

function report(): PageReport {
  return {
    status,
    url: location.href,
    host: location.hostname,
    title: model?.title || document.title,
    claims: status === "analysed" && analysis ? analysis.claims : [],
    speakers: status === "analysed" && analysis ? analysis.speakers : [],
    ...(error ? { error } : {}),
    ...(elapsedMs !== undefined ? { elapsedMs } : {}),
  };
}

function tellBackground(): void {
  const claims = status === "analysed" && analysis ? analysis.claims.filter((c) => c.kind !== "refusal") : [];
  const anonymousIds = new Set(analysis?.speakers.filter((s) => s.anonymous).map((s) => s.id));
  sendToBackground("content/report-ready", {
    claims: claims.length,
    anonymous: claims.filter((c) => anonymousIds.has(c.speakerId)).length,
    enabled: status !== "disabled",
  }).catch(() => {
    // The background may be restarting; the badge is a nicety, the popup asks us directly.
  });
}

function run(): void {
  try {
    const lang = pageLanguage(document);
    if (lang && !/^en\b/i.test(lang)) {
      status = "not-english";
      return;
    }
    const built = buildTextModel(document);
    const found = analyze(built.text);
    model = built;
    analysis = found;
    if (found.language !== "en") {
      status = "not-english";
      return;
    }
    painter.paint(built, found);
    status = "analysed";
    detach = attachInteractions();
  } catch (e) {
    status = "error";
    error = e instanceof Error ? e.message : String(e);
    console.warn("Sourcemark could not analyse this page:", e);
  } finally {
    elapsedMs = performance.now() - startedAt;
    tellBackground();
  }
}

/** Hover and keyboard (caret or selection) show the card for the claim under them. */
function attachInteractions(): () => void {
  let frame = 0;
  const onMove = (event: MouseEvent) => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const hit = claimAtPoint(painter.claims, clientX, clientY);
      if (hit) card.show(hit.painted.claim, hit.painted.speaker, hit.rect);
      else card.hide();
    });
  };
  const onSelection = () => {
    const selection = document.getSelection();
    if (!selection?.focusNode) return;
    const painted = claimAtPosition(painter.claims, selection.focusNode, selection.focusOffset);
    const rect = painted?.ranges[0]?.getClientRects()[0];
    if (painted && rect) card.show(painted.claim, painted.speaker, rect);
    else card.hide();
  };
  const onScroll = () => card.hide();
  document.addEventListener("mousemove", onMove, { passive: true });
  document.addEventListener("selectionchange", onSelection);
  window.addEventListener("scroll", onScroll, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    document.removeEventListener("mousemove", onMove);
    document.removeEventListener("selectionchange", onSelection);
    window.removeEventListener("scroll", onScroll);
  };
}

function switchOff(): void {
  detach?.();
  detach = null;
  painter.clear();
  card.destroy();
  model = null;
  analysis = null;
  status = "disabled";
  tellBackground();
}

function scheduleRun(): void {
  status = "pending";
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
  idle(run, { timeout: 1500 });
}

function scrollToClaim(claimId: string): boolean {
  const painted = painter.find(claimId);
  const range = painted?.ranges[0];
  if (!painted || !range) return false;
  const rect = range.getBoundingClientRect();
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollTo({
    top: window.scrollY + rect.top - window.innerHeight / 3,
    behavior: reduce ? "auto" : "smooth",
  });
  painter.flash(claimId);
  return true;
}

async function start(): Promise<void> {
  listen<PopupToContent>({
    "popup/get-report": () => report(),
    "popup/scroll-to-claim": ({ claimId }) => ({ ok: typeof claimId === "string" && scrollToClaim(claimId) }),
  });
  const enabled = await isSiteEnabled(location.hostname).catch(() => true);
  onSiteToggled(location.hostname, (on) => {
    if (!on) switchOff();
    else if (status === "disabled") analyseIfArticle();
  });
  if (!enabled) {
    status = "disabled";
    tellBackground();
    return;
  }
  analyseIfArticle();
}

function analyseIfArticle(): void {
  // The cheap check: on pages that are not articles nothing else runs.
  if (!isLikelyArticle(document)) {
    status = "not-article";
    tellBackground();
    return;
  }
  scheduleRun();
}

if (window.top === window) void start();
