#!/usr/bin/env node
/**
 * Times src/page in Chromium on corpus pages (the biggest ones by default): isLikelyArticle and
 * buildTextModel, median of several runs, page scripts off.
 *
 *   node scripts/page-bench-chromium.mjs [--corpus DIR] [--top N] [--runs N] [SLUG...]
 * Needs a Chromium (SOURCEMARK_CHROMIUM, or Debian's); says so and exits 0 when there is none.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const corpus = resolve(opt("--corpus", join(here, "..", "..", "shared", "corpus")));
const top = Number(opt("--top", "5"));
const runs = Number(opt("--runs", "7"));
let exe;
try {
  exe = findChromium();
} catch (e) {
  console.log(`page-bench-chromium: ${e.message} Nothing timed.`);
  process.exit(0);
}
if (!existsSync(corpus)) {
  console.log(`page-bench-chromium: no corpus at ${corpus}; nothing timed.`);
  process.exit(0);
}
let slugs = args;
if (slugs.length === 0) {
  slugs = readdirSync(corpus)
    .filter((s) => existsSync(join(corpus, s, "page.html")))
    .sort((a, b) => statSync(join(corpus, b, "page.html")).size - statSync(join(corpus, a, "page.html")).size)
    .slice(0, top);
}

const bundle = await build({
  stdin: {
    contents:
      'import { buildTextModel } from "./src/page/text-model.ts";\n' +
      'import { isLikelyArticle } from "./src/page/article-finder.ts";\n' +
      "globalThis.__sourcemarkPage = { buildTextModel, isLikelyArticle };\n",
    resolveDir: join(here, ".."),
    loader: "ts",
  },
  bundle: true,
  format: "iife",
  platform: "browser",
  write: false,
  logLevel: "error",
});
const code = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route("**/*", (route) => route.abort());
  for (const slug of slugs) {
    const html = readFileSync(join(corpus, slug, "page.html"), "utf8");
    await page.setContent(html, { waitUntil: "domcontentloaded" });
    await page.evaluate(code);
    const r = await page.evaluate((n) => {
      const { buildTextModel, isLikelyArticle } = globalThis.__sourcemarkPage;
      const build = [];
      const likely = [];
      let chars = 0;
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        isLikelyArticle(document);
        likely.push(performance.now() - t);
        t = performance.now();
        chars = buildTextModel(document).text.length;
        build.push(performance.now() - t);
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const all = build.map((x) => x.toFixed(1)).join(" ");
      return {
        build: med(build),
        min: Math.min(...build),
        first: build[0],
        likely: med(likely),
        chars,
        nodes: document.getElementsByTagName("*").length,
        all,
      };
    }, runs);
    console.log(
      `${slug.padEnd(24)} ${String(Math.round(html.length / 1024)).padStart(5)} KB ${String(r.nodes).padStart(6)} elements` +
        `  buildTextModel median ${r.build.toFixed(2)} ms (min ${r.min.toFixed(2)}, first ${r.first.toFixed(2)})  isLikelyArticle ${r.likely.toFixed(3)} ms  ${r.chars} chars${process.env.BENCH_ALL ? `  [${r.all}]` : ""}`,
    );
  }
} finally {
  await browser.close();
}
