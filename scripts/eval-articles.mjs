#!/usr/bin/env node
// Who-said-what scores on the articles written for the project (tests/fixtures/articles/<folder>/:
// each .txt with a .json of expected claims by the page spec), folder by folder and in all.
//   npm run eval:articles [-- FOLDER ...] [-- --verbose]
// Each folder's expectations were written before the engine was run on it, so a folder's first
// score was a held-out figure; the engine has been fixed on them since (see the commit messages).
// Scores with ../shared/eval/score.mjs, the scorer of the page gold; the unit test
// tests/unit/engine/articles.test.ts holds the engine to the same files without ../shared.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractInto, scoreDirs } from "./lib/cli-score.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = resolve(root, "..", "shared", "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.log("../shared not found: eval:articles scores with ../shared/eval/score.mjs");
  process.exit(0);
}
const articles = join(root, "tests", "fixtures", "articles");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const asked = args.filter((a) => !a.startsWith("--"));
const folders = readdirSync(articles, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (asked.length === 0 || asked.includes(d.name)))
  .map((d) => d.name)
  .sort();
const unknown = asked.filter((a) => !folders.includes(a));
if (unknown.length) {
  console.error(`no such folder in tests/fixtures/articles: ${unknown.join(", ")}`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "sourcemark-articles-"));

/** Words of a text as the scorer compares them (case and punctuation aside). */
const words = (s) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");

/**
 * The gold folder for `entries` (folder, slug), each expectation with its text as scope. An
 * expectation marked `prefix` gives only a claim's opening words (as articles.test.ts reads it): it
 * stands for the predicted claim that opens with them, if any.
 */
function goldFor(dir, pred, entries) {
  mkdirSync(dir, { recursive: true });
  for (const [folder, slug] of entries) {
    const expected = JSON.parse(readFileSync(join(articles, folder, `${slug}.json`), "utf8"));
    const predPath = join(pred, `${slug}.json`);
    const predicted = existsSync(predPath) ? JSON.parse(readFileSync(predPath, "utf8")).claims : [];
    const claims = (expected.claims ?? []).map((c) => {
      const whole = c.prefix ? predicted.find((p) => words(p.text).startsWith(words(c.text))) : undefined;
      return { ...c, text: whole?.text ?? c.text, type: c.type ?? (c.anonymous ? "anonymous" : "person") };
    });
    const gold = { slug, scope: join(articles, folder, `${slug}.txt`), claims };
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify(gold));
  }
}

/** Runs the CLI on a folder's articles and writes its gold beside: the two directories. */
function prepare(folder, entries) {
  const gold = join(work, `gold-${folder}`);
  const pred = join(work, `pred-${folder}`);
  const texts = entries.map(([, slug]) => join(articles, folder, `${slug}.txt`));
  extractInto(texts, pred);
  goldFor(gold, pred, entries);
  return { gold, pred };
}

/** score.mjs's output for a gold and a prediction directory. */
function score({ gold, pred }) {
  return scoreDirs(scorer, gold, pred, verbose ? ["--verbose"] : []);
}

/** One gold and one prediction directory for every folder's, each file named by folder and slug. */
function combine(dirs) {
  const all = { gold: join(work, "gold-all"), pred: join(work, "pred-all") };
  mkdirSync(all.gold, { recursive: true });
  mkdirSync(all.pred, { recursive: true });
  for (const [folder, { gold, pred }] of dirs)
    for (const f of readdirSync(gold)) {
      const g = JSON.parse(readFileSync(join(gold, f), "utf8"));
      g.slug = `${folder}-${g.slug}`;
      writeFileSync(join(all.gold, `${g.slug}.json`), JSON.stringify(g));
      if (existsSync(join(pred, f))) copyFileSync(join(pred, f), join(all.pred, `${g.slug}.json`));
    }
  return all;
}

const summary = /^(?:detection|attribution|anonymous|who-said-what)\s/;
try {
  const dirs = [];
  let count = 0;
  for (const folder of folders) {
    const entries = readdirSync(join(articles, folder))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [folder, f.replace(/\.json$/, "")]);
    count += entries.length;
    const prepared = prepare(folder, entries);
    dirs.push([folder, prepared]);
    const out = score(prepared);
    const lines = verbose ? out.trimEnd().split("\n") : out.split("\n").filter((l) => summary.test(l));
    console.log(`== ${folder} (${entries.length} articles)`);
    for (const l of lines) console.log(`   ${l}`);
  }
  // (the folders' predictions again, not a second run of the engine)
  if (folders.length > 1) {
    console.log(`== all (${count} articles)`);
    for (const l of score(combine(dirs))
      .split("\n")
      .filter((x) => summary.test(x)))
      console.log(`   ${l}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
