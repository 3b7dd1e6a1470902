/**
 * The user's annotations, end to end in Chromium: highlight by the selection toolbar, by the
 * context menu's listener and by the keyboard command's listener; tag a detected claim from the
 * popup; reload and find everything re-attached; change the article's text and find annotations
 * re-attached or listed as not found; two tabs annotating at once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { recordBackgroundMessages, SITE, useExtension, waitForHighlights } from "./harness";
import { clickOverlay as clickOverlayIn, overlayElements, selectText } from "./overlay";

// A copy of the fixture site that the tests may rewrite, to change the article between visits.
const site = mkdtempSync(path.join(tmpdir(), "sourcemark-site-"));
cpSync(SITE, site, { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));
const suite = useExtension(() => site);
const original = readFileSync(path.join(SITE, "article.html"), "utf8");

/** Writes the article page the tests serve under `name`, from the fixture with `edit` applied. */
function writeArticle(name: string, edit: (html: string) => string = (h) => h): void {
  writeFileSync(path.join(site, name), edit(original));
}

async function open(name: string): Promise<Page> {
  const page = await suite.open(name);
  await waitForHighlights(page);
  return page;
}

async function select(page: Page, phrase: string): Promise<void> {
  expect(await selectText(page, phrase), `"${phrase}" is on the page`).toBe(true);
}

/** Clicks the element of Sourcemark's overlay (closed shadow root) whose aria-label is `label`. */
const clickOverlay = (page: Page, label: string) => clickOverlayIn(suite.ext.context, page, label);

/** The text of each user highlight registered in `page`, by colour. */
function userHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith("sourcemark-user-")) out[name.slice(16)] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

async function waitForUserHighlight(page: Page, text: string, color = "yellow"): Promise<void> {
  await expect
    .poll(async () => (await userHighlights(page))[color] ?? [], { timeout: 10_000 })
    .toContain(text);
}

interface PopupAnnotation {
  id: string;
  found: boolean;
  text: string;
}

async function popupAnnotations(page: Page): Promise<PopupAnnotation[]> {
  const popup = await suite.popupFor(page);
  await popup.locator('[data-testid="speaker"], [data-testid="empty-state"]').first().waitFor();
  return popup.locator('[data-testid="user-annotation"]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute("data-annotation-id") ?? "",
      found: li.getAttribute("data-found") === "true",
      text: li.querySelector("button")?.textContent ?? "",
    })),
  );
}

async function tabId(page: Page): Promise<number> {
  const sw = await suite.ext.serviceWorker();
  await page.bringToFront();
  const [tab] = await sw.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  return tab!.id!;
}

const PHRASE_TOOLBAR = "engineers found that two of its stone piers had shifted";
const PHRASE_MENU = "the school district has added two bus routes";
const PHRASE_COMMAND = "a cable ferry carried wagons and passengers across the river";

describe("highlighting", () => {
  it("highlights a selection from the toolbar, in the chosen colour", async () => {
    writeArticle("toolbar.html");
    const page = await open("toolbar.html");
    await select(page, PHRASE_TOOLBAR);
    await clickOverlay(page, "Highlight in green");
    await waitForUserHighlight(page, PHRASE_TOOLBAR, "green");
  });

  it("highlights a selection from the context menu", async () => {
    writeArticle("menu.html");
    const page = await open("menu.html");
    const sw = await suite.ext.serviceWorker();
    // The item exists: updating an unknown id fails.
    await sw.evaluate(() => chrome.contextMenus.update("sourcemark-highlight", {}));
    await select(page, PHRASE_MENU);
    const id = await tabId(page);
    await sw.evaluate(
      (tab) =>
        (
          globalThis as unknown as {
            sourcemarkListeners: { onMenuClicked: (i: object, t: object) => Promise<void> };
          }
        ).sourcemarkListeners.onMenuClicked({ menuItemId: "sourcemark-highlight" }, { id: tab }),
      id,
    );
    await waitForUserHighlight(page, PHRASE_MENU);
  });

  it("highlights a selection with the keyboard shortcut's command", async () => {
    writeArticle("command.html");
    const page = await open("command.html");
    const sw = await suite.ext.serviceWorker();
    const commands = await sw.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === "highlight-selection")?.shortcut).toMatch(/Alt\+Shift\+H/);
    await select(page, PHRASE_COMMAND);
    const id = await tabId(page);
    await sw.evaluate(
      (tab) =>
        (
          globalThis as unknown as {
            sourcemarkListeners: { onCommand: (c: string, t: object) => Promise<void> };
          }
        ).sourcemarkListeners.onCommand("highlight-selection", { id: tab }),
      id,
    );
    await waitForUserHighlight(page, PHRASE_COMMAND);
    // The editor opens for a note, focused, so the keyboard user can type at once.
    await expect
      .poll(async () =>
        (await overlayElements(suite.ext.context, page)).some((e) => e.attributes["aria-label"] === "Note"),
      )
      .toBe(true);
  });
});

describe("tagging a detected claim and coming back", () => {
  it("tags a claim from the popup, and after a reload everything is re-attached", async () => {
    writeArticle("tagged.html");
    const page = await open("tagged.html");
    await select(page, PHRASE_TOOLBAR);
    await clickOverlay(page, "Highlight in blue");
    await waitForUserHighlight(page, PHRASE_TOOLBAR, "blue");

    const popup = await suite.popupFor(page);
    const official = popup
      .locator('[data-testid="speaker"]')
      .filter({ has: popup.locator('[data-testid="anonymous-badge"]') })
      .first();
    await official.locator('[data-testid="tag-claim"]').first().click();
    await official.locator('button[data-tag="needs verification"]').first().click();
    await expect
      .poll(() => official.locator('[data-testid="claim-tags"]').first().textContent())
      .toContain("needs verification");
    await popup.close();

    await page.reload();
    await waitForHighlights(page);
    await waitForUserHighlight(page, PHRASE_TOOLBAR, "blue");
    const listed = await popupAnnotations(page);
    expect(listed).toHaveLength(2);
    expect(listed.every((a) => a.found)).toBe(true);
  });
});

describe("on a page that is not an article", () => {
  const PHRASE = "volunteers are on hand on Saturday mornings";

  it("keeps the user's highlight and re-attaches it on the next visit, with the text built by the background", async () => {
    const page = await suite.open("opening-hours.html");
    await select(page, PHRASE);
    await clickOverlay(page, "Highlight in green");
    await waitForUserHighlight(page, PHRASE, "green");

    const received = await recordBackgroundMessages(suite.ext);
    await page.reload();
    await waitForUserHighlight(page, PHRASE, "green");
    const seen = await received();
    expect(seen.filter((m) => m.type === "content/analyze-page")).toEqual([
      { type: "content/analyze-page", textOnly: true },
    ]);
    expect(seen.map((m) => m.type)).not.toContain("content/get-ready");
  });
});

describe("when the article changes", () => {
  const PARAGRAPH = "Traffic on the reservoir road, a two-lane county highway with few places to pass";
  const PHRASE = "a two-lane county highway with few places to pass";

  async function annotate(name: string): Promise<void> {
    writeArticle(name);
    const page = await open(name);
    await select(page, PHRASE);
    await clickOverlay(page, "Highlight in pink");
    await waitForUserHighlight(page, PHRASE, "pink");
    await page.close();
  }

  it("re-attaches after a word of the passage was edited", async () => {
    await annotate("edit-word.html");
    writeArticle("edit-word.html", (h) => h.replace("few places to pass", "few safe places to pass"));
    const page = await open("edit-word.html");
    await expect
      .poll(async () => (await userHighlights(page)).pink ?? [])
      .toEqual([expect.stringContaining("two-lane county highway")]);
    expect((await popupAnnotations(page)).map((a) => a.found)).toEqual([true]);
  });

  it("re-attaches after a paragraph was inserted before it", async () => {
    await annotate("insert.html");
    writeArticle("insert.html", (h) =>
      h.replace(
        "<h2>Life on two banks</h2>",
        "<h2>Life on two banks</h2>\n<p>A new paragraph about the ferry, the dam and the detour, written after the first version.</p>",
      ),
    );
    const page = await open("insert.html");
    await waitForUserHighlight(page, PHRASE, "pink");
    expect((await popupAnnotations(page)).map((a) => a.found)).toEqual([true]);
  });

  it("lists it as not found when its paragraph was removed", async () => {
    await annotate("remove.html");
    writeArticle("remove.html", (h) => h.replace(new RegExp(`<p>${PARAGRAPH}[^<]*</p>`), ""));
    expect(readFileSync(path.join(site, "remove.html"), "utf8")).not.toContain(PARAGRAPH);
    const page = await open("remove.html");
    const listed = await popupAnnotations(page);
    expect(listed.map((a) => a.found)).toEqual([false]);
    expect((await userHighlights(page)).pink ?? []).toEqual([]);
  });
});

describe("two tabs", () => {
  it("annotating the same article in two tabs at once loses nothing, and both tabs show both", async () => {
    writeArticle("two-tabs.html");
    const [a, b] = [await open("two-tabs.html"), await open("two-tabs.html")];
    await select(a, PHRASE_TOOLBAR);
    await select(b, PHRASE_COMMAND);
    const sw = await suite.ext.serviceWorker();
    const [ta, tb] = [await tabId(a), await tabId(b)];
    // Both at once, through the same path as the keyboard shortcut.
    await sw.evaluate(
      ([x, y]) => {
        const l = (
          globalThis as unknown as {
            sourcemarkListeners: { onCommand: (c: string, t: object) => Promise<void> };
          }
        ).sourcemarkListeners;
        return Promise.all([
          l.onCommand("highlight-selection", { id: x }),
          l.onCommand("highlight-selection", { id: y }),
        ]);
      },
      [ta, tb],
    );
    for (const page of [a, b]) {
      await waitForUserHighlight(page, PHRASE_TOOLBAR);
      await waitForUserHighlight(page, PHRASE_COMMAND);
    }
  });
});
