/**
 * Re-attaching an annotation's selectors to a page's (possibly changed) article text.
 *
 * Strategy, cheapest first:
 *  (a) position: the stored offsets still hold the quote verbatim → "exact";
 *  (b) verbatim search: the quote, compared after folding whitespace and typographic quotes/dashes
 *      (see fold.ts), found elsewhere; among several occurrences the one whose surroundings best
 *      match the stored prefix/suffix, then the one nearest the stored offset → "moved";
 *  (c) approximate search (bit-parallel Myers, myers.ts) with an error budget proportional to the
 *      quote's length, first in a window around the expected offset, then in the whole text for
 *      quotes long enough to be distinctive; candidates are scored on quote similarity, prefix and
 *      suffix similarity and closeness to the stored offset, and accepted only above a threshold
 *      → "fuzzy". Otherwise "orphan": better to lose a highlight than to put it on the wrong words.
 *
 * Pure: no DOM, no extension API.
 */
import type { Selectors } from "../annotation/types";
import { type FoldedText, fold, foldString, toFolded, toOriginal } from "./fold";
import { alignAt, approxSearch, type PreparedPattern, preparePattern, reverseString } from "./myers";

export type AnchorResult =
  | { status: "exact" | "moved" | "fuzzy"; start: number; end: number; score: number }
  | { status: "orphan"; score: number; reason: string };

export interface AnchorOptions {
  /** Error budget of the approximate search, as a share of the quote's length (default 0.25). */
  maxErrorRatio?: number;
  /** Smallest normalised score (0..1) a candidate needs to be accepted (default 0.75). */
  threshold?: number;
  /** Chars searched either side of the expected position before the whole text (default 2048). */
  window?: number;
  /** Quotes shorter than this (trimmed) are only searched for near the stored position (default 16). */
  minGlobalFuzzyLength?: number;
  /** Upper bound on text chars × 32-bit pattern blocks for a whole-text search (default 2^25). */
  maxScanCost?: number;
}

/** Quotes shorter than this (trimmed) are matched verbatim only. */
export const MIN_FUZZY_LENGTH = 4;
/** Verbatim quotes at least this long (trimmed) are accepted without support from their context. */
const DISTINCTIVE_LENGTH = 16;
const MAX_EXACT_CANDIDATES = 2000;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

interface Candidate {
  start: number;
  end: number;
  errors: number;
  quote: number;
  prefix: number;
  suffix: number;
  score: number;
}

/** The last text folded: anchoring many annotations on one page folds it once. */
let cache: { text: string; folded: FoldedText } | null = null;

function folded(text: string): FoldedText {
  if (cache?.text !== text) cache = { text, folded: fold(text) };
  return cache.folded;
}

function orphan(score: number, reason: string): AnchorResult {
  return { status: "orphan", score, reason };
}

/** Similarity scoring of candidates against the stored context, all in folded coordinates. */
class Scorer {
  private readonly prefixPat: PreparedPattern | null;
  private readonly suffixPat: PreparedPattern | null;

  constructor(
    private readonly text: string,
    private readonly quoteLength: number,
    prefix: string,
    suffix: string,
    private readonly hint: number | null,
  ) {
    this.prefixPat = prefix.length > 0 ? preparePattern(reverseString(prefix)) : null;
    this.suffixPat = suffix.length > 0 ? preparePattern(suffix) : null;
  }

  private contextSimilarity(pat: PreparedPattern | null, at: number, before: boolean): number {
    if (!pat) {
      // No stored context: the quote was at an end of the text. Neutral unless it still is.
      return (before ? at === 0 : at === this.text.length) ? 1 : 0.5;
    }
    const slack = Math.ceil(pat.length / 4) + 2;
    const { errors } = alignAt(pat, this.text, at, before, pat.length + slack);
    return 1 - errors / pat.length;
  }

  score(start: number, end: number, errors: number): Candidate {
    const quote = Math.max(0, 1 - errors / Math.max(1, this.quoteLength));
    const prefix = this.contextSimilarity(this.prefixPat, start, true);
    const suffix = this.contextSimilarity(this.suffixPat, end, false);
    const position =
      this.hint === null ? 1 : 1 - Math.min(1, Math.abs(start - this.hint) / Math.max(1, this.text.length));
    const score =
      (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) /
      WEIGHT_SUM;
    return { start, end, errors, quote, prefix, suffix, score };
  }
}

function better(a: Candidate, b: Candidate | null, hint: number | null): boolean {
  if (!b) return true;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  if (hint === null) return a.start < b.start;
  return Math.abs(a.start - hint) < Math.abs(b.start - hint);
}

function validPosition(text: string, selectors: Selectors): { start: number; end: number } | null {
  const p = selectors.position;
  if (!p || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return null;
  if (p.start < 0 || p.end < p.start || p.end > text.length) {
    // Out of range (the text shrank): still usable as a hint if the start is.
    if (Number.isInteger(p.start) && p.start >= 0) {
      const start = Math.min(p.start, text.length);
      return { start, end: start };
    }
    return null;
  }
  return { start: p.start, end: p.end };
}

const isWhite = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Final touches on a range found by folding or approximate search: no whitespace at an edge where
 * the quote has none, and no surrogate pair cut in half.
 */
function tidy(
  text: string,
  exact: string,
  r: { start: number; end: number },
): { start: number; end: number } {
  let { start, end } = r;
  if (!isWhite(exact[0])) while (start < end && isWhite(text[start])) start++;
  if (!isWhite(exact[exact.length - 1])) while (end > start && isWhite(text[end - 1])) end--;
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

/** The best-scoring verbatim occurrence of `q` in `t`, if any. */
function bestVerbatim(t: string, q: string, scorer: Scorer, hint: number | null): Candidate | null {
  const occurrences: number[] = [];
  for (let i = t.indexOf(q); i !== -1; i = t.indexOf(q, i + 1)) occurrences.push(i);
  if (hint !== null && occurrences.length > MAX_EXACT_CANDIDATES) {
    occurrences.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  }
  let best: Candidate | null = null;
  for (const at of occurrences.slice(0, MAX_EXACT_CANDIDATES)) {
    const c = scorer.score(at, at + q.length, 0);
    if (better(c, best, hint)) best = c;
  }
  return best;
}

export function anchor(text: string, selectors: Selectors, opts: AnchorOptions = {}): AnchorResult {
  if (!selectors || typeof selectors !== "object") return orphan(0, "no selectors");
  const quote = selectors.quote;
  const exact = typeof quote?.exact === "string" ? quote.exact : "";
  if (exact.length === 0) return orphan(0, "empty quote");
  if (typeof text !== "string" || text.length === 0) return orphan(0, "empty text");
  const rawPrefix = typeof quote.prefix === "string" ? quote.prefix : "";
  const rawSuffix = typeof quote.suffix === "string" ? quote.suffix : "";
  const ratio = opts.maxErrorRatio ?? 0.25;
  const threshold = opts.threshold ?? 0.75;
  const windowSize = opts.window ?? 2048;
  const minGlobal = opts.minGlobalFuzzyLength ?? DISTINCTIVE_LENGTH;
  const maxCost = opts.maxScanCost ?? 2 ** 25;

  const pos = validPosition(text, selectors);
  const trimmedLength = exact.trim().length;

  // (a) The stored position still holds the quote. A short quote must also keep some of its
  // context: after an insertion before it, the same few letters may sit there by chance.
  if (pos && pos.end > pos.start && text.slice(pos.start, pos.end) === exact) {
    const fits =
      trimmedLength >= DISTINCTIVE_LENGTH ||
      (rawPrefix.length > 0 &&
        text.slice(Math.max(0, pos.start - rawPrefix.length), pos.start) === rawPrefix) ||
      (rawSuffix.length > 0 && text.slice(pos.end, pos.end + rawSuffix.length) === rawSuffix) ||
      (rawPrefix.length === 0 && rawSuffix.length === 0);
    if (fits) return { status: "exact", start: pos.start, end: pos.end, score: 1 };
  }

  // (b) Verbatim occurrences: in the text as it is (no folding needed), then after folding.
  const rawHint = pos ? pos.start : null;
  const raw = bestVerbatim(
    text,
    exact,
    new Scorer(text, exact.length, rawPrefix, rawSuffix, rawHint),
    rawHint,
  );
  if (raw && (trimmedLength >= DISTINCTIVE_LENGTH || raw.score >= threshold)) {
    return { status: "moved", start: raw.start, end: raw.end, score: raw.score };
  }
  let bestSeen = raw?.score ?? 0;

  const ft = folded(text);
  const t = ft.text;
  const q = foldString(exact);
  const qTrimmed = q.trim().length;
  if (qTrimmed === 0) return orphan(0, "blank quote");
  const hint = pos ? toFolded(ft, pos.start) : null;
  const scorer = new Scorer(t, q.length, foldString(rawPrefix), foldString(rawSuffix), hint);
  const toResult = (c: Candidate, status: "moved" | "fuzzy"): AnchorResult => {
    const r = tidy(text, exact, toOriginal(ft, c.start, c.end));
    return { status, start: r.start, end: r.end, score: c.score };
  };

  const best = bestVerbatim(t, q, scorer, hint);
  if (best) {
    bestSeen = Math.max(bestSeen, best.score);
    if (qTrimmed >= DISTINCTIVE_LENGTH || best.score >= threshold) return toResult(best, "moved");
  }
  if (qTrimmed < MIN_FUZZY_LENGTH) return orphan(bestSeen, "short quote not found verbatim");

  // (c) Approximate search. A quote too long to scan whole (a highlighted run of paragraphs) is
  // placed by its two ends instead.
  if (pos && Math.ceil(q.length / 32) * (2 * Math.max(windowSize, 2 * q.length) + q.length) > maxCost / 4) {
    return anchorByEnds(text, exact, rawPrefix, rawSuffix, pos, opts);
  }
  const maxErrors = Math.max(1, Math.floor(q.length * ratio));
  const pat = preparePattern(q);
  const rev = preparePattern(reverseString(q));
  const acceptable = (c: Candidate) =>
    c.score >= threshold && (c.quote >= 0.9 || c.prefix >= 0.5 || c.suffix >= 0.5);
  const pick = (from: number, to: number): Candidate | null => {
    let best: Candidate | null = null;
    for (const m of approxSearch(pat, rev, t, from, to, maxErrors)) {
      const c = scorer.score(m.start, m.end, m.errors);
      bestSeen = Math.max(bestSeen, c.score);
      if (acceptable(c) && better(c, best, hint)) best = c;
    }
    return best;
  };

  let searchedFrom = 0;
  let searchedTo = 0;
  if (hint !== null) {
    const w = Math.max(windowSize, 2 * q.length);
    searchedFrom = Math.max(0, hint - w);
    searchedTo = Math.min(t.length, hint + q.length + w);
    const found = pick(searchedFrom, searchedTo);
    if (found) return toResult(found, found.errors === 0 ? "moved" : "fuzzy");
  }
  const wholeSearched = searchedFrom === 0 && searchedTo === t.length;
  if (!wholeSearched && (qTrimmed >= minGlobal || hint === null)) {
    if (pat.blocks * t.length <= maxCost) {
      const found = pick(0, t.length);
      if (found) return toResult(found, found.errors === 0 ? "moved" : "fuzzy");
    } else if (hint === null) {
      return orphan(bestSeen, "text too large for an unplaced approximate search");
    }
  }
  return orphan(bestSeen, "no match good enough");
}

const END_PIECE = 256;

/**
 * Anchors a very long quote by its first and last END_PIECE characters, each anchored on its own
 * with the neighbouring quote text as context; accepted when both ends attach in order and the
 * range between them is roughly as long as the quote.
 */
function anchorByEnds(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  pos: { start: number; end: number },
  opts: AnchorOptions,
): AnchorResult {
  const n = exact.length;
  const ctx = 32;
  const head = anchor(
    text,
    {
      quote: { exact: exact.slice(0, END_PIECE), prefix, suffix: exact.slice(END_PIECE, END_PIECE + ctx) },
      position: { start: pos.start, end: pos.start + END_PIECE },
    },
    opts,
  );
  const tail = anchor(
    text,
    {
      quote: {
        exact: exact.slice(n - END_PIECE),
        prefix: exact.slice(n - END_PIECE - ctx, n - END_PIECE),
        suffix,
      },
      position: { start: Math.max(0, pos.end - END_PIECE), end: pos.end },
    },
    opts,
  );
  if (head.status === "orphan" || tail.status === "orphan") {
    return orphan(Math.min(head.score, tail.score), "the ends of a long quote were not both found");
  }
  const length = tail.end - head.start;
  if (tail.start < head.end || length < 0.75 * n || length > 1.25 * n) {
    return orphan(Math.min(head.score, tail.score), "the ends of a long quote no longer frame it");
  }
  const status = length === n && head.status !== "fuzzy" && tail.status !== "fuzzy" ? "moved" : "fuzzy";
  return { status, start: head.start, end: tail.end, score: Math.min(head.score, tail.score) };
}

/** Anchors several annotations' selectors on one text (folded once). */
export function anchorMany(
  text: string,
  list: readonly Selectors[],
  opts: AnchorOptions = {},
): AnchorResult[] {
  return list.map((selectors) => anchor(text, selectors, opts));
}
