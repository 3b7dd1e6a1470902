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

function isPlain(code: number): boolean {
  if (code < 0x80) return code > 0x20 && code !== 0x60;
  return !(
    isSpace(code) ||
    INVISIBLE.has(code) ||
    DOUBLE_QUOTES.has(code) ||
    SINGLE_QUOTES.has(code) ||
    isDash(code) ||
    code === 0x2026
  );
}

function isGap(code: number): boolean {
  return isSpace(code) || INVISIBLE.has(code);
}

export function fold(s: string): FoldedText {
  const n = s.length;
  // One folded char per original char at most, except "…" → "...".
  let ellipses = 0;
  for (let i = s.indexOf("\u2026"); i !== -1; i = s.indexOf("\u2026", i + 1)) ellipses++;
  const starts = new Int32Array(n + 2 * ellipses);
  const ends = new Int32Array(n + 2 * ellipses);
  const parts: string[] = [];
  let k = 0;
  let i = 0;
  while (i < n) {
    // A run of characters that fold to themselves (single plain spaces included) is copied whole.
    let j = i;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (isPlain(c)) continue;
      if (c === 0x20 && j > i && (j + 1 >= n || !isGap(s.charCodeAt(j + 1)))) continue;
      break;
    }
    if (j > i) {
      for (let x = i; x < j; x++, k++) {
        starts[k] = x;
        ends[k] = x + 1;
      }
      parts.push(s.slice(i, j));
      i = j;
      continue;
    }
    const code = s.charCodeAt(i);
    let ch: string;
    let to = i + 1;
    if (isSpace(code)) {
      while (to < n && isGap(s.charCodeAt(to))) to++;
      ch = " ";
    } else if (INVISIBLE.has(code)) {
      i++;
      continue;
    } else if (DOUBLE_QUOTES.has(code)) ch = '"';
    else if (SINGLE_QUOTES.has(code)) ch = "'";
    else if (isDash(code)) ch = "-";
    else if (code === 0x2026) {
      starts[k] = i;
      ends[k++] = to;
      starts[k] = i;
      ends[k++] = to;
      ch = "...";
    } else ch = s[i]!;
    starts[k] = i;
    ends[k++] = to;
    parts.push(ch);
    i = to;
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
