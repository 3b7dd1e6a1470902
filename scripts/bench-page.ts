/**
 * `npm run bench:page`: the built extension (dist/) in Debian's Chromium, headless, on every page
 * of ../shared/corpus served from 127.0.0.1. For each page: the content script's own timing from its
 * report (start → highlights painted, longest task, work, and by stage), the bare text-walk floor of
 * the same page (the first TreeWalker pass over body's text nodes, which like the content script's own
 * walk meets every node for the first time; four warm passes are shown beside it) and the ratio of the two, the longest long
 * task a PerformanceObserver saw (a cross-check), the claims painted and, on gold pages, how many of
 * them lie outside the article text (score.mjs's out-of-scope rule against the gold scope text).
 *
 *   node scripts/bench-page.mjs [--limit N] [--only SLUG[,SLUG]] [--runs N] [--timeout MS] [--cold] [--json]
 * --runs N opens each page N times and keeps the run with the median content-script time (a failed
 * run, if any, wins): timings on a busy machine wobble. --cold stops the extension's service worker
 * before every page, as MV3 does after 30 s idle, so each page meets a background starting afresh.
 * Run through scripts/bench-page.mjs (Node 20 cannot run TypeScript); build dist/ first.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isSaid } from "../src/engine/kinds";
import { startServer } from "../tests/e2e/harness";
import {
  CORPUS,
  corpusPages,
  goldDocs,
  inScope,
  launch,
  parseArgs,
  percentile,
  round1,
  SHARED,
  stopBackground,
  tokens,
  trigrams,
  type Visit,
  visit,
} from "./lib/page-run";

interface Row {
  slug: string;
  kind: string;
  lang: string;
  visit: Visit;
  status: string;
  ms?: number;
  longestTaskMs?: number;
  workMs?: number;
  /** The report's stages (find, model, analyse, paint), ms. */
  stages?: Record<string, number>;
  floorMs?: number;
  warmFloorMs?: number;
  ratio?: number;
  longTaskMs?: number;
  longTaskWindow?: "content-script" | "page";
  painted: number;
  ranges: number;
  outOfScope?: number;
}

/** Timer resolution of performance.now() in a page that is not cross-origin isolated (100 µs). */
const TIMER_MS = 0.1;

async function main(): Promise<number> {
  if (!existsSync(SHARED)) {
    console.log("../shared not found: bench:page needs ../shared/corpus");
    return 0;
  }
  const args = parseArgs(process.argv.slice(2), ["--limit", "--only", "--timeout", "--runs"]);
  const runs = Math.max(1, Number(args.values.get("--runs")?.[0] ?? 1));
  const cold = args.flags.has("--cold");
  const asJson = args.flags.has("--json");
  const only = new Set(args.values.get("--only") ?? []);
  const limit = Number(args.values.get("--limit")?.[0] ?? Number.POSITIVE_INFINITY);
  const timeoutMs = Number(args.values.get("--timeout")?.[0] ?? 15_000);

  let pages = corpusPages();
  if (only.size > 0) {
    const unknown = [...only].filter((s) => !pages.some((p) => p.slug === s));
    if (unknown.length > 0) throw new Error(`not in the corpus: ${unknown.join(", ")}`);
    pages = pages.filter((p) => only.has(p.slug));
  }
  pages = pages.slice(0, limit);
  const gold = goldDocs();

  const server = await startServer(CORPUS); // text/html; charset=utf-8
  const browser = await launch();
  const rows: Row[] = [];
  const log = (s: string) => {
    if (!asJson) console.log(s);
  };
  log(
    `${"page".padEnd(26)} ${"kind".padEnd(7)} ${"status".padEnd(11)} ${"ms".padStart(7)} ${"longest".padStart(7)} ` +
      `${"work".padStart(6)} ${"floor".padStart(6)} ${"ratio".padStart(6)} ${"lt-obs".padStart(6)} ` +
      `${"claims".padStart(6)} ${"ranges".padStart(6)} ${"oos".padStart(4)} ${"wall".padStart(5)}  note`,
  );
  const started = performance.now();
  try {
    for (const p of pages) {
      const visits: Visit[] = [];
      for (let run = 0; run < runs; run++) {
        if (cold) await stopBackground(browser);
        visits.push(await visit(browser, `${server.url}${p.slug}/page.html`, { timeoutMs, measure: true }));
      }
      const v = representative(visits);
      const r = v.report;
      const painted = (r?.claims ?? []).filter(isSaid);
      const row: Row = {
        slug: p.slug,
        kind: p.kind,
        lang: p.lang,
        visit: v,
        status: r?.status ?? "failed",
        painted: painted.length,
        ranges: Object.values(v.measure?.highlights ?? {}).reduce((a, b) => a + b, 0),
      };
      if (r?.elapsedMs !== undefined) {
        row.ms = r.elapsedMs;
        row.longestTaskMs = r.longestTaskMs;
        row.workMs = r.workMs;
        row.stages = r.stages;
      }
      if (v.measure) {
        row.floorMs = v.measure.floorMs;
        row.warmFloorMs = v.measure.warmFloorMs;
        row.longTaskMs = v.measure.longTaskMs;
        row.longTaskWindow = v.measure.longTaskWindow;
        if (row.ms !== undefined) row.ratio = row.ms / Math.max(v.measure.floorMs, TIMER_MS);
      }
      const g = gold.get(p.slug);
      if (g?.scopePath && r) {
        const scope = trigrams(tokens(readFileSync(g.scopePath, "utf8")));
        row.outOfScope = painted.filter((c) => !inScope(c.text, scope)).length;
      }
      rows.push(row);
      const f = (x: number | undefined, w: number, d = 1) =>
        (x === undefined ? "-" : x.toFixed(d)).padStart(w);
      const note = [
        v.failure ? `FAIL ${v.failure}` : "",
        v.scriptErrors.length > 0 && !v.failure ? v.scriptErrors.join(" | ") : "",
        p.kind !== "news" ? `(${p.kind}${p.lang !== "en" ? ` ${p.lang}` : ""})` : "",
      ]
        .filter(Boolean)
        .join(" ");
      log(
        `${p.slug.padEnd(26)} ${p.kind.slice(0, 7).padEnd(7)} ${row.status.padEnd(11)} ${f(row.ms, 7)} ` +
          `${f(row.longestTaskMs, 7)} ${f(row.workMs, 6)} ${f(row.floorMs, 6, 2)} ${f(row.ratio, 6)} ` +
          `${(f(row.longTaskMs, 5, 0) + (row.longTaskWindow === "page" ? "*" : " ")).padStart(6)} ${String(row.painted).padStart(6)} ${String(row.ranges).padStart(6)} ` +
          `${(row.outOfScope === undefined ? "" : String(row.outOfScope)).padStart(4)} ${(v.wallMs / 1000).toFixed(1).padStart(5)}  ${note}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const summary = summarise(rows, runs, (performance.now() - started) / 1000);
  if (asJson) {
    console.log(JSON.stringify(summary));
    return 0;
  }
  const s = summary;
  console.log("");
  console.log(
    `pages ${s.pages}  failures ${s.failures}  statuses ${Object.entries(s.statuses)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}  (${s.seconds} s)`,
  );
  console.log(
    `content script ms (start → painted, ${s.timedPages} pages): median ${s.medianMs}  p95 ${s.p95Ms}  max ${s.maxMs} (${s.maxMsPage})`,
  );
  console.log(
    `walk floor ms: median ${s.medianFloorMs}  p95 ${s.p95FloorMs}  max ${s.maxFloorMs} (${s.maxFloorPage})`,
  );
  console.log(
    `  (the floor is one first walk, like the content script's own; warm walks, median of 4 more: median ${s.medianWarmFloorMs}  max ${s.maxWarmFloorMs})`,
  );
  console.log(
    `stages, median ms: ${Object.entries(s.medianStageMs)
      .map(([k, v]) => `${k} ${v}`)
      .join("  ")}`,
  );
  console.log(
    `stages, p95 ms: ${Object.entries(s.p95StageMs)
      .map(([k, v]) => `${k} ${v}`)
      .join("  ")}`,
  );
  console.log(
    "  (start: the script's start to the snapshot (the cheap article check); snapshot, model, paint: work on the page;\n" +
      "  setting: the rest of the site-setting read, begun before the snapshot; background: the wait for the\n" +
      "  background's answer: the trip there, find and engine (its own work) and the trip back)",
  );
  console.log(
    `slowest: ${s.slowest
      .map(
        (r) =>
          `${r.slug} ${r.ms} (${Object.entries(r.stages)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")})`,
      )
      .join(";\n  ")}`,
  );
  console.log(
    `ratio content script / floor: median ${s.medianRatio}  p95 ${s.p95Ratio}  max ${s.maxRatio} (${s.maxRatioPage})`,
  );
  console.log(
    `longest task (report): max ${s.longestTaskMs} (${s.longestTaskPage})  median ${s.medianLongestTaskMs}  ` +
      `pages over 50 ms: ${s.pagesOver50Ms}`,
  );
  console.log(
    `long-task observer (cross-check), during the content script's run (${s.longTaskObservedPages} pages): ` +
      `max ${s.longTaskObservedMs} (${s.longTaskObservedPage}); pages with nothing painted, DOMContentLoaded → ` +
      `report, the page's own scripts included (* in the table): max ${s.longTaskPageWideMs} (${s.longTaskPageWidePage})`,
  );
  console.log(`claims painted: ${s.claimsPainted} total on ${s.pagesWithClaims} pages`);
  console.log(
    `out-of-scope painted claims on ${s.goldPages} gold pages: ${s.outOfScopeTotal} in all, mean ${s.outOfScopePerPage} per page`,
  );
  if (s.failedPages.length > 0) {
    console.log("failures:");
    for (const f of s.failedPages) console.log(`  ${f.slug}: ${f.why}`);
  }
  return 0;
}

/** The visit to report of several of one page: a failed one if any, else the median by elapsedMs. */
function representative(visits: Visit[]): Visit {
  const failed = visits.find((v) => v.failure);
  if (failed) return failed;
  const sorted = [...visits].sort((a, b) => (a.report?.elapsedMs ?? 0) - (b.report?.elapsedMs ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function summarise(rows: Row[], runs: number, seconds: number) {
  const timed = rows.filter((r) => r.ms !== undefined);
  const argmax = (key: keyof Row, among = rows) => {
    let best: Row | undefined;
    for (const r of among)
      if (typeof r[key] === "number" && (!best || (r[key] as number) > (best[key] as number))) best = r;
    return best;
  };
  const values = (key: keyof Row, among = rows) =>
    among.map((r) => r[key]).filter((x): x is number => typeof x === "number");
  const stat = (key: keyof Row, among = rows) => {
    const xs = values(key, among);
    const top = argmax(key, among);
    return {
      median: round1(percentile(xs, 50)),
      p95: round1(percentile(xs, 95)),
      max: top ? round1(top[key] as number) : null,
      at: top?.slug ?? null,
    };
  };
  const ms = stat("ms");
  const floor = stat("floorMs");
  const ratio = stat("ratio");
  const warmFloor = stat("warmFloorMs");
  const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.stages ?? {})))];
  const stageAt = (q: number) =>
    Object.fromEntries(
      stageNames.map((n) => [
        n,
        round1(
          percentile(
            timed.map((r) => r.stages?.[n]).filter((x): x is number => x !== undefined),
            q,
          ),
        ),
      ]),
    );
  const medianStageMs = stageAt(50);
  const p95StageMs = stageAt(95);
  const longest = stat("longestTaskMs");
  const csWindow = rows.filter((r) => r.longTaskWindow === "content-script");
  const observed = stat("longTaskMs", csWindow);
  const pageWide = stat(
    "longTaskMs",
    rows.filter((r) => r.longTaskWindow === "page"),
  );
  const goldRows = rows.filter((r) => r.outOfScope !== undefined);
  const oos = goldRows.reduce((a, r) => a + (r.outOfScope ?? 0), 0);
  const statuses: Record<string, number> = {};
  for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const failed = rows.filter((r) => r.visit.failure);
  return {
    pages: rows.length,
    failures: failed.length,
    statuses,
    timedPages: timed.length,
    medianMs: ms.median,
    p95Ms: ms.p95,
    maxMs: ms.max,
    maxMsPage: ms.at,
    medianFloorMs: floor.median,
    p95FloorMs: floor.p95,
    maxFloorMs: floor.max,
    maxFloorPage: floor.at,
    medianWarmFloorMs: warmFloor.median,
    maxWarmFloorMs: warmFloor.max,
    medianStageMs,
    p95StageMs,
    medianRatio: ratio.median,
    p95Ratio: ratio.p95,
    maxRatio: ratio.max,
    maxRatioPage: ratio.at,
    longestTaskMs: longest.max,
    longestTaskPage: longest.at,
    medianLongestTaskMs: longest.median,
    pagesOver50Ms: rows.filter((r) => (r.longestTaskMs ?? 0) > 50).length,
    longTaskObservedMs: observed.max,
    longTaskObservedPage: observed.at,
    longTaskObservedPages: csWindow.length,
    longTaskPageWideMs: pageWide.max,
    longTaskPageWidePage: pageWide.at,
    medianWorkMs: stat("workMs").median,
    claimsPainted: rows.reduce((a, r) => a + r.painted, 0),
    pagesWithClaims: rows.filter((r) => r.painted > 0).length,
    goldPages: goldRows.length,
    outOfScopeTotal: oos,
    outOfScopePerPage: goldRows.length > 0 ? round1(oos / goldRows.length) : null,
    slowest: [...timed]
      .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
      .slice(0, 5)
      .map((r) => ({
        slug: r.slug,
        ms: round1(r.ms ?? 0),
        longestTaskMs: round1(r.longestTaskMs ?? 0),
        stages: Object.fromEntries(Object.entries(r.stages ?? {}).map(([k, v]) => [k, round1(v)])),
      })),
    failedPages: failed.map((r) => ({ slug: r.slug, why: r.visit.failure ?? "" })),
    runsPerPage: runs,
    seconds: round1(seconds),
    corpus: path.relative(process.cwd(), CORPUS),
  };
}

process.exitCode = await main().catch((e: unknown) => {
  console.error(`bench:page: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 1;
});
