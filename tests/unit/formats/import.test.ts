import { describe, expect, it } from "vitest";
import type { Annotation } from "../../../src/annotation/types";
import { toCsv } from "../../../src/formats/csv";
import { type ImportResult, parseImport, planImport } from "../../../src/formats/import";
import { toJsonLd } from "../../../src/formats/jsonld";
import { sample } from "./arbitraries";

const CTX = "http://www.w3.org/ns/anno.jsonld";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r;
}
function error(r: ImportResult): string {
  if (r.ok) throw new Error("expected an error");
  return r.error;
}

/** Parsed JSON that a test edits freely to break it. */
// biome-ignore lint/suspicious/noExplicitAny: the tests write wrong types on purpose
type Loose = any;

/** A W3C annotation as another tool might write it. */
const foreign = (extra: Record<string, unknown> = {}) => ({
  "@context": CTX,
  id: "http://other-tool.example/annotations/17",
  type: "Annotation",
  created: "2025-06-01T08:00:00Z",
  target: {
    source: "https://news.example/story#section-2",
    selector: { type: "TextQuoteSelector", exact: "sales fell sharply" },
  },
  ...extra,
});

describe("parseImport: annotations from other tools", () => {
  it("reads a single annotation with one selector object and no position", () => {
    const [a] = ok(parseImport(JSON.stringify(foreign()))).annotations;
    expect(a).toEqual({
      id: expect.stringMatching(UUID),
      pageKey: "https://news.example/story",
      url: "https://news.example/story#section-2",
      // (pageKey as the content script computes it: no fragment, tracking parameters dropped)
      title: "",
      selectors: {
        quote: { exact: "sales fell sharply", prefix: "", suffix: "" },
        position: { start: -1, end: -1 },
      },
      color: "yellow",
      note: "",
      tags: [],
      created: "2025-06-01T08:00:00Z",
      updated: "2025-06-01T08:00:00Z",
    });
  });

  it.each<[string, Record<string, unknown>, Partial<Annotation>]>([
    [
      "a TextualBody without purpose on a commenting annotation is the note",
      { motivation: "commenting", body: { type: "TextualBody", value: "Source?" } },
      { note: "Source?", tags: [] },
    ],
    [
      "bodies with purpose tagging are tags, in order",
      {
        body: [
          { type: "TextualBody", value: "z", purpose: "tagging" },
          { type: "TextualBody", value: "a", purpose: "tagging" },
        ],
      },
      { note: "", tags: ["z", "a"] },
    ],
    ["a body without a type but with a value is text", { body: { value: "plain" } }, { note: "plain" }],
    [
      "bodies without purpose on a tagging annotation are tags",
      { motivation: "tagging", body: [{ type: "TextualBody", value: "t" }] },
      { tags: ["t"] },
    ],
    ["a bodyValue is the note", { bodyValue: "short note" }, { note: "short note" }],
    [
      "an IRI body is ignored",
      { body: ["http://other-tool.example/tags/economy", { type: "TextualBody", value: "n" }] },
      { note: "n", tags: [] },
    ],
    [
      "a SpecificResource body is ignored",
      { body: { type: "SpecificResource", source: "http://x.example/" } },
      { note: "", tags: [] },
    ],
    [
      "several comments are joined",
      {
        body: [
          { type: "TextualBody", value: "one" },
          { type: "TextualBody", value: "two", purpose: "commenting" },
        ],
      },
      { note: "one\n\ntwo" },
    ],
    [
      "a TextPositionSelector beside a RangeSelector gives the position",
      {
        target: {
          source: "https://news.example/story",
          selector: [
            {
              type: "RangeSelector",
              startSelector: { type: "XPathSelector", value: "/p[1]" },
              endSelector: { type: "XPathSelector", value: "/p[2]" },
            },
            { type: "TextPositionSelector", start: 10, end: 28 },
            { type: "TextQuoteSelector", exact: "sales fell sharply", prefix: "in May ", suffix: "." },
          ],
        },
      },
      {
        selectors: {
          quote: { exact: "sales fell sharply", prefix: "in May ", suffix: "." },
          position: { start: 10, end: 28 },
        },
      },
    ],
    [
      "a TextQuoteSelector refining a FragmentSelector is found",
      {
        target: {
          source: "https://news.example/story",
          selector: {
            type: "FragmentSelector",
            value: "p3",
            refinedBy: { type: "TextQuoteSelector", exact: "sales" },
          },
        },
      },
      { selectors: { quote: { exact: "sales", prefix: "", suffix: "" }, position: { start: -1, end: -1 } } },
    ],
    [
      "the first target with a quote is used",
      {
        target: [
          "https://news.example/other",
          { source: "https://news.example/b", selector: { type: "TextQuoteSelector", exact: "q" } },
        ],
      },
      { url: "https://news.example/b" },
    ],
    [
      "a missing page key is the page key of the source, as the content script computes it",
      {
        target: {
          source: "https://News.example/story?utm_source=mail&id=4#c",
          selector: { type: "TextQuoteSelector", exact: "q" },
        },
      },
      { pageKey: "https://news.example/story?id=4" },
    ],
    [
      "a source given as an object uses its id",
      {
        target: {
          source: { id: "https://news.example/c" },
          selector: { type: "TextQuoteSelector", exact: "q" },
        },
      },
      { url: "https://news.example/c" },
    ],
    [
      "modified without created gives both",
      { created: undefined, modified: "2025-07-01T00:00:00Z" },
      { created: "2025-07-01T00:00:00Z", updated: "2025-07-01T00:00:00Z" },
    ],
    [
      "an urn:uuid id is kept",
      { id: "urn:uuid:0a1b2c3d-0000-4000-8000-00000000abcd" },
      { id: "0a1b2c3d-0000-4000-8000-00000000abcd" },
    ],
    [
      "unknown fields are ignored",
      { "ex:rating": 5, creator: { name: "Ana" }, audience: "public" },
      { note: "" },
    ],
  ])("%s", (_label, extra, expected) => {
    const doc = JSON.parse(JSON.stringify(foreign(extra)));
    const r = ok(parseImport(JSON.stringify(doc)));
    expect(r.problems).toEqual([]);
    expect(r.annotations[0]).toMatchObject(expected);
  });

  it("reads a plain array, an AnnotationPage and a collection whose pages link on inline", () => {
    const one = foreign({ id: "urn:uuid:00000000-0000-4000-8000-000000000001" });
    const two = foreign({ id: "urn:uuid:00000000-0000-4000-8000-000000000002" });
    const ids = (text: string) => ok(parseImport(text)).annotations.map((a) => a.id);
    expect(ids(JSON.stringify([one, two]))).toHaveLength(2);
    expect(ids(JSON.stringify({ "@context": CTX, type: "AnnotationPage", items: [one, two] }))).toHaveLength(
      2,
    );
    const chained = {
      "@context": CTX,
      type: "AnnotationCollection",
      id: "http://c.example/",
      first: { type: "AnnotationPage", items: [one], next: { type: "AnnotationPage", items: [two] } },
    };
    expect(ids(JSON.stringify(chained))).toEqual([
      "00000000-0000-4000-8000-000000000001",
      "00000000-0000-4000-8000-000000000002",
    ]);
  });

  it("gives different fresh ids to records without a usable id", () => {
    const r = ok(parseImport(JSON.stringify([foreign({ id: undefined }), foreign({ id: undefined })])));
    expect(r.annotations[0]!.id).not.toBe(r.annotations[1]!.id);
  });

  it("reads an empty list and an empty export as nothing to import", () => {
    expect(parseImport("[]")).toEqual({ ok: true, annotations: [], problems: [] });
    expect(parseImport(JSON.stringify(toJsonLd([])))).toEqual({ ok: true, annotations: [], problems: [] });
  });
});

describe("parseImport: problems with single records", () => {
  const ours = (overrides: Partial<Annotation>, i: number) =>
    sample({ id: `00000000-0000-4000-8000-00000000000${i}`, ...overrides });

  /** An export of three good annotations with item 2 (index 1) changed by `edit`. */
  function withBadSecond(edit: (item: Loose) => void) {
    const doc = toJsonLd([ours({}, 1), ours({ tags: ["t"] }, 2), ours({}, 3)]) as Loose;
    edit(doc.first.items[1]);
    return parseImport(JSON.stringify(doc));
  }

  it.each<[string, (item: Loose) => void, string]>([
    [
      "exact is a number",
      (it) => (it.target.selector[0].exact = 42),
      "its quoted text (exact) is the JSON number 42, not text",
    ],
    [
      "a tag that is not a string",
      (it) => (it.body[0].value = ["t"]),
      "has a value that is a JSON array of 1 string, not text",
    ],
    [
      "created is not a date",
      (it) => (it.created = "last Tuesday"),
      'its created date "last Tuesday" is not a date-time',
    ],
    [
      "no TextQuoteSelector",
      (it) => (it.target.selector = [{ type: "XPathSelector", value: "/p" }]),
      "target has no TextQuoteSelector",
    ],
    ["a whole-page target", (it) => (it.target = "https://news.example/"), "no TextQuoteSelector"],
    ["no target", (it) => delete it.target, "has no target"],
    [
      "a position ending before it starts",
      (it) => (it.target.selector[1] = { type: "TextPositionSelector", start: 9, end: 2 }),
      "starts (9) after it ends (2)",
    ],
    ["a negative position", (it) => (it.target.selector[1].start = -4), "not non-negative whole numbers"],
    ["an unknown colour", (it) => (it["sm:color"] = "red"), 'its colour "red" is not one of'],
    [
      "a claim without a speaker",
      (it) => (it["sm:claim"] = { kind: "direct", anonymous: false }),
      "its sm:claim needs",
    ],
    [
      "a page title that is a number",
      (it) => (it.target["sm:pageTitle"] = 7),
      "its sm:pageTitle is the JSON number 7, not text",
    ],
    ["another type", (it) => (it.type = "Comment"), 'is of type "Comment", not an Annotation'],
    ["an id that is a number", (it) => (it.id = 12), "its id is the JSON number 12, not an IRI"],
  ])("%s: that record is reported, the others import", (_label, edit, message) => {
    const r = ok(withBadSecond(edit));
    expect(r.annotations.map((a) => a.id)).toEqual([
      "00000000-0000-4000-8000-000000000001",
      "00000000-0000-4000-8000-000000000003",
    ]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.index).toBe(1);
    expect(r.problems[0]!.message).toMatch(/^item 2\b/);
    expect(r.problems[0]!.message).toContain(message);
  });

  it("names the record's id in the problem", () => {
    const r = ok(withBadSecond((it) => (it.created = 5)));
    expect(r.problems[0]).toMatchObject({ index: 1, id: "urn:uuid:00000000-0000-4000-8000-000000000002" });
    expect(r.problems[0]!.message).toMatch(/^item 2 \(urn:uuid:00000000-0000-4000-8000-000000000002\): /);
  });

  it("keeps the first of two records with the same id and reports the later ones", () => {
    const a = ours({}, 1);
    const doc = toJsonLd([a, { ...a, note: "second copy" }, ours({}, 2), { ...a, note: "third copy" }]);
    const r = ok(parseImport(JSON.stringify(doc)));
    expect(r.annotations.map((x) => [x.id, x.note])).toEqual([
      [a.id, ""],
      ["00000000-0000-4000-8000-000000000002", ""],
    ]);
    expect(r.problems.map((p) => p.index)).toEqual([1, 3]);
    expect(r.problems[0]!.message).toBe(
      `item 2 (urn:uuid:${a.id}): has the same id as item 1; only the first was kept`,
    );
  });

  it("finds duplicate foreign ids too, before they are given fresh UUIDs", () => {
    const r = ok(parseImport(JSON.stringify([foreign(), foreign({ bodyValue: "again" })])));
    expect(r.annotations).toHaveLength(1);
    expect(r.problems).toEqual([
      {
        index: 1,
        id: "http://other-tool.example/annotations/17",
        message:
          "item 2 (http://other-tool.example/annotations/17): has the same id as item 1; only the first was kept",
      },
    ]);
  });

  it("does not overflow the stack on deeply nested selectors or data", () => {
    const depth = 100_000;
    const sel = `${'{"type":"FragmentSelector","value":"x","refinedBy":'.repeat(depth)}{"type":"TextQuoteSelector","exact":"deep"}${"}".repeat(depth)}`;
    const text = `{"type":"Annotation","target":{"source":"https://a.example/","selector":${sel}}}`;
    const r = ok(parseImport(text));
    expect(r.problems[0]?.message).toContain("target has no TextQuoteSelector");
    expect(error(parseImport(`${"[".repeat(200_000)}1`))).toMatch(/^The file is not valid JSON: /);
  });

  it("reports array items that are not annotations, next to ones that are", () => {
    const r = ok(parseImport(JSON.stringify([foreign(), 3, "x"])));
    expect(r.annotations).toHaveLength(1);
    expect(r.problems.map((p) => p.message)).toEqual([
      "item 2: is the JSON number 3, not an annotation",
      "item 3: is a JSON string, not an annotation",
    ]);
  });
});

describe("parseImport: files that cannot be imported", () => {
  const good = JSON.stringify(toJsonLd([sample()]), null, 2);

  it.each<[string, string, RegExp]>([
    ["an empty file", "", /^The file is empty\.$/],
    ["only white space", "  \n\t ", /^The file is empty\.$/],
    [
      "truncated JSON",
      good.slice(0, 200),
      /^The file is not valid JSON: .* at line \d+, column \d+ \(\d+:\d+\)\.$/,
    ],
    [
      "a missing comma",
      '{\n  "a": 1\n  "b": 2\n}',
      /expected ',' or '}' after a property value, found '"' at line 3, column 3 \(3:3\)/,
    ],
    ["a trailing comma", "[1, 2,]", /trailing comma.* at line 1, column 7/],
    ["single quotes", "{'a': 1}", /expected a property name in double quotes, found ''' at line 1, column 2/],
    [
      "a JSON array of numbers",
      "[1, 2, 3]",
      /^The file holds a JSON array of 3 numbers, none of them a Web Annotation; expected a W3C Web Annotation collection/,
    ],
    [
      "a JSON object of another kind",
      '{"name": "x", "version": 2}',
      /^The file holds a JSON object with keys "name", "version"; expected a W3C Web Annotation collection/,
    ],
    [
      "a JSON object of another type",
      '{"type": "FeatureCollection", "features": []}',
      /holds a JSON object of type "FeatureCollection"/,
    ],
    ["a number", "42", /holds the JSON number 42;/],
    ["a string", '"hello"', /holds a JSON string;/],
    ["null", "null", /holds JSON null;/],
    [
      "our CSV export",
      toCsv([sample()]),
      /^This is a Sourcemark CSV export; CSV is for spreadsheets and cannot be imported\. Import the JSON-LD export instead\. The file is not valid JSON: .* at line 1, column 1/,
    ],
    ["other CSV", "name,score\r\nana,3\r\n", /^This looks like CSV or plain text, not a JSON file\./],
    [
      "our Markdown report",
      "## Budget, cuts\n\n<https://a.example/>\n",
      /^This looks like a Markdown report, not a JSON file\./,
    ],
    [
      "an HTML page",
      "<!DOCTYPE html>\n<html><head><title>x</title></head><body>hi</body></html>",
      /^This looks like an HTML page, not a JSON file\. The file is not valid JSON/,
    ],
    [
      "a collection whose pages are elsewhere",
      JSON.stringify({
        "@context": CTX,
        type: "AnnotationCollection",
        id: "http://c.example/",
        total: 40,
        first: "http://c.example/p1",
      }),
      /its first page is only a link \(http:\/\/c\.example\/p1\)/,
    ],
    [
      "a collection that claims items but has none",
      JSON.stringify({ type: "AnnotationCollection", total: 3 }),
      /says it holds 3 annotations but includes none/,
    ],
  ])("%s", (_label, text, message) => {
    expect(error(parseImport(text))).toMatch(message);
  });

  it("rejects a 50 MB file at once, by its size, saying the size and the limit", () => {
    const big = `{"type":"AnnotationCollection","first":{"items":[${'"x",'.repeat(12_500_000)}]}}`;
    const t0 = performance.now();
    const r = parseImport(big);
    const ms = performance.now() - t0;
    expect(error(r)).toBe("The file is too large to import: it is at least 50 MB and the limit is 20 MB.");
    expect(ms).toBeLessThan(50);
  });

  it("measures the limit in UTF-8 bytes and takes another limit", () => {
    const text = JSON.stringify(toJsonLd([sample({ note: "é".repeat(600) })]));
    expect(error(parseImport(text, { maxBytes: text.length + 10 }))).toMatch(
      /^The file is too large to import: it is over \d kB, the limit\.$/,
    );
    expect(error(parseImport(text, { maxBytes: 500 }))).toMatch(
      /^The file is too large to import: it is at least \d kB and the limit is 500 bytes\.$/,
    );
    expect(parseImport(text, { maxBytes: text.length + 700 }).ok).toBe(true);
  });
});

describe("planImport", () => {
  const a = sample({ id: "00000000-0000-4000-8000-00000000000a" });
  const b = sample({
    id: "00000000-0000-4000-8000-00000000000b",
    selectors: { ...a.selectors, position: { start: 500, end: 529 } },
  });
  const c = sample({ id: "00000000-0000-4000-8000-00000000000c", pageKey: "https://other.example/" });

  it("adds what is new and counts what is there by id or by page, quote and position", () => {
    const sameContentOtherId = { ...a, id: "00000000-0000-4000-8000-0000000000ff" };
    const plan = planImport([a, b, c, sameContentOtherId], new Map([[a.id, a]]));
    expect(plan.toAdd.map((x) => x.id)).toEqual([b.id, c.id]);
    expect(plan.alreadyThere.map((x) => x.id)).toEqual([a.id, sameContentOtherId.id]);
    expect(plan.conflicts).toEqual([]);
  });

  it("reports a record edited since as a conflict, with both versions", () => {
    const edited = { ...a, note: "edited later", updated: "2026-11-24T00:00:00.000Z" };
    const plan = planImport([edited], new Map([[a.id, a]]));
    expect(plan.conflicts).toEqual([{ incoming: edited, existing: a }]);
    expect(plan.toAdd).toEqual([]);
  });

  it("works from a set of ids, by id only", () => {
    const plan = planImport([a, b], new Set([a.id]));
    expect(plan.alreadyThere).toEqual([a]);
    expect(plan.toAdd).toEqual([b]);
  });

  it("does not add the same content twice from one file", () => {
    const plan = planImport([a, { ...a, id: "00000000-0000-4000-8000-0000000000ee" }], new Set());
    expect(plan.toAdd).toEqual([a]);
    expect(plan.alreadyThere).toHaveLength(1);
  });
});
