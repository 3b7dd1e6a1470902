/**
 * A question put to the sentence's subject, opening the sentence: "Asked whether she would run,
 * Ann Vell said ...", "When asked about the merger, he ...", "Asked by a reporter to explain the
 * vote, ...". PolNeAR annotates the question as an attribution with "asked" as its cue; what was
 * asked runs from the question word (or after "about") to the comma that ends the phrase.
 */
import { phraseCommaAt, type Token } from "./tokens";

export interface AskedLead {
  /** The token "asked" (the cue). */
  cueTok: number;
  /** "asked by X": X's tokens [byFrom, byTo], when given. */
  byFrom: number;
  byTo: number;
  /** What was asked: tokens [from, to). */
  from: number;
  to: number;
  /** The comma that ends the phrase: the main clause follows it. */
  comma: number;
}

const LEAD = new Set(["when", "after", "once", "while", "but", "and", "yet", "so"]);
const QUESTION_WORD = new Set([
  "whether",
  "if",
  "how",
  "why",
  "what",
  "who",
  "whom",
  "when",
  "where",
  "which",
]);
/** Words that end an "asked by X" phrase: what follows is the question or a time or place. */
const AFTER_BY = new Set([...QUESTION_WORD, "about", "to", "on", "at", "in", "during", "last", "this"]);

/** The "asked ..." phrase that opens sentence [sf, st), if any. */
export function askedLead(
  t: Token[],
  sf: number,
  st: number,
  quoted: (i: number) => boolean,
): AskedLead | null {
  let k = sf;
  let n = 0;
  while (k < st && n < 2 && t[k]!.t === "w" && LEAD.has(t[k]!.l)) {
    k++;
    n++;
  }
  // "after being asked"
  if (t[k]?.l === "being") k++;
  const cue = t[k];
  if (cue?.t !== "w" || cue.l !== "asked" || quoted(k)) return null;
  let i = k + 1;
  let byFrom = -1;
  let byTo = -1;
  if (t[i]?.l === "by") {
    byFrom = i + 1;
    let e = byFrom;
    while (e < st && e - byFrom < 8 && t[e]!.t === "w" && !AFTER_BY.has(t[e]!.l)) e++;
    if (e === byFrom) return null;
    byTo = e - 1;
    i = e;
  }
  // the question within a few words ("asked at a forum on Tuesday about the levy")
  let from = -1;
  for (let j = i; j < st && j < i + 10; j++) {
    const x = t[j]!;
    if (x.t !== "w" || quoted(j)) return null;
    if (QUESTION_WORD.has(x.l)) {
      from = j;
      break;
    }
    if (x.l === "about") {
      from = j + 1;
      break;
    }
    // "asked to explain the vote": a request
    if (x.l === "to" && t[j + 1]?.t === "w" && t[j + 1]!.text === t[j + 1]!.l) {
      from = j;
      break;
    }
  }
  if (from < 0 || from >= st) return null;
  // the phrase ends at its comma
  for (let c = from + 1; c < st; c++) {
    const x = t[c]!;
    if (phraseCommaAt(t, c, quoted)) {
      const comma = t[c + 1]?.t === "q" ? c + 1 : c;
      if (comma + 1 >= st) return null;
      return { cueTok: k, byFrom, byTo, from, to: c, comma };
    }
    if (x.t === "p" && /^[.;:!?]$/.test(x.text)) return null;
  }
  return null;
}
