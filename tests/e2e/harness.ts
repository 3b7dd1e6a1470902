/**
 * End-to-end harness: a static server for the fixture site, Chromium with the built extension
 * (dist/) loaded, and helpers to open the popup for a tab and read what the content script painted.
 * Everything runs on loopback; `launchWithExtension` records every request so tests can assert that
 * nothing left the machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The unpacked extension under test: dist/, or $SOURCEMARK_DIST. */
export const DIST = path.resolve(process.env.SOURCEMARK_DIST ?? path.join(ROOT, "dist"));
export const SITE = path.join(ROOT, "tests/fixtures/site");

/** The highlights the content script registers, one per kind of source. */
export const HIGHLIGHTS = ["sourcemark-named", "sourcemark-anonymous", "sourcemark-organization"] as const;

/** The flags Chromium needs on this machine (no sandbox as root, no network but loopback). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a random port. GET/HEAD only; nothing outside `dir` is reachable. */
export async function startServer(dir: string = SITE): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = path.join(root, path.normalize(pathname));
    if (pathname.endsWith("/")) file = path.join(file, "index.html");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (!file.startsWith(root + path.sep) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The Chromium to test with: $SOURCEMARK_CHROMIUM, else the usual install paths. Throws (so the e2e
 * tests fail, never skip) when there is none: `scripts/install-browsers.sh` installs Debian's.
 */
export function findChromium(): string {
  const fromEnv = process.env.SOURCEMARK_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SOURCEMARK_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Run scripts/install-browsers.sh ` +
        "or set SOURCEMARK_CHROMIUM to a Chromium binary.",
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every URL requested by any page, worker or extension page of the context, in order. */
  requests: string[];
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Chromium (new headless mode) with dist/ loaded as an unpacked extension, on a throw-away profile. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(DIST, "manifest.json"))) {
    throw new Error(`${DIST}/manifest.json is missing: run \`npm run build\` first`);
  }
  // Report requests made by the extension's service worker too (Playwright leaves them out by default).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
  const userDataDir = mkdtempSync(path.join(tmpdir(), "sourcemark-e2e-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: 1000, height: 700 },
      args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, ...CHROMIUM_FLAGS],
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));

  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
    if (existing) return existing;
    return context.waitForEvent("serviceworker", {
      predicate: (w) => w.url().startsWith("chrome-extension://"),
      timeout: 15_000,
    });
  };
  const sw = await serviceWorker();
  return {
    context,
    extensionId: new URL(sw.url()).host,
    requests,
    serviceWorker,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id of `page`. The extension has no "tabs" permission, so tab URLs may be hidden
 * from it: match the URL when the browser shows it, else bring `page` to the front and take the
 * active tab of the focused window.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const sw = await ext.serviceWorker();
  const all = await sw.evaluate(() => chrome.tabs.query({}));
  const byUrl = all.filter((t) => t.url === page.url());
  if (byUrl.length === 1 && byUrl[0]!.id !== undefined) return byUrl[0]!.id;
  await page.bringToFront();
  const active = await sw.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const id = active[0]?.id;
  if (id === undefined) throw new Error(`no tab found for ${page.url()}`);
  return id;
}

/**
 * Opens `popup.html?tab=ID` for `page`'s tab. It opens in a window of its own so that, as with the
 * real toolbar popup, the article stays the visible, active tab of its window; falls back to a new
 * tab when windows cannot be created.
 */
export async function openPopupFor(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(ext, page);
  const url = `chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`;
  const sw = await ext.serviceWorker();
  let popup: Page;
  try {
    [popup] = await Promise.all([
      ext.context.waitForEvent("page", { predicate: (p) => p.url() === url, timeout: 10_000 }),
      sw.evaluate(
        (u) =>
          chrome.windows.create({ url: u, type: "popup", width: 420, height: 640 }).then(() => undefined),
        url,
      ),
    ]);
  } catch {
    popup = await ext.context.newPage();
    await popup.goto(url);
  }
  await popup.waitForLoadState("domcontentloaded");
  return popup;
}

/** Sizes of the sourcemark-* highlights registered in `page` (absent ones are left out). */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith("sourcemark-")) sizes[name] = highlight.size;
    }
    return sizes;
  });
}

/**
 * Waits until every highlight in `names` is registered and non-empty, or `timeout` ms pass; returns
 * the sizes seen last either way, so that a failing assertion shows what was there.
 */
export async function waitForHighlights(
  page: Page,
  names: readonly string[] = HIGHLIGHTS,
  timeout = 15_000,
): Promise<Record<string, number>> {
  try {
    await page.waitForFunction(
      (wanted) => wanted.every((n) => (CSS.highlights.get(n)?.size ?? 0) > 0),
      names,
      { timeout },
    );
  } catch {
    // Fall through: the caller's assertion reports the sizes.
  }
  return highlightSizes(page);
}

/** What the popup shows for one speaker group. */
export interface SpeakerGroup {
  name: string | null;
  label: string;
  count: string;
  claims: Array<{ id: string | null; text: string }>;
  anonymousBadge: boolean;
}

/** Reads the popup's speaker groups once the list (or the empty state) is shown. */
export async function readPopup(popup: Page, timeout = 15_000): Promise<SpeakerGroup[]> {
  await popup
    .locator('[data-testid="speaker"], [data-testid="empty-state"]')
    .first()
    .waitFor({ state: "visible", timeout });
  return popup.locator('[data-testid="speaker"]').evaluateAll((groups) =>
    groups.map((g) => ({
      name: g.getAttribute("data-speaker-name"),
      label: g.querySelector('[data-testid="speaker-name"]')?.textContent?.trim() ?? "",
      count: g.querySelector('[data-testid="claim-count"]')?.textContent?.trim() ?? "",
      claims: [...g.querySelectorAll('[data-testid="claim"]')].map((c) => ({
        id: c.getAttribute("data-claim-id"),
        text: c.textContent?.trim() ?? "",
      })),
      anonymousBadge: g.querySelector('[data-testid="anonymous-badge"]') !== null,
    })),
  );
}

export interface ShadowBox {
  tag: string;
  width: number;
  height: number;
  x: number;
  y: number;
  /** Effective opacity: the element's own times its ancestors' in the shadow tree and the host's. */
  opacity: number;
  visibility: string;
  display: string;
}

/**
 * Boxes of the elements inside `hostTag`'s shadow root, closed or not (read through the DevTools
 * protocol, which sees closed roots): what the user would see of a hover card the page's scripts
 * cannot reach.
 */
export async function shadowBoxes(
  context: BrowserContext,
  page: Page,
  hostTag: string,
): Promise<ShadowBox[]> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    type Node = typeof root;
    const hosts: Node[] = [];
    const walk = (n: Node) => {
      if (n.nodeName.toLowerCase() === hostTag) hosts.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    const boxes: ShadowBox[] = [];
    // Opacity multiplies down the tree: a child of a transparent card is not seen, whatever its own.
    const visit = async (n: Node, inherited: number): Promise<void> => {
      let opacity = inherited;
      if (n.nodeType === 1 && n.nodeName !== "STYLE") {
        const { computedStyle } = await cdp.send("CSS.getComputedStyleForNode", { nodeId: n.nodeId });
        const style = (p: string) => computedStyle.find((s) => s.name === p)?.value ?? "";
        opacity *= Number.parseFloat(style("opacity") || "1");
        const model = await cdp.send("DOM.getBoxModel", { nodeId: n.nodeId }).catch(() => null);
        if (model) {
          const xs = model.model.border.filter((_, i) => i % 2 === 0);
          const ys = model.model.border.filter((_, i) => i % 2 === 1);
          boxes.push({
            tag: n.nodeName.toLowerCase(),
            width: model.model.width,
            height: model.model.height,
            x: Math.min(...xs),
            y: Math.min(...ys),
            opacity,
            visibility: style("visibility"),
            display: style("display"),
          });
        }
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) await visit(c, opacity);
    };
    for (const h of hosts) {
      const { computedStyle } = await cdp.send("CSS.getComputedStyleForNode", { nodeId: h.nodeId });
      const hostOpacity = Number.parseFloat(computedStyle.find((s) => s.name === "opacity")?.value || "1");
      for (const root of h.shadowRoots ?? []) await visit(root, hostOpacity);
    }
    return boxes;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
