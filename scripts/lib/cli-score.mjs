/**
 * What the page and article evaluations share: running the project's CLI over input files into a
 * directory of predictions, and running ../shared's scorer over a gold and a prediction directory.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = join(root, "bin", "sourcemark.mjs");

/** `sourcemark extract FILES --json --out outDir` (one prediction per file, named by its base name): the exit status. */
export function extractInto(files, outDir) {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(process.execPath, [cli, "extract", ...files, "--json", "--out", outDir], {
    encoding: "utf8",
  });
  if (r.stderr) process.stderr.write(r.stderr);
  return r.status;
}

/** The scorer's output for a gold and a prediction directory (its own options passed on). */
export function scoreDirs(scorer, gold, pred, options = []) {
  const s = spawnSync(process.execPath, [scorer, "--gold", gold, "--pred", pred, ...options], {
    encoding: "utf8",
  });
  if (s.stderr) process.stderr.write(s.stderr);
  return s.stdout;
}
