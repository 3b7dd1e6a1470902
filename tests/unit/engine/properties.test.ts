import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engine/index";
import type { Analysis, Span } from "../../../src/engine/types";

function checkSpans(text: string, a: Analysis): void {
  const inside = (s: { start: number; end: number }) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  const exact = (s: Span) => {
    inside(s);
    expect(s.text).toBe(text.slice(s.start, s.end));
  };
  for (const c of a.claims) {
    inside(c);
    expect(c.text).toBe(text.slice(c.start, c.end));
    exact(c.cue);
    exact(c.mention);
    for (const p of c.parts ?? []) inside(p);
    expect(a.speakers.some((s) => s.id === c.speakerId)).toBe(true);
  }
  for (const s of a.speakers) {
    for (const m of s.mentions) exact(m);
    if (s.anonymityReason) exact(s.anonymityReason);
  }
}

// Pieces of news-like text, in the project's own words, for generated articles.
const pieces = [
  "“We will build it,” ",
  "Maria Lopez said",
  ", a U.S. official said. ",
  "according to the report, ",
  "He told reporters that ",
  "the plan was “dead,” ",
  "‘ ",
  "' ",
  '" ',
  "“",
  "”",
  "\n\n",
  "\n",
  "The official, who was not authorized to comment, said ",
  "declined to comment. ",
  "Sen. ",
  "U.S. ",
  "the company said it ",
  ", adding that ",
  "…",
  "🙂",
  "\u00a0",
];

describe("analyze on arbitrary input", { timeout: 60000 }, () => {
  it("never throws and keeps every span inside the text (random strings)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        checkSpans(text, analyze(text));
      }),
      { numRuns: 400 },
    );
  });

  it("never throws and keeps every span inside the text (news-like fragments)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        checkSpans(text, analyze(text));
      }),
      { numRuns: 600 },
    );
  });

  it("survives non-string input", () => {
    expect(analyze(undefined as unknown as string).claims).toEqual([]);
  });
});
