#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, stopping at the first failure.
 *   browsers (installs Debian's Chromium and Firefox ESR when missing) → lint (biome + tsc) → build →
 *   vitest (unit + e2e) → web-ext lint of dist/ (must report 0 errors).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
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

/** vitest's own counts, for the plain closing line CI reads. */
let counts = { passed: 0, failed: 0, skipped: 0 };

step("tests (vitest: unit + e2e)", () => {
  const report = path.join(root, "node_modules/.cache/sourcemark/vitest-report.json");
  mkdirSync(path.dirname(report), { recursive: true });
  rmSync(report, { force: true });
  const { code } = run("npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, "utf8"));
    counts = {
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    };
  }
  if (code !== 0) {
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
    fail("tests", `vitest exited with ${code}`);
  }
  if (counts.passed === 0) fail("tests", "vitest ran no test");
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
console.log(
  `tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
);
