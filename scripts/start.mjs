#!/usr/bin/env node
/**
 * `npm start`: builds the extension and opens a browser with it loaded on a demo article.
 * Chromium by default (Debian's, or Chrome), Firefox with --firefox. Without a display it says so
 * and tells how to load dist/ by hand.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startStaticServer } from "./lib/static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const firefox = process.argv.includes("--firefox");

const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer(join(root, "tests/fixtures/site"), { port: 8765 }).catch(() =>
  startStaticServer(join(root, "tests/fixtures/site")),
);
const demo = `${server.url}/article.html`;

const headless = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) {
  console.log(`
No display is available here, so no browser was opened.

The extension is built in dist/. To load it by hand:
  Chrome / Chromium: open chrome://extensions, switch on "Developer mode",
                     click "Load unpacked" and choose ${join(root, "dist")}
  Firefox:           open about:debugging#/runtime/this-firefox, click
                     "Load Temporary Add-on…" and choose ${join(root, "dist", "manifest.json")}

Then open any news article, or the demo article, served now at
  ${demo}
(Ctrl-C stops the server.)`);
} else {
  const candidates = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  const chromium = process.env.SOURCEMARK_CHROMIUM ?? candidates.find((p) => existsSync(p));
  const args = ["web-ext", "run", "--source-dir", join(root, "dist"), "--start-url", demo];
  if (firefox) args.push("--target", "firefox-desktop");
  else {
    args.push("--target", "chromium");
    if (chromium) args.push("--chromium-binary", chromium);
    if (process.getuid?.() === 0) args.push("--arg=--no-sandbox");
    // A demo profile: no first-run pages, no sync or background calls home.
    args.push("--arg=--no-first-run", "--arg=--disable-background-networking", "--arg=--disable-sync");
  }
  console.log(`Opening ${firefox ? "Firefox" : "Chromium"} with Sourcemark on ${demo}`);
  const child = spawn("npx", args, { cwd: root, stdio: "inherit" });
  child.on("exit", async (code) => {
    await server.close();
    process.exit(code ?? 0);
  });
}
