/**
 * The speaker resolver: links each speaker mention to one real-world source. Names resolve to the
 * fullest form the article gives ("Lee" → "Ann Lee"), pronouns to the nearest fitting
 * person or body in subject position, definite descriptions ("the official", "the company") to an
 * earlier source with that role, and indefinite ones ("a U.S. official") to a new anonymous source.
 */

import {
  BODY_ROLES,
  BUSINESS_WORDS,
  DET_DEF,
  DET_INDEF,
  FEMALE_NAMES,
  FINDING_HEADS,
  HONORIFIC,
  HONORIFIC_FEMALE,
  HONORIFIC_MALE,
  ISSUED_DOCUMENTS,
  MALE_NAMES,
  MEDIA_WORDS,
  NOT_IN_NP,
  ORG_NAMES,
  ORG_WORDS,
  ROLE_DOC,
  ROLE_FEMALE,
  ROLE_GROUP,
  ROLE_KIN,
  ROLE_MALE,
  ROLE_ORG,
  ROLE_PERSON,
  ROLE_SHARE,
  SPEECH,
  TITLE_WORDS,
  UNNAMED_HEADS,
} from "./lexicon";
import type { Gender, Mention } from "./mentions";
import { ACRONYM, isAgeNoun, isOrgName, NOT_NAME, opensWithAgentRole, PREPOSITIONS } from "./mentions";
import { pluralsOf, singularOf } from "./plurals";
import { isCap, isPossessive, stripPossessive, type Token } from "./tokens";
import type { SourceType, Span, Speaker } from "./types";

const CAP_START = /^(?:the\s+)?\p{Lu}/u;
// the words before an issued document named anew: "in a brief statement", "In its statement"
const ISSUED_BEFORE = /\b(?:an?|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}$/i;
const LETTER = /\p{L}/u;
const GROUP_OF = /^an?\s+(?:[\p{L}-]+\s+)?group\s+of\s/iu;
// an appositive opening after a name: "the Oltan Front, a militia ..." (its words split on spaces and commas)
const APPOSITIVE_OPEN = /^,\s+(?:an?|the)\s/i;
const WORD_SPLIT = /[\s,]+/;
const SENTENCE_END = /[.!?]["”’]?\s/;
// words no given name's full name holds: roles, titles, bodies' words (nor a place and a role:
// "Iowa Democrat", "Ohio Senate")
const NOT_GIVEN_NAMED = (w: string) =>
  ROLE_PERSON.has(w) ||
  ROLE_GROUP.has(w) ||
  TITLE_WORDS.has(w) ||
  ORG_WORDS.has(w) ||
  ROLE_GROUP.has(`${w}s`);
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
// the subject asking again after the answer: "He asked Morrison about ..."
const ASKS_AGAIN =
  /^\s+(?:also\s+|then\s+|again\s+)?(?:asked|asks|pressed|presses|questioned|wanted to know)\b/;
// the verb before the one a question is put to: "a reporter asked Ferraby"
const ASKED_BEFORE = /\b(?:asked|questioned|pressed)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;
// a name joined by "and" to another: "Halvard and Pinecrest"
const PAIR_AFTER = /^\p{Lu}[\p{L}'’-]*\s+and\s+\p{Lu}/u;
const PAIR_BEFORE = /\p{Lu}[\p{L}'’-]*\s+and\s+$/u;
// the noun just before a name, with or without a comma ("his daughter, Ann Lee")
const KIN_BEFORE = /(\p{L}+),?\s+$/u;
const DOC_SOURCE_AFTER =
  /\b(?:from|by|of)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)/u;
// a document's source named by a body's or a person's noun: "(a statement) from the agency"
const DOC_FROM_ROLE = /\s(?:from|by)\s+(the\s+(?:[a-z-]+(?:['’]s|s['’])?\s+){0,2}?([a-z]+))$/;
// ... or as its owner: "the agency's (own) figures"
const DOC_OWNER_ROLE = /^([Tt]he\s+([a-z]+))['’]s\s/;
// (an article, capitalised too, is no name: "The data" names no source "The")
const DOC_SOURCE_BEFORE =
  /^(?:(?:[Aa]n?|[Tt]he|new|latest|recent)\s+)*((?!(?:A|An|The)\s)(?:\p{Lu}[\p{L}\p{N}&.-]*\s+)+)/u;

/** Words that open a sentence with a capital but name nobody ("Some", "Company", "Officials"). */
const COMMON_OPENER = (w: string) =>
  DET_INDEF.has(w) || DET_DEF.has(w) || ROLE_ORG.has(w) || ROLE_PERSON.has(w) || ROLE_GROUP.has(w);

/** The gender a singular description gives its holder: by its head ("spokeswoman", "husband"), else
 * by a word before the head ("a female aide"); "?" when it gives none. */
function roleGender(head: string, text: string): Gender {
  if (ROLE_FEMALE.has(head)) return "f";
  if (ROLE_MALE.has(head)) return "m";
  const at = text.toLowerCase().lastIndexOf(head);
  for (const w of (at > 0 ? text.slice(0, at) : "").toLowerCase().split(/[^a-z-]+/)) {
    if (ROLE_FEMALE.has(w)) return "f";
    if (ROLE_MALE.has(w)) return "m";
  }
  return "?";
}

/**
 * The role nouns a title gives its holder: the last word of each conjoined part before a
 * preposition ("executive director and founder of Acme": director, founder), not a word of
 * someone else's role ("the wife of the mayor", "the mayor's deputy": not "mayor").
 */
function titleHeads(title: string): string[] {
  const out: string[] = [];
  for (const part of title.toLowerCase().split(TITLE_TAIL, 1)[0]!.split(TITLE_PARTS)) {
    const w = part.trim().split(/\s+/).pop() ?? "";
    if (w && !/['’]s?$/.test(w)) out.push(w.replace(/[^a-z-]+/g, ""));
  }
  return out;
}
const TITLE_TAIL = /\s(?:of|for|at|in|with|to|from|on|who|whose|which|that)\s/;
const TITLE_PARTS = /\s+and\s+|\s*[,&/]\s*/;

/** The determiner and up to three modifiers of a role after a name: "the", "the city's", "its new"
 * (not "the wife of the": the role of someone else). */
const ROLE_AFTER_NAME =
  "(?:the|a|an|his|her|its|their|(?:the\\s+)?[\\p{L}.-]+['’]s)\\s+(?:(?!of\\s)[\\p{L}-]+\\s+){0,3}?";

/**
 * The pattern of a name given the role `head` in apposition or as a predicate ("Ida Vance, the
 * mayor", "Ida Vance is the city's mayor"), compiled once per role for all texts: V8 compiles a new
 * pattern afresh, and the same roles come back in every article.
 */
const rolePatterns = new Map<string, RegExp>();
function roleAfterName(head: string): RegExp {
  let re = rolePatterns.get(head);
  if (!re) {
    // (bounded: roles learned from articles add to the lexicon's)
    if (rolePatterns.size > 2000) rolePatterns.clear();
    re = new RegExp(
      `^(?:,|\\s+(?:is|was|became|has been|had been))\\s+${ROLE_AFTER_NAME}${head}(?![\\p{L}'’-])`,
      "u",
    );
    rolePatterns.set(head, re);
  }
  return re;
}

/** What closes a role in apposition: a comma, or the role's own "of"-phrase. */
const ROLE_CLOSED = /^(?:,|\s+(?:of|at|for)\s)/;
/** A preposition right before a name: the name is a place or an object, not the subject. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|on|of|for|with|by|near|into)\s+$/iu;

/** A role in apposition right before a name: its owner word and its head ("Her older brother, "). */
const ROLE_BEFORE_NAME =
  /(?:^|[^\p{L}'’])(the|his|her|its|their|[\p{L}.-]+['’]s)\s+(?:(?!of\s)[\p{L}-]+\s+){0,3}?([\p{L}-]+),\s$/iu;
/** The owner word of a possessive description ("her", "Tom Reyl's"). */
const POSSESSOR = /^(his|her|their|its|[\p{L}.-]+['’]s)\s/iu;

/** Nouns for a business, resolved to the body named most often (other bodies' nouns: the latest). */
const COMPANY_HEAD =
  /^(?:company|firm|group|organization|organisation|maker|retailer|startup|carrier|airline|bank|lender)$/;

/** The nouns of a business proper ("the company", "the firm"), not of a group of people ("the group"). */
const BUSINESS_HEAD = /^(?:company|firm)$/;

/** "the central bank": a country's monetary authority, no business of the story. */
const CENTRAL_BANK = /\bcentral\s+bank$/i;

const INNER_CAPITAL = /\s\p{Lu}/u;

const BARE_DEFINITE = /^the\s+[a-z]+$/i;
/** One capitalised word: a role noun so written may be a surname ("Farmer"). */
const LONE_CAPITAL = /^\p{Lu}\p{Ll}+$/u;
const LEADING_THE = /^the\s+/i;
/** Nouns for a public body, which a body known by its initials stands for ("NASA ... the agency"). */
const PUBLIC_BODY_HEAD =
  /^(?:agency|bureau|ministry|department|office|service|authority|commission|administration|regulator|watchdog)$/;
/** A regulator's nouns, which also stand for a public body named by its words ("the Data Protection Office"). */
const REGULATOR_HEAD = /^(?:regulator|watchdog)$/;
/** A public body's word in its name. */
const PUBLIC_BODY_WORD =
  /\b(?:Office|Agency|Authority|Commission|Bureau|Department|Ministry|Administration|Service|Board|Inspectorate)\b/;

/** Does a name end in `noun` or name a body by it ("Board of Elections"), not run on to a person
 * ("Harbor Council President Tim Varnell")? */
function namesBodyBy(words: string[], noun: string): boolean {
  const k = words.findIndex((w) => w.toLowerCase() === noun);
  return k >= 0 && (k === words.length - 1 || words[k + 1] === "of" || words[k + 1] === "for");
}

/** Between a name and its predicate: "Henning was the witness", "Vance became the chair". */
const COPULA_BETWEEN = /^\s+(?:is|was|became|becomes|remains|remained|(?:has|had) been)\s+$/;

/** The key of two sources named together, the same however the pair was found (a claim's subject, "they"). */
const pairKey = (a: Entity, b: Entity) => `pair:${a.key}+${b.key}`;

/** What stands between two names given together: "Ann Lee and Tom Ash". */
const AND_BETWEEN = /^,?\s+and\s+$/;
/** A pair of names in apposition, then the subject's verb: ", held". */
const PAIR_APPOSITIVE_END = /^,\s+(?!(?:who|which|whose|and|or|but|both|all)\b)[a-z]+\b/;

/** A capitalised name seen anywhere in the text. */
const THE_BEFORE = /\b[Tt]he $/;
const PLACE_OF_BEFORE = /\b(?:port|town|city|village|county|island|province|region|district) of $/i;
// the rest of a dateline after its place: "FENWICK —", "PORT ALDEN, Sorrel (Wire) —", "FENWICK (Wire) —"
const DATELINE_AFTER = /^(?:,[^\n—–]{0,30})?(?:\s*\([^()\n]{1,20}\))?\s*[—–]/;
const LOWER_AFTER = /^ [a-z]{2}/;

export interface NameSeen {
  start: number;
  end: number;
  words: string[];
  key: string;
  org: boolean;
  person: boolean;
  subject: boolean;
  possessive: boolean;
  gender: Gender;
  /** Title words before the name, lower case and expanded ("senator"). */
  titles: string[];
  /** The run starts the sentence (its capital may be the sentence's, not a name's). */
  sentenceStart: boolean;
  /** The name stands inside quotation marks: someone the speaker talks about, not a source. */
  quoted?: boolean;
}

export interface Entity extends Speaker {
  gender: Gender;
  plural: boolean;
  heads: Set<string>;
  key: string;
  lastPos: number;
}

/** An unnamed source whose every head is a body's noun ("the team", "the panel"). */
function isBodyOfPeople(e: Entity): boolean {
  if (!e.heads.size || isCap(e.name)) return false;
  for (const h of e.heads) if (!ROLE_ORG.has(h)) return false;
  return true;
}

const CONNECT = new Set([
  "of",
  "for",
  "and",
  "de",
  "del",
  "van",
  "von",
  "der",
  "al",
  "bin",
  "da",
  "du",
  "la",
  "le",
  "ibn",
]);
const normKey = (words: string[]) =>
  words
    .map((w) => stripPossessive(w).replace(/\./g, "").toLowerCase())
    .filter((w) => w !== "the")
    .join(" ");

/** First words of place names ("New York", "San Diego"), never "the company". */
const PLACE_START =
  /^(?:New|Los|Las|San|Santa|Saint|St\.?|Hong|United|North|South|East|West|Northern|Southern|Eastern|Western|Central|Lake|Mount|Fort|Port|Cape|Rio|Sao|El|La)$/;

/** A possessive determiner of a body right before a name. */
const OWNED_BEFORE = /\b(?:its|their)\s$/i;

/** News agencies and outlets: a source of reports, never "the company" of a story about a business. */
const ORG_NAMES_MEDIA = new Set([
  "reuters",
  "ap",
  "afp",
  "bloomberg",
  "cnn",
  "bbc",
  "cnbc",
  "axios",
  "politico",
]);

/** Abbreviated titles and the role noun a later "the senator" uses. */
const TITLE_EXPANSIONS: Record<string, string> = {
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  dr: "doctor",
  prof: "professor",
  pres: "president",
  sec: "secretary",
  amb: "ambassador",
  capt: "captain",
  sgt: "sergeant",
  adm: "admiral",
  maj: "major",
  det: "detective",
  supt: "superintendent",
  atty: "attorney",
};

/** The last word before a position, and the spaces after it. */
const LAST_WORD = /([\p{L}]+)\s+$/u;

/** A determiner or possessive opening a description before an appositive name. */
const SENTENCE_DESCRIPTION = /^(?:the|his|her|its|their|our)$/i;

/** A name at the start of its sentence or clause, followed by a verb or an appositive ("Olsen, 43, keeps"). */
function subjectLike(tokens: Token[], from: number, to: number, first: Token, after: number): boolean {
  let i = from;
  while (i < to && tokens[i]!.t !== "w") i++;
  if (i < to && tokens[i] === first) return true;
  let idx = after - 1;
  while (idx > from && tokens[idx] !== first) idx--;
  // "The mediator, retired judge Helen Mabuza, was ...": lower-case title words after the comma
  // belong to the appositive the name ends
  let c = idx - 1;
  while (c > i && idx - c <= 3 && tokens[c]!.t === "w" && !isCap(tokens[c]!.text)) c--;
  if (c < idx - 1 && tokens[c]?.text === "," && tokens[after]?.text === ",") idx = c + 1;
  const prev = tokens[idx - 1];
  const next = tokens[after];
  // "Vale head coach Ann Lee was ...", "Media researcher Dr. Ann Lee, who ...": a sentence that opens
  // with the name's own title words (lower-case titles, capitalised affiliations) has it as subject
  if (prev?.t === "w" && !isCap(prev.text) && TITLE_WORDS.has(prev.text.toLowerCase())) {
    let k = idx - 1;
    while (
      k > i &&
      idx - k <= 6 &&
      tokens[k]!.t === "w" &&
      (isCap(tokens[k]!.text) || TITLE_WORDS.has(tokens[k]!.text.toLowerCase()))
    )
      k--;
    if (k === i && tokens[k]!.t === "w" && isCap(tokens[k]!.text))
      return !!next && (next.text === "," || (next.t === "w" && !isCap(next.text)));
  }
  // "— Olsen, 43 years a farmer, keeps": after a dash the name may take an appositive
  if (prev && /^[—–;:(]$/.test(prev.text))
    return !!next && (next.text === "," || (next.t === "w" && !isCap(next.text)));
  // after a comma only a name followed by its verb ("..., Olsen keeps"): ", Peter Olsen," after a noun is an appositive,
  // unless that noun opens the sentence ("Her deputy, Ann Lee, is ...", "Ribera's neighbour, Ann Lee,
  // is ..."): then the name is its subject too
  if (prev?.text === ",") {
    // (or a possessive name's: "Real Castellón's sporting director, Iker Salaverri, was ...")
    if (
      next?.text === "," &&
      idx - 1 - i <= 5 &&
      (SENTENCE_DESCRIPTION.test(tokens[i]!.text) ||
        tokens.slice(i, idx - 1).some((x) => isPossessive(x.text)))
    ) {
      let k = i + 1;
      while (k < idx - 1 && tokens[k]!.t === "w") k++;
      if (k === idx - 1) return true;
    }
    return !!next && next.t === "w" && !isCap(next.text);
  }
  if (
    prev &&
    prev.t === "w" &&
    /^(?:and|but|while|as|when|because|since|although|though|after|before)$/i.test(prev.text)
  ) {
    const next = tokens[after];
    return !!next && next.t === "w" && !isCap(next.text);
  }
  return false;
}

/** Up to three capitalised words from `j` that end in a body's noun and the run ("Brennan's Hospital"). */
function bodyAfterPossessive(tokens: Token[], j: number, to: number): boolean {
  for (let k = j; k < to && k < j + 3; k++) {
    const t = tokens[k]!;
    if (t.t !== "w" || !isCap(t.text) || isPossessive(t.text)) return false;
    const next = tokens[k + 1];
    if (ORG_WORDS.has(t.text) && !(next && next.t === "w" && isCap(next.text))) return true;
  }
  return false;
}

/** Every capitalised name run in one sentence's tokens. */
export function scanNames(
  tokens: Token[],
  from: number,
  to: number,
  out: NameSeen[],
  quoteOf?: Int32Array,
): void {
  let i = from;
  let firstWordStart = -1;
  for (let k = from; k < to; k++) {
    const x = tokens[k]!;
    if (x.t === "w") {
      firstWordStart = x.start;
      break;
    }
  }
  // the first word of a sentence counts as a name only when it is not a common word
  while (i < to) {
    const tk = tokens[i]!;
    if (tk.t !== "w" || !isCap(tk.text)) {
      i++;
      continue;
    }
    const i0 = i;
    let j = i;
    const words: Token[] = [];
    let firstAnd = -1;
    while (j < to) {
      const t = tokens[j]!;
      if (t.t === "w" && isCap(t.text)) {
        words.push(t);
        j++;
        // "St. Brennan's Hospital": a possessive inside a body's name, which ends in its noun
        if (isPossessive(t.text) && !bodyAfterPossessive(tokens, j, to)) break;
      } else if (
        t.t === "w" &&
        CONNECT.has(t.l) &&
        j + 1 < to &&
        tokens[j + 1]!.t === "w" &&
        isCap(tokens[j + 1]!.text) &&
        words.length
      ) {
        if (t.l === "and" && firstAnd < 0) firstAnd = j;
        // "Mitch Lee of Kentucky" is a name and a state; "Department of Justice" is one name
        if (
          (t.l === "of" || t.l === "for") &&
          !isOrgName([words[words.length - 1]!.text]) &&
          !TITLE_WORDS.has(words[words.length - 1]!.l.replace(/\.$/, ""))
        )
          break;
        words.push(t);
        j++;
      } else break;
    }
    // "Kell and Tomas" are two people; "World Travel and Tourism Council" is one body, but a run opened
    // by a person's title is no body's name ("Governor Ann Lee and Senate leaders")
    const titled =
      TITLE_WORDS.has(words[0]?.l.replace(/\.$/, "") ?? "") ||
      HONORIFIC.has(words[0]?.l.replace(/\.$/, "") ?? "");
    if (firstAnd >= 0 && (titled || !isOrgName([words[words.length - 1]!.text]))) {
      words.length = words.findIndex((w) => w.l === "and");
      j = firstAnd + 1;
    }
    i = j;
    if (!words.length) continue;
    // strip sentence-initial common words, titles and "Acme-owned"
    let k = 0;
    while (
      k < words.length - 1 &&
      /-(?:owned|based|backed|led|run|funded|listed|born|controlled|linked|allied|affiliated)$/i.test(
        words[k]!.text,
      )
    )
      k++;
    const titleWords: string[] = [];
    // a run ending in a body's noun, or with one before "of", is that body's name: its "National",
    // "Federal" or "Board" ("Board of Harbor Pilots") no title
    const body =
      ORG_WORDS.has(stripPossessive(words[words.length - 1]!.text)) ||
      words.some((w, x) => ORG_WORDS.has(w.text) && (words[x + 1]?.l === "of" || words[x + 1]?.l === "for"));
    while (k < words.length - 1) {
      const b = stripPossessive(words[k]!.text).replace(/\.$/, "").toLowerCase();
      if (NOT_IN_NP.has(b) || PREPOSITIONS.has(b) || b === "the" || b === "a" || b === "an" || b === "both")
        k++;
      else if (body && !HONORIFIC.has(b)) break;
      // a verb-first frame: "Continued Lee: “...”", "Added Ann Lee, ..."
      else if (k === 0 && b.endsWith("ed") && SPEECH.has(b)) k++;
      else if (
        TITLE_WORDS.has(b) ||
        HONORIFIC.has(b) ||
        // "Developer Valve", not "Carrier Corp."
        (k === 0 && opensWithAgentRole(words))
      ) {
        titleWords.push(b);
        k++;
      } else break;
    }
    let rest = words.slice(k);
    if (!rest.length) continue;
    // "Danish Prime Minister Lena Varga": the name is what follows the last title word
    if (!isOrgName(rest.map((t) => t.text))) {
      for (let x = rest.length - 2; x >= 0; x--) {
        const b = stripPossessive(rest[x]!.text).replace(/\.$/, "").toLowerCase();
        if (TITLE_WORDS.has(b) || HONORIFIC.has(b)) {
          for (let y = 0; y <= x; y++)
            titleWords.push(stripPossessive(rest[y]!.text).replace(/\.$/, "").toLowerCase());
          rest = rest.slice(x + 1);
          break;
        }
      }
    }
    if (rest.length === 1 && /^(?:the|a|an)$/i.test(rest[0]!.text)) continue;
    const last = rest[rest.length - 1]!;
    const ws = rest.map((t) => t.text);
    const first = ws[0]!.toLowerCase();
    if (rest.length === 1 && (NOT_IN_NP.has(first) || PREPOSITIONS.has(first))) continue;
    const org = isOrgName(ws);
    let gender: Gender = "?";
    for (const t of titleWords) {
      if (HONORIFIC_MALE.has(t)) gender = "m";
      if (HONORIFIC_FEMALE.has(t)) gender = "f";
    }
    if (gender === "?" && MALE_NAMES.has(first)) gender = "m";
    if (gender === "?" && FEMALE_NAMES.has(first)) gender = "f";
    const person =
      !org && (gender !== "?" || titleWords.length > 0 || (rest.length >= 2 && rest.length <= 4));
    const quoted = quoteOf !== undefined && quoteOf[i0 + words.indexOf(rest[0]!)]! >= 0;
    out.push({
      quoted,
      start: rest[0]!.start,
      end: last.end,
      // (an inner possessive stays: "St. Brennan's Hospital")
      words: ws.map((w, x) => (x === ws.length - 1 ? stripPossessive(w) : w)),
      key: normKey(ws),
      org,
      person,
      subject: subjectLike(tokens, from, to, words[0]!, j),
      possessive: isPossessive(last.text),
      gender,
      titles: titleWords.map((w) => TITLE_EXPANSIONS[w] ?? w),
      sentenceStart: words[0]!.start === firstWordStart,
    });
  }
}

export class Resolver {
  readonly entities: Entity[] = [];
  private byKey = new Map<string, Entity>();
  private readonly titleHeadCache = new Map<string, string[]>();
  /** The keys of the datelines' places ("FENWICK —"), found on first need. */
  private datelineKeys: Set<string> | undefined;
  /** Names that occur as a full form, for "Lee" → "Ann Lee". */
  private readonly names: NameSeen[];

  /** Is `word` (a single-word name) capitalised somewhere other than at the start of a sentence? */
  capitalisedMidSentence(word: string): boolean {
    const w = stripPossessive(word).toLowerCase();
    return (this.byWord.get(w) ?? []).some((n) => !n.sentenceStart || n.words.length > 1);
  }

  /** Does the text name `name` (or its last word) again after offset `after`? */
  namedElsewhere(name: string, after: number): boolean {
    const words = name.split(/\s+/);
    const last = stripPossessive(words[words.length - 1]!).toLowerCase();
    return (this.byWord.get(last) ?? []).some((n) => n.start >= after);
  }

  /** Is this name a person the article speaks of: a speaker resolved as a person, or a surname of one? */
  /** `strict`: a name taken as a person only by default ("Castellan Fibre said", "its owner, Castellan
   * Fibre") is not known as one; a gender or a person's title makes it one. */
  private knownPerson(n: NameSeen, strict = false): boolean {
    const e = this.byKey.get(n.key);
    if (e)
      return (
        e.type === "person" &&
        (!strict ||
          e.gender === "m" ||
          e.gender === "f" ||
          (!!e.title && !BODY_ROLES.has(e.title.slice(e.title.lastIndexOf(" ") + 1).toLowerCase())))
      );
    const last = n.words[n.words.length - 1]!.toLowerCase();
    return (this.byWord.get(last) ?? []).some(
      (x) => x !== n && x.words.length > n.words.length && x.person && x.gender !== "?",
    );
  }

  /** Index of the first name starting at or after `offset` (names are in text order). */
  private firstNameFrom(offset: number): number {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Names by each of their words in lower case, in text order. */
  private readonly byWord = new Map<string, NameSeen[]>();

  constructor(
    private readonly text: string,
    names: NameSeen[],
  ) {
    this.names = names;
    for (const n of names)
      for (const w of new Set(n.words.map((x) => x.toLowerCase()))) {
        const list = this.byWord.get(w);
        if (list) list.push(n);
        else this.byWord.set(w, [n]);
      }
    // a lone surname of a person named in full is that person ("Olsen" after "Peter Olsen")
    const surnames = new Map<string, NameSeen>();
    for (const n of names)
      if (n.person && n.words.length >= 2) surnames.set(n.words[n.words.length - 1]!.toLowerCase(), n);
    for (const n of names) {
      if (n.words.length !== 1 || n.org) continue;
      const full = surnames.get(n.words[0]!.toLowerCase());
      if (full) {
        n.person = true;
        if (n.gender === "?") n.gender = full.gender;
      }
    }
  }

  private create(
    name: string,
    type: SourceType,
    anonymous: boolean,
    key: string,
    gender: Gender,
    plural: boolean,
  ): Entity {
    const e: Entity = {
      id: `s${this.entities.length + 1}`,
      name,
      type,
      anonymous,
      mentions: [],
      gender,
      plural,
      heads: new Set(),
      key,
      lastPos: -1,
    };
    this.entities.push(e);
    this.byKey.set(key, e);
    return e;
  }

  private touch(e: Entity, m: Span): Entity {
    const ms = e.mentions;
    const last = ms[ms.length - 1];
    if (!last || last.start < m.start) ms.push(m);
    else if (!ms.some((x) => x.start === m.start && x.end === m.end)) {
      // mentions arrive almost in text order: insert the rare late one in place
      let k = ms.length;
      while (k > 0 && ms[k - 1]!.start > m.start) k--;
      ms.splice(k, 0, m);
    }
    e.lastPos = Math.max(e.lastPos, m.start);
    return e;
  }

  /** The full name a bare surname first stood for before `pos`, if another full name shares it later. */
  private surnameOwner(surname: string, pos: number): NameSeen | null {
    let owner: NameSeen | null = null;
    let latest: NameSeen | null = null;
    for (const n of this.byWord.get(surname) ?? []) {
      if (n.start >= pos) break;
      if (!n.person || n.org) continue;
      if (n.words.length === 1) {
        if (!owner && latest) owner = latest;
      } else if (n.words[n.words.length - 1]!.toLowerCase() === surname) {
        // a relative introduced as one ("his daughter, Ann Lee") leaves the surname to the person before
        if (!owner && latest && this.introducedAsKin(n.start)) owner = latest;
        latest = n;
      }
    }
    if (!owner || !latest || owner.words[0]!.toLowerCase() === latest.words[0]!.toLowerCase()) return null;
    return owner;
  }

  /** Is the name at `pos` one of two capitalised names joined by "and" ("Halvard and Pinecrest")? */
  private pairedAt(pos: number): boolean {
    return (
      PAIR_AFTER.test(this.text.slice(pos, pos + 60)) ||
      PAIR_BEFORE.test(this.text.slice(Math.max(0, pos - 60), pos))
    );
  }

  /** The one person's full name before `pos` whose first word is `given` (null if none or several). */
  private givenNameOwner(given: string, pos: number): NameSeen | null {
    let owner: NameSeen | null = null;
    for (const n of this.byWord.get(given) ?? []) {
      if (n.start >= pos) break;
      if (!n.person || n.org || n.words.length < 2 || n.words.length > 3) continue;
      if (n.words[0]!.toLowerCase() !== given) continue;
      // (a person's name of plain capitalised words: not "NISSAN SENTRA" nor "Arduino.org URL")
      if (n.words.some((w) => !PLAIN_NAME_WORD.test(w) || NOT_GIVEN_NAMED(w.toLowerCase()))) continue;
      if (isOrgName(n.words)) continue;
      if (owner && owner.words[owner.words.length - 1] !== n.words[n.words.length - 1]) return null;
      if (!owner || n.words.length > owner.words.length) owner = n;
    }
    return owner;
  }

  /** Does a family noun introduce the name at `start` ("his daughter, Ann Lee", "her son Tom")? */
  private introducedAsKin(start: number): boolean {
    const m = KIN_BEFORE.exec(this.text.slice(Math.max(0, start - 24), start));
    return !!m && ROLE_KIN.has(m[1]!.toLowerCase());
  }

  /** The fullest name in the article for a (possibly partial) name. */
  private fullest(words: string[], pos: number, org: boolean, title = ""): string[] {
    // the gender an honorific gives ("Ms. Dove"; a lone "Warren" may be anyone's surname)
    let gender: Gender = "?";
    for (const w of title ? [...words, ...title.split(" ")] : words) {
      const h = w.replace(/\.$/, "").toLowerCase();
      if (HONORIFIC_MALE.has(h)) gender = "m";
      else if (HONORIFIC_FEMALE.has(h)) gender = "f";
    }
    // (honorifics open a name, "Sen. Ann Lee", or end a run before one, "South Dakota Gov."; at a
    // name's end without a period such a word is a surname, "Ravi Sen")
    const honorific = (w: string) => HONORIFIC.has(w.replace(/\.$/, "").toLowerCase());
    let h0 = 0;
    while (h0 < words.length - 1 && honorific(words[h0]!)) h0++;
    let h1 = words.length;
    while (h1 > h0 + 1 && words[h1 - 1]!.endsWith(".") && honorific(words[h1 - 1]!)) h1--;
    const clean = words.slice(h0, h1);
    if (!clean.length) return words;
    if (org && clean.length === 1 && ACRONYM.test(clean[0]!)) {
      const spelled = this.spelledOut(clean[0]!, pos);
      if (spelled) return spelled;
    }
    // "Huckabee's campaign": someone's body, no fuller form of a name holding "Campaign"
    if (org && clean.length > 1 && clean.slice(0, -1).some(isPossessive)) return clean;
    const lastW = clean[clean.length - 1]!.toLowerCase();
    const firstW = clean[0]!.toLowerCase();
    let best: NameSeen | null = null;
    let bestAfter: NameSeen | null = null;
    // "Ms. Dove" is not her brother Martin Dove (unless no one else fits: first names mislead)
    const otherGender = (n: NameSeen) => {
      if (gender === "?") return false;
      // (the name's own gender, by title or first name: an entity's may come from a wrong match)
      return (n.gender === "m" || n.gender === "f") && n.gender !== gender;
    };
    let skipped: NameSeen | null = null;
    for (const n of this.byWord.get(lastW) ?? []) {
      if (n.words.length <= clean.length) continue;
      if (n.org !== org && !(org === false && !n.person && !n.org)) continue;
      const nl = n.words.map((w) => w.toLowerCase());
      // "Fresh Foods and QFC" names two bodies: no fuller form of "Fresh Foods"
      if (nl.includes("and") && !clean.some((w) => w.toLowerCase() === "and")) continue;
      if (org) {
        // ("Norrland Bank" is no shorter form of "Calder Central Bank": all its words must be there)
        if (!nl.includes(lastW) || (clean.length > 1 && !clean.every((w) => nl.includes(w.toLowerCase()))))
          continue;
      } else if (nl[nl.length - 1] !== lastW || (clean.length > 1 && !nl.includes(firstW))) continue;
      if (otherGender(n)) {
        if (!skipped || n.start <= pos) skipped = n;
        continue;
      }
      if (n.start <= pos) {
        if (!best || n.start > best.start || (n.start === best.start && n.words.length > best.words.length))
          best = n;
      } else if (!bestAfter) bestAfter = n;
    }
    let pick = best ?? bestAfter ?? skipped;
    // a given name alone ("Kezia posted a video" after "Kezia Dunmore"), as tabloids and sports pages
    // call people: the one full name before it that opens with it, when no other surname does
    // (one of two names joined by "and" only when a known given name, "Dale and Martha": "Halvard and
    // Pinecrest" after "Halvard Agri and Pinecrest Genetics" are two bodies by their short names)
    const given = MALE_NAMES.has(lastW) || FEMALE_NAMES.has(lastW);
    if (!pick && clean.length === 1 && !org && gender === "?" && (given || !this.pairedAt(pos)))
      pick = this.givenNameOwner(lastW, pos);
    if (!pick) return clean;
    // two people of one surname ("Ann Lee" and later her husband "Tom Lee"): the bare surname stays with
    // the one it named first, as a writer calling the other by a first name does (an honorific has
    // already chosen by gender: "Ms. Lee")
    if (clean.length === 1 && words.length === 1 && best && !org) {
      const owner = this.surnameOwner(lastW, pos);
      // ("Mr. Dove" with the honorific apart, in the title: not his sister)
      if (owner && !otherGender(owner)) pick = owner;
    }
    // the longest variant sharing the first word and surname
    let longest = pick.words;
    const pf = pick.words[0]!.toLowerCase();
    const pl = pick.words[pick.words.length - 1]!.toLowerCase();
    for (const n of this.byWord.get(pl) ?? []) {
      if (n.words.length <= longest.length || n.org !== pick.org) continue;
      const nl = n.words.map((w) => w.toLowerCase());
      if (nl[0] === pf && nl[nl.length - 1] === pl && n.words.length <= 5) longest = n.words;
    }
    return longest.length >= clean.length ? longest : clean;
  }

  /** The body an acronym stands for, by the initials of a name before it ("FWB": the Federal
   * Water Board; "of", "and" and "the" give no letter). */
  private spelledOut(acronym: string, pos: number): string[] | null {
    let best: NameSeen | null = null;
    for (let i = this.firstNameFrom(pos) - 1; i >= 0; i--) {
      const n = this.names[i]!;
      if (n.words.length < 2 || n.words.length > 8) continue;
      let initials = "";
      for (const w of n.words) if (!CONNECT.has(w.toLowerCase())) initials += w[0];
      if (initials === acronym) {
        best = n;
        break;
      }
    }
    return best ? best.words : null;
  }

  private resolveName(m: Mention): Entity {
    const words = m.nameTokens ?? [m.head];
    const full = this.fullest(words, m.start, m.org, m.title);
    const key = normKey(full);
    let e = this.byKey.get(key);
    if (!e) {
      const name = full.join(" ");
      e = this.create(name, m.org ? "organization" : "person", false, key, m.gender, false);
      const seen = (this.byWord.get(full[full.length - 1]!.toLowerCase()) ?? []).find(
        (n) => n.key === key && n.gender !== "?",
      );
      if (seen && e.gender === "?") e.gender = seen.gender;
    }
    if (e.gender === "?" && m.gender !== "?") e.gender = m.gender;
    if (m.title && !e.title) e.title = m.title;
    return e;
  }

  private compatible(g: Gender, want: Gender): boolean {
    if (want === "m" || want === "f") return g === want || g === "?";
    if (want === "p") return g === "p" || g === "n";
    if (want === "n") return g === "n" || g === "p";
    return true;
  }

  /** Does the word before `pos` end a reporting frame ("said", "that"), so a reported clause opens at `pos`? */
  private opensReportedClause(pos: number): boolean {
    const w = LAST_WORD.exec(this.text.slice(Math.max(0, pos - 24), pos))?.[1]?.toLowerCase() ?? "";
    return w === "that" || SPEECH.has(w);
  }

  private resolvePronoun(m: Mention): Entity | null {
    const want = m.gender;
    const pos = m.start;
    const windowStart = pos - 2500;
    // candidates: speaker mentions and names in subject position, latest first
    type Cand = { pos: number; ent?: Entity; name?: NameSeen; pair?: NameSeen; subject: boolean };
    const cands: Cand[] = [];
    for (const e of this.entities) {
      // only each source's latest mention before the pronoun can win
      for (let k = e.mentions.length - 1; k >= 0; k--) {
        const mm = e.mentions[k]!;
        if (mm.start >= pos) continue;
        if (mm.start > windowStart) cands.push({ pos: mm.start, ent: e, subject: true });
        break;
      }
    }
    for (let i = this.firstNameFrom(windowStart); i < this.names.length; i++) {
      const n = this.names[i]!;
      if (n.start >= pos) break;
      if (want === "m" || want === "f" || want === "?") {
        // (a name inside a quote is someone the quoted speaker talks about: “When Father Lorcan asked
        // me, I agreed,” he says)
        if (!n.person || n.possessive || n.quoted) continue;
      } else if (!n.org) {
        // "they" after two people named together ("Ann Lee and Tom Ash held a news conference")
        const n2 = this.names[i + 1];
        if (
          want === "p" &&
          n.person &&
          !n.possessive &&
          n2?.person &&
          n2.start < pos &&
          !n2.possessive &&
          AND_BETWEEN.test(this.text.slice(n.end, n2.start))
        )
          cands.push({
            pos: n2.start,
            name: n,
            pair: n2,
            // (or the subject's appositive: "Two members, Ann Lee and Tom Ash, held")
            subject:
              n.subject ||
              n2.subject ||
              (this.text.slice(n.start - 2, n.start) === ", " &&
                PAIR_APPOSITIVE_END.test(this.text.slice(n2.end, n2.end + 40))),
          });
        continue;
      }
      cands.push({ pos: n.start, name: n, subject: n.subject });
    }
    cands.sort((a, b) => b.pos - a.pos);
    const genderOf = (c: Cand): Gender => {
      if (c.ent) {
        if (c.ent.plural) return "p";
        if (c.ent.type === "organization") return "n";
        if (c.ent.type === "anonymous" && c.ent.plural) return "p";
        return c.ent.gender;
      }
      const n = c.name!;
      if (n.org) return "n";
      if (c.pair) return "p";
      const ent = this.byKey.get(n.key) ?? this.entities.find((e) => e.key.endsWith(n.key));
      return ent && ent.gender !== "?" ? ent.gender : n.gender;
    };
    const ok = (c: Cand) => {
      const g = genderOf(c);
      if (want === "m" || want === "f") {
        if (c.ent && (c.ent.type === "organization" || c.ent.plural)) return false;
        // ("the team", "the panel": a body of people, whatever its type, is no "he" or "she")
        if (c.ent && isBodyOfPeople(c.ent)) return false;
        return this.compatible(g, want);
      }
      // (a person of either gender)
      if (want === "?") return g !== "p" && g !== "n" && !c.ent?.anonymous && c.ent?.type !== "organization";
      if (want === "p") return g === "p" || g === "n" || c.ent?.type === "organization";
      if (want === "n") return g === "n";
      return false;
    };
    let pick = cands.find((c) => c.subject && ok(c)) ?? cands.find(ok);
    if (!pick) return null;
    // "“...?” a reporter asked Ferraby. “...,” he replied": the person the subject asked answers next
    const asker = pick;
    const asked = cands.find(
      (c) =>
        c.pos > asker.pos &&
        c.name &&
        !c.pair &&
        ok(c) &&
        ASKED_BEFORE.test(this.text.slice(Math.max(0, c.pos - 12), c.pos)) &&
        !SENTENCE_END.test(this.text.slice(asker.pos, c.pos)),
    );
    // (not when the subject asks again: "He asked Morrison about ...")
    if (
      asked &&
      SENTENCE_END.test(this.text.slice(asked.pos, pos)) &&
      !ASKS_AGAIN.test(this.text.slice(m.end, m.end + 24))
    )
      pick = asked;
    // a pronoun opening a reported clause may not be the reporter ("Tobin Marsh said she had argued
    // fairly"): it teaches the reporter no gender, so a later "he" may still be Marsh
    const learn =
      (want === "m" || want === "f") &&
      !(this.opensReportedClause(pos) && !SENTENCE_END.test(this.text.slice(pick.pos, pos)));
    if (pick.ent) {
      if (learn && pick.ent.gender === "?") pick.ent.gender = want;
      return pick.ent;
    }
    const n = pick.name!;
    if (pick.pair) return this.pairOf(n, pick.pair);
    const e = this.resolveSeen(n);
    if (learn && e.gender === "?") e.gender = want;
    return e;
  }

  /**
   * Two sources named together ("Ann Lee and Tom Ash said"): one plural source under both their
   * names, unnamed if either is; two lone words neither of which names a person ("Procter and
   * Gamble") are one body's name.
   */
  private resolvePair(a: Mention, b: Mention, whole: Mention): Entity {
    const one = (x: Mention) =>
      x.kind === "name"
        ? this.resolveName(x)
        : x.kind === "pronoun"
          ? this.resolvePronoun(x)
          : this.resolveDescription(x);
    const ea = one(a);
    const eb = one(b);
    if (!ea || !eb) return eb ?? ea ?? this.resolveName(b);
    if (ea === eb) return eb;
    const lone = (x: Mention, e: Entity) =>
      x.kind === "name" && x.nameTokens?.length === 1 && !x.title && !/\s/.test(e.name) && e.gender === "?";
    if (lone(a, ea) && lone(b, eb)) {
      const words = [a.nameTokens![0]!, "and", b.nameTokens![0]!];
      const key = normKey(words);
      return this.byKey.get(key) ?? this.create(words.join(" "), "organization", false, key, "n", false);
    }
    const found = this.byKey.get(pairKey(ea, eb));
    if (found) return found;
    const anonymous = ea.anonymous || eb.anonymous;
    const type: SourceType = anonymous
      ? "anonymous"
      : ea.type === "organization" && eb.type === "organization"
        ? "organization"
        : "person";
    // (unnamed sources keep the words as given: "two officials and a diplomat"; so do two full names
    // with their own words between them, "the Harbor Board and the Port Council")
    const phrase = this.text.slice(whole.nameStart ?? whole.start, whole.end).replace(/^The\s/, "the ");
    const name =
      anonymous || (phrase.includes(ea.name) && phrase.includes(eb.name))
        ? phrase
        : `${ea.name} and ${eb.name}`;
    return this.create(name, type, anonymous, pairKey(ea, eb), "p", true);
  }

  /** Two people named together, as one plural source under both their full names. */
  private pairOf(a: NameSeen, b: NameSeen): Entity {
    const ea = this.resolveSeen(a);
    const eb = this.resolveSeen(b);
    const key = pairKey(ea, eb);
    return this.byKey.get(key) ?? this.create(`${ea.name} and ${eb.name}`, "person", false, key, "p", true);
  }

  /** The entity of a capitalised name seen earlier in the text. */
  private resolveSeen(n: NameSeen, org = n.org, gender = n.gender) {
    return this.resolveName({
      start: n.start,
      end: n.end,
      kind: "name",
      head: n.words.join(" "),
      nameTokens: n.words,
      det: "none",
      plural: false,
      org,
      gender,
    });
  }

  private descriptorKey(text: string): string {
    return `d:${text
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/^(?:a|an|the|one)\s+/, "")
      .replace(/\s+/g, " ")}`;
  }

  /** A name that its context makes a place: after "the port of", or a dateline in capitals. */
  private isPlace(n: NameSeen): boolean {
    if (PLACE_OF_BEFORE.test(this.text.slice(Math.max(0, n.start - 12), n.start))) return true;
    // (the dateline's town is a place wherever the story names it again: "near Fenwick")
    if (!this.datelineKeys) {
      this.datelineKeys = new Set();
      for (const d of this.names) if (this.isDateline(d)) this.datelineKeys.add(d.key);
    }
    return this.datelineKeys.has(n.key);
  }

  private isDateline(n: NameSeen): boolean {
    return (
      (n.start === 0 || this.text[n.start - 1] === "\n") &&
      n.words.every((w) => w === w.toUpperCase()) &&
      DATELINE_AFTER.test(this.text.slice(n.end, n.end + 40))
    );
  }

  /** "the Tarnbury paper mill": the name stands between "the" and a lower-case word. */
  private modifiesNoun(n: NameSeen): boolean {
    return (
      (n.words[0]?.toLowerCase() === "the" ||
        THE_BEFORE.test(this.text.slice(Math.max(0, n.start - 4), n.start))) &&
      LOWER_AFTER.test(this.text.slice(n.end, n.end + 3))
    );
  }

  /** titleHeads, once per title: every definite description asks it of every entity before it. */
  private titleHeadsOf(title: string): string[] {
    let heads = this.titleHeadCache.get(title);
    if (!heads) {
      heads = titleHeads(title);
      this.titleHeadCache.set(title, heads);
    }
    return heads;
  }

  /**
   * Is person `n` introduced by the role `head` in apposition before the name ("Her brother, Martin
   * Dove, said", "the agency's director, Lucas Brandt,")? A possessive role needs the same owner's
   * word there (`owner`: "her" for "her brother"), so that his wife is not her wife.
   */
  private roleBeforeName(n: NameSeen, head: string, owner: string | null): boolean {
    const before = this.text.slice(Math.max(0, n.start - 60), n.start);
    if (!before.endsWith(", ") || !before.includes(head)) return false;
    const r = ROLE_BEFORE_NAME.exec(before);
    if (!r || r[2]!.toLowerCase() !== head) return false;
    return owner === null || r[1]!.toLowerCase() === owner;
  }

  /** Is body `n` introduced by an appositive with the noun `head` ("the Oltan Front, a militia that ...")? */
  private introducedAs(n: NameSeen, head: string): boolean {
    // (a comma right after the name first: this runs for every body named before such a noun)
    if (this.text.charCodeAt(n.end) !== 44) return false;
    const after = this.text.slice(n.end, n.end + 50);
    if (!APPOSITIVE_OPEN.test(after)) return false;
    const words = after.split(WORD_SPLIT);
    for (let i = 2; i < 6 && i < words.length; i++) if (words[i]!.toLowerCase() === head) return true;
    return false;
  }

  /** The name right before "is", "was" or "became" that ends at `pos`: the subject of a predicate there. */
  private copulaSubject(pos: number, org: boolean): NameSeen | null {
    for (let i = this.firstNameFrom(pos - 80); i < this.names.length; i++) {
      const n = this.names[i]!;
      if (n.start >= pos) break;
      if (n.possessive || (org ? !n.org : n.org) || !COPULA_BETWEEN.test(this.text.slice(n.end, pos)))
        continue;
      return n;
    }
    return null;
  }

  /**
   * The issuer of the same document named in an earlier sentence ("in a brief statement"): the
   * source already met in that sentence nearest the word, else the sentence's subject name. Null
   * when none is near (then "the statement" stays a document of its own).
   */
  private issuerOfEarlier(m: Mention): Entity | null {
    const from = Math.max(0, m.start - 1500);
    const lower = this.text.slice(from, m.start).toLowerCase();
    let at = -1;
    for (let k = lower.lastIndexOf(m.head); k > 0; k = lower.lastIndexOf(m.head, k - 1)) {
      if (LETTER.test(lower[k + m.head.length] ?? "") || LETTER.test(lower[k - 1]!)) continue;
      if (ISSUED_BEFORE.test(lower.slice(Math.max(0, k - 40), k))) {
        at = from + k;
        break;
      }
    }
    if (at < 0) return null;
    // the sentence holding it (it must end before the mention)
    const tail = this.text.slice(at, m.start);
    const endRel = tail.search(SENTENCE_END);
    if (endRel < 0) return null;
    const end = at + endRel;
    const open = Math.max(this.text.lastIndexOf(". ", at), this.text.lastIndexOf("\n", at));
    const start = open < 0 ? 0 : open + 1;
    let best: Entity | null = null;
    let dist = Number.POSITIVE_INFINITY;
    for (const e of this.entities) {
      // (an unnamed source's document is still its own: "In a note, analysts at X said ... the note said")
      if (e.type === "unknown") continue;
      for (const x of e.mentions)
        if (x.start >= start && x.start < end && Math.abs(x.start - at) < dist) {
          dist = Math.abs(x.start - at);
          best = e;
        }
    }
    if (best) return best;
    for (const n of this.names)
      if (n.start >= start && n.start < end && n.subject && !n.possessive) return this.resolveSeen(n, n.org);
    return null;
  }

  /** Has a business other than `e` been named after `e`'s last mention and before `before`? */
  private businessNamedSince(e: Entity, before: number): boolean {
    return this.entities.some(
      (x) =>
        x !== e &&
        // (a body, or a name not known to be a person's: "Tarn Mills reported")
        (x.type === "organization" || (x.type === "person" && x.gender === "?" && !x.title)) &&
        !x.anonymous &&
        x.lastPos > e.lastPos &&
        x.lastPos < before &&
        isCap(x.name) &&
        !MEDIA_WORDS.has(x.name) &&
        !x.name.split(" ").some((w) => MEDIA_WORDS.has(w)),
    );
  }

  /** Does offset `at` open a sentence (the text's or a paragraph's start, or after a final stop)? */
  private opensSentence(at: number): boolean {
    const before = this.text.slice(Math.max(0, at - 3), at);
    return at === 0 || /(?:^|\n)\s*$/.test(before) || /[.!?]["”’]?\s+$/.test(before);
  }

  /** The organization mentioned last before `before` (and after `since`) for which `test` holds. */
  private latestBody(before: number, since: number, test: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities)
      if (
        e.type === "organization" &&
        e.lastPos < before &&
        e.lastPos > since &&
        (!best || e.lastPos > best.lastPos) &&
        test(e)
      )
        best = e;
    return best;
  }

  /** The body a document names as its source ("a statement from the Marburn Police", "a Harbor Institute report"). */
  private documentSource(m: Mention, name: string): Entity {
    return this.resolveName({
      start: m.start,
      end: m.end,
      kind: "name",
      head: name,
      nameTokens: name.split(/\s+/),
      det: "none",
      plural: false,
      org: true,
      gender: "n",
    });
  }

  private resolveDescription(m: Mention): Entity {
    let text = this.text.slice(m.start, m.end);
    // "Farmer said" after "Paul Farmer said": a capitalised role noun alone is that person's surname
    if (LONE_CAPITAL.test(text)) {
      const full = this.byWord
        .get(text.toLowerCase())
        ?.findLast((n) => n.start < m.start && n.person && n.words.length >= 2 && n.words.at(-1) === text);
      if (full) return this.resolveSeen(full);
    }
    // "a statement from the agency", "a letter by the mayor": the document speaks for the body or
    // the office holder named before, as "a report from the Harbour Board" does for a name
    // (or owns it: "the agency's own figures")
    const isDoc = ROLE_DOC.has(m.head) && !ROLE_SHARE.has(m.head);
    const from = isDoc ? (DOC_FROM_ROLE.exec(text) ?? DOC_OWNER_ROLE.exec(text)) : null;
    if (from) {
      const head = from[2]!.toLowerCase();
      const role = ROLE_ORG.has(head) ? "org" : ROLE_PERSON.has(head) ? "person" : null;
      if (role) {
        const start = m.start + from.index + from[0].indexOf(from[1]!);
        return this.resolveDescription({
          start,
          end: start + from[1]!.length,
          kind: "description",
          head,
          det: "def",
          plural: false,
          org: role === "org",
          gender: role === "org" ? "n" : "?",
          role,
        });
      }
    }
    // "his spokesman" → "Tom Becker's spokesman"
    const pm = /^(his|her|their|its)\s+/i.exec(text);
    const owner = m.det === "poss" ? (POSSESSOR.exec(text)?.[1]?.toLowerCase() ?? "") : null;
    if (pm) {
      const g: Gender = { his: "m", her: "f", their: "p", its: "n" }[pm[1]!.toLowerCase() as "his"] as Gender;
      const owner = this.resolvePronoun({
        start: m.start,
        end: m.start + pm[1]!.length,
        kind: "pronoun",
        head: pm[1]!.toLowerCase(),
        det: "none",
        plural: g === "p",
        org: false,
        gender: g,
      });
      if (owner && !owner.anonymous) text = `${owner.name}'s ${text.slice(pm[0].length)}`;
    }
    const definite = m.det === "def" || m.det === "poss";
    // "The statement said ..." after "X confirmed it in a statement" or "In a statement, X said":
    // the document speaks for whoever issued the one named last
    if (m.det === "def" && !m.plural && ISSUED_DOCUMENTS.has(m.head) && /^the\s/i.test(text)) {
      const e = this.issuerOfEarlier(m);
      if (e) return e;
    }
    // "a statement from the Marburn Police": an issued document is its issuer's (as a report is below)
    if (m.role === "org" && ISSUED_DOCUMENTS.has(m.head)) {
      const name = DOC_SOURCE_AFTER.exec(text)?.[1]
        ?.trim()
        .replace(/^the\s+/i, "");
      if (name) {
        const e = this.documentSource(m, name);
        if (e.type !== "organization" && e.type !== "person") e.type = "organization";
        return e;
      }
    }
    // "the Harbor Workers group", "the City Hall press office": a named body, not an anaphor
    const capMod = CAP_START.test(text.replace(/^the\s+/i, "")) && m.role === "org";
    // "Henning was the second witness ...": a predicate names its subject
    if (m.det === "def" && (m.role === "person" || m.role === "org")) {
      const n = this.copulaSubject(m.start, m.role === "org");
      if (n) {
        const e = this.resolveSeen(n);
        e.heads.add(m.head);
        return e;
      }
    }
    if (definite && !capMod) {
      for (let i = this.entities.length - 1; i >= 0; i--) {
        const e = this.entities[i]!;
        // a body's noun names a body, a person's noun a person: "the council" is never the
        // council's president, "the senator" never the Senate
        if (m.role === "org" ? e.type === "person" : m.role === "person" && e.type === "organization")
          continue;
        if (e.heads.has(m.head) || (e.title && this.titleHeadsOf(e.title).includes(m.head))) {
          // ("the company would not disclose ..." of GateHouse, then "McClatchy reported ... But the
          // company also reported ...": another business named since is the story's company now)
          if (m.role === "org" && BUSINESS_HEAD.test(m.head) && this.businessNamedSince(e, m.start)) break;
          return e;
        }
      }
      // "the council" after "the Dunmore City Council": the latest body whose name holds the noun
      // (not "the rival Coastal Labour Party": a phrase with a capital names its own body)
      if (m.role === "org" && !COMPANY_HEAD.test(m.head) && !INNER_CAPITAL.test(text)) {
        let named: NameSeen | null = null;
        const definiteBare = BARE_DEFINITE.test(text);
        for (let i = this.firstNameFrom(m.start - 3000); i < this.names.length; i++) {
          const n = this.names[i]!;
          if (n.start >= m.start) break;
          if (
            n.org &&
            !n.possessive &&
            n.key !== m.head &&
            !n.words.includes("and") &&
            (namesBodyBy(n.words, m.head) || this.introducedAs(n, m.head))
          )
            named = n;
        }
        if (named) {
          const e = this.resolveSeen(named, true, "n");
          e.heads.add(m.head);
          return e;
        }
        // "NASA said ... the agency said", "CBP announced ... the agency said": a body known by its
        // initials has no noun in its name; the latest such body that has spoken stands for a public
        // body's bare noun ("the agency", not "the governor's office"), and "the regulator" for any
        // public body that has ("the Data Protection Office said ... The regulator warned")
        if (definiteBare && PUBLIC_BODY_HEAD.test(m.head)) {
          const regulator = REGULATOR_HEAD.test(m.head);
          const spoke = this.latestBody(
            m.start,
            -1,
            (e) =>
              (e.mentions.some((x) => ACRONYM.test(x.text.replace(LEADING_THE, ""))) ||
                (regulator && PUBLIC_BODY_WORD.test(e.name))) &&
              !MEDIA_WORDS.has(e.name),
          );
          if (spoke) {
            spoke.heads.add(m.head);
            return spoke;
          }
        }
      }
      if (
        m.role === "org" &&
        COMPANY_HEAD.test(m.head) &&
        !CENTRAL_BANK.test(this.text.slice(m.start, m.end))
      ) {
        // the body named most often before it, the latest on a tie: "the company" is the story's
        // company more often than the brand named last ("its Prime program")
        let best: NameSeen | null = null;
        const seen = new Map<string, number>();
        let bestCount = 0;
        // (a business's name first, for "the company" and "the firm": "Greyhurst Properties", not the
        // building it owns, "Marlow Court")
        const business = BUSINESS_HEAD.test(m.head);
        let bestBusiness = false;
        for (let i = this.firstNameFrom(m.start - 3000); i < this.names.length; i++) {
          const n = this.names[i]!;
          if (n.start >= m.start) break;
          if (n.words.length > 4) continue;
          // "Company founder Ann Ray", "Some say": a determiner or role noun opening a sentence is
          // no body's name
          if (n.key === m.head || (n.sentenceStart && n.words.length === 1 && COMMON_OPENER(n.key))) continue;
          // a body, or a name not known to be a person ("Fresh Farms" has no org word)
          if (
            !n.org &&
            !(
              n.gender === "?" &&
              !n.titles.length &&
              !this.knownPerson(n, true) &&
              !PLACE_START.test(n.words[0]!)
            )
          )
            continue;
          if (n.words.some((w) => MEDIA_WORDS.has(w)) || ORG_NAMES_MEDIA.has(n.key)) continue;
          // "the Tarnbury paper mill": a name with no body's word between "the" and a common noun
          // modifies that noun (most often a place), it is not the company
          if (!n.org && this.modifiesNoun(n)) continue;
          // "its Lumo phone", "their Prime plan": what a body owns is its product, not the company
          if (OWNED_BEFORE.test(this.text.slice(Math.max(0, n.start - 6), n.start))) continue;
          // "announced on Monday": a day or a month is no body
          if (n.words.length === 1 && NOT_NAME.has(n.key)) continue;
          // "the port of Fenwick", a dateline's "FENWICK —": a place, not the company
          if (this.isPlace(n)) continue;
          // "Fresh Foods and QFC": two bodies, not one
          if (n.words.includes("and")) continue;
          const count = (seen.get(n.key) ?? 0) + 1;
          seen.set(n.key, count);
          const isBusiness = business && n.words.some((w) => BUSINESS_WORDS.has(w));
          if ((count >= bestCount && (isBusiness || !bestBusiness)) || (isBusiness && !bestBusiness)) {
            best = n;
            bestCount = count;
            bestBusiness = isBusiness;
          }
        }
        if (best) {
          const e = this.resolveSeen(best, true, "n");
          e.heads.add(m.head);
          // (a name taken as a person's by default is the company's: "Brisk Lines said ... The company")
          if (e.type === "person") e.type = "organization";
          return e;
        }
      }
    }
    // "the 46-year-old": the person named last, as a pronoun of either gender would be
    if (definite && m.role === "person" && isAgeNoun(m.head)) {
      const e = this.resolvePronoun({ ...m, kind: "pronoun", gender: "?" });
      if (e) return e;
    }
    if (definite && m.role === "person" && !capMod) {
      // "the senator" after "Sen. Mark Ellis" was mentioned, or after "Ida Vance, the mayor" or
      // "Ida Vance is the city's mayor" (a name with its role as appositive or predicate)
      let best: NameSeen | null = null;
      const role = /^[a-z-]+$/.test(m.head) ? roleAfterName(m.head) : null;
      for (let i = this.firstNameFrom(m.start - 4000); i < this.names.length; i++) {
        const n = this.names[i]!;
        if (n.start >= m.start) break;
        if (n.titles.includes(m.head)) best = n;
        // (a person's name, not "Wednesday, his spokesman said" or "In New York, the mayor said")
        else if (role && !n.org && !n.possessive) {
          // (the role's word near the name first: a cheap test before the pattern and the person check)
          const after = this.text.slice(n.end, n.end + 80);
          const hit = after.includes(m.head) ? role.exec(after) : null;
          if (
            hit &&
            (n.gender === "m" ||
              n.gender === "f" ||
              n.titles.length > 0 ||
              this.knownPerson(n) ||
              // a full name with its role closed as an appositive ("Ines Parr, the referee,"), not
              // a place before a clause ("In New Lund, the mayor said")
              (n.person &&
                n.words.length >= 2 &&
                ROLE_CLOSED.test(after.slice(hit[0].length)) &&
                !PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, n.start - 12), n.start))))
          )
            best = n;
          else if (this.roleBeforeName(n, m.head, owner)) best = n;
        }
      }
      if (best) {
        const e = this.resolveSeen(best, false);
        e.heads.add(m.head);
        return e;
      }
    }
    // "46 percent of voters", "Sixty percent", "nearly half": a share of unnamed people, whose
    // capitalised words name no source ("Sixty", "Democrats" in "75 percent of Democrats")
    const share = m.role === "doc" && ROLE_SHARE.has(m.head);
    // documents name their source: "data from MarketPulse", "a Piper Jaffrey survey", "a City Ledger report"
    if (m.role === "doc" && !share) {
      const src = DOC_SOURCE_AFTER.exec(text) ?? DOC_SOURCE_BEFORE.exec(text);
      const name = src?.[1]
        ?.trim()
        .replace(/^the\s+/i, "")
        .replace(/['’]s$/, "");
      const firstWord = name?.split(/\s+/)[0]?.toLowerCase() ?? "";
      // ("Public records show", "Court documents show": a sentence's first word is capitalised anyway;
      // one such word names a source only as a known body's name or initials)
      const opening = src && !DOC_SOURCE_AFTER.test(text) && this.opensSentence(m.start);
      const oneCommonWord =
        opening &&
        !!name &&
        !/\s/.test(name) &&
        !ACRONYM.test(name) &&
        !ORG_WORDS.has(name) &&
        !ORG_NAMES.has(name);
      if (
        name &&
        !oneCommonWord &&
        !/^(?:New|Latest|Recent)$/.test(name) &&
        !NOT_IN_NP.has(firstWord) &&
        !/^(?:other|some|many|most|several|two|three|few|recent|new|latest|previous|earlier|one|another|more)$/.test(
          firstWord,
        )
      ) {
        const e = this.documentSource(m, name);
        if (e.type !== "organization") e.type = "organization";
        e.heads.add(m.head);
        return e;
      }
      // "According to the survey, ..." after "A Linden Hale Research poll found ...": the body whose
      // poll or survey was named last
      if (m.det === "def" && BARE_DEFINITE.test(text) && FINDING_HEADS.has(m.head)) {
        const named = this.latestBody(m.start, m.start - 3000, (e) =>
          [...e.heads].some((h) => FINDING_HEADS.has(h)),
        );
        if (named) return named;
      }
    }
    // "the companies" after "Halvard and Pinecrest said ...": the two bodies named together last
    if (m.plural && m.det === "def" && BARE_DEFINITE.test(text) && ROLE_ORG.has(singularOf(m.head))) {
      const pair = this.latestBody(m.start, m.start - 3000, (e) => / and /.test(e.name));
      if (pair) return pair;
    }
    const key = this.descriptorKey(text);
    const existing = this.byKey.get(key);
    if (existing && /^(?:a|an)\s/i.test(text) && !/^(?:a|an)\s/i.test(existing.name)) existing.name = text;
    if (existing && (!definite || existing.anonymous === false)) return existing;
    if (existing && definite) return existing;
    let type: SourceType;
    let anonymous = false;
    // "the employee" after "two employees, who spoke on condition of anonymity": one of that unnamed group
    const group = definite && m.role === "person" && !m.plural ? this.unnamedGroupOf(m) : null;
    // "a group of parents": unnamed people gathered, not a body
    if (m.det === "indef" && GROUP_OF.test(text)) {
      type = "anonymous";
      anonymous = true;
    } else if (m.role === "org" || capMod) type = "organization";
    else if (share) {
      type = "anonymous";
      anonymous = true;
    } else if (m.role === "doc") type = "unknown";
    else if (definite && m.role === "person" && !UNNAMED_HEADS.has(m.head) && !group) type = "person";
    else {
      type = "anonymous";
      anonymous = true;
    }
    if (m.role === "group" && /^(?:police|authorities|government|military)$/.test(m.head)) {
      type = "organization";
      anonymous = false;
    }
    const name = text.replace(/^(?:The|A|An)\s/, (x) => x.toLowerCase());
    // a document is an "it", never a "he" or "she" ("The ruling angered Dunn. He said ...")
    const gender: Gender =
      m.role === "doc" && !share && !m.plural ? "n" : m.plural ? m.gender : roleGender(m.head, text);
    const e = this.create(name, type, anonymous, key, gender, m.plural);
    if (group?.anonymityReason) e.anonymityReason = group.anonymityReason;
    return e;
  }

  /** The latest unnamed group, within a few paragraphs, whose head is the plural of `m`'s ("employees" for "the employee"). */
  private unnamedGroupOf(m: Mention): Entity | null {
    const plurals = pluralsOf(m.head);
    let best: Entity | null = null;
    for (const e of this.entities)
      if (
        e.anonymous &&
        e.plural &&
        e.lastPos < m.start &&
        e.lastPos > m.start - 3000 &&
        (!best || e.lastPos > best.lastPos) &&
        plurals.some((p) => e.heads.has(p))
      )
        best = e;
    return best;
  }

  /**
   * The author ("I", "we" outside quotes): an entity of its own per form, kept out of the chains that
   * later pronouns follow, so that a columnist's "I think" never becomes a candidate for "he".
   */
  author(m: Mention): Entity {
    const key = `author:${m.head}`;
    const e =
      this.byKey.get(key) ??
      this.create(this.text.slice(m.start, m.end), "unknown", false, key, "n", m.plural);
    e.mentions.push({ text: this.text.slice(m.start, m.end), start: m.start, end: m.end });
    return e;
  }

  /** Source `e` met again at mention `m` ("Analysts at X noted ... and warned ...": the sentence's earlier source). */
  again(e: Entity, m: Mention): Entity {
    return this.touch(e, { text: this.text.slice(m.start, m.end), start: m.start, end: m.end });
  }

  /** The source for mention `m`, creating it when new. Returns null for an unresolvable pronoun. */
  resolve(m: Mention): Entity {
    let e: Entity | null;
    if (m.parts) e = this.resolvePair(m.parts[0], m.parts[1], m);
    else if (m.kind === "name") e = this.resolveName(m);
    else if (m.kind === "pronoun") {
      e = this.resolvePronoun(m);
      if (!e) {
        const key = `p:${m.head}:${m.start}`;
        e = this.create(
          this.text.slice(m.start, m.end),
          m.gender === "p" ? "anonymous" : "unknown",
          false,
          key,
          m.gender,
          m.plural,
        );
      }
    } else e = this.resolveDescription(m);
    if (m.kind === "description") {
      e.heads.add(m.head);
      if (ROLE_ORG.has(m.head) && e.type === "unknown") e.type = "organization";
    }
    if (m.kind === "name" && m.title) {
      // (a word of a body's own name is no role of it: "the campaign" is not the Campaign Legal Center)
      const own = e.type === "organization" ? e.name.toLowerCase().split(/\s+/) : null;
      for (const w of titleHeads(m.title)) if (w && !own?.includes(w)) e.heads.add(TITLE_EXPANSIONS[w] ?? w);
    }
    return this.touch(e, { text: this.text.slice(m.start, m.end), start: m.start, end: m.end });
  }
}
