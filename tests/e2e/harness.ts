/**
 * End-to-end harness: a static server for the fixture site, Chromium with the built extension
 * (dist/) loaded, and helpers to open the popup for a tab and read what the content script painted.
 * Everything runs on loopback; `launchWithExtension` records every request so tests can assert that
 * nothing left the machine.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { CHROMIUM_FLAGS, findChromium } from "../../scripts/lib/chromium.mjs";
import { startStaticServer } from "../../scripts/lib/static-server.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The unpacked extension under test: dist/, or $SOURCEMARK_DIST. */
export const DIST = path.resolve(process.env.SOURCEMARK_DIST ?? path.join(ROOT, "dist"));
export const SITE = path.join(ROOT, "tests/fixtures/site");

/** The highlights the content script registers, one per kind of source. */
export const HIGHLIGHTS = ["sourcemark-named", "sourcemark-anonymous", "sourcemark-organization"] as const;

export { CHROMIUM_FLAGS, findChromium };

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a random port; nothing outside `dir` is reachable. */
export async function startServer(dir: string = SITE): Promise<StaticServer> {
  const server = await startStaticServer(dir);
  return { url: `${server.url}/`, close: server.close };
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

/** A message the background received, as the tests look at it. */
export interface SeenMessage {
  type: string;
  textOnly?: boolean;
}

/**
 * Starts recording the messages the extension's background receives, one-off or on ports opened from
 * now on (listeners of its own beside the extension's); the returned function reads what arrived
 * since. The worker must stay running in between (a stopped worker forgets the listener).
 */
export async function recordBackgroundMessages(ext: ExtensionBrowser): Promise<() => Promise<SeenMessage[]>> {
  const sw = await ext.serviceWorker();
  await sw.evaluate(() => {
    const seen: SeenMessage[] = [];
    (globalThis as { sourcemarkSeen?: SeenMessage[] }).sourcemarkSeen = seen;
    const note = (message: unknown) => {
      const { type, textOnly } = message as { type?: unknown; textOnly?: unknown };
      seen.push({ type: String(type), ...(typeof textOnly === "boolean" ? { textOnly } : {}) });
    };
    chrome.runtime.onMessage.addListener((message: unknown) => {
      note(message);
      return undefined;
    });
    // Ports opened from now on (noted as "connect"), and the requests on them.
    chrome.runtime.onConnect.addListener((port) => {
      seen.push({ type: "connect" });
      port.onMessage.addListener(note);
    });
  });
  return () =>
    sw.evaluate(() => [...((globalThis as { sourcemarkSeen?: SeenMessage[] }).sourcemarkSeen ?? [])]);
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

export interface ExtensionSuite {
  readonly server: StaticServer;
  readonly ext: ExtensionBrowser;
  /** Opens `file` of the served site in a new tab of `viewport` size; closed after the test. */
  open(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The popup for `page`'s tab; closed after the test. */
  popupFor(page: Page): Promise<Page>;
}

/**
 * A test file's browser: serves `site()` (the fixture site by default) and starts Chromium with the
 * extension before the file's tests, closes the pages each test opened, and stops both after.
 */
export function useExtension(site: () => string = () => SITE): ExtensionSuite {
  let server: StaticServer | undefined;
  let ext: ExtensionBrowser | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    server = await startServer(site());
    ext = await launchWithExtension();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => {})));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !ext) throw new Error("useExtension: used outside a test");
    return { server, ext };
  };
  return {
    get server() {
      return started().server;
    },
    get ext() {
      return started().ext;
    },
    async open(file, viewport = { width: 1000, height: 700 }) {
      const { server, ext } = started();
      const page = await ext.context.newPage();
      opened.push(page);
      await page.setViewportSize(viewport);
      await page.goto(server.url + file);
      return page;
    },
    async popupFor(page) {
      const popup = await openPopupFor(started().ext, page);
      opened.push(popup);
      return popup;
    },
  };
}
