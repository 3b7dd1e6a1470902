/**
 * A report inside a relative clause whose pronoun is the reported clause's subject: "the rules,
 * which officials said will start in May", "a levy that critics say would hurt farms", "what she
 * called ... is", "voters who he said were angry". The phrase between the pronoun and the verb is
 * the source; the content is the pronoun with the clause after the verb, as PolNeAR marks it.
 */
import { RELATIVE_CLAUSE_VERBS, RELATIVE_NAMING_VERBS } from "./lexicon";
import type { Token } from "./tokens";

/** "which", "that", "who", "whom", "what": tested on every word, so by its first letter before comparing. */
export function relativeWord(l: string): boolean {
  const c = l.charCodeAt(0);
  if (c === 116) return l === "that"; // t
  return c === 119 && (l === "which" || l === "who" || l === "what" || l === "whom"); // w
}

/**
 * The words a relative-clause report turns on, looked up once per token: verbs that take a clause
 * ("the rules, which officials said will start"), and naming verbs whose object is the pronoun ("what
 * officials called a hate crime": the name or judgment after the verb is the content). Lexicon data.
 */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  ...RELATIVE_CLAUSE_VERBS,
  ...RELATIVE_NAMING_VERBS,
]);

/** Words after a naming verb that make it no naming ("called for", "called off"). */
const NOT_COMPLEMENT = new Set("for on off up back in out to at by with from into over".split(" "));

/** Can token `k` open the name or judgment after a naming verb? */
export function complementAt(t: Token[], k: number): boolean {
  const x = t[k];
  return x !== undefined && (x.t === "q" || (x.t === "w" && !NOT_COMPLEMENT.has(x.l)));
}

/** Words that cannot open a clause whose subject is missing: the clause after them has its own. */
const NOT_PREDICATE = new Set(
  (
    "the a an this these those that there it he she they we i you his her their its our my your " +
    "some any all no many most several each every both one two three of in on at for to from with by " +
    "about as than if whether when where while because and or but so not mr. mrs. ms. dr."
  ).split(" "),
);

/** Can token `k` open the predicate of a clause whose subject is the relative pronoun? */
export function predicateAt(t: Token[], k: number): boolean {
  const x = t[k];
  return x !== undefined && x.t === "w" && x.text === x.l && !NOT_PREDICATE.has(x.l) && !/^\d/.test(x.l);
}
