/**
 * Runs a TypeScript script of scripts/ under Node 20: bundles it with esbuild (platform node, ESM,
 * packages left external) into this checkout's cache file (cache-path.mjs) and imports the bundle. Used by the
 * page benchmark and page evaluation, which reuse the end-to-end harness (tests/e2e/harness.ts).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { cachePath } from "./cache-path.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Bundles the TypeScript file `entry` (absolute) for Node into `outfile`. Writes beside it and
 * renames, so that two runs at once never read a half-written bundle.
 */
export async function bundleForNode(entry, outfile) {
  mkdirSync(dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.tmp`;
  await build({
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
  renameSync(tmp, outfile);
}

/** Bundles `entry` (a path relative to the repository root) and runs it. */
export async function runTs(entry) {
  const outfile = cachePath(root, basename(entry, ".ts"));
  await bundleForNode(join(root, entry), outfile);
  // The bundle lives outside the tree, so paths the harness derives from its own location would be
  // wrong: tell it where the repository and the built extension are.
  process.env.SOURCEMARK_ROOT ??= root;
  // Run a snapshot of dist/, so that a rebuild during the run (npm run build, test:e2e elsewhere)
  // cannot pull the extension from under the browser. SOURCEMARK_DIST, when set, is used as it is.
  let snapshot = null;
  if (!process.env.SOURCEMARK_DIST && existsSync(join(root, "dist", "manifest.json"))) {
    snapshot = mkdtempSync(join(tmpdir(), "sourcemark-dist-"));
    cpSync(join(root, "dist"), snapshot, { recursive: true });
    process.env.SOURCEMARK_DIST = snapshot;
  }
  try {
    await import(pathToFileURL(outfile).href);
  } finally {
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  }
}
