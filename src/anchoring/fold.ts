/**
 * Folding text for matching: runs of whitespace become one space, typographic quotes, apostrophes
 * and dashes become their ASCII forms, "…" becomes "...", invisible characters (zero-width spaces,
 * soft hyphens, BOM) go. Keeps a map back to the original offsets so that a match found in the
 * folded text can be reported on the original one.
 */

export interface FoldedText {
  readonly text: string;
  /** For folded char i: offset in the original of the first source char. */
  readonly starts: Int32Array;
  /** For folded char i: offset in the original just after its source chars. */
  readonly ends: Int32Array;
  readonly originalLength: number;
}

const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0x275d, 0x275e]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0x02bc, 0x0060]);
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63;
}

/** Fold a string, returning only the folded text (for quotes and context). */
export function foldString(s: string): string {
  return fold(s).text;
}

export function fold(s: string): FoldedText {
  const n = s.length;
  // At most 3 folded chars per original char ("…" → "...").
  let starts = new Int32Array(n + 2);
  let ends = new Int32Array(n + 2);
  const parts: string[] = [];
  let k = 0;
  const push = (ch: string, from: number, to: number) => {
    if (k >= starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2 + 8);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    parts.push(ch);
    starts[k] = from;
    ends[k] = to;
    k++;
  };
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (isSpace(code)) {
      let j = i + 1;
      while (j < n && (isSpace(s.charCodeAt(j)) || INVISIBLE.has(s.charCodeAt(j)))) j++;
      push(" ", i, j);
      i = j;
    } else if (INVISIBLE.has(code)) {
      i++;
    } else if (DOUBLE_QUOTES.has(code)) {
      push('"', i, ++i);
    } else if (SINGLE_QUOTES.has(code)) {
      push("'", i, ++i);
    } else if (isDash(code)) {
      push("-", i, ++i);
    } else if (code === 0x2026) {
      push(".", i, i + 1);
      push(".", i, i + 1);
      push(".", i, i + 1);
      i++;
    } else {
      push(s[i]!, i, ++i);
    }
  }
  return {
    text: parts.join(""),
    starts: starts.subarray(0, k),
    ends: ends.subarray(0, k),
    originalLength: n,
  };
}

/** The folded offset of original offset `pos` (the first folded char at or after it). */
export function toFolded(f: FoldedText, pos: number): number {
  let lo = 0;
  let hi = f.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original range of folded range [start, end). */
export function toOriginal(f: FoldedText, start: number, end: number): { start: number; end: number } {
  if (f.starts.length === 0) return { start: 0, end: 0 };
  const s = start < f.starts.length ? f.starts[start]! : f.originalLength;
  const e = end > 0 ? f.ends[Math.min(end, f.ends.length) - 1]! : s;
  return { start: s, end: Math.max(s, e) };
}
