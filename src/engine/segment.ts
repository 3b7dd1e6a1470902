/** Blocks (paragraphs, headings: one per line) and sentences, as offset ranges into the text. */
import type { Token } from "./tokens";

const SENTENCE_START = /[\p{Lu}\p{N}(“‘"']/u;

export interface Range {
  start: number;
  end: number;
}

/** Lines with text, trimmed. A line break is a block boundary. */
export function splitBlocks(text: string): Range[] {
  const out: Range[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = text.indexOf("\n", i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

/** Abbreviations that keep their period and may end a sentence ("... entered the U.S. The plan ...", "... until 11 p.m. She said ..."). */
const FINAL_ABBREVIATION = /^(?:(?:\p{Lu}\.){2,}|[ap]\.m\.|Jr\.|Sr\.|Inc\.|Corp\.|Co\.|Ltd\.)$/u;
/** Words that open a sentence, not a name after an abbreviation ("U.S. The", not "U.S. Senate"). */
const OPENERS = new Set(
  (
    "the a an he she it they we i but and in this that these those his her their its our there then so yet " +
    "after when while if as at on for however still meanwhile now"
  ).split(" "),
);
/** A word opening with a capital letter. */
const isUpper = (w: string) => CAPITAL.test(w);
const CAPITAL = /^\p{Lu}/u;
/** A clock time's "a.m."/"p.m.": any capital after it opens a sentence ("... at 3:15 p.m. Fire officials
 * said"), but a time zone, a day or a month goes with the time ("5 p.m. Eastern", "9 a.m. Tuesday"). */
const CLOCK = /^[ap]\.m\.$/;
const WITH_CLOCK =
  /^(?:eastern|central|pacific|mountain|atlantic|local|[ecmpa][sd]?t|gmt|utc|bst|cet|cest|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const CLOSERS = new Set(["”", "’", '"', "'", "''", ")", "]", "»"]);
const ENDERS = new Set([".", "!", "?", "…"]);

/**
 * Sentences of one block, as ranges of token indices [from, to). A sentence ends at . ! ? (with any
 * closing marks after it) when the next token starts with a capital, a digit or an opening mark.
 * `inside(i)` protects boundaries inside closed quotations.
 */
export function splitSentences(
  tokens: Token[],
  inside: (offset: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i]!;
    if (tk.t === "w") {
      const nx = tokens[i + 1];
      // (or a quotation opening after it: "... around 11 p.m. “It sounded like a bomb,” she said")
      const after = tokens[i + 2];
      const opensQuote =
        nx?.t === "q" &&
        nx.start > tk.end &&
        after?.t === "w" &&
        after.start === nx.end &&
        isUpper(after.text);
      if (
        ((nx?.t === "w" &&
          (OPENERS.has(nx.l) || (CLOCK.test(tk.text) && !WITH_CLOCK.test(nx.l.replace(/\.$/, "")))) &&
          SENTENCE_START.test(nx.text.charAt(0))) ||
          opensQuote) &&
        FINAL_ABBREVIATION.test(tk.text) &&
        !inside(nx!.start)
      ) {
        out.push([from, i + 1]);
        from = i + 1;
      }
      continue;
    }
    if (!ENDERS.has(tk.text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    if (j >= tokens.length) break;
    const next = tokens[j]!;
    const c = next.text.charAt(0);
    const startsNew = next.t === "q" || SENTENCE_START.test(c);
    if (!startsNew) continue;
    // inside a quotation ("“I came. I saw,” he said") the sentence goes on; a quote's own last stop ends it
    if (inside(next.start)) continue;
    out.push([from, j]);
    from = j;
    i = j - 1;
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}
