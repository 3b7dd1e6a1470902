import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, toFolded, toOriginal } from "../../../src/anchoring/fold";

/** A plain regex restatement of the folding rules, to check the fast single pass against. */
function reference(s: string): string {
  return s
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, "")
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, " ")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u275d\u275e]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, "-")
    .replace(/\u2026/g, "...");
}

const unit = fc.constantFrom(
  "a",
  "B",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "“",
  "”",
  "’",
  "—",
  "…",
  "\u200b",
  "\u00ad",
  "é",
  '"',
  "x",
);

describe("fold", () => {
  it.each([
    ["Hello,\n\n  world", "Hello, world"],
    ["“Quoted” – it’s fine…", '"Quoted" - it\'s fine...'],
    ["soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"],
    ["", ""],
  ])("folds %j to %j", (input, output) => {
    expect(fold(input).text).toBe(output);
  });

  it("agrees with the reference and maps every folded char back to its source", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (units) => {
        const s = units.join("");
        const f = fold(s);
        expect(f.text).toBe(reference(s));
        for (let i = 0; i < f.text.length; i++) {
          expect(f.starts[i]!).toBeLessThan(f.ends[i]!);
          if (i > 0) expect(f.starts[i]!).toBeGreaterThanOrEqual(f.starts[i - 1]!);
          expect(reference(s.slice(f.starts[i]!, f.ends[i]!))).toContain(f.text[i]!);
        }
        const whole = toOriginal(f, 0, f.text.length);
        expect(whole.end).toBeLessThanOrEqual(s.length);
        for (let p = 0; p <= s.length; p++) expect(toFolded(f, p)).toBeLessThanOrEqual(f.text.length);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
