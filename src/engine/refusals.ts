/**
 * Refusals to comment, in one place: where one opens in the text (the cue finder asks
 * `refusalEndAt`, the block grammar `opensRefusal`), what it refused, and whether a reported clause
 * is itself one. The phrases are data (lexicon/refusals.json).
 *
 * What a refusal refused: "declined to comment on the vote" refused "to comment on the vote"; "did
 * not respond to a request for comment" left "a request for comment" unanswered. PolNeAR marks that
 * as the refusal's content (the cue is the refusing verb).
 */
import { REFUSAL, REFUSAL_OPENER, REFUSAL_WORDS } from "./lexicon";
import type { Token } from "./tokens";

const REFUSING = /^(?:declin|refus)/;
const ANSWERING = /^(?:respond|repl|return|answer|comment)/;
/** "would not say how many ...": what was not said follows the verb. */
const TELLING = /^(?:say|disclose|specify|reveal|elaborate|discuss|confirm)$/;
const PARTICLE = new Set(["to", "on", "about"]);

/** The first token of what the refusal at [cueTok, lastTok] refused, or -1. */
export function refusedRange(t: Token[], cueTok: number, lastTok: number, st: number): number {
  for (let k = cueTok; k <= lastTok && k < st; k++) {
    const w = t[k]!.l;
    // "declined to comment": the infinitive is what was refused
    if (REFUSING.test(w)) return k + 1 < st ? k + 1 : -1;
    if (TELLING.test(w) && k === lastTok) return k + 1 < st && t[k + 1]!.t === "w" ? k + 1 : -1;
    if (ANSWERING.test(w)) {
      let c = Math.max(k + 1, lastTok + 1);
      if (PARTICLE.has(t[c]?.l ?? "")) c++;
      return c < st && t[c]!.t === "w" ? c : -1;
    }
  }
  return -1;
}

/** A reported clause that is a refusal: its subject ("it", "he", "the club", "a spokesman") and the refusal. */
const REFUSED_CLAUSE = new RegExp(
  `^(?:it|he|she|they|we|i|(?:the|a|an|his|her|its|their)\\s+[a-z-]+(?:\\s+[a-z-]+)?)\\s+(?:${REFUSAL.source.slice(1)})`,
  "i",
);
/** A second clause after the refusal: then something was said after all. */
const BUT_CLAUSE = /\s(?:but|although|though|while)\s|;/;

/**
 * Is a reported clause itself a refusal ("The club said [it would not comment on the memo]",
 * "she said [she could not confirm the figures]")? Then nothing was said: it is a refusal, not a claim.
 */
export function isReportedRefusal(content: string): boolean {
  return REFUSED_CLAUSE.test(content) && !BUT_CLAUSE.test(content);
}

/** Does a refusal ("declined to comment", "would not say") open at offset `at` of `text`? */
export function opensRefusal(text: string, at: number): boolean {
  return REFUSAL.test(text.slice(at, at + 60));
}

/** Can a word (lower case) open a refusal? Cheap, so that the cue finder asks it of every word. */
export function mayOpenRefusal(w: string): boolean {
  return REFUSAL_OPENER.test(w);
}

/**
 * The refusal opening at token `i` ("declined to comment", "did not return calls seeking
 * comment"): the offset where its phrase ends, or -1. The patterns are tried only when a refusal's
 * word follows within six tokens, as it must.
 */
export function refusalEndAt(text: string, tokens: Token[], i: number, to: number): number {
  let ahead = false;
  for (let k = i + 1; k < to && k <= i + 6 && !ahead; k++) ahead = REFUSAL_WORDS.has(tokens[k]!.l);
  if (!ahead) return -1;
  const at = tokens[i]!.start;
  const m = REFUSAL.exec(text.slice(at, Math.min(text.length, at + 120)));
  return m ? at + m[0].length : -1;
}
