/**
 * Plurals of the person roles (lexicon roles.json "person"), so that a group of office holders is
 * read like one: "the governors", "Pentagon spokesmen", "two party secretaries", "the witnesses".
 * Only these regular endings are undone; the roles list holds singular forms. The same endings give
 * a noun's singular and plurals for coreference ("the companies", "the employee" of "two employees").
 */
import { ROLE_DOC, ROLE_GROUP, ROLE_ORG, ROLE_PERSON } from "./lexicon";

/** Is `w` (lower case, no possessive) the plural of a person's role? */
export function isRolePlural(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115 /* s */) {
    // "spokesmen", "chairmen", "congresswomen"
    return n > 4 && w.endsWith("men") && ROLE_PERSON.has(`${w.slice(0, -3)}man`);
  }
  if (w.charCodeAt(n - 2) === 115) return false; // "boss", "press"
  if (ROLE_PERSON.has(w.slice(0, -1))) return true;
  // "secretaries", "deputies"
  if (w.endsWith("ies")) return ROLE_PERSON.has(`${w.slice(0, -3)}y`);
  // "witnesses", "coaches"
  return w.endsWith("es") && ROLE_PERSON.has(w.slice(0, -2));
}

/** Is `w` (lower case) a head word of a speaker description: a role, a group, a body or a document? */
export function roleWord(w: string): boolean {
  return ROLE_PERSON.has(w) || ROLE_GROUP.has(w) || ROLE_ORG.has(w) || ROLE_DOC.has(w) || isRolePlural(w);
}

/** The singular of a plural noun by its regular ending ("companies" → "company", "firms" → "firm"). */
export function singularOf(w: string): string {
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.endsWith("es") && /(?:ch|sh|ss|x)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith("s") ? w.slice(0, -1) : w;
}

/** The plurals a noun may have by its regular endings ("employee" → "employees", "secretary" →
 * "secretaries", "spokesman" → "spokesmen"), for finding a group by one of its members' noun. */
export function pluralsOf(h: string): string[] {
  const out = [`${h}s`, `${h}es`];
  if (h.endsWith("y")) out.push(`${h.slice(0, -1)}ies`);
  if (h.endsWith("man")) out.push(`${h.slice(0, -3)}men`);
  return out;
}
