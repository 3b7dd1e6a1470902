/**
 * Runs a TypeScript script of scripts/ under Node 20: bundles it with esbuild (platform node, ESM,
 * packages left external) into node_modules/.cache/sourcemark/ and imports the bundle. Used by the
 * page benchmark and page evaluation, which reuse the end-to-end harness (tests/e2e/harness.ts).
 */
import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Bundles `entry` (a path relative to the repository root) and runs it. */
export async function runTs(entry) {
  const outfile = join(root, "node_modules", ".cache", "sourcemark", `${basename(entry, ".ts")}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
    absWorkingDir: root,
  });
  // The bundle lives outside the tree, so paths the harness derives from its own location would be
  // wrong: tell it where the repository and the built extension are.
  process.env.SOURCEMARK_ROOT ??= root;
  process.env.SOURCEMARK_DIST ??= join(root, "dist");
  await import(pathToFileURL(outfile).href);
}
