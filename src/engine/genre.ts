/**
 * Is this news prose? A page-level check run after the claims are found: guides, recipes, product
 * pages, reviews, blogs, forum threads and fiction are full of speech cues ("the recipe says",
 * "customers say", "my sister told me", "“You're late,” he said") that are no news attribution.
 */
import type { BlockInfo } from "./block-grammar";
import genre from "./lexicon/genre.json" with { type: "json" };
import type { Claim, Speaker } from "./types";

const AUTHOR_VOICE = new Set(genre.authorVoice);
const IMPERATIVES = new Set(genre.imperatives);
const NEWS_CUES = new Set(genre.newsCues);
/** 'told me', 'said to us': the author is the one spoken to, as in a blog or a review. */
const TO_AUTHOR = /^\s+(?:to\s+)?(?:me|us)\b/i;

const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const DIGITS = /^\d+$/;
const PROSE_END = /[.!?]["”’)]?$/;

/**
 * Per 1000 words outside closed quotations: first- and second-person words and instructions (the
 * author talking as "I" or to "you"), and two capitalised words in a row inside a prose sentence (names: "Ann Lee",
 * "City Council"; news is full of them, a recipe or a how-to has few).
 */
export function voiceAndNames(
  text: string,
  blocks: BlockInfo[],
): { words: number; voice: number; names: number } {
  let words = 0;
  let voice = 0;
  let names = 0;
  for (const b of blocks) {
    const prose = PROSE_END.test(text.slice(Math.max(b.start, b.end - 2), b.end));
    const tokens = b.tokens;
    // an instruction ("Stir in the lentils.", "Book ahead in summer."): the author talking to "you"
    for (const [from] of b.sentences) {
      let k = from;
      while (k < tokens.length && (tokens[k]!.t !== "w" || DIGITS.test(tokens[k]!.text))) k++;
      const first = tokens[k];
      if (first && (b.quoteOf[k]! < 0 || !b.quotes[b.quoteOf[k]!]!.closed) && IMPERATIVES.has(first.l))
        voice++;
    }
    for (let i = 0; i < tokens.length; i++) {
      const tk = tokens[i]!;
      if (tk.t !== "w") continue;
      const qi = b.quoteOf[i]!;
      if (qi >= 0 && b.quotes[qi]!.closed) continue;
      words++;
      if (AUTHOR_VOICE.has(tk.l)) voice++;
      // not a sentence's first word (after a stop or a mark), nor a heading's title case
      if (
        prose &&
        i > 0 &&
        tokens[i - 1]!.t === "w" &&
        tokens[i + 1]?.t === "w" &&
        UPPER_LOWER.test(tk.text) &&
        UPPER_LOWER.test(tokens[i + 1]!.text)
      )
        names++;
    }
  }
  const per = words ? 1000 / words : 0;
  return { words, voice: voice * per, names: names * per };
}

const PROPER_NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]+(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}.&'’-]*))*$/u;
const TWO_NAMES = /^\p{Lu}\S*\s+(?:\S+\s+)*\p{Lu}/u;

const ONE_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const MINE = /^(?:my|our|your)\b/i;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Does `name` follow a capitalised word somewhere in `text` ("Ann Lee", "Mayor Lee")? A plain scan:
 * this runs for every one-word source of a page. */
function givenInFull(text: string, name: string): boolean {
  for (let i = text.indexOf(` ${name}`); i > 0; i = text.indexOf(` ${name}`, i + 1)) {
    if (LETTER.test(text.charAt(i + 1 + name.length))) continue;
    let k = i - 1;
    while (k >= 0 && LOWER.test(text.charAt(k))) k--;
    if (k >= 0 && k < i - 1 && UPPER.test(text.charAt(k)) && !LETTER.test(text.charAt(k - 1))) return true;
  }
  return false;
}

/** A source as news names one: a person with a full name, an organisation, an unnamed source with a role. */
export function newsGrade(text: string, s: Speaker | undefined): boolean {
  if (!s) return false;
  // a named body ("Westway Ferries", "the Census"), not "the manufacturer" or "Customer service"
  if (s.type === "organization") return PROPER_NAME.test(s.name);
  if (s.type === "anonymous") return !!s.title;
  if (s.type !== "person" || MINE.test(s.name)) return false;
  if (TWO_NAMES.test(s.name)) return true;
  // a surname that the text gives in full somewhere ("Ann Lee ... Lee said"), not a story's "Nell"
  return ONE_NAME.test(s.name) && givenInFull(text, s.name);
}

/**
 * True when the claims read as another genre's: fewer than half of them have sources as news names
 * them, and either the author speaks as "I" or to "you" (10 or more such words per 1000 outside
 * quotes) and few people or bodies are named (under 10 name pairs per 1000 words), or hardly any are
 * (under 5) and most claims are quotes. An opinion column speaks as "I" too, but about named people; a recipe, a review or a
 * forum post about "my sister" does not, nor a story's dialogue.
 */
export function notNews(text: string, blocks: BlockInfo[], claims: Claim[], speakers: Speaker[]): boolean {
  if (!claims.length) return false;
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const graded = new Map<string, boolean>();
  let grade = 0;
  for (const c of claims) {
    const sp = byId.get(c.speakerId);
    let g = graded.get(c.speakerId);
    if (g === undefined) {
      g = newsGrade(text, sp);
      graded.set(c.speakerId, g);
    }
    // "police said", "the company told reporters": news reporting by an unnamed or institutional source
    if (
      g ||
      ((sp?.type === "anonymous" || sp?.type === "organization") &&
        NEWS_CUES.has(c.cue.text.toLowerCase()) &&
        !MINE.test(sp.name) &&
        !TO_AUTHOR.test(text.slice(c.cue.end, c.cue.end + 8)))
    )
      grade++;
    // (most of a news page's claims have such sources: no need to grade the rest)
    if (2 * grade >= claims.length) return false;
  }
  const { words, voice, names } = voiceAndNames(text, blocks);
  // a few sentences say too little about the page they come from
  if (words < 100) return false;
  // a story's dialogue: quotes of people known by a first name or "he", hardly anyone named in full
  // (a news brief with no names reports what "police", "officials" and "a resident" said)
  let direct = 0;
  for (const c of claims) if (c.kind === "direct" && byId.get(c.speakerId)?.type === "person") direct++;
  if (names < 5 && direct * 5 >= claims.length * 3) return true;
  return voice >= 10 && names < 10;
}
