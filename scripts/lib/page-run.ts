/**
 * Shared by scripts/bench-page.ts and scripts/eval-page.ts: runs the BUILT extension (dist/) in
 * Chromium over real pages and reads back what its content script reported for each.
 * The browser is started by the end-to-end harness (tests/e2e/harness.ts), so the flags, the
 * profile and the extension under test are the same as in `npm run test:e2e`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { PageReport } from "../../src/platform/report";
import { type ExtensionBrowser, highlightSizes, launchWithExtension, tabIdOf } from "../../tests/e2e/harness";

/** Only what the service worker evaluation below needs of the extension API. */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: { type: string }): Promise<unknown> };
};

/** The repository root: the launchers run from it (npm scripts), and say so with SOURCEMARK_ROOT. */
export const ROOT = path.resolve(process.env.SOURCEMARK_ROOT ?? process.cwd());
export const SHARED = path.resolve(ROOT, "..", "shared");
export const CORPUS = path.join(SHARED, "corpus");
export const GOLD = path.join(SHARED, "eval", "gold");
export const SCORER = path.join(SHARED, "eval", "score.mjs");

/** Name of the window property where the init script keeps what it saw (page time, ms). */
const LONG_TASKS = "__sourcemarkBenchLongTasks";

interface Seen {
  /** Every long task (≥ 50 ms) of the main thread, whoever ran it: [startTime, duration]. */
  tasks: Array<[number, number]>;
  /** The first animation frame at which a sourcemark-* highlight was registered and non-empty. */
  paintedAt?: number;
}

/**
 * Installed in every page before its own scripts. Long tasks cannot be told apart by who ran them
 * (neither Long Tasks nor Long Animation Frames attribute an extension's content script), so it also
 * notes when the content script's highlights appear: with the report's elapsedMs that dates the
 * content script's run in page time, and the cross-check looks at the long tasks within it only.
 */
function observeLongTasks(key: string): void {
  const seen: Seen = { tasks: [] };
  Object.defineProperty(window, key, { value: seen, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.tasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: the cross-check stays empty.
  }
  const deadline = performance.now() + 30_000;
  const frame = (t: number) => {
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith("sourcemark-") && h.size > 0) {
        seen.paintedAt = t;
        return;
      }
    }
    if (t < deadline) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export interface Launched {
  ext: ExtensionBrowser;
  close(): Promise<void>;
}

/** True for URLs that stay on this machine (the static server) or inside the browser. */
function isLocal(url: URL): boolean {
  if (
    url.protocol !== "http:" &&
    url.protocol !== "https:" &&
    url.protocol !== "ws:" &&
    url.protocol !== "wss:"
  ) {
    return true;
  }
  return url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
}

/**
 * Chromium (headless) with dist/ loaded, and the long-task recorder installed in every page.
 * Requests that would leave the machine are refused at once: there is no network here, and a page
 * waiting on a connection to a bare IP address would hold DOMContentLoaded for its TCP timeout.
 */
export async function launch(): Promise<Launched> {
  const ext = await launchWithExtension();
  await ext.context.route(
    (url) => !isLocal(url),
    (route) => route.abort("blockedbyclient"),
  );
  await ext.context.addInitScript(observeLongTasks, LONG_TASKS);
  return { ext, close: () => ext.close() };
}

/**
 * Stops the extension's service worker, as MV3 does after 30 s without events: the next page then
 * meets a background that starts afresh, with cold code (`bench:page --cold`).
 */
export async function stopBackground(launched: Launched): Promise<void> {
  const page = await launched.ext.context.newPage();
  try {
    const cdp = await launched.ext.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) => {
      cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
        if (
          versions.some((v) => v.scriptURL.startsWith("chrome-extension://") && v.runningStatus === "stopped")
        )
          resolve();
      });
    });
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
    await cdp.detach();
  } finally {
    await page.close();
  }
}

export interface Visit {
  url: string;
  /** The report, once its status was no longer "pending"; null on a timeout or a failed load. */
  report: PageReport | null;
  /** Why the visit failed (timeout, load error, content script error), else undefined. */
  failure?: string;
  /** Console warnings and errors of the content script ("Sourcemark ...") and its uncaught errors. */
  scriptErrors: string[];
  /** Uncaught errors of the page's own scripts: for information only. */
  pageErrors: number;
  /** Wall-clock ms from navigation start to the report being read (includes polling). */
  wallMs: number;
  /** Present when `measure` was asked for. */
  measure?: Measure;
}

export interface Measure {
  /** The first walk over body's text nodes, ms. */
  floorMs: number;
  /** The median of four more walks, ms. */
  warmFloorMs: number;
  textNodes: number;
  textChars: number;
  /**
   * Longest long task (≥ 50 ms; 0 if none) of the page's main thread during the content script's run
   * (dated by its highlights appearing), or, on pages it painted nothing, from DOMContentLoaded to the
   * report, when the page's own scripts count too (`longTaskWindow` says which).
   */
  longTaskMs: number;
  longTaskWindow: "content-script" | "page";
  /** Sizes of the sourcemark-* highlights registered in the page. */
  highlights: Record<string, number>;
}

export interface VisitOptions {
  timeoutMs?: number;
  measure?: boolean;
  /** Poll interval for the report, ms. */
  pollMs?: number;
}

/** Asks the tab's content script for its report through the service worker; null when it cannot answer yet. */
async function askReport(ext: ExtensionBrowser, tabId: number): Promise<PageReport | null> {
  const sw = await ext.serviceWorker();
  return sw.evaluate(async (id) => {
    try {
      return (await chrome.tabs.sendMessage(id, { type: "popup/get-report" })) as PageReport | null;
    } catch {
      return null; // no content script (yet) in the tab
    }
  }, tabId);
}

/**
 * Opens `url` in a new tab, waits for the content script's final report (status other than
 * "pending"), optionally measures the page, and closes the tab.
 */
export async function visit(launched: Launched, url: string, opts: VisitOptions = {}): Promise<Visit> {
  const { ext } = launched;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const pollMs = opts.pollMs ?? 50;
  const scriptErrors: string[] = [];
  let pageErrors = 0;
  const page: Page = await ext.context.newPage();
  // The content script runs in its own isolated world, whose console Playwright does not relay:
  // listen through the DevTools protocol, to the worlds that belong to an extension.
  const extensionWorlds = new Set<number>();
  const cdp = await ext.context.newCDPSession(page);
  cdp.on("Runtime.executionContextCreated", ({ context }) => {
    if (context.origin.startsWith("chrome-extension://")) extensionWorlds.add(context.id);
  });
  cdp.on("Runtime.consoleAPICalled", (e) => {
    if ((e.type !== "warning" && e.type !== "error") || !extensionWorlds.has(e.executionContextId)) return;
    const text = e.args
      .map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? "")))
      .join(" ");
    if (text.startsWith("Sourcemark")) scriptErrors.push(text.split("\n")[0] ?? text);
  });
  cdp.on("Runtime.exceptionThrown", ({ exceptionDetails: d }) => {
    const where = `${d.url ?? ""} ${d.stackTrace?.callFrames[0]?.url ?? ""}`;
    if (extensionWorlds.has(d.executionContextId ?? -1) || where.includes("chrome-extension://")) {
      scriptErrors.push(`uncaught: ${(d.exception?.description ?? d.text).split("\n")[0]}`);
    }
  });
  await cdp.send("Runtime.enable");
  page.on("pageerror", () => {
    pageErrors++;
  });
  const t0 = performance.now();
  const result: Visit = { url, report: null, scriptErrors, pageErrors: 0, wallMs: 0 };
  try {
    try {
      await page.goto(url, { waitUntil: "domcontentloaded", timeout: timeoutMs });
    } catch (e) {
      result.failure = `load failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
      return result;
    }
    const tabId = await tabIdOf(ext, page);
    const deadline = t0 + timeoutMs;
    let last: PageReport | null = null;
    // Asking for the report goes through the service worker and the content script, the very contexts
    // being timed: first wait, watching from the page's own world, until highlights appear (or 1.5 s
    // on a page that gets none), so that the asking does not slow what it measures.
    const quietUntil = performance.now() + 1500;
    while (performance.now() < quietUntil) {
      const painted = await page
        .evaluate(
          (key) => (window as unknown as Record<string, Seen | undefined>)[key]?.paintedAt !== undefined,
          LONG_TASKS,
        )
        .catch(() => false);
      if (painted) break;
      await new Promise((r) => setTimeout(r, pollMs));
    }
    while (performance.now() < deadline) {
      last = await askReport(ext, tabId);
      if (last && last.status !== "pending") break;
      await new Promise((r) => setTimeout(r, pollMs));
    }
    result.wallMs = performance.now() - t0;
    if (!last || last.status === "pending") {
      result.failure = `timeout: ${last ? "report still pending" : "no content script answered"} after ${timeoutMs} ms`;
      if (page.url() !== url) result.failure += ` (page went to ${page.url()})`;
      return result;
    }
    result.report = last;
    if (last.status === "error") result.failure = `content script error: ${last.error ?? "(no message)"}`;
    if (opts.measure) result.measure = await measure(page, last.elapsedMs);
    if (!result.failure && scriptErrors.length > 0)
      result.failure = `content script: ${scriptErrors.join(" | ")}`;
    return result;
  } finally {
    result.pageErrors = pageErrors;
    await cdp.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}

async function measure(page: Page, elapsedMs: number | undefined): Promise<Measure> {
  // The first pass is the floor: it meets each node for the first time, as the content script's walk
  // does (in its own world). Later passes are warm; their median is kept for comparison.
  const walk = await page.evaluate(() => {
    const times: number[] = [];
    let nodes = 0;
    let chars = 0;
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      let c = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        n++;
        c += (node as Text).data.length;
      }
      times.push(performance.now() - t);
      nodes = n;
      chars = c;
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    return { floorMs: times[0] ?? 0, warmFloorMs: ((warm[1] ?? 0) + (warm[2] ?? 0)) / 2, nodes, chars };
  });
  const longTask = await page.evaluate(
    ({ key, elapsedMs }) => {
      const seen = (window as unknown as Record<string, Seen | undefined>)[key] ?? { tasks: [] };
      // The content script's run: from (painted − elapsedMs) to painted, a frame of slack either side;
      // without highlights, from DOMContentLoaded (document_idle comes after it) to now.
      let from: number;
      let to: number;
      let kind: "content-script" | "page" = "page";
      if (seen.paintedAt !== undefined && elapsedMs !== undefined) {
        from = seen.paintedAt - elapsedMs - 20;
        to = seen.paintedAt + 20;
        kind = "content-script";
      } else {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        from = nav?.domContentLoadedEventStart ?? 0;
        to = performance.now();
      }
      let max = 0;
      for (const [start, duration] of seen.tasks) {
        if (start + duration > from && start < to) max = Math.max(max, duration);
      }
      return { max, window: kind };
    },
    { key: LONG_TASKS, elapsedMs },
  );
  return {
    floorMs: walk.floorMs,
    warmFloorMs: walk.warmFloorMs,
    textNodes: walk.nodes,
    textChars: walk.chars,
    longTaskMs: longTask.max,
    longTaskWindow: longTask.window,
    highlights: await highlightSizes(page),
  };
}

// ---- corpus, gold and the scorer's text rules ----------------------------------------------

export interface CorpusPage {
  slug: string;
  kind: string;
  lang: string;
}

/** The corpus pages that have a page.html, in MANIFEST.tsv order. */
export function corpusPages(): CorpusPage[] {
  const lines = readFileSync(path.join(CORPUS, "MANIFEST.tsv"), "utf8").split("\n").slice(1);
  const pages: CorpusPage[] = [];
  for (const line of lines) {
    const [slug, kind, lang] = line.split("\t");
    if (slug && existsSync(path.join(CORPUS, slug, "page.html")))
      pages.push({ slug, kind: kind ?? "", lang: lang ?? "" });
  }
  return pages;
}

export interface GoldDoc {
  slug: string;
  /** Absolute path of the scope text (the article's body.txt, or the seed text). */
  scopePath: string | null;
  claims: Array<{ kind: string; text: string }>;
}

/** Gold files by slug. */
export function goldDocs(): Map<string, GoldDoc> {
  const docs = new Map<string, GoldDoc>();
  if (!existsSync(GOLD)) return docs;
  for (const file of readdirJson(GOLD)) {
    const doc = JSON.parse(readFileSync(path.join(GOLD, file), "utf8")) as { scope?: string; claims?: [] };
    const slug = file.replace(/\.json$/, "");
    docs.set(slug, {
      slug,
      scopePath: doc.scope ? path.resolve(GOLD, doc.scope) : null,
      claims: doc.claims ?? [],
    });
  }
  return docs;
}

function readdirJson(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

/** Word tokens as ../shared/eval/score.mjs makes them (NFKC, lower case, "'s" dropped, letters and digits). */
export function tokens(text: string): string[] {
  return (
    String(text ?? "")
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/'s\b/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function trigrams(toks: string[]): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i + 2 < toks.length; i++) s.add(`${toks[i]} ${toks[i + 1]} ${toks[i + 2]}`);
  return s;
}

/** score.mjs's scope rule: in scope when at least half of the text's word trigrams occur in the scope text. */
export function inScope(text: string, scope: Set<string>): boolean {
  const tri = trigrams(tokens(text));
  if (tri.size === 0) return true;
  let hit = 0;
  for (const t of tri) if (scope.has(t)) hit++;
  return hit / tri.size >= 0.5;
}

// ---- small helpers ---------------------------------------------------------------------------

export interface Args {
  flags: Set<string>;
  values: Map<string, string[]>;
}

/** `--name value` options (repeatable) and bare `--flag`s. */
export function parseArgs(argv: string[], withValue: string[]): Args {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (withValue.includes(a)) {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      values.set(a, [...(values.get(a) ?? []), ...v.split(",")]);
    } else if (a.startsWith("--")) flags.add(a);
    else throw new Error(`unknown argument: ${a}`);
  }
  return { flags, values };
}

/** Nearest-rank percentile of `xs` (0 < p ≤ 100); NaN for none. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round1 = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10) / 10 : x);
