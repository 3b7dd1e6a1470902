#!/usr/bin/env node
// Entry point of `npx sourcemark`. Bundles src/cli/main.ts with esbuild into
// node_modules/.cache/sourcemark/cli.mjs when that bundle is missing or older than any source file,
// then runs it. No build step is needed on a fresh clone after `npm ci`.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "src", "cli", "main.ts");
const outFile = join(root, "node_modules", ".cache", "sourcemark", "cli.mjs");

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
  const esbuild = await import("esbuild");
  mkdirSync(dirname(outFile), { recursive: true });
  // build beside the bundle and rename, so that two runs at once never read a half-written file
  const tmp = `${outFile}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
    absWorkingDir: root,
  });
  renameSync(tmp, outFile);
}
const { main } = await import(pathToFileURL(outFile).href);
process.exitCode = await main(process.argv.slice(2));
