#!/usr/bin/env node
/**
 * Scope check of src/page over the shared corpus: for each news page, parse page.html with linkedom,
 * build the TextModel, and compare its text with the page's body.txt by word trigrams:
 *   recall    = share of body.txt trigrams found in model.text
 *   precision = share of model.text trigrams found in body.txt
 * Also prints the build time per page and how isLikelyArticle answers per kind of page.
 *
 *   node scripts/page-scope-check.mjs [--corpus DIR] [--only SLUG] [--verbose] [--json]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { parseHTML } from "linkedom";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(opt("--corpus") ?? join(here, "..", "..", "shared", "corpus"));
const only = opt("--only");
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
const dump = args.includes("--dump"); // print every block, "-" before the ones mostly absent from body.txt

if (!existsSync(join(corpus, "MANIFEST.tsv"))) {
  console.log(`page-scope-check: no corpus at ${corpus} (MANIFEST.tsv absent); nothing to check.`);
  process.exit(0);
}

// Bundle src/page for node (it is TypeScript).
const tmp = mkdtempSync(join(tmpdir(), "sourcemark-page-"));
const outfile = join(tmp, "page.mjs");
await build({
  stdin: {
    contents:
      'export { buildTextModel } from "./src/page/text-model.ts";\n' +
      'export { isLikelyArticle, pageLanguage } from "./src/page/article-finder.ts";\n',
    resolveDir: join(here, ".."),
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "node",
  outfile,
  logLevel: "error",
});
const { buildTextModel, isLikelyArticle, pageLanguage } = await import(pathToFileURL(outfile).href);
rmSync(tmp, { recursive: true, force: true });

function words(text) {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w.length > 0);
}

function trigrams(text) {
  const w = words(text);
  const set = new Set();
  for (let i = 0; i + 2 < w.length; i++) set.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return set;
}

function share(a, b) {
  if (a.size === 0) return 1;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / a.size;
}

function median(xs) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const rows = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8")
  .split("\n")
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [slug, kind, lang] = l.split("\t");
    return { slug, kind, lang };
  });

const results = [];
const likely = {};
for (const row of rows) {
  if (only && row.slug !== only) continue;
  const htmlPath = join(corpus, row.slug, "page.html");
  if (!existsSync(htmlPath)) continue;
  const html = readFileSync(htmlPath, "utf8");
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const likelyArticle = isLikelyArticle(document);
  const t1 = performance.now();
  const model = buildTextModel(document);
  const t2 = performance.now();
  likely[row.kind] ??= { pages: 0, likely: 0 };
  likely[row.kind].pages++;
  if (likelyArticle) likely[row.kind].likely++;
  if (row.kind !== "news") continue;
  const bodyPath = join(corpus, row.slug, "body.txt");
  if (!existsSync(bodyPath)) continue;
  const gold = trigrams(readFileSync(bodyPath, "utf8"));
  const got = trigrams(model.text);
  const r = {
    slug: row.slug,
    recall: share(gold, got),
    precision: share(got, gold),
    ms: t2 - t1,
    likelyMs: t1 - t0,
    likely: likelyArticle,
    lang: pageLanguage(document),
    chars: model.text.length,
    blocks: model.blocks.length,
    root: model.root ? `${model.root.localName}${model.root.id ? `#${model.root.id}` : ""}` : "(body)",
    title: model.title ?? "",
  };
  results.push(r);
  if (!asJson) {
    console.log(
      `${r.slug.padEnd(34)} R ${r.recall.toFixed(3)}  P ${r.precision.toFixed(3)}  ${r.ms.toFixed(1).padStart(6)} ms` +
        `  ${String(r.chars).padStart(6)} ch  ${r.likely ? "article" : "NOT-ARTICLE"}  ${r.root}`,
    );
    if (verbose) console.log(`    title: ${r.title}`);
    if (dump) {
      for (const b of model.blocks) {
        const t = model.text.slice(b.start, b.end);
        const tg = trigrams(t);
        const inGold = tg.size === 0 ? (gold.size ? 0.5 : 1) : share(tg, gold);
        console.log(
          `  ${inGold < 0.5 ? "-" : " "} [${b.kind}] ${t.length > 160 ? `${t.slice(0, 160)}…` : t}`,
        );
      }
      // Lines of body.txt mostly missing from the model.
      for (const line of readFileSync(bodyPath, "utf8").split(/\n+/)) {
        const tg = trigrams(line);
        if (tg.size > 0 && share(tg, got) < 0.5) {
          console.log(`  + missing: ${line.length > 160 ? `${line.slice(0, 160)}…` : line}`);
        }
      }
    }
  }
}

const summary = {
  newsPages: results.length,
  medianRecall: median(results.map((r) => r.recall)),
  meanRecall: results.reduce((a, r) => a + r.recall, 0) / Math.max(1, results.length),
  medianPrecision: median(results.map((r) => r.precision)),
  meanPrecision: results.reduce((a, r) => a + r.precision, 0) / Math.max(1, results.length),
  recallBelow80: results.filter((r) => r.recall < 0.8).length,
  precisionBelow80: results.filter((r) => r.precision < 0.8).length,
  medianMs: median(results.map((r) => r.ms)),
  maxMs: Math.max(0, ...results.map((r) => r.ms)),
  medianLikelyMs: median(results.map((r) => r.likelyMs)),
  isLikelyArticle: likely,
};
if (asJson) {
  console.log(JSON.stringify({ summary, pages: results }, null, 2));
} else {
  console.log("\nsummary (linkedom, node)");
  console.log(`  news pages          ${summary.newsPages}`);
  console.log(
    `  recall     median ${summary.medianRecall.toFixed(3)}  mean ${summary.meanRecall.toFixed(3)}  pages < 0.8: ${summary.recallBelow80}`,
  );
  console.log(
    `  precision  median ${summary.medianPrecision.toFixed(3)}  mean ${summary.meanPrecision.toFixed(3)}  pages < 0.8: ${summary.precisionBelow80}`,
  );
  console.log(
    `  build time median ${summary.medianMs.toFixed(1)} ms  max ${summary.maxMs.toFixed(1)} ms (linkedom)`,
  );
  console.log(`  isLikelyArticle median ${summary.medianLikelyMs.toFixed(2)} ms (linkedom)`);
  for (const [kind, v] of Object.entries(likely)) {
    console.log(`  isLikelyArticle on ${kind.padEnd(8)} ${v.likely}/${v.pages}`);
  }
}
