import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alignAt,
  approxSearch,
  editDistance,
  preparePattern,
  reverseString,
} from "../../../src/anchoring/myers";

/** Textbook O(n·m) dynamic programme, the reference the bit-parallel code must agree with. */
function naiveDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Best errors of the pattern over any substring of text ending at each position. */
function naiveSearchErrors(pattern: string, text: string): number[] {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const sub = prev[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1));
    }
    out.push(cur[pattern.length]!);
    prev = cur;
  }
  return out;
}

const small = fc.string({ unit: fc.constantFrom("a", "b", "c", " "), maxLength: 90 });

describe("myers", () => {
  it("editDistance agrees with the textbook dynamic programme (patterns over several 32-bit blocks)", () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        expect(editDistance(a, b)).toBe(naiveDistance(a, b));
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it("search finds every end position with its best error count", () => {
    fc.assert(
      fc.property(
        small.filter((s) => s.length > 0),
        small,
        (pattern, text) => {
          const expected = naiveSearchErrors(pattern, text);
          const k = Math.floor(pattern.length / 3);
          const matches = approxSearch(
            preparePattern(pattern),
            preparePattern(reverseString(pattern)),
            text,
            0,
            text.length,
            k,
          );
          for (const m of matches) {
            expect(expected[m.end - 1]).toBe(m.errors);
            expect(naiveDistance(pattern, text.slice(m.start, m.end))).toBe(m.errors);
          }
          const anyWithin = expected.some((e) => e <= k);
          expect(matches.length > 0).toBe(anyWithin);
        },
      ),
      { seed: 11, numRuns: 400 },
    );
  });

  it("alignAt measures a context backwards from a boundary", () => {
    const text = "the mayor said on Tuesday that";
    const r = alignAt(preparePattern(reverseString("mayor said")), text, 14, true, 20);
    expect(r).toEqual({ errors: 0, length: 10 });
  });
});
