#!/usr/bin/env node
/**
 * `npm run bench:store`: the annotation database at scale, in Chromium's real IndexedDB.
 * Builds 10,000 annotations over 1,000 pages with the extension's own store and prints the time
 * to load one page's annotations, to search the library, the database's size on disk, and the
 * time to export everything as JSON-LD and to import that file into an empty database.
 *   node scripts/bench-store.mjs [--json] [--pages N] [--per-page N]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.mjs";
import { startStaticServer } from "./lib/static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const json = args.includes("--json");
const num = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const opts = { pages: num("--pages", 1000), perPage: num("--per-page", 10) };

const dir = mkdtempSync(join(tmpdir(), "sourcemark-bench-store-"));
await esbuild.build({
  entryPoints: [join(root, "scripts/bench/store-page.ts")],
  outfile: join(dir, "bench.js"),
  bundle: true,
  format: "iife",
  target: "chrome120",
  logLevel: "warning",
});
writeFileSync(
  join(dir, "index.html"),
  '<!doctype html><meta charset="utf-8"><title>store bench</title><script src="bench.js"></script>',
);

const server = await startStaticServer(dir);
const userDataDir = mkdtempSync(join(tmpdir(), "sourcemark-bench-profile-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);
  const r = await page.evaluate((o) => globalThis.runStoreBench(o), opts);
  if (json) {
    console.log(JSON.stringify(r));
  } else {
    const ms = (x) => `${x.toFixed(1)} ms`;
    console.log(
      `Database: ${r.annotations} annotations over ${r.pages} pages (Chromium ${context.browser()?.version() ?? ""}, real IndexedDB)`,
    );
    console.log(`  insert (batches of 500)         ${ms(r.insertMs)}`);
    console.log(
      `  load one page's annotations     ${ms(r.loadPageMs)} median, ${ms(r.loadPageMaxMs)} max   (target < 5 ms)`,
    );
    console.log(`  search the library (slowest)    ${ms(r.searchMs)}   (target < 50 ms)`);
    for (const [k, v] of Object.entries(r.searchByKindMs))
      console.log(`    by ${k.padEnd(9)}                   ${ms(v)}`);
    console.log(`  database size                   ${(r.dbBytes / 1024 / 1024).toFixed(2)} MB`);
    console.log(
      `  export all as JSON-LD           ${ms(r.exportMs)} (${(r.exportBytes / 1024 / 1024).toFixed(1)} MB)   (target < 1000 ms)`,
    );
    console.log(`  export all as CSV               ${ms(r.csvMs)}`);
    console.log(
      `  import into an empty database   ${ms(r.importMs)} (${r.imported} added, ${r.importedCount} stored)   (target < 3000 ms)`,
    );
    const p = r.importPhasesMs;
    console.log(`    parse and validate ${ms(p.parseMs)}, plan ${ms(p.planMs)}, write ${ms(p.writeMs)}`);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(userDataDir, { recursive: true, force: true });
}
