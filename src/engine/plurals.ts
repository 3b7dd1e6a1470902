/**
 * Plurals of the person roles (lexicon roles.json "person"), so that a group of office holders is
 * read like one: "the governors", "Pentagon spokesmen", "two party secretaries", "the witnesses".
 * Only these regular endings are undone; the roles list holds singular forms.
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
