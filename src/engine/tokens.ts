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

const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const A_LETTER = /\p{L}/u;

/** Is `word` (without its period) an abbreviation that keeps its period? */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  if (ABBREVIATIONS.has(w)) return true;
  if (ONE_CAPITAL.test(word)) return true; // an initial: "J."
  return DOTTED_LETTERS.test(word); // "U.S", "a.m"
}

const QUOTE_CHARS = "\"“”„‟«»‘’‚‛'";

/** Quotation marks the quote finder knows. */
export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.includes(ch);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();

/** A letter or digit (UTF-16 code unit; surrogate halves are not). ASCII is decided without a regex. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = wordCharCache.get(c);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    wordCharCache.set(c, v);
  }
  return v;
}

/** Joiners inside a word: "U.S", "can't", "Peru’s", "ISIS-K", "AT&T". */
function isJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 38;
}

/** Tokenize `text` between `from` and `to`. Linear: one pass over the characters. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x2009 || code === 0x200b) {
      i++;
      continue;
    }
    if (isWordChar(code)) {
      let end = i + 1;
      for (;;) {
        while (end < to && isWordChar(text.charCodeAt(end))) end++;
        if (end + 1 < to && isJoiner(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
      // an abbreviation keeps its period: "Mr.", "U.S."
      if (end < to && text.charCodeAt(end) === 46 && isAbbreviation(text.slice(i, end))) end++;
      // a plural's possessive keeps its apostrophe when a lowercase word follows: "the teachers' union"
      // (a closing single mark has punctuation or a frame after it: "... teachers,' she said")
      // (and in a name before another capital: "the Growers' Cooperative")
      else if (end - i > 2 && pluralPossessiveAt(text, end, to, isCapCode(code))) end++;
      const w = text.slice(i, end);
      out.push({ text: w, start: i, end, t: "w", l: w.toLowerCase() });
      i = end;
      continue;
    }
    // two apostrophes or backquotes stand for a double mark in some wire texts: ''Yes,'' she said
    if ((code === 39 || code === 96) && i + 1 < to && text.charCodeAt(i + 1) === code) {
      const p = text.slice(i, i + 2);
      out.push({ text: p, start: i, end: i + 2, t: "q", l: p });
      i += 2;
      continue;
    }
    // surrogate pairs (emoji) as one token
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    const p = text.slice(i, i + len);
    out.push({ text: p, start: i, end: i + len, t: isQuoteChar(p) ? "q" : "p", l: p });
    i += len;
  }
  return out;
}

/**
 * Is the apostrophe at `k`, after a word ending in "s", a plural's possessive ("teachers' union")? After
 * a capitalised word (`named`), a capital may follow too: "the Growers' Cooperative".
 */
function pluralPossessiveAt(text: string, k: number, to: number, named: boolean): boolean {
  const a = text.charCodeAt(k);
  if (a !== 39 && a !== 0x2019) return false;
  const s = text.charCodeAt(k - 1);
  if (s !== 115 || k + 2 >= to || text.charCodeAt(k + 1) !== 32) return false;
  const n = text.charCodeAt(k + 2);
  return (n >= 97 && n <= 122) || (named && n >= 65 && n <= 90);
}

/** An ASCII capital's code. */
const isCapCode = (c: number) => c >= 65 && c <= 90;

/** First letter upper-case ("Lee", "U.S.", "AB-C"). */
export function isCap(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII fast path: this runs on nearly every token
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The word without a possessive ending: "Peru’s" → "Peru". */
export function stripPossessive(word: string): string {
  if (hasPossessiveEnd(word)) return word.slice(0, -2);
  return hasPluralPossessiveEnd(word) ? word.slice(0, -1) : word;
}

export function isPossessive(word: string): boolean {
  return (
    word.length > 2 &&
    (hasPossessiveEnd(word) || hasPluralPossessiveEnd(word)) &&
    A_LETTER.test(word.charAt(word.length - 3))
  );
}

/** Ends in "s'" or "s’" (a plural's possessive, kept whole by the tokenizer). */
function hasPluralPossessiveEnd(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const q = word.charCodeAt(n - 1);
  return (q === 39 || q === 0x2019) && (word.charCodeAt(n - 2) === 115 || word.charCodeAt(n - 2) === 83);
}

/** Ends in "'s" or "’s" (checked by character: this runs on every capitalised word). */
function hasPossessiveEnd(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/**
 * Does the comma at token `c` end a phrase? Not one inside a quotation, except a comma just inside
 * its closing mark ("which he called “a disgrace,” ...", American style).
 */
export function phraseCommaAt(t: Token[], c: number, quoted: (i: number) => boolean): boolean {
  return t[c]?.text === "," && (!quoted(c) || t[c + 1]?.t === "q");
}
