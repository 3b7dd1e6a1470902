/**
 * Complements that make a verb an attribution without a reported clause.
 *
 * Unquoted judgments with a "call" verb: "praised the plan", "dismissed the report", "called him
 * reckless", "called the plan a disgrace". With a quotation these frame the quoted words (claims.ts);
 * without one, a judgment that names its object ("called him reckless", "described it as a gamble")
 * is reported speech, and plain praise or scorn ("praised the plan") the subject's attitude, a belief,
 * as PolNeAR annotates them. A naming verb ("call", "label", "brand") needs a complement after its
 * object, so that "called the police" or "called a meeting" is no claim.
 */
import { ADJECTIVE_LIKE_NOUNS, NAMING } from "./lexicon";
import type { Token } from "./tokens";

const OBJECT_PRONOUN = /^(?:him|her|it|them|me|us|himself|herself|themselves|itself)$/;
/** Words after a pronoun object that make "called him ..." a phone call or a summons, not a name. */
const NOT_COMPLEMENT =
  /^(?:on|off|in|up|back|out|to|at|for|from|with|about|into|over|after|before|during|by|and|or|but|twice|again|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|next|early|late|later|home|then|when|while|because|as)$/;
const ARTICLE = /^(?:a|an)$/;
const PREPOSITION = /^(?:of|in|on|at|for|from|with|by|about|to|into|over|under|than|as|like)$/;

/** Is the unquoted object [from, to) of the call verb `verb` a judgment the verb reports? */
export function unquotedJudgment(verb: string, toks: Token[], from: number, to: number): boolean {
  if (!NAMING.has(verb)) return true;
  const w = (k: number) => (toks[k]?.t === "w" ? toks[k]!.l : "");
  // "called him reckless", "called it a mistake"
  if (OBJECT_PRONOUN.test(w(from)))
    return from + 1 < to && toks[from + 1]!.t === "w" && !NOT_COMPLEMENT.test(w(from + 1));
  // "called the plan reckless", "calls Lee unqualified": an adjective ends the judgment
  if (to - from >= 2 && smallClauseAdjective(toks, from, to)) return true;
  // "called the plan a disgrace": a second noun phrase, opened by "a"/"an", after the object
  for (let k = from + 2; k < to; k++) {
    if (toks[k]!.t !== "w") return false;
    if (ARTICLE.test(w(k))) return !PREPOSITION.test(w(k - 1)) && !/^(?:and|or|but)$/.test(w(k - 1));
  }
  return false;
}

/** Endings of adjectives ("reckless", "unqualified", "lawful"); nouns with them are in the lexicon. */
const ADJ_END = /(?:ous|ful|less|ible|able|ive|ical|ic|ent|ant|ed|al)$/;
const OBJECT_DET = /^(?:the|his|her|their|its|this|that|these|those)$/;
const CAPITAL = /^\p{Lu}/u;
/** Words that end a plain object before its complement (a phrase or clause goes on). */
const NOT_IN_OBJECT =
  /^(?:of|in|on|at|for|from|with|by|about|to|as|and|or|but|that|who|which|is|was|were|are)$/;
/** Does [from, to) hold an object, a name or a short plain phrase, with an adjective after it? */
function smallClauseAdjective(toks: Token[], from: number, to: number): boolean {
  const last = toks[to - 1]!;
  if (last.t !== "w" || last.text !== last.l || !ADJ_END.test(last.l) || ADJECTIVE_LIKE_NOUNS.has(last.l))
    return false;
  // the object before it: a name, or a phrase opened by a determiner, of at most five words
  const first = toks[from]!;
  if (first.t !== "w" || !(OBJECT_DET.test(first.l) || CAPITAL.test(first.text))) return false;
  for (let k = from; k < to - 1; k++) {
    const x = toks[k]!;
    if (x.t !== "w" && !/^['’-]$/.test(x.text)) return false;
    if (NOT_IN_OBJECT.test(x.l)) return false;
  }
  return to - 1 - from <= 5;
}

/**
 * Does the unquoted judgment [from, to) name its object ("called him reckless", "described the plan as
 * a gamble")? Naming is saying: reported speech, where praise or scorn with a plain object ("praised
 * the plan") is an attitude.
 */
export function namesObject(verb: string, toks: Token[], from: number, to: number): boolean {
  if (NAMING.has(verb)) return true;
  for (let k = from + 1; k < to - 1; k++) if (toks[k]!.t === "w" && toks[k]!.l === "as") return true;
  return false;
}

/** Words after "to" that open a phrase, not an infinitive ("agreed to the deal", "pledged to his wife"). */
const NOT_VERB_AFTER_TO =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|any|all|no|every|each|both|one|two|three|him|them|me|us|it|who|which|what|whom|date|help)$/;

/** Does a "to" infinitive start at token `k` ("to cut the tax")? */
export function infinitiveAt(toks: Token[], k: number): boolean {
  const to = toks[k];
  // "vowed to “continue the fight”": a quote mark may open the infinitive's verb
  const v = toks[k + 1]?.t === "q" ? toks[k + 2] : toks[k + 1];
  return (
    to?.t === "w" &&
    to.l === "to" &&
    v?.t === "w" &&
    v.text === v.l &&
    !NOT_VERB_AFTER_TO.test(v.l) &&
    !/^\d/.test(v.l)
  );
}
