/**
 * The same dist/ in Debian's Firefox ESR: installed as a temporary add-on over WebDriver BiDi (Firefox's
 * own remote protocol, so no driver or browser download), checking that the content script paints the
 * article's claims with the Custom Highlight API (Firefox 140+) and leaves a page without claims alone.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, HIGHLIGHTS, type StaticServer, startServer } from "./harness";

/** Prefs that keep Firefox quiet on a machine without network, and let BiDi in. */
const PREFS: Record<string, string | number | boolean> = {
  "remote.active-protocols": 1,
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage_override.mstone": "ignore",
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "toolkit.telemetry.enabled": false,
  "app.update.enabled": false,
  "app.normandy.enabled": false,
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "services.settings.server": "http://127.0.0.1:9/",
  "dom.push.connection.enabled": false,
};

function findFirefox(): string {
  const fromEnv = process.env.SOURCEMARK_FIREFOX;
  if (fromEnv) return fromEnv;
  const found = ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      "No Firefox found: run `scripts/install-browsers.sh --firefox` or set SOURCEMARK_FIREFOX.",
    );
  }
  return found;
}

interface BiDiReply {
  type: "success" | "error";
  id: number;
  result?: unknown;
  error?: string;
  message?: string;
}

/** A minimal WebDriver BiDi client: commands only, events are ignored. */
class BiDi {
  private next = 0;
  private pending = new Map<number, (reply: BiDiReply) => void>();
  private constructor(private ws: WebSocket) {
    ws.onmessage = (event) => {
      const reply = JSON.parse(String(event.data)) as BiDiReply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    };
  }

  static async connect(url: string): Promise<BiDi> {
    // Node 22+ has a global WebSocket; Node 20 gets undici's (installed with web-ext).
    const Socket =
      globalThis.WebSocket ?? ((await import("undici")).WebSocket as unknown as typeof WebSocket);
    const ws = new Socket(url);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = () => reject(new Error(`cannot connect to ${url}`));
    });
    return new BiDi(ws);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) =>
        reply.type === "success"
          ? resolve(reply.result as T)
          : reject(new Error(`${method}: ${reply.error}: ${reply.message}`)),
      );
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates `expression` in the page's own realm and returns its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const out = await this.send<{
      type: string;
      result?: { value?: string };
      exceptionDetails?: { text: string };
    }>("script.evaluate", {
      expression: `JSON.stringify(${expression})`,
      target: { context },
      awaitPromise: true,
    });
    if (out.type !== "success") throw new Error(`evaluate failed: ${out.exceptionDetails?.text}`);
    return JSON.parse(out.result?.value ?? "null") as T;
  }

  close(): void {
    this.ws.close();
  }
}

const SIZES = `Object.fromEntries([...CSS.highlights].filter(([k]) => k.startsWith("sourcemark-")).map(([k, v]) => [k, v.size]))`;

let server: StaticServer;
let firefox: ChildProcess | undefined;
let profile: string | undefined;
let bidi: BiDi;
let tab: string;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "manifest.json")))
    throw new Error(`${DIST}/manifest.json is missing: build first`);
  server = await startServer();
  profile = mkdtempSync(path.join(tmpdir(), "sourcemark-firefox-"));
  writeFileSync(
    path.join(profile, "user.js"),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join("\n"),
  );
  const child = spawn(
    findFirefox(),
    ["--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  firefox = child;
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi:\n${seen}`)), 60_000);
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`Firefox exited (${code}):\n${seen}`)));
  });
  bidi = await BiDi.connect(`${url}/session`);
  await bidi.send("session.new", { capabilities: {} });
  await bidi.send("webExtension.install", { extensionData: { type: "path", path: DIST } });
  const tree = await bidi.send<{ contexts: Array<{ context: string }> }>("browsingContext.getTree", {});
  tab = tree.contexts[0]!.context;
});

afterAll(async () => {
  await bidi?.send("session.end").catch(() => {});
  bidi?.close();
  if (firefox && firefox.exitCode === null) {
    const exited = new Promise((resolve) => firefox?.once("exit", resolve));
    firefox.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.close();
});

async function visit(file: string): Promise<void> {
  await bidi.send("browsingContext.navigate", { context: tab, url: server.url + file, wait: "complete" });
}

describe("in Firefox ESR", () => {
  it("has the Custom Highlight API", async () => {
    await visit("no-claims.html");
    expect(await bidi.evaluate<boolean>(tab, `"highlights" in CSS && typeof Highlight === "function"`)).toBe(
      true,
    );
  });

  it("highlights named, anonymous and organisation claims on the article", async () => {
    await visit("article.html");
    let sizes: Record<string, number> = {};
    for (
      const until = Date.now() + 15_000;
      Date.now() < until;
      await new Promise((r) => setTimeout(r, 200))
    ) {
      sizes = await bidi.evaluate<Record<string, number>>(tab, SIZES);
      if (HIGHLIGHTS.every((n) => (sizes[n] ?? 0) > 0)) break;
    }
    for (const name of HIGHLIGHTS)
      expect(sizes[name] ?? 0, `${name} in ${JSON.stringify(sizes)}`).toBeGreaterThan(0);
  });

  it("registers no highlights on a page without claims", async () => {
    await visit("no-claims.html");
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await bidi.evaluate<Record<string, number>>(tab, SIZES)).toEqual({});
  });
});
