/** The cheap language check: the share of English function words among the first words of the text. */
import lexicon from "./lexicon/language.json" with { type: "json" };

const MAX_WORDS = 500;

/**
 * An ASCII word of up to 7 letters as a number (base 27, case folded), so that the scan looks words
 * up without cutting a string out of the text for each. The stopwords are such words.
 */
function wordCode(text: string, start: number, end: number): number {
  if (end - start > 7) return -1;
  let code = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) | 32; // A-Z to a-z
    if (c < 97 || c > 122) return -1;
    code = code * 27 + (c - 96);
  }
  return code;
}

const STOPWORD_CODES = new Set(lexicon.stopwords.map((w) => wordCode(w, 0, w.length)));

/** A letter for the word scanner: ASCII letters, and anything from Latin-1 letters up (not punctuation). */
function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f))
  );
}

/** Enough words of narration outside quotation marks to decide on them alone. */
const MIN_OUTSIDE = 40;

/**
 * "en" when the text reads as English, else "other". Short texts with too few words count as English.
 * Words inside double quotation marks count only when the narration outside them is too short: a
 * French or Spanish report quoting an English speaker at length is not English.
 */
export function detectLanguage(text: string): "en" | "other" {
  let words = 0;
  let hits = 0;
  let nonLatin = 0;
  let outWords = 0;
  let outHits = 0;
  let outNonLatin = 0;
  let quoted = false;
  const n = text.length;
  let i = 0;
  while (i < n && words < MAX_WORDS) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      // “ « „ open, ” » close, " toggles; a line break ends any quotation
      if (c === 0x201c || c === 0xab || c === 0x201e) quoted = true;
      else if (c === 0x201d || c === 0xbb || c === 10) quoted = false;
      else if (c === 34) quoted = !quoted;
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    // "don't", "it’s": one word
    if (i + 1 < n && (text[i] === "'" || text[i] === "’") && isLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
    }
    words++;
    const first = text.charCodeAt(start);
    const latin = !(first > 0x24f && !(first >= 0x1e00 && first <= 0x1eff));
    const hit = latin && STOPWORD_CODES.has(wordCode(text, start, i));
    if (!latin) nonLatin++;
    else if (hit) hits++;
    if (!quoted) {
      outWords++;
      if (!latin) outNonLatin++;
      else if (hit) outHits++;
    }
  }
  if (outWords >= MIN_OUTSIDE) return decide(outWords, outHits, outNonLatin);
  return decide(words, hits, nonLatin);
}

function decide(words: number, hits: number, nonLatin: number): "en" | "other" {
  if (words < 8) return hits > 0 || words === 0 ? "en" : "other";
  if (nonLatin / words > 0.5) return "other";
  return hits / words >= (words < 40 ? 0.1 : 0.2) ? "en" : "other";
}
