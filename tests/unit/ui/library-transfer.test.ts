import { describe, expect, it } from "vitest";
import type { Annotation } from "../../../src/annotation/types";
import { annotationProblem } from "../../../src/annotation/validate";
import { toJsonLd } from "../../../src/formats/jsonld";
import type { PageRecord } from "../../../src/store/schema";
import { exportFile, markdownPages, previewImport, toSave } from "../../../src/ui/library/transfer";

const at = "2026-11-20T10:00:00.000Z";
function ann(n: number, pageKey: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    pageKey,
    url: pageKey,
    title: `Title of ${pageKey}`,
    selectors: {
      quote: { exact: `quote ${n}`, prefix: "", suffix: "" },
      position: { start: n * 10, end: n * 10 + 7 },
    },
    color: "yellow",
    note: "",
    tags: [],
    created: at,
    updated: at,
    ...extra,
  };
}
const page = (pageKey: string, title: string): PageRecord => ({
  pageKey,
  url: pageKey,
  title,
  site: new URL(pageKey).hostname,
  annotationCount: 1,
  updated: at,
});

const A = "https://a.example/one";
const B = "https://b.example/two";

describe("markdownPages", () => {
  it("groups by page in the pages' order, annotations in text order", () => {
    const list = [ann(3, A), ann(1, B), ann(2, A)];
    const out = markdownPages(list, [page(B, "Bee"), page(A, "Ay")]);
    expect(out.map((p) => p.title)).toEqual(["Bee", "Ay"]);
    expect(out[1]!.annotations.map((a) => a.selectors.quote.exact)).toEqual(["quote 2", "quote 3"]);
  });

  it("falls back to the annotation's title and URL for an unknown page", () => {
    const out = markdownPages([ann(1, A)], []);
    expect(out).toEqual([{ title: `Title of ${A}`, url: A, annotations: [ann(1, A)] }]);
  });
});

describe("exportFile", () => {
  const now = new Date(2026, 10, 25, 9, 30);
  it("names files by date, with the right types", () => {
    const list = [ann(1, A)];
    expect(exportFile("jsonld", list, [], now)).toMatchObject({
      name: "sourcemark-2026-11-25.jsonld",
      type: "application/ld+json",
    });
    expect(exportFile("csv", list, [], now)).toMatchObject({
      name: "sourcemark-2026-11-25.csv",
      type: "text/csv;charset=utf-8",
    });
    expect(exportFile("markdown", list, [], now)).toMatchObject({ name: "sourcemark-2026-11-25.md" });
  });

  it("writes JSON-LD that imports back to the same annotations", () => {
    const list = [ann(1, A, { note: "n", tags: ["disputed"] }), ann(2, B, { color: "blue" })];
    const file = exportFile("jsonld", list, [], now);
    const back = previewImport(file.text, []);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.preview.toAdd).toEqual(list);
      expect(back.preview.problems).toEqual([]);
    }
  });
});

describe("previewImport", () => {
  it("separates new, already there and changed annotations", () => {
    const mine = [ann(1, A), ann(2, A, { note: "mine" })];
    const file = JSON.stringify(toJsonLd([ann(1, A), ann(2, A, { note: "theirs" }), ann(3, B)]));
    const r = previewImport(file, mine);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.preview.toAdd.map((a) => a.id)).toEqual([ann(3, B).id]);
    expect(r.preview.alreadyThere).toBe(1);
    expect(r.preview.conflicts.map((c) => c.incoming.note)).toEqual(["theirs"]);
    expect(toSave(r.preview, false).map((a) => a.id)).toEqual([ann(3, B).id]);
    expect(toSave(r.preview, true).map((a) => a.id)).toEqual([ann(3, B).id, ann(2, A).id]);
  });

  it("passes on a whole-file error", () => {
    expect(previewImport("not json", [])).toMatchObject({ ok: false });
    expect(previewImport("", [])).toEqual({ ok: false, error: "The file is empty." });
  });

  it("lists bad records as problems and keeps the good ones", () => {
    const good = JSON.parse(JSON.stringify(toJsonLd([ann(1, A)])));
    good.first.items.push({ type: "Annotation", id: "urn:uuid:broken" });
    const r = previewImport(JSON.stringify(good), []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.preview.toAdd).toHaveLength(1);
    expect(r.preview.problems).toHaveLength(1);
    expect(r.preview.problems[0]!.message).toMatch(/item 2/);
  });

  it("counts places in the file past skipped records", () => {
    const doc = JSON.parse(JSON.stringify(toJsonLd([ann(1, A), ann(2, A)])));
    doc.first.items.splice(1, 0, { type: "Annotation", id: "urn:uuid:broken" });
    doc.first.items[2].target.selector = [
      { type: "TextQuoteSelector", exact: "x" },
      { type: "TextPositionSelector", start: 5, end: 2 },
    ];
    const r = previewImport(JSON.stringify(doc), []);
    if (!r.ok) throw new Error(r.error);
    expect(r.preview.problems.map((p) => p.message.slice(0, 7))).toEqual(["item 2 ", "item 3 "]);
  });

  it("lists records the library can't save as problems instead of failing the import", () => {
    // A W3C annotation from another tool without a TextPositionSelector.
    const foreign = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      id: "urn:uuid:11111111-1111-4111-8111-111111111111",
      created: at,
      body: { type: "TextualBody", value: "a note", purpose: "commenting" },
      target: { source: A, selector: { type: "TextQuoteSelector", exact: "quote" } },
    };
    const r = previewImport(JSON.stringify(foreign), []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Whatever the position, nothing in toAdd is refused by the background's check.
    for (const a of r.preview.toAdd) expect(annotationProblem(a)).toBeNull();
    expect(r.preview.toAdd.length + r.preview.problems.length).toBe(1);
    for (const p of r.preview.problems) expect(p.message).toMatch(/^item 1 /);
  });
});
