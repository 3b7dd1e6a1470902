#!/usr/bin/env node
/**
 * Builds the extension into dist/: one unpacked folder that Chrome and Firefox both load (one
 * manifest serves both). Prints each bundle's size, raw and gzipped.
 *   node scripts/build.mjs [--watch] [--dev]
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const watch = process.argv.includes("--watch");
const dev = process.argv.includes("--dev") || watch;

const entries = {
  content: "src/content/index.ts",
  early: "src/content/early.ts",
  background: "src/background/index.ts",
  popup: "src/ui/popup/index.tsx",
  library: "src/ui/library/index.tsx",
};

const statics = [
  ["manifest.json", "manifest.json"],
  ["src/content/highlights.css", "content.css"],
  ["src/ui/popup/popup.html", "popup.html"],
  ["src/ui/popup/popup.css", "popup.css"],
  ["src/ui/library/library.html", "library.html"],
  ["src/ui/library/library.css", "library.css"],
  ["assets/icons", "icons"],
];

function copyStatics() {
  for (const [from, to] of statics) cpSync(join(root, from), join(dist, to), { recursive: true });
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
copyStatics();

const options = {
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, join(root, v)])),
  outdir: dist,
  bundle: true,
  format: "iife",
  target: ["chrome120", "firefox140"],
  // SOURCEMARK_NO_MINIFY=1 keeps names readable in a CPU profile of the built extension.
  minify: !dev && !process.env.SOURCEMARK_NO_MINIFY,
  sourcemap: dev ? "inline" : false,
  legalComments: "none",
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": dev ? '"development"' : '"production"' },
};

if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [{ name: "statics", setup: (b) => b.onEnd(() => copyStatics()) }],
  });
  await ctx.watch();
  console.log("Watching src/ → dist/ (Ctrl-C to stop)");
} else {
  await esbuild.build(options);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const name of Object.keys(entries)) {
    const file = join(dist, `${name}.js`);
    const bytes = readFileSync(file);
    console.log(
      `dist/${name}.js  ${kb(statSync(file).size)}  (${kb(gzipSync(bytes, { level: 9 }).length)} gzipped)`,
    );
  }
  console.log("Built dist/ — load it as an unpacked extension (see README).");
}
