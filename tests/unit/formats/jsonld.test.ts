import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseImport } from "../../../src/formats/import";
import { ANNO_CONTEXT, SM_NAMESPACE, toJsonLd } from "../../../src/formats/jsonld";
import { validateWebAnnotation } from "../../../src/formats/validate";
import { annotationsArb, sample } from "./arbitraries";

type Json = Record<string, unknown>;
const items = (doc: Json) => (doc.first as { items: Json[] }).items;

describe("toJsonLd", () => {
  it("writes an AnnotationCollection with our context, the total and one embedded page", () => {
    const doc = toJsonLd([sample()], {
      label: "My notes",
      generated: "2026-11-25T12:00:00Z",
      id: "urn:uuid:c0ffee00-0000-4000-8000-000000000000",
    });
    expect(doc["@context"]).toEqual([ANNO_CONTEXT, expect.objectContaining({ sm: SM_NAMESPACE })]);
    expect(doc).toMatchObject({
      id: "urn:uuid:c0ffee00-0000-4000-8000-000000000000",
      type: "AnnotationCollection",
      label: "My notes",
      total: 1,
      generated: "2026-11-25T12:00:00Z",
      first: { type: "AnnotationPage", startIndex: 0 },
    });
  });

  it("maps one highlight field for field", () => {
    const a = sample({
      note: "Check against the council minutes.",
      tags: ["budget", "needs-source"],
      color: "pink",
      claimRef: {
        kind: "indirect",
        speaker: "a council official",
        speakerType: "anonymous",
        anonymous: true,
      },
    });
    expect(items(toJsonLd([a]))[0]).toEqual({
      id: `urn:uuid:${a.id}`,
      type: "Annotation",
      motivation: "commenting",
      created: a.created,
      modified: a.updated,
      body: [
        {
          type: "TextualBody",
          value: "Check against the council minutes.",
          format: "text/plain",
          purpose: "commenting",
        },
        { type: "TextualBody", value: "budget", purpose: "tagging" },
        { type: "TextualBody", value: "needs-source", purpose: "tagging" },
      ],
      target: {
        source: a.url,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: "the budget was cut by a third",
            prefix: "officials said ",
            suffix: " last year.",
          },
          { type: "TextPositionSelector", start: 120, end: 149 },
        ],
        "sm:pageKey": a.pageKey,
        "sm:pageTitle": a.title,
      },
      "sm:color": "pink",
      "sm:claim": {
        kind: "indirect",
        speaker: "a council official",
        speakerType: "anonymous",
        anonymous: true,
      },
    });
  });

  it.each([
    ["a bare highlight", {}, "highlighting", 0],
    ["tags only", { tags: ["x"] }, "tagging", 1],
    ["a note and tags", { note: "n", tags: ["x"] }, "commenting", 2],
  ])("motivation for %s is %s", (_label, overrides, motivation, bodies) => {
    const item = items(toJsonLd([sample(overrides)]))[0]!;
    expect(item.motivation).toBe(motivation);
    expect(((item.body as unknown[] | undefined) ?? []).length).toBe(bodies);
  });

  it("leaves out an unknown position (-1) rather than writing an invalid selector", () => {
    const item = items(
      toJsonLd([sample({ selectors: { ...sample().selectors, position: { start: -1, end: -1 } } })]),
    )[0]!;
    expect((item.target as { selector: Json[] }).selector.map((s) => s.type)).toEqual(["TextQuoteSelector"]);
  });
});

describe("round trip: parseImport(JSON.stringify(toJsonLd(xs)))", () => {
  it("gives back exactly the annotations, for any texts, with no problems", () => {
    fc.assert(
      fc.property(annotationsArb(), (xs) => {
        const r = parseImport(JSON.stringify(toJsonLd(xs)));
        expect(r).toEqual({ ok: true, annotations: xs, problems: [] });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("survives pretty-printing and a byte order mark", () => {
    const xs = [sample({ note: "line one\nline two", tags: ["b", "a", "b"] })];
    const r = parseImport(`\uFEFF${JSON.stringify(toJsonLd(xs), null, 2)}`);
    expect(r).toEqual({ ok: true, annotations: xs, problems: [] });
  });
});

describe("the export follows the W3C Web Annotation Data Model", () => {
  it("validates with no errors, for any annotations with web URLs", () => {
    fc.assert(
      fc.property(annotationsArb(fc.webUrl()), (xs) => {
        expect(validateWebAnnotation(toJsonLd(xs, { generated: "2026-11-25T12:00:00.000Z" }))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("validates an empty export", () => {
    expect(validateWebAnnotation(toJsonLd([]))).toEqual([]);
  });
});
