#!/usr/bin/env node
/**
 * Makes the README's screenshot (assets/screenshot.png): the demo article with its highlights and
 * a hover card, beside the popup for it, in Chromium with the built extension.
 *   npm run build && node scripts/screenshot.mjs
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.mjs";
import { startStaticServer } from "./lib/static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const server = await startStaticServer(join(root, "tests/fixtures/site"));
const profile = mkdtempSync(join(tmpdir(), "sourcemark-shot-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS],
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const id = new URL(sw.url()).host;
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 760 });
  await page.goto(`${server.url}/article.html`);
  await page.waitForFunction(() => (CSS.highlights.get("sourcemark-anonymous")?.size ?? 0) > 0);
  // Scroll to the anonymous source and hover it, so the hover card shows.
  const point = await page.evaluate(() => {
    const r = [...CSS.highlights.get("sourcemark-anonymous")][0];
    r.startContainer.parentElement.scrollIntoView({ block: "center" });
    const box = r.getClientRects()[0];
    return { x: box.left + 40, y: box.top + box.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(400);
  const articleShot = join(profile, "article.png");
  await page.screenshot({ path: articleShot });

  await page.bringToFront();
  const [tab] = await sw.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tab.id}`);
  await popup.locator('[data-testid="speaker"]').first().waitFor();
  const popupShot = join(profile, "popup.png");
  await popup.screenshot({ path: popupShot });

  // Side by side, on one canvas.
  const b64 = (f) => readFileSync(f).toString("base64");
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1300, height: 780 });
  writeFileSync(
    join(profile, "sheet.html"),
    `<body style="margin:0;background:#d0d7de;display:flex;gap:10px;padding:10px">
      <img src="data:image/png;base64,${b64(articleShot)}" style="box-shadow:0 2px 10px #0004">
      <img src="data:image/png;base64,${b64(popupShot)}" style="box-shadow:0 2px 10px #0004;align-self:flex-start">
    </body>`,
  );
  await sheet.goto(`file://${join(profile, "sheet.html")}`);
  await sheet.screenshot({ path: join(root, "assets/screenshot.png") });
  console.log("Wrote assets/screenshot.png");
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
