/**
 * The content script on pages that make its life hard: claims across inline elements, content
 * that arrives late, a single-page site that swaps the article, a page whose CSS tries to restyle
 * Sourcemark's hover card, and a page with an iframe.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { recordBackgroundMessages, useExtension, waitForHighlights } from "./harness";
import { overlayElements } from "./overlay";

const suite = useExtension();
const open = (file: string) => suite.open(file);

/** The text of every claim highlight registered in `page`. */
function claimTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ["sourcemark-named", "sourcemark-anonymous", "sourcemark-organization"].flatMap((n) =>
      [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()),
    ),
  );
}

const containing = (needle: string) => expect.arrayContaining([expect.stringContaining(needle)]);

describe("painting", () => {
  it("paints the highlights visibly: the page looks different with them than without", async () => {
    const page = await open("article.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    const clip = await page.evaluate(() => {
      const r = [...(CSS.highlights.get("sourcemark-named") ?? [])][0] as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const b = r.getClientRects()[0]!;
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    });
    const painted = await page.screenshot({ clip });
    await page.evaluate(() => CSS.highlights.clear());
    const bare = await page.screenshot({ clip });
    expect(painted.equals(bare)).toBe(false);
  });
});

describe("claims across inline elements", () => {
  it("paints a quote that runs through a link and an emphasis as one claim", async () => {
    const page = await open("article.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    const crossing = await page.evaluate(() => {
      const range = [...(CSS.highlights.get("sourcemark-named") ?? [])]
        .map((r) => r as Range)
        .find((r) => r.toString().includes("inspection warned us"));
      if (!range) return null;
      const em = document.querySelector("a em");
      const link = document.querySelector('a[href*="inspection"]');
      return {
        text: range.toString(),
        throughEm: !!em && range.intersectsNode(em),
        throughLink: !!link && range.intersectsNode(link),
        nodes: range.startContainer !== range.endContainer,
      };
    });
    expect(crossing).toMatchObject({ throughEm: true, throughLink: true, nodes: true });
    expect(crossing?.text).toMatch(/^The 2019 inspection warned us that the piers were being undercut/);
  });
});

describe("keeping up with the page", () => {
  it("picks up a paragraph added two seconds after load", async () => {
    const page = await open("late.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    expect(await claimTexts(page)).not.toEqual(containing("The island has been patient"));
    await expect
      .poll(() => claimTexts(page), { timeout: 8000 })
      .toEqual(containing("The island has been patient"));
    // What was there before is still painted.
    expect(await claimTexts(page)).toEqual(containing("We heard every complaint"));
  });

  it("follows an in-page navigation that replaces the article, clearing the old highlights", async () => {
    const page = await open("spa.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    expect(await claimTexts(page)).toEqual(containing("This is a vote for every kid"));
    await page.evaluate(() => (window as unknown as { showSecondStory: () => void }).showSecondStory());
    await expect
      .poll(() => claimTexts(page), { timeout: 8000 })
      .toEqual(containing("One bad night in April"));
    const after = await claimTexts(page);
    expect(after.some((t) => t.includes("This is a vote for every kid"))).toBe(false);
  });
});

describe("a page that fights back", () => {
  it("cannot hide or restyle the hover card", async () => {
    const page = await open("hostile-css.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    const rect = await page.evaluate(() => {
      const r = [...(CSS.highlights.get("sourcemark-named") ?? [])][0] as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const box = r.getClientRects()[0]!;
      return { x: box.left + 5, y: box.top + box.height / 2 };
    });
    await page.mouse.move(rect.x, rect.y);
    await expect
      .poll(
        async () =>
          (await overlayElements(suite.ext.context, page)).find((e) => e.attributes.role === "tooltip")?.style
            .opacity ?? 0,
      )
      .toBe(1);
    const card = (await overlayElements(suite.ext.context, page)).find(
      (e) => e.attributes.role === "tooltip",
    )!;
    expect(card.width).toBeGreaterThan(50);
    expect(card.height).toBeGreaterThan(20);
    expect(card.style).toMatchObject({ display: "block", visibility: "visible" });
    expect(card.style.color).not.toBe("rgb(255, 0, 0)");
    expect(card.style.fontSize).not.toBe("31px");
    expect(card.style.fontFamily).not.toMatch(/Comic Sans/);
    // And the page's scripts cannot reach into it.
    expect(
      await page.evaluate(() => document.querySelector("sourcemark-root")?.shadowRoot ?? null),
    ).toBeNull();
  });
});

describe("frames", () => {
  it("analyses the top document's article and leaves iframes alone", async () => {
    const page = await open("framed.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    expect(await claimTexts(page)).toEqual(containing("She knows our schools"));
    const frame = page.frames().find((f) => f.url().includes("framed-inner"));
    expect(frame).toBeDefined();
    await frame!.waitForLoadState("load");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await frame!.evaluate(() => CSS.highlights.size)).toBe(0);
  });
});

describe("the background that does the analysis", () => {
  /** Stops the extension's service worker over CDP, as MV3 does when it is idle; `states` goes on recording. */
  async function stopBackground(page: Page) {
    const cdp = await suite.ext.context.newCDPSession(page);
    const states: string[] = [];
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith("chrome-extension://")) states.push(v.runningStatus);
    });
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await expect.poll(() => states.at(-1), { timeout: 10_000 }).toBe("stopped");
    return { cdp, states };
  }

  it("is started again when MV3 has stopped it, and the article is analysed", async () => {
    const first = await open("article.html");
    await waitForHighlights(first, ["sourcemark-named"]);
    const { cdp, states } = await stopBackground(first);
    const page = await open("article.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    expect(await claimTexts(page)).toEqual(containing("inspection warned us"));
    expect(states).toContain("running");
    await cdp.detach();
  });

  it("answers an open page again after MV3 stopped it meanwhile (the page's port reconnects)", async () => {
    const page = await open("spa.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    const { cdp } = await stopBackground(page);
    await page.evaluate(() => (window as unknown as { showSecondStory: () => void }).showSecondStory());
    await expect
      .poll(() => claimTexts(page), { timeout: 10_000 })
      .toEqual(containing("One bad night in April"));
    await cdp.detach();
  });
});

describe("the early script", () => {
  /** The message types the background receives from now on, read with the returned function. */
  async function recordMessages(): Promise<() => Promise<string[]>> {
    const received = await recordBackgroundMessages(suite.ext);
    return async () => (await received()).map((m) => m.type);
  }

  it("asks the background to get ready on an article, before the main script sends the page", async () => {
    const seen = await recordMessages();
    const page = await open("article.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    const types = await seen();
    expect(types).toContain("content/get-ready");
    expect(types.indexOf("content/get-ready")).toBeLessThan(types.indexOf("content/analyze-page"));
  });

  it("sends nothing at all from a page that is not an article", async () => {
    const seen = await recordMessages();
    const page = await open("shop.html");
    await page.waitForLoadState("load");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Not even a look for the user's highlights (this site has none, the list in storage says), nor a
    // badge to clear (the browser cleared it when the tab loaded the page).
    expect(await seen()).toEqual([]);
  });
});

describe("a page far longer than any article", () => {
  it("is analysed in windows by the background and painted to its end", async () => {
    const page = await open("long-feed.html");
    await waitForHighlights(page, ["sourcemark-named"]);
    const texts = await claimTexts(page);
    expect(texts).toEqual(containing("Report 1 will be published"));
    expect(texts).toEqual(containing("Report 420 will be published"));
    expect(texts.length).toBeGreaterThanOrEqual(400);
  });
});
