/**
 * Bit-parallel approximate string matching (G. Myers, "A fast bit-vector algorithm for approximate
 * string matching based on dynamic programming", J. ACM 1999), in its multi-word "block" form so
 * patterns of any length work. Written for Sourcemark's anchoring; pure, no dependencies.
 *
 * The edit-distance matrix D has one row per pattern character and one column per text character.
 * Each column is kept as two bit vectors of vertical deltas (+1 / -1) split into 32-bit blocks, so
 * one text character costs O(ceil(m / 32)) word operations instead of O(m).
 */

/** A pattern compiled for scanning: per character code, its match mask split into 32-bit blocks. */
export interface PreparedPattern {
  readonly source: string;
  readonly length: number;
  readonly blocks: number;
  readonly peq: Map<number, Int32Array>;
  /** Mask of the last pattern row's bit inside the last block. */
  readonly lastBit: number;
  readonly none: Int32Array;
}

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const HIGH_BIT = 1 << 31;

export function preparePattern(pattern: string): PreparedPattern {
  const length = pattern.length;
  const blocks = Math.max(1, Math.ceil(length / 32));
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = peq.get(code);
    if (!mask) {
      mask = new Int32Array(blocks);
      peq.set(code, mask);
    }
    mask[i >> 5] = mask[i >> 5]! | (1 << (i & 31));
  }
  return {
    source: pattern,
    length,
    blocks,
    peq,
    lastBit: 1 << ((Math.max(1, length) - 1) & 31),
    none: new Int32Array(blocks),
  };
}

export function reverseString(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Runs a prepared pattern over `text[from, to)`, forwards or (for a pattern the caller reversed)
 * backwards from `to`, and calls `visit(consumed, errors)` after each text character, where
 * `errors` is the last row of D: the edit distance of the best alignment of the whole pattern that
 * ends at that character.
 *
 * - `anchored = false`: the alignment may begin anywhere (row 0 is all zeros): searching.
 * - `anchored = true`: the alignment must begin at the first scanned character (row 0 is 0, 1, 2…):
 *   `errors` is then the plain edit distance between the pattern and the scanned text so far.
 *
 * `visit` may return false to stop early.
 */
export function scan(
  pat: PreparedPattern,
  text: string,
  from: number,
  to: number,
  backwards: boolean,
  anchored: boolean,
  visit: (consumed: number, errors: number) => boolean | undefined,
): void {
  const { blocks, peq, lastBit, none } = pat;
  if (pat.length === 0) return;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const last = blocks - 1;
  let score = pat.length;
  const n = to - from;
  for (let j = 0; j < n; j++) {
    const code = text.charCodeAt(backwards ? to - 1 - j : from + j);
    const eqs = peq.get(code) ?? none;
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b]!;
      const p = pv[b]!;
      const m = mv[b]!;
      const xv = eq | m;
      if (hin < 0) eq |= 1;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = m | ~(xh | p);
      let mh = p & xh;
      const hi = b === last ? lastBit : HIGH_BIT;
      let hout = 0;
      if ((ph & hi) !== 0) hout = 1;
      else if ((mh & hi) !== 0) hout = -1;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (visit(j + 1, score) === false) return;
  }
}

/**
 * Smallest edit distance between `pat` and a piece of `text` that starts at `at` and runs forwards
 * (or, with `backwards` and a reversed pattern, ends at `at`), over pieces up to `maxLen` long.
 * Returns the distance and the length of the piece that achieves it (closest to the pattern's
 * length on ties).
 */
export function alignAt(
  pat: PreparedPattern,
  text: string,
  at: number,
  backwards: boolean,
  maxLen: number,
): { errors: number; length: number } {
  let best = pat.length;
  let bestLen = 0;
  const from = backwards ? Math.max(0, at - maxLen) : at;
  const to = backwards ? at : Math.min(text.length, at + maxLen);
  scan(pat, text, from, to, backwards, true, (consumed, errors) => {
    if (
      errors < best ||
      (errors === best && Math.abs(consumed - pat.length) < Math.abs(bestLen - pat.length))
    ) {
      best = errors;
      bestLen = consumed;
    }
    return undefined;
  });
  return { errors: best, length: bestLen };
}

/**
 * All approximate occurrences of the pattern in `text[from, to)` with at most `maxErrors` errors,
 * one per cluster of neighbouring end positions (the end with fewest errors), with their start
 * found by aligning the reversed pattern backwards from the end. At most `limit` matches, fewest
 * errors first.
 */
export function approxSearch(
  pat: PreparedPattern,
  reversed: PreparedPattern,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
  limit = 64,
): ApproxMatch[] {
  const ends: { end: number; errors: number }[] = [];
  let runBest = -1;
  let runErrors = Number.POSITIVE_INFINITY;
  scan(pat, text, from, to, false, false, (consumed, errors) => {
    if (errors <= maxErrors) {
      if (errors < runErrors) {
        runErrors = errors;
        runBest = from + consumed;
      }
    } else if (runBest >= 0) {
      ends.push({ end: runBest, errors: runErrors });
      runBest = -1;
      runErrors = Number.POSITIVE_INFINITY;
    }
    return undefined;
  });
  if (runBest >= 0) ends.push({ end: runBest, errors: runErrors });
  ends.sort((a, b) => a.errors - b.errors);
  const out: ApproxMatch[] = [];
  for (const { end, errors } of ends.slice(0, limit)) {
    const span = pat.length + maxErrors;
    const back = alignAt(reversed, text, end, true, Math.min(span, end - from));
    out.push({ start: end - back.length, end, errors: Math.max(errors, back.errors) });
  }
  return out;
}

/** Edit distance between two strings (Myers, anchored at both ends). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let result = a.length;
  scan(preparePattern(a), b, 0, b.length, false, true, (_consumed, errors) => {
    result = errors;
    return undefined;
  });
  return result;
}
