/**
 * The library page (the extension's options page), end to end: search by tag and by text, delete
 * and undo, export to a JSON-LD file and import it into a fresh profile where the annotations
 * re-attach on the article, and a malformed file that leaves the database as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { Annotation } from "../../src/annotation/types";
import { toJsonLd } from "../../src/formats/jsonld";
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  useExtension,
  waitForHighlights,
} from "./harness";
import { clickOverlay, selectText } from "./overlay";

const suite = useExtension();
const work = mkdtempSync(path.join(tmpdir(), "sourcemark-library-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function article(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${suite.server.url}article.html`);
  await waitForHighlights(page);
  return page;
}

async function library(browser: ExtensionBrowser, query = ""): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html${query}`);
  return page;
}

/** Selects `phrase` and clicks a colour in the selection toolbar. */
async function highlight(
  browser: ExtensionBrowser,
  page: Page,
  phrase: string,
  colour = "yellow",
): Promise<void> {
  if (!(await selectText(page, phrase))) throw new Error(`not on the page: ${phrase}`);
  await clickOverlay(browser.context, page, `Highlight in ${colour}`);
  await expect
    .poll(() =>
      page.evaluate(
        (c) => [...(CSS.highlights.get(`sourcemark-user-${c}`) ?? [])].map((r) => r.toString()),
        colour,
      ),
    )
    .toContain(phrase);
}

/** The annotations the library lists, by quote. */
async function listed(page: Page): Promise<string[]> {
  await page
    .locator('[data-testid="annotation"], [data-testid="empty-library"], [data-testid="no-matches"]')
    .first()
    .waitFor();
  return page.locator('[data-testid="annotation-quote"]').allTextContents();
}

const A = "engineers found that two of its stone piers had shifted";
const B = "the Saturday market has moved to the parking lot of the old grain elevator";
const C = "a cable ferry carried wagons and passengers across the river";

describe("the library", () => {
  it("lists what was highlighted and tagged, and searches by tag and by text", async () => {
    const page = await article(suite.ext);
    await highlight(suite.ext, page, A);
    await highlight(suite.ext, page, B, "green");
    await highlight(suite.ext, page, C, "blue");
    // Tag a detected claim from the popup: it becomes an annotation of its own.
    const popup = await openPopupFor(suite.ext, page);
    const group = popup.locator('[data-testid="speaker"][data-speaker-name="Elena Vasquez"]');
    await group.locator('[data-testid="tag-claim"]').first().click();
    await group.locator('button[data-tag="disputed"]').first().click();
    await expect
      .poll(() => group.locator('[data-testid="claim-tags"]').first().textContent())
      .toContain("disputed");
    await popup.close();

    const lib = await library(suite.ext);
    await expect.poll(async () => (await listed(lib)).length).toBe(4);

    await lib.locator('[data-testid="library-search"]').fill("tag:disputed");
    await expect.poll(async () => (await listed(lib)).length).toBe(1);
    const tagged = lib.locator('[data-testid="annotation"]').first();
    expect(await tagged.locator('[data-testid="annotation-tags"]').textContent()).toContain("disputed");
    expect(await tagged.locator('[data-testid="annotation-speaker"]').textContent()).toContain(
      "Elena Vasquez",
    );

    await lib.locator('[data-testid="library-search"]').fill("grain elevator");
    await expect.poll(() => listed(lib)).toEqual([expect.stringContaining("grain elevator")]);

    await lib.locator('[data-testid="library-search"]').fill("");
    await expect.poll(async () => (await listed(lib)).length).toBe(4);
    await lib.close();
    await page.close();
  });

  it("deletes an annotation and brings it back with undo", async () => {
    const lib = await library(suite.ext);
    await expect.poll(async () => (await listed(lib)).length).toBe(4);
    const item = lib.locator('[data-testid="annotation"]').filter({ hasText: "cable ferry" });
    await item.locator('[data-testid="delete"]').click();
    await expect.poll(async () => (await listed(lib)).some((q) => q.includes("cable ferry"))).toBe(false);
    // Gone from the page too.
    const page = await article(suite.ext);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get("sourcemark-user-blue")?.size ?? 0))
      .toBe(0);

    await lib.locator('[data-testid="undo"]').click();
    await expect.poll(async () => (await listed(lib)).some((q) => q.includes("cable ferry"))).toBe(true);
    // And back on the open page, without a reload.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get("sourcemark-user-blue")?.size ?? 0))
      .toBe(1);
    await page.close();
    await lib.close();
  });

  it.each([
    {
      name: "truncated.jsonld",
      text: '{ "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": { "items": [ {',
      message: /truncated\.jsonld.*(JSON|line)/s,
    },
    { name: "notes.csv", text: "id,quote,note\r\n1,hello,world\r\n", message: /notes\.csv/ },
    { name: "numbers.json", text: "[1, 2, 3]", message: /numbers\.json.*number/s },
    {
      name: "huge.json",
      text: "",
      size: 50 * 1024 * 1024,
      message: /huge\.json.*too large.*\b5\d(\.\d)? MB/s,
    },
  ])(
    "refuses $name with a clear message and leaves the library unchanged",
    async ({ name, text, size, message }) => {
      const lib = await library(suite.ext);
      await expect.poll(async () => (await listed(lib)).length).toBe(4);
      const file = path.join(work, name);
      writeFileSync(file, size ? Buffer.alloc(size, 0x20) : text);
      await lib.locator('[data-testid="import-file"]').setInputFiles(file);
      await expect.poll(() => lib.locator('[data-testid="library-error"]').textContent()).toMatch(message);
      expect(await lib.locator('[data-testid="import-confirm"]').count()).toBe(0);
      expect((await listed(lib)).length).toBe(4);
      await lib.close();
    },
  );

  it("lists the bad records of a partly broken file, imports nothing until confirmed, and nothing on cancel", async () => {
    const lib = await library(suite.ext);
    await expect.poll(async () => (await listed(lib)).length).toBe(4);
    const item = (id: string, exact: unknown) => ({
      id: `urn:uuid:${id}`,
      type: "Annotation",
      target: { source: "https://news.example/story", selector: [{ type: "TextQuoteSelector", exact }] },
    });
    const file = path.join(work, "partly-broken.jsonld");
    writeFileSync(
      file,
      JSON.stringify({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "AnnotationCollection",
        first: {
          type: "AnnotationPage",
          items: [
            item("6f1c1c8e-1b7a-4d6e-9a51-000000000001", "a good quote"),
            item("6f1c1c8e-1b7a-4d6e-9a51-000000000002", 42),
            item("6f1c1c8e-1b7a-4d6e-9a51-000000000001", "the same id again"),
            { ...item("6f1c1c8e-1b7a-4d6e-9a51-000000000003", "another good one"), unknownField: true },
          ],
        },
      }),
    );
    await lib.locator('[data-testid="import-file"]').setInputFiles(file);
    await expect.poll(() => lib.locator('[data-testid="import-add-count"]').textContent()).toMatch(/2/);
    expect(await lib.locator('[data-testid="import-problem-count"]').textContent()).toMatch(/2/);
    const problems = await lib.locator('[data-testid="import-problems"] li').allTextContents();
    expect(problems.join("\n")).toMatch(/item 2/);
    expect(problems.join("\n")).toMatch(/item 3/);
    expect((await listed(lib)).length).toBe(4);
    await lib.locator('[data-testid="import-cancel"]').first().click();
    await expect.poll(() => lib.locator('[data-testid="import-dialog"]').count()).toBe(0);
    expect((await listed(lib)).length).toBe(4);
    await lib.close();
  });

  it("shows an import's progress, and Cancel leaves the library exactly as it was", async () => {
    const lib = await library(suite.ext);
    await expect.poll(async () => (await listed(lib)).length).toBe(4);
    const now = new Date().toISOString();
    const many: Annotation[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      pageKey: `https://bulk.example/story-${i % 500}`,
      url: `https://bulk.example/story-${i % 500}`,
      title: `Bulk story ${i % 500}`,
      selectors: {
        quote: { exact: `the harbour ferry timetable, item ${i}`, prefix: "before ", suffix: " after" },
        position: { start: i, end: i + 30 },
      },
      color: "green",
      note: `note ${i}`,
      tags: ["bulk"],
      created: now,
      updated: now,
    }));
    const file = path.join(work, "bulk.jsonld");
    writeFileSync(file, JSON.stringify(toJsonLd(many)));
    await lib.locator('[data-testid="import-file"]').setInputFiles(file);
    await expect.poll(() => lib.locator('[data-testid="import-add-count"]').textContent()).toMatch(/10000/);
    await lib.locator('[data-testid="import-confirm"]').click();
    await lib.locator('[data-testid="import-progress"]').waitFor();
    await lib.locator('[data-testid="import-cancel"]').click();
    await expect
      .poll(() => lib.locator('[data-testid="import-result"]').textContent())
      .toMatch(/Nothing was imported/);
    await lib.locator('[data-testid="import-close"]').click();
    await lib.reload();
    expect((await listed(lib)).length).toBe(4);
    await lib.close();
  });

  it("exports everything as JSON-LD, and a fresh profile imports it and re-attaches it on the article", async () => {
    const lib = await library(suite.ext);
    await expect.poll(async () => (await listed(lib)).length).toBe(4);
    await lib.locator('[data-testid="export"]').click();
    const [download] = await Promise.all([
      lib.waitForEvent("download"),
      lib.locator('[data-testid="export-jsonld"]').click(),
    ]);
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported.type).toBe("AnnotationCollection");
    expect(exported.total).toBe(4);
    await lib.close();

    const fresh = await launchWithExtension();
    try {
      const lib2 = await library(fresh);
      await lib2.locator('[data-testid="empty-library"]').waitFor();
      await lib2.locator('[data-testid="import-file"]').setInputFiles(file);
      await expect.poll(() => lib2.locator('[data-testid="import-add-count"]').textContent()).toMatch(/4/);
      await lib2.locator('[data-testid="import-confirm"]').click();
      await expect.poll(async () => (await listed(lib2)).length, { timeout: 10_000 }).toBe(4);

      const page = await article(fresh);
      await expect
        .poll(() =>
          page.evaluate(() =>
            ["yellow", "green", "blue"].flatMap((c) =>
              [...(CSS.highlights.get(`sourcemark-user-${c}`) ?? [])].map((r) => r.toString()),
            ),
          ),
        )
        .toEqual(expect.arrayContaining([A, B, C]));
    } finally {
      await fresh.close();
    }
  });
});
