#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, stopping at the first failure.
 *   browsers (installs Debian's Chromium and Firefox ESR when missing) → lint (biome + tsc) → build →
 *   vitest (unit + e2e) → web-ext lint of dist/ (must report 0 errors).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

/** Runs a command with inherited output; with `capture`, also returns what it printed. */
function run(cmd, args, { capture = false } = {}) {
  const result = spawnSync(cmd, args, {
    stdio: capture ? ["inherit", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
    env: process.env,
  });
  if (capture) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
  }
  if (result.error) throw result.error;
  return { code: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

function fail(step, why) {
  console.error(`\nFAILED: ${step}: ${why}`);
  process.exit(1);
}

function step(name, fn) {
  console.log(`\n==> ${name}`);
  const started = Date.now();
  fn();
  console.log(`==> ${name}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step("browsers", () => {
  // Chromium for the e2e tests, Firefox ESR for tests/e2e/firefox.test.ts; either can be given instead
  // with SOURCEMARK_CHROMIUM / SOURCEMARK_FIREFOX.
  for (const name of ["SOURCEMARK_CHROMIUM", "SOURCEMARK_FIREFOX"]) {
    const custom = process.env[name];
    if (custom && !existsSync(custom)) fail("browsers", `${name}=${custom} does not exist`);
    if (custom) console.log(`using ${name}=${custom}`);
  }
  if (process.env.SOURCEMARK_CHROMIUM && process.env.SOURCEMARK_FIREFOX) return;
  const args = process.env.SOURCEMARK_FIREFOX ? [] : ["--firefox"];
  const { code } = run("bash", ["scripts/install-browsers.sh", ...args]);
  if (code !== 0) fail("browsers", "a browser is missing and could not be installed (see above)");
});

step("lint (biome + tsc)", () => {
  const { code } = run("npm", ["run", "--silent", "lint"]);
  if (code !== 0) fail("lint", `npm run lint exited with ${code}`);
});

step("build", () => {
  const { code } = run("npm", ["run", "--silent", "build"]);
  if (code !== 0) fail("build", `npm run build exited with ${code}`);
  if (!existsSync("dist/manifest.json")) fail("build", "dist/manifest.json was not produced");
});

step("tests (vitest: unit + e2e)", () => {
  const { code } = run("npx", ["vitest", "run"]);
  if (code !== 0) fail("tests", `vitest exited with ${code}`);
});

step("firefox lint (web-ext lint dist)", () => {
  const { code, output } = run("npm", ["run", "--silent", "lint:firefox"], { capture: true });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
  const errors = output.replace(/\x1b\[[0-9;]*m/g, "").match(/^\s*errors\s+(\d+)/im);
  if (code !== 0) fail("firefox lint", `web-ext lint exited with ${code}`);
  if (!errors) fail("firefox lint", "could not find the error count in web-ext's output");
  if (Number(errors[1]) !== 0) fail("firefox lint", `web-ext lint reported ${errors[1]} errors`);
});

console.log("\nALL CHECKS PASSED");
