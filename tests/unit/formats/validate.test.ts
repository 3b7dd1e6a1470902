import { describe, expect, it } from "vitest";
import { isXsdDateTime, validateWebAnnotation } from "../../../src/formats/validate";

const CTX = "http://www.w3.org/ns/anno.jsonld";

/** Examples in the shape of the specification's own, with our own texts. */
const valid: Array<[string, Record<string, unknown>]> = [
  [
    "the smallest annotation: an IRI body on an IRI target",
    {
      "@context": CTX,
      id: "http://notes.example/a/1",
      type: "Annotation",
      body: "http://notes.example/post/1",
      target: "http://news.example/story",
    },
  ],
  [
    "a comment on a quoted passage",
    {
      "@context": CTX,
      id: "http://notes.example/a/2",
      type: "Annotation",
      motivation: "commenting",
      created: "2026-03-01T10:00:00Z",
      modified: "2026-03-02T08:15:30.250+01:00",
      body: {
        type: "TextualBody",
        value: "Which report is this from?",
        format: "text/plain",
        language: "en",
      },
      target: {
        source: "http://news.example/story",
        selector: {
          type: "TextQuoteSelector",
          exact: "a recent report",
          prefix: "according to ",
          suffix: ", the",
        },
      },
    },
  ],
  [
    "tags with purposes and several selectors",
    {
      "@context": CTX,
      id: "urn:uuid:7b1f2c8e-2a3d-4c5e-8f90-112233445566",
      type: "Annotation",
      motivation: ["highlighting", "tagging"],
      body: [
        { type: "TextualBody", value: "statistics", purpose: "tagging" },
        { type: "TextualBody", value: "unsourced", purpose: ["tagging", "assessing"] },
      ],
      target: {
        source: "https://news.example/story",
        selector: [
          { type: "TextQuoteSelector", exact: "40 percent" },
          { type: "TextPositionSelector", start: 0, end: 10 },
          { type: "XPathSelector", value: "/html/body/p[3]" },
          {
            type: "RangeSelector",
            startSelector: { type: "CssSelector", value: "#p3" },
            endSelector: { type: "CssSelector", value: "#p4" },
          },
          {
            type: "FragmentSelector",
            value: "para=3",
            refinedBy: { type: "TextPositionSelector", start: 4, end: 4 },
          },
        ],
      },
    },
  ],
  [
    "a bodyValue",
    {
      "@context": [CTX, { x: "http://x.example/#" }],
      id: "http://notes.example/a/3",
      type: "Annotation",
      bodyValue: "A note",
      target: "http://news.example/story",
    },
  ],
  [
    "an annotation page",
    {
      "@context": CTX,
      id: "http://notes.example/page1",
      type: "AnnotationPage",
      startIndex: 0,
      items: [{ id: "http://notes.example/a/4", type: "Annotation", target: "http://news.example/" }],
    },
  ],
  [
    "a collection that links to its first page",
    {
      "@context": CTX,
      id: "http://notes.example/c",
      type: "AnnotationCollection",
      label: "Notes",
      total: 12,
      first: "http://notes.example/c/page1",
    },
  ],
];

const base = valid[1]![1];
const broken: Array<[string, Record<string, unknown>, string]> = [
  ["no @context", { ...base, "@context": undefined }, "@context: missing"],
  ["another context", { ...base, "@context": "http://schema.org/" }, "@context: does not include"],
  ["an id that is not an IRI", { ...base, id: "anno 1" }, "id: must be an IRI"],
  ["a wrong type", { ...base, type: "Note" }, 'type: must be "Annotation"'],
  ["no target", { ...base, target: undefined }, "target: missing"],
  [
    "a target source that is not an IRI",
    { ...base, target: { source: "news story" } },
    "target.source: must be an IRI",
  ],
  [
    "an unknown selector",
    { ...base, target: { source: "http://a.example/", selector: { type: "WordSelector" } } },
    "is not a selector type",
  ],
  [
    "exact that is a number",
    { ...base, target: { source: "http://a.example/", selector: { type: "TextQuoteSelector", exact: 42 } } },
    "exact: must be a string",
  ],
  [
    "a negative position",
    {
      ...base,
      target: { source: "http://a.example/", selector: { type: "TextPositionSelector", start: -1, end: 3 } },
    },
    "start: must be a non-negative integer",
  ],
  [
    "a position that ends before it starts",
    {
      ...base,
      target: { source: "http://a.example/", selector: [{ type: "TextPositionSelector", start: 9, end: 3 }] },
    },
    "start (9) is after end (3)",
  ],
  [
    "a fractional position",
    {
      ...base,
      target: { source: "http://a.example/", selector: { type: "TextPositionSelector", start: 1.5, end: 3 } },
    },
    "start: must be",
  ],
  [
    "a TextualBody without a value",
    { ...base, body: { type: "TextualBody", text: "hi" } },
    "body.value: a TextualBody must have a string value",
  ],
  [
    "a purpose the model does not have",
    { ...base, body: { type: "TextualBody", value: "x", purpose: "liking" } },
    '"liking" is not a motivation',
  ],
  [
    "a motivation the model does not have",
    { ...base, motivation: "praising" },
    '"praising" is not a motivation',
  ],
  ["a created that is not a dateTime", { ...base, created: "yesterday" }, "created: must be an xsd:dateTime"],
  [
    "a modified with an impossible day",
    { ...base, modified: "2026-02-30T10:00:00Z" },
    "modified: must be an xsd:dateTime",
  ],
  ["both body and bodyValue", { ...base, bodyValue: "x" }, "bodyValue: must not be given together with body"],
  [
    "a page whose items are not a list",
    { "@context": CTX, type: "AnnotationPage", items: {} },
    "items: must be a list",
  ],
  [
    "a collection without an id",
    { "@context": CTX, type: "AnnotationCollection", total: 0 },
    "id: a collection must have an IRI",
  ],
  [
    "a collection whose total disagrees with its only page",
    {
      "@context": CTX,
      id: "http://c.example/",
      type: "AnnotationCollection",
      total: 2,
      first: { type: "AnnotationPage", items: [] },
    },
    "total: says 2",
  ],
];

describe("validateWebAnnotation", () => {
  it.each(valid)("accepts %s", (_label, doc) => expect(validateWebAnnotation(doc)).toEqual([]));

  it.each(broken)("rejects %s", (_label, doc, error) => {
    const clean = JSON.parse(JSON.stringify(doc)); // drops the fields set to undefined
    const errors = validateWebAnnotation(clean);
    expect(
      errors.some((e) => e.includes(error)),
      errors.join("\n"),
    ).toBe(true);
  });

  it("rejects what is not an object", () => expect(validateWebAnnotation([1, 2])).toHaveLength(1));
});

describe("isXsdDateTime", () => {
  it.each([
    ["2026-11-25T12:00:00Z", true],
    ["2026-11-25T12:00:00.123456Z", true],
    ["2026-11-25T12:00:00+05:30", true],
    ["2026-11-25T12:00:00", true],
    ["2024-02-29T00:00:00Z", true],
    ["2023-02-29T00:00:00Z", false],
    ["2026-11-25", false],
    ["2026-13-01T00:00:00Z", false],
    ["2026-11-25T25:00:00Z", false],
    ["2026-11-25 12:00:00Z", false],
    ["yesterday", false],
  ])("%s → %s", (s, ok) => expect(isXsdDateTime(s)).toBe(ok));
});
