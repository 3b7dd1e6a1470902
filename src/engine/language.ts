/** The cheap language check: the share of English function words among the first words of the text. */
import lexicon from "./lexicon/language.json" with { type: "json" };

const STOPWORDS = new Set(lexicon.stopwords);
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

/** "en" when the text reads as English, else "other". Short texts with too few words count as English. */
export function detectLanguage(text: string): "en" | "other" {
  let words = 0;
  let hits = 0;
  let nonLatin = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words++;
    const w = m[0].toLowerCase();
    if (STOPWORDS.has(w)) hits++;
    const c = w.charCodeAt(0);
    if (c > 0x24f && !(c >= 0x1e00 && c <= 0x1eff)) nonLatin++;
    if (words >= 800) break;
  }
  if (words < 8) return hits > 0 || words === 0 ? "en" : "other";
  if (nonLatin / words > 0.5) return "other";
  return hits / words >= (words < 40 ? 0.1 : 0.2) ? "en" : "other";
}
