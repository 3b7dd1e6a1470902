/**
 * `npm run eval:page`: who-said-what as the user gets it. The built extension (dist/) runs in
 * Chromium on every gold page of ../shared/eval/gold; the claims its content script reports become
 * `<slug>.json` predictions (the CLI's JSON, through toClaimJson) that ../shared/eval/score.mjs
 * scores. The CLI (bin/sourcemark.mjs) runs on the same inputs and is scored too, and the two
 * who-said-what F1s are compared.
 *
 * The seed article has no page.html: its text is wrapped, at run time and in a temporary folder, in
 * a minimal article page for the browser; the CLI reads the text itself, as the scorer's README says.
 *
 *   node scripts/eval-page.mjs [--only SLUG[,SLUG]] [--verbose] [--json] [--keep]
 * Run through scripts/eval-page.mjs (Node 20 cannot run TypeScript); build dist/ first.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toClaimJson } from "../src/engine/index";
import { startServer } from "../tests/e2e/harness";
import {
  CORPUS,
  GOLD,
  type GoldDoc,
  goldDocs,
  launch,
  parseArgs,
  ROOT,
  SCORER,
  SHARED,
  visit,
} from "./lib/page-run";

interface ScoreSummary {
  pages: number;
  gold: number;
  predicted: number;
  matched: number;
  noise: number;
  duplicates: number;
  detection: { precision: number | null; recall: number | null; f1: number | null };
  whoSaidWhat: { precision: number | null; recall: number | null; f1: number | null };
  anonymous: { precision: number | null; recall: number | null; f1: number | null };
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A minimal English article page around a plain-text article: the first line of five words or more
 * is the headline, every other non-empty line a paragraph.
 */
function articlePage(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const headIndex = lines.findIndex((l) => l.split(/\s+/).length >= 5);
  const headline = headIndex >= 0 ? lines[headIndex]! : "";
  const body = lines
    .map((l, i) => (i === headIndex ? `<h1>${escapeHtml(l)}</h1>` : `<p>${escapeHtml(l)}</p>`))
    .join("\n");
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta property="og:type" content="article">\n<title>${escapeHtml(headline)}</title>\n</head>\n` +
    `<body>\n<article>\n${body}\n</article>\n</body>\n</html>\n`
  );
}

function score(
  gold: string,
  predDir: string,
  extra: string[],
): { text: string; summary: ScoreSummary | null; error?: string } {
  const human = spawnSync(process.execPath, [SCORER, "--gold", gold, "--pred", predDir, ...extra], {
    encoding: "utf8",
  });
  const json = spawnSync(process.execPath, [SCORER, "--gold", gold, "--pred", predDir, "--json"], {
    encoding: "utf8",
  });
  if (human.status !== 0 || json.status !== 0) {
    return { text: human.stdout, summary: null, error: (human.stderr || json.stderr).trim() };
  }
  return { text: human.stdout, summary: (JSON.parse(json.stdout) as { summary: ScoreSummary }).summary };
}

async function main(): Promise<number> {
  if (!existsSync(SHARED)) {
    console.log("../shared not found: eval:page needs ../shared/eval and ../shared/corpus");
    return 0;
  }
  const args = parseArgs(process.argv.slice(2), ["--only", "--timeout"]);
  const asJson = args.flags.has("--json");
  const keep = args.flags.has("--keep");
  const only = new Set(args.values.get("--only") ?? []);
  const timeoutMs = Number(args.values.get("--timeout")?.[0] ?? 15_000);
  const scoreArgs = args.flags.has("--verbose") ? ["--verbose"] : [];
  const log = (s = "") => {
    if (!asJson) console.log(s);
  };

  let docs: GoldDoc[] = [...goldDocs().values()];
  if (only.size > 0) docs = docs.filter((d) => only.has(d.slug));
  if (docs.length === 0) throw new Error("no gold pages to evaluate");

  // site/<slug> → the corpus page's folder (or a generated page), in/<slug>.(html|txt) → the CLI's input.
  const tmp = mkdtempSync(path.join(tmpdir(), "sourcemark-eval-page-"));
  // Removed however the run ends (an error included), unless --keep.
  if (!keep) process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
  const site = path.join(tmp, "site");
  const inputs = path.join(tmp, "in");
  const predExt = path.join(tmp, "pred-extension");
  const predCli = path.join(tmp, "pred-cli");
  for (const d of [site, inputs, predExt, predCli]) mkdirSync(d);
  // With --only, the scorer gets a gold folder of just those pages (copies whose scope path is made
  // absolute, since the scorer resolves it against the gold file's folder).
  let goldDir = GOLD;
  if (only.size > 0) {
    goldDir = path.join(tmp, "gold");
    mkdirSync(goldDir);
    for (const d of docs) {
      const doc = JSON.parse(readFileSync(path.join(GOLD, `${d.slug}.json`), "utf8")) as { scope?: string };
      if (d.scopePath) doc.scope = d.scopePath;
      writeFileSync(path.join(goldDir, `${d.slug}.json`), JSON.stringify(doc));
    }
  }
  const cliInputs: string[] = [];
  for (const d of docs) {
    const page = path.join(CORPUS, d.slug, "page.html");
    if (existsSync(page)) {
      symlinkSync(path.join(CORPUS, d.slug), path.join(site, d.slug), "dir");
      symlinkSync(page, path.join(inputs, `${d.slug}.html`));
      cliInputs.push(path.join(inputs, `${d.slug}.html`));
    } else if (d.scopePath && existsSync(d.scopePath)) {
      mkdirSync(path.join(site, d.slug));
      writeFileSync(path.join(site, d.slug, "page.html"), articlePage(readFileSync(d.scopePath, "utf8")));
      symlinkSync(d.scopePath, path.join(inputs, `${d.slug}.txt`));
      cliInputs.push(path.join(inputs, `${d.slug}.txt`));
    } else {
      log(`${d.slug}: neither a corpus page nor a scope text; left out (scored as nothing found)`);
    }
  }

  // 1. The extension, in Chromium.
  const server = await startServer(site);
  const browser = await launch();
  const failures: Array<{ slug: string; why: string }> = [];
  const perPage: Array<{ slug: string; status: string; claims: number; ms: number | null }> = [];
  try {
    log("extension, per page:");
    for (const d of docs) {
      if (!existsSync(path.join(site, d.slug, "page.html"))) continue;
      const v = await visit(browser, `${server.url}${d.slug}/page.html`, { timeoutMs });
      const r = v.report;
      if (v.failure) failures.push({ slug: d.slug, why: v.failure });
      if (r && r.status !== "pending") {
        const claims = toClaimJson({ language: "en", claims: r.claims, speakers: r.speakers });
        writeFileSync(path.join(predExt, `${d.slug}.json`), `${JSON.stringify({ claims }, null, 2)}\n`);
      }
      const ms = r?.elapsedMs ?? null;
      perPage.push({ slug: d.slug, status: r?.status ?? "failed", claims: r?.claims.length ?? 0, ms });
      log(
        `  ${d.slug.padEnd(22)} ${(r?.status ?? "failed").padEnd(11)} ${String(r?.claims.length ?? 0).padStart(3)} claims` +
          `${ms === null ? "" : `  ${ms.toFixed(0)} ms`}${v.failure ? `  FAIL ${v.failure}` : ""}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ext = score(goldDir, predExt, scoreArgs);
  log("");
  log("== extension in Chromium (content script's report) ==");
  log(ext.text.trimEnd());
  if (ext.error) log(`score.mjs failed: ${ext.error}`);

  // 2. The CLI on the same inputs.
  const cliBin = path.join(ROOT, "bin", "sourcemark.mjs");
  let cli: ReturnType<typeof score> | null = null;
  let cliNote = "";
  if (!existsSync(cliBin)) {
    cliNote = "bin/sourcemark.mjs is not there yet: no CLI figures";
  } else {
    const run = spawnSync(process.execPath, [cliBin, "extract", ...cliInputs, "--json", "--out", predCli], {
      encoding: "utf8",
      cwd: ROOT,
    });
    if (run.status !== 0) {
      cliNote = `the CLI exited with ${run.status}: ${(run.stderr || run.stdout).trim().split("\n").slice(0, 5).join(" / ")}`;
    }
    if (run.status === 0 || run.status === 1) cli = score(goldDir, predCli, scoreArgs);
  }
  log("");
  log("== CLI (bin/sourcemark.mjs extract --json) ==");
  if (cliNote) log(cliNote);
  if (cli) {
    log(cli.text.trimEnd());
    if (cli.error) log(`score.mjs failed: ${cli.error}`);
  }

  const extF1 = ext.summary?.whoSaidWhat.f1 ?? null;
  const cliF1 = cli?.summary?.whoSaidWhat.f1 ?? null;
  const delta = extF1 !== null && cliF1 !== null ? Math.round((extF1 - cliF1) * 10) / 10 : null;
  log("");
  log(
    `who-said-what F1: extension ${extF1 ?? "n/a"}  CLI ${cliF1 ?? "n/a"}` +
      (delta === null ? "" : `  (extension ${delta >= 0 ? "+" : ""}${delta} points)`),
  );
  if (failures.length > 0) {
    log("extension failures:");
    for (const f of failures) log(`  ${f.slug}: ${f.why}`);
  }
  if (keep) log(`predictions kept in ${predExt} and ${predCli}`);

  if (asJson) {
    console.log(
      JSON.stringify({
        extension: ext.summary,
        cli: cli?.summary ?? null,
        whoSaidWhatF1: { extension: extF1, cli: cliF1, delta },
        failures,
        perPage,
        ...(cliNote ? { cliNote } : {}),
        ...(keep ? { predictions: { extension: predExt, cli: predCli } } : {}),
      }),
    );
  }
  return ext.error ? 1 : 0;
}

process.exitCode = await main().catch((e: unknown) => {
  console.error(`eval:page: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 1;
});
