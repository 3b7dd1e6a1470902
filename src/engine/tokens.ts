/**
 * Word and punctuation tokens with their offsets. Abbreviations keep their period ("Mr.", "U.S.")
 * so that the sentence splitter and the name finder see them whole.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** "w" word, "p" punctuation, "q" quotation mark. */
  t: "w" | "p" | "q";
  /** The text in lower case (computed once: the passes compare words many times). */
  l: string;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt adm maj cmdr rev hon st jr sr mt ft no vs etc inc corp co ltd " +
    "jan feb mar apr aug sept sep oct nov dec dept univ assn bros est approx fig pres supt insp det cpl pvt atty sec amb " +
    "a.m p.m u.s u.k u.n e.u d.c n.y l.a u.s.a i.e e.g"
  ).split(" "),
);

/** Is `word` (without its period) an abbreviation that keeps its period? */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  if (ABBREVIATIONS.has(w)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J."
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // "U.S", "a.m"
}

const QUOTE_CHARS = "\"“”„‟«»‘’‚‛'";

/** Quotation marks the quote finder knows. */
export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.includes(ch);
}

const WORD = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*/uy;

/** Tokenize `text` between `from` and `to`. Linear: one sticky regex per word. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code <= 32 || ch === "\u00a0" || ch === "\u2009" || ch === "\u200b") {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= to) {
      let end = i + m[0].length;
      // a trailing apostrophe-s split off is not needed: keep "Iran’s" whole, names are read without it
      if (text[end] === "." && end + 1 <= to && isAbbreviation(m[0])) end++;
      const w = text.slice(i, end);
      out.push({ text: w, start: i, end, t: "w", l: w.toLowerCase() });
      i = end;
      continue;
    }
    if (m && m.index === i) {
      // a word running past `to`: cut it
      const w = text.slice(i, to);
      out.push({ text: w, start: i, end: to, t: "w", l: w.toLowerCase() });
      break;
    }
    // surrogate pairs (emoji) as one token
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    const p = text.slice(i, i + len);
    out.push({ text: p, start: i, end: i + len, t: isQuoteChar(ch) ? "q" : "p", l: p });
    i += len;
  }
  return out;
}

/** First letter upper-case ("Biden", "U.S.", "ISIS-K"). */
export function isCap(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The word without a possessive ending: "Iran’s" → "Iran". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, "");
}

export function isPossessive(word: string): boolean {
  return /\p{L}['’]s$/u.test(word);
}
