#!/usr/bin/env node
// Throughput of analyze() over the corpus article texts (../shared/corpus/*/body.txt), or over
// generated text when ../shared is absent (or with --synthetic). Prints MB/s, the median article
// time and the largest.   npm run bench [-- --synthetic]
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { cachePath } from "./lib/cache-path.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = cachePath(root, "engine-bench");
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, "src", "engine", "index.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: out,
  logLevel: "error",
});
const { analyze } = await import(pathToFileURL(out).href);

/** Generated news-like text in the project's own words. */
function synthetic(n) {
  const names = ["Maria Lopez", "Tom Becker", "Ana Silva", "Victor Hale"];
  const parts = [];
  for (let i = 0; i < n; i++) {
    const who = names[i % names.length];
    parts.push(
      `“We will look at every option before the vote,” ${who} said on Tuesday.`,
      `${who.split(" ")[1]}, a member of the city council, said the budget had grown by ${i + 3} percent, adding that the plan needed work.`,
      `A council aide, who was not authorized to speak publicly, said the talks had stalled. The aide declined to comment further.`,
      `According to the county's records, the road was last repaired in ${1990 + (i % 30)}.`,
    );
  }
  return parts.join("\n\n");
}

const corpus = resolve(root, "..", "shared", "corpus");
let docs;
if (existsSync(corpus) && !process.argv.includes("--synthetic")) {
  docs = readdirSync(corpus)
    .map((d) => join(corpus, d, "body.txt"))
    .filter(existsSync)
    .map((f) => ({ name: f.split("/").slice(-2)[0], text: readFileSync(f, "utf8") }));
  console.log(`corpus: ${docs.length} articles from ../shared/corpus`);
} else {
  console.log(
    existsSync(corpus)
      ? "benchmarking on generated text (--synthetic)"
      : "../shared not found: benchmarking on generated text",
  );
  docs = Array.from({ length: 60 }, (_, i) => ({ name: `synthetic-${i}`, text: synthetic(5 + (i % 40)) }));
}
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, "utf8"), 0);
for (let i = 0; i < 3; i++) for (const d of docs) analyze(d.text); // warm up
const rounds = 7;
const per = new Map(docs.map((d) => [d.name, []]));
const totals = [];
const cpu = [];
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) {
    const a = performance.now();
    analyze(d.text);
    per.get(d.name).push(performance.now() - a);
  }
  totals.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perDoc = docs.map((d) => ({ name: d.name, size: d.text.length, ms: median(per.get(d.name)) }));
const mt = median(totals);
const largest = perDoc.reduce((a, b) => (b.size > a.size ? b : a));
const slowest = perDoc.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(
  `${(bytes / 1e6).toFixed(2)} MB in ${mt.toFixed(1)} ms per round (median of ${rounds}): ${(bytes / 1e6 / (mt / 1000)).toFixed(1)} MB/s`,
);
const best = Math.min(...totals);
const mc = median(cpu);
console.log(
  `best round ${best.toFixed(1)} ms: ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s; process CPU time per round ${mc.toFixed(1)} ms (includes the garbage collector's threads)`,
);
console.log("wall-clock figures suffer when the machine is busy: compare runs made on a quiet machine");
console.log(`median article ${median(perDoc.map((d) => d.ms)).toFixed(2)} ms`);
console.log(
  `largest article ${largest.name} (${(largest.size / 1000).toFixed(0)}k chars) ${largest.ms.toFixed(2)} ms`,
);
console.log(
  `slowest article ${slowest.name} (${(slowest.size / 1000).toFixed(0)}k chars) ${slowest.ms.toFixed(2)} ms`,
);
