/**
 * The extension as a user meets it, in Chromium with dist/ loaded: highlights on an invented news
 * article, the popup's who-said-what list, scrolling to a claim, the hover card, the per-site switch,
 * a page without claims, and no network traffic beyond loopback.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  HIGHLIGHTS,
  highlightSizes,
  readPopup,
  recordBackgroundMessages,
  type SpeakerGroup,
  tabIdOf,
  useExtension,
  waitForHighlights,
} from "./harness";
import { overlayElements } from "./overlay";

const suite = useExtension();
const openArticle = (file = "article.html", viewport = { width: 900, height: 600 }) =>
  suite.open(file, viewport);
const popupFor = (page: Page) => suite.popupFor(page);

function totalClaims(groups: SpeakerGroup[]): number {
  return groups.reduce((n, g) => n + g.claims.length, 0);
}

/** Resolves after `ms` milliseconds (for checks that something does NOT appear). */
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("on a news article", () => {
  it("highlights named, anonymous and organisation claims", async () => {
    const page = await openArticle();
    const sizes = await waitForHighlights(page);
    for (const name of HIGHLIGHTS)
      expect(sizes[name] ?? 0, `size of ${name} in ${JSON.stringify(sizes)}`).toBeGreaterThan(0);
  });

  it("leaves the page's DOM as served: body unchanged, at most one <sourcemark-root> after <body>", async () => {
    const page = await openArticle();
    await waitForHighlights(page);
    const dom = await page.evaluate(async () => {
      const served = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(served, "text/html");
      const live = document.body.innerHTML;
      const expected = parsed.body.innerHTML;
      let at = 0;
      while (at < live.length && live[at] === expected[at]) at++;
      return {
        same: live === expected,
        firstDifference:
          live === expected
            ? ""
            : `live: ${live.slice(at, at + 120)} | served: ${expected.slice(at, at + 120)}`,
        liveElements: document.body.querySelectorAll("*").length,
        servedElements: parsed.body.querySelectorAll("*").length,
        htmlChildren: [...document.documentElement.children].map((e) => e.localName),
        attributes: [document.documentElement, document.body].map((e) =>
          e.getAttributeNames().map((a) => `${e.localName} ${a}=${e.getAttribute(a)}`),
        ),
        servedAttributes: [parsed.documentElement, parsed.body].map((e) =>
          e.getAttributeNames().map((a) => `${e.localName} ${a}=${e.getAttribute(a)}`),
        ),
      };
    });
    expect(dom.firstDifference).toBe("");
    expect(dom.same).toBe(true);
    expect(dom.liveElements).toBe(dom.servedElements);
    expect(dom.attributes, "attributes of <html> and <body>").toEqual(dom.servedAttributes);
    const extra = dom.htmlChildren.slice(2);
    expect(dom.htmlChildren.slice(0, 2)).toEqual(["head", "body"]);
    expect(extra.length).toBeLessThanOrEqual(1);
    for (const tag of extra) expect(tag).toBe("sourcemark-root");
  });

  it("lists who said what in the popup", async () => {
    const page = await openArticle();
    await waitForHighlights(page);
    const popup = await popupFor(page);
    const groups = await readPopup(popup);
    const summary = JSON.stringify(groups.map((g) => [g.name, g.claims.length, g.anonymousBadge]));

    const vasquez = groups.find((g) => g.name === "Elena Vasquez");
    expect(vasquez, `no "Elena Vasquez" group in ${summary}`).toBeDefined();
    expect(vasquez!.label).toContain("Vasquez");
    expect(vasquez!.claims.length).toBeGreaterThanOrEqual(2);

    const anonymous = groups.filter((g) => g.anonymousBadge);
    expect(anonymous.length, `no group with an anonymous badge in ${summary}`).toBeGreaterThanOrEqual(1);
    expect(
      anonymous.some((g) => /official/i.test(g.name ?? "")),
      `anonymous groups: ${summary}`,
    ).toBe(true);
    expect(vasquez!.anonymousBadge).toBe(false);

    const gazette = groups.find((g) => /Riverton Gazette/.test(g.name ?? ""));
    expect(gazette, `no Riverton Gazette group in ${summary}`).toBeDefined();
    expect(gazette!.anonymousBadge).toBe(false);

    // Every group's count is the number of its claims; every claim has an id.
    for (const g of groups) {
      expect(g.count, `claim-count of ${g.name}`).toBe(String(g.claims.length));
      for (const c of g.claims) expect(c.id, `a claim of ${g.name} without data-claim-id`).toBeTruthy();
    }

    const share = (await popup.locator('[data-testid="anonymous-share"]').first().textContent()) ?? "";
    expect(share).toContain("%");
    const percent = Number.parseFloat(share.replace(",", ".").match(/(\d+(?:\.\d+)?)\s*%/)?.[1] ?? "NaN");
    const anonymousClaims = anonymous.reduce((n, g) => n + g.claims.length, 0);
    const expected = (100 * anonymousClaims) / totalClaims(groups);
    expect(
      Math.abs(percent - expected),
      `share "${share}" vs ${anonymousClaims}/${totalClaims(groups)}`,
    ).toBeLessThanOrEqual(1);
  });

  it("finds the other named speakers: the pronoun-, link- and reported-speech claims", async () => {
    const page = await openArticle();
    await waitForHighlights(page);
    const groups = await readPopup(await popupFor(page));
    const summary = JSON.stringify(groups.map((g) => [g.name, g.claims.map((c) => c.text)]));
    // “… quick,” she said. — the pronoun refers back to the mayor.
    const vasquez = groups.find((g) => g.name === "Elena Vasquez");
    expect(
      vasquez?.claims.some((c) => /pretending it will be quick/.test(c.text)),
      summary,
    ).toBe(true);
    expect(
      vasquez?.claims.some((c) => /emergency federal money/.test(c.text)),
      summary,
    ).toBe(true);
    // The quote runs across a link with an <em> inside it.
    const lindqvist = groups.find((g) => g.name === "Thomas Lindqvist");
    expect(lindqvist, `no "Thomas Lindqvist" group in ${summary}`).toBeDefined();
    expect(
      lindqvist!.claims.some((c) => /inspection\s+warned\s+us/.test(c.text)),
      summary,
    ).toBe(true);
    // "X said that ..."
    const reyes = groups.find((g) => g.name === "Daniel Reyes");
    expect(reyes, `no "Daniel Reyes" group in ${summary}`).toBeDefined();
  });

  it("lists only the article's sources, not people who merely did something", async () => {
    const page = await openArticle();
    await waitForHighlights(page);
    const groups = await readPopup(await popupFor(page));
    // "the school district has added two bus routes" is an action, not something anyone said;
    // "engineers found that ..." may count as an unnamed source's finding, and "according to the
    // city's traffic counts" as data with its source, the city (../shared/eval/README.md: documents
    // and data).
    const sources = [
      /^Elena Vasquez$/,
      /^Thomas Lindqvist$/,
      /^Daniel Reyes$/,
      /city official/i,
      /Riverton Gazette/,
      /^engineers$/i,
      /traffic counts$|^the city$/i,
    ];
    const extra = groups.filter((g) => !sources.some((re) => re.test(g.name ?? "")));
    expect(
      extra.map((g) => `${g.name}: ${g.claims.map((c) => c.text).join(" | ")}`),
      "sources listed that said nothing",
    ).toEqual([]);
  });

  it("scrolls the article to a claim clicked in the popup and flashes it", async () => {
    const page = await openArticle("article.html", { width: 800, height: 500 });
    await waitForHighlights(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await popupFor(page);
    const groups = await readPopup(popup);
    const gazette = groups.find((g) => /Riverton Gazette/.test(g.name ?? ""));
    expect(
      gazette?.claims[0]?.id,
      `no claim of the Riverton Gazette in ${JSON.stringify(groups)}`,
    ).toBeTruthy();
    const claimId = gazette!.claims[0]!.id!;

    // Keep the flashed ranges (the clicked claim's) in the page, to check where they are once the
    // smooth scroll is over and the flash is gone.
    const flashed = page.waitForFunction(
      () => {
        const flash = CSS.highlights.get("sourcemark-flash");
        if (!flash || flash.size === 0) return false;
        (window as unknown as { flashed: AbstractRange[] }).flashed = [...flash];
        return true;
      },
      null,
      { polling: "raf", timeout: 10_000 },
    );
    await popup.locator(`[data-testid="claim"][data-claim-id="${claimId}"]`).click();
    await flashed;

    // Smooth scrolling: wait until the page has moved and the claim (in the last paragraph) is in the viewport.
    const where = () =>
      page.evaluate(() => {
        const range = (window as unknown as { flashed: Range[] }).flashed[0]!;
        const r = range.getBoundingClientRect();
        const inView = r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        const text = range.toString().slice(0, 60);
        return {
          text,
          inView,
          scrollY: window.scrollY,
          innerHeight: window.innerHeight,
          top: r.top,
          bottom: r.bottom,
        };
      });
    let seen = await where();
    for (const until = Date.now() + 10_000; !seen.inView && Date.now() < until; seen = await where())
      await settle(100);
    expect(seen.inView, `claim not in the viewport: ${JSON.stringify(seen)}`).toBe(true);
    expect(seen.scrollY, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.text).toContain("watch list");
  });

  it("shows the hover card over a claim", async () => {
    const page = await openArticle();
    await waitForHighlights(page);
    // Bring the first named claim to the middle of the viewport, clear of the cookie banner.
    await page.evaluate(() => {
      const range = [...(CSS.highlights.get("sourcemark-named") ?? [])][0] as Range;
      const r = range.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + r.top - window.innerHeight / 3);
    });
    await settle(300);
    const rect = await page.evaluate(() => {
      const range = [...(CSS.highlights.get("sourcemark-named") ?? [])][0] as Range;
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    });
    await page.mouse.move(rect.x - 200 > 0 ? rect.x - 200 : 1, 1);
    await page.mouse.move(rect.x, rect.y, { steps: 5 });

    await page.waitForFunction(() => document.querySelector("sourcemark-root") !== null, null, {
      timeout: 5_000,
    });
    const visible = async () =>
      (await overlayElements(suite.ext.context, page))
        .filter(
          (e) =>
            e.width > 0 &&
            e.height > 0 &&
            e.style.opacity > 0.5 &&
            e.style.visibility !== "hidden" &&
            e.style.display !== "none",
        )
        .map((e) => ({ x: e.x, y: e.y, width: e.width, height: e.height }));
    let boxes = await visible();
    for (let i = 0; i < 20 && boxes.length === 0; i++) {
      await settle(100);
      boxes = await visible();
    }
    expect(boxes.length, JSON.stringify(await overlayElements(suite.ext.context, page))).toBeGreaterThan(0);
    const viewport = page.viewportSize()!;
    const onScreen = boxes.some(
      (b) => b.x < viewport.width && b.y < viewport.height && b.x + b.width > 0 && b.y + b.height > 0,
    );
    expect(onScreen, JSON.stringify(boxes)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll("sourcemark-root").length)).toBe(1);
    expect(
      await page.evaluate(() => document.querySelector("sourcemark-root")?.parentElement?.localName),
    ).toBe("html");

    // Moving away hides it again.
    await page.mouse.move(5, 5);
    let after = await visible();
    for (let i = 0; i < 20 && after.length > 0; i++) {
      await settle(100);
      after = await visible();
    }
    expect(after).toEqual([]);
  });

  it("switches off for the site from the popup and back on", async () => {
    const page = await openArticle();
    await waitForHighlights(page);
    const tab = await tabIdOf(suite.ext, page);
    const sw = await suite.ext.serviceWorker();
    const badge = () => sw.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tab);
    await expect.poll(badge, { timeout: 10_000 }).toMatch(/^[1-9][0-9]*$/);
    let popup = await popupFor(page);
    const toggle = popup.locator('[data-testid="site-toggle"]');
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect
      .poll(async () => Object.values(await highlightSizes(page)).filter((n) => n > 0).length, {
        timeout: 10_000,
      })
      .toBe(0);
    await expect.poll(badge, { timeout: 10_000 }).toBe("");

    // What the page sends the background from now on: with the site off, its snapshot must stay in the page.
    const received = await recordBackgroundMessages(suite.ext);
    await page.reload();
    await settle(2_000);
    expect(await highlightSizes(page), "highlights after a reload with the site switched off").toEqual({});
    const sent = (await received()).map((m) => m.type);
    expect(sent, "what the switched-off page sent").toEqual([]);

    await popup.close();
    popup = await popupFor(page);
    const toggleAgain = popup.locator('[data-testid="site-toggle"]');
    await expect.poll(() => toggleAgain.isChecked(), { timeout: 10_000 }).toBe(false);
    await toggleAgain.click();
    await expect.poll(() => toggleAgain.isChecked()).toBe(true);
    // The popup may reload the tab itself; a second reload racing it must not fail the test.
    await settle(1_000);
    await page.reload().catch(() => {});
    const sizes = await waitForHighlights(page);
    for (const name of HIGHLIGHTS)
      expect(sizes[name] ?? 0, `${name} after switching back on`).toBeGreaterThan(0);
  });
});

describe("on a page without claims", () => {
  it("registers no highlights and the popup says why the list is empty", async () => {
    const page = await openArticle("no-claims.html");
    await page.waitForLoadState("load");
    const popup = await popupFor(page);
    const empty = popup.locator('[data-testid="empty-state"]');
    await empty.waitFor({ state: "visible", timeout: 15_000 });
    expect(((await empty.textContent()) ?? "").trim().length, "empty-state text").toBeGreaterThan(15);
    expect(await popup.locator('[data-testid="speaker"]').count()).toBe(0);
    await settle(1_000);
    const sizes = await highlightSizes(page);
    expect(sizes, "highlights registered on a page without claims").toEqual({});
  });
});

describe("privacy", () => {
  it("made no request beyond loopback during these tests", () => {
    expect(suite.ext.requests.length).toBeGreaterThan(0);
    const outside = suite.ext.requests.filter((url) => {
      if (/^(chrome-extension|data|blob):/.test(url)) return false;
      const { protocol, hostname } = new URL(url);
      return !((protocol === "http:" || protocol === "https:") && hostname === "127.0.0.1");
    });
    expect(outside).toEqual([]);
  });
});
