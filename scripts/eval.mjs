#!/usr/bin/env node
// Page-level who-said-what evaluation against ../shared/eval/gold.
//   npm run eval [-- --verbose] [-- --json]
// Runs the CLI on every gold page (../shared/corpus/<slug>/page.html, or the gold's `scope` file for
// the seed), scores with ../shared/eval/score.mjs, then counts claims on the non-English and non-news
// control pages of ../shared/corpus/MANIFEST.tsv (the engine should find none there).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractInto, scoreDirs } from "./lib/cli-score.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const goldDir = join(shared, "eval", "gold");
const corpus = join(shared, "corpus");
if (!existsSync(goldDir) || !existsSync(corpus)) {
  console.log("../shared not found: eval needs ../shared/eval and ../shared/corpus");
  process.exit(0);
}
const passThrough = process.argv.slice(2).filter((a) => a === "--verbose" || a === "--json");
const work = mkdtempSync(join(tmpdir(), "sourcemark-eval-"));

/** Run the CLI on {name: path} inputs (linked under their names), predictions into outDir. */
function extract(inputs, outDir) {
  const inDir = join(work, `in-${Math.random().toString(36).slice(2)}`);
  mkdirSync(inDir, { recursive: true });
  const files = [];
  for (const [name, path] of inputs) {
    const link = join(inDir, name + extname(path));
    symlinkSync(path, link);
    files.push(link);
  }
  return extractInto(files, outDir);
}

try {
  // 1. gold pages
  const inputs = [];
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8"));
    const slug = gold.slug ?? f.replace(/\.json$/, "");
    const page = join(corpus, slug, "page.html");
    const input = existsSync(page) ? page : gold.scope ? resolve(goldDir, gold.scope) : null;
    if (!input || !existsSync(input)) {
      console.error(`no input for gold ${slug}`);
      continue;
    }
    inputs.push([slug, input]);
  }
  const pred = join(work, "pred");
  extract(inputs, pred);
  process.stdout.write(scoreDirs(join(shared, "eval", "score.mjs"), goldDir, pred, passThrough));

  // 2. control pages: non-English and non-news
  const manifest = join(corpus, "MANIFEST.tsv");
  if (existsSync(manifest) && !passThrough.includes("--json")) {
    const rows = readFileSync(manifest, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"));
    const controls = rows.filter(([, kind, lang]) => kind !== "news" || lang !== "en");
    const cdir = join(work, "control");
    extract(
      controls
        .filter(([slug]) => existsSync(join(corpus, slug, "page.html")))
        .map(([slug]) => [slug, join(corpus, slug, "page.html")]),
      cdir,
    );
    const SCORED = new Set(["direct", "indirect", "mixed"]);
    const total = { foreign: [0, 0], nonnews: [0, 0] };
    console.log("\ncontrol pages (claims found, scored kinds / all kinds; there should be none):");
    for (const [slug, kind, lang] of controls) {
      const f = join(cdir, `${slug}.json`);
      const claims = existsSync(f) ? JSON.parse(readFileSync(f, "utf8")).claims : [];
      const scored = claims.filter((c) => SCORED.has(c.kind)).length;
      const t = lang !== "en" ? total.foreign : total.nonnews;
      t[0] += scored;
      t[1] += claims.length;
      console.log(`  ${slug.padEnd(26)} ${kind.padEnd(8)} ${lang}  ${scored} / ${claims.length}`);
    }
    const nForeign = controls.filter(([, , l]) => l !== "en").length;
    console.log(
      `claims on ${nForeign} non-English pages: ${total.foreign[0]} (direct/indirect/mixed), ${total.foreign[1]} (all kinds)`,
    );
    console.log(
      `claims on ${controls.length - nForeign} non-news pages: ${total.nonnews[0]} (direct/indirect/mixed), ${total.nonnews[1]} (all kinds, with beliefs and refusals)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
