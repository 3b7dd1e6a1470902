/**
 * The quote finder: quotations in one block, by their marks (curly or straight, double or single).
 * Double marks are read first; single marks only outside them (a single inside a double is nested
 * and stays part of the outer quote; a double inside a single is dropped for the same reason). An
 * opening mark left unclosed at the end of a block runs to the block's end; the caller chains it with
 * the next block when that block opens with a mark too.
 */
import type { Token } from "./tokens";

export interface Quote {
  /** Index in the block's tokens of the opening mark. */
  openTok: number;
  /** Index of the closing mark, or -1 when the quote runs to the end of the block. */
  closeTok: number;
  /** Offsets of the marks: [markStart, markEnd) covers marks and content. */
  markStart: number;
  markEnd: number;
  /** The content inside the marks, trimmed. */
  start: number;
  end: number;
  closed: boolean;
  words: number;
  /** A short run of capitalised words with no stop inside: a title ("“Salt and Iron,”"), not speech. */
  title: boolean;
}

const DOUBLE_OPEN = new Set(["“", "„", "«", "‟", "``"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const LETTER = /[\p{L}\p{N}]/u;
/** Most words a quoted title has. */
const TITLE_MAX_WORDS = 8;

function charBefore(text: string, i: number, blockStart: number): string {
  return i > blockStart ? text[i - 1]! : " ";
}
function charAfter(text: string, i: number, blockEnd: number): string {
  return i + 1 < blockEnd ? text[i + 1]! : " ";
}

/** Quotes of one block, in order. Linear in the number of tokens. */
export function findQuotes(text: string, tokens: Token[], blockStart: number, blockEnd: number): Quote[] {
  const out: Quote[] = [];
  const make = (o: number, c: number): Quote | null => {
    const ot = tokens[o]!;
    let s = ot.end;
    let e = c >= 0 ? tokens[c]!.start : blockEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) return null;
    let words = 0;
    // a title: every word of four letters or more capitalised (short ones may be "and", "of"), the
    // first too, and no punctuation but a comma before the closing mark
    // (and a capital after the first word: "We are on our way," has short words only, and no title's capitals)
    let title = c >= 0;
    let laterCap = false;
    for (let k = o + 1; k < (c >= 0 ? c : tokens.length); k++) {
      const x = tokens[k]!;
      if (x.t === "w") {
        words++;
        const ch = x.text[0]!;
        if ((words === 1 || x.text.length >= 4) && ch === ch.toLowerCase()) title = false;
        if (words > 1 && ch !== ch.toLowerCase()) laterCap = true;
      } else if (x.t === "p" && !(x.text === "," && k === c - 1) && x.text !== "'" && x.text !== "’")
        title = false;
    }
    return {
      openTok: o,
      closeTok: c,
      markStart: ot.start,
      markEnd: c >= 0 ? tokens[c]!.end : blockEnd,
      start: s,
      end: e,
      closed: c >= 0,
      words,
      title: title && laterCap && words >= 2 && words <= TITLE_MAX_WORDS,
    };
  };

  // pass 1: double marks
  const covered: Array<[number, number]> = [];
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k]!;
    if (tk.t !== "q") continue;
    const ch = tk.text;
    let role: "open" | "close" | null = null;
    if (DOUBLE_OPEN.has(ch)) role = "open";
    else if (DOUBLE_CLOSE.has(ch)) role = open >= 0 ? "close" : null;
    else if (ch === '"' || ch === "''") {
      const before = charBefore(text, tk.start, blockStart);
      const after = charAfter(text, tk.start, blockEnd);
      if (open < 0) role = "open";
      else if (/\s/.test(before) && LETTER.test(after)) role = "open";
      else role = "close";
    }
    if (role === "open") open = k;
    else if (role === "close" && open >= 0) {
      const q = make(open, k);
      if (q) {
        out.push(q);
        covered.push([q.markStart, q.markEnd]);
      }
      open = -1;
    }
  }
  if (open >= 0) {
    const q = make(open, -1);
    if (q) {
      out.push(q);
      covered.push([q.markStart, q.markEnd]);
    }
  }

  // pass 2: single marks outside double quotes
  const singles: Quote[] = [];
  let ci = 0;
  open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k]!;
    if (tk.t !== "q") continue;
    while (ci < covered.length && covered[ci]![1] <= tk.start) ci++;
    if (ci < covered.length && covered[ci]![0] <= tk.start) continue;
    const ch = tk.text;
    const before = charBefore(text, tk.start, blockStart);
    const after = charAfter(text, tk.start, blockEnd);
    if ((ch === "‘" || ch === "'") && !LETTER.test(before) && LETTER.test(after)) {
      if (open < 0 || ch === "‘") open = k;
    } else if ((ch === "’" || ch === "'") && open >= 0 && !LETTER.test(after) && !/\s/.test(before)) {
      if (tk.start - tokens[open]!.end < 1500) {
        const q = make(open, k);
        if (q) {
          out.push(q);
          singles.push(q);
        }
      }
      open = -1;
    }
  }
  out.sort((a, b) => a.markStart - b.markStart);
  // British style nests the other way: a double quote inside a single one ('I told him, "No," ...') is
  // part of it
  if (!singles.length) return out;
  return out.filter((q) => !singles.some((x) => x.markStart < q.markStart && q.markEnd < x.markEnd));
}
