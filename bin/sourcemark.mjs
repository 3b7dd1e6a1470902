#!/usr/bin/env node
// Entry point of `npx sourcemark`. Bundles src/cli/main.ts with esbuild into
// node_modules/.cache/sourcemark/ (scripts/lib/cache-path.mjs) when that bundle is missing or older than any source file,
// then runs it. No build step is needed on a fresh clone after `npm ci`.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cachePath } from "../scripts/lib/cache-path.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "src", "cli", "main.ts");
const outFile = cachePath(root, "cli");

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
