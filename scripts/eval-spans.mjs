#!/usr/bin/env node
// Span-level scoring on PolNeAR (../shared/eval/README.md, "Span-level scoring on PolNeAR").
//   npm run eval:spans [-- --split train] [-- --verbose] [-- --json]
// Writes the split's texts with spans.mjs, extracts claims from them with the CLI, scores with
// spans.mjs (with --types when the split has a types file).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const args = process.argv.slice(2);
const si = args.indexOf("--split");
const split = si >= 0 ? args[si + 1] : "dev";
const gold = join(shared, "datasets", "polnear", "json", `polnear_${split}.json`);
const types = join(shared, "datasets", "polnear", "json", `polnear_${split}_types.json`);
const spans = join(shared, "eval", "spans.mjs");
if (!existsSync(gold) || !existsSync(spans)) {
  console.log("../shared not found: eval:spans needs ../shared/eval and ../shared/datasets/polnear");
  process.exit(0);
}
const passThrough = args.filter((a) => a === "--verbose" || a === "--json");
const work = mkdtempSync(join(tmpdir(), "sourcemark-spans-"));
const run = (cmd, argv) => {
  const r = spawnSync(process.execPath, [cmd, ...argv], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.stderr) process.stderr.write(r.stderr);
  return r;
};
try {
  const texts = join(work, "texts");
  const pred = join(work, "pred");
  run(spans, ["texts", "--gold", gold, "--out", texts]);
  const files = readdirSync(texts)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(texts, f));
  run(join(root, "bin", "sourcemark.mjs"), ["extract", ...files, "--json", "--out", pred]);
  const score = run(spans, [
    "score",
    "--gold",
    gold,
    "--pred",
    pred,
    ...(existsSync(types) ? ["--types", types] : []),
    ...passThrough,
  ]);
  process.stdout.write(score.stdout);
} finally {
  rmSync(work, { recursive: true, force: true });
}
