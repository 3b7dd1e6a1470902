#!/usr/bin/env node
// Entry point of `npx sourcemark`. Bundles src/cli/main.ts with esbuild into
// node_modules/.cache/sourcemark/cli-<checkout>.mjs when that bundle is missing or older than any source file,
// then runs it. No build step is needed on a fresh clone after `npm ci`.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "src", "cli", "main.ts");
// One bundle per checkout: git worktrees may share one node_modules (a symlink), and a bundle built
// from another checkout's sources must never be taken for this one's.
const tag = createHash("sha1").update(root).digest("hex").slice(0, 8);
const outFile = join(root, "node_modules", ".cache", "sourcemark", `cli-${tag}.mjs`);

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (/\.(?:ts|tsx|json)$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const stale = !existsSync(outFile) || statSync(outFile).mtimeMs < newest(join(root, "src"));
if (stale) {
  // esbuild is loaded only when the bundle must be (re)built.
  const { bundleForNode } = await import("../scripts/lib/run-ts.mjs");
  await bundleForNode(entry, outFile);
}
const { main } = await import(pathToFileURL(outFile).href);
process.exitCode = await main(process.argv.slice(2));
