/**
 * Speaker mentions: reading a run of word tokens as a noun phrase that can be a source —
 * a pronoun, a name (with any title before it: "U.S. President Joe Biden"), or a description
 * ("a U.S. official", "two people familiar with the matter", "the company").
 */
import {
  CALL,
  DET_DEF,
  DET_INDEF,
  FAMILIAR,
  FEMALE_NAMES,
  HONORIFIC,
  HONORIFIC_FEMALE,
  HONORIFIC_MALE,
  MALE_NAMES,
  MEDIA_WORDS,
  NOT_IN_NP,
  ORG_NAMES,
  ORG_WORDS,
  PEOPLE_OF_BODY,
  POSSESSIVES,
  PRON_FEMALE,
  PRON_MALE,
  PRON_NEUTER,
  PRON_PLURAL,
  PRON_SUBJECT,
  QUANT_PLURAL,
  QUANT_SINGULAR,
  ROLE_DOC,
  ROLE_GROUP,
  ROLE_ORG,
  ROLE_PERSON,
  SPEECH,
  STANCE,
  TITLE_WORDS,
} from "./lexicon";
import { isRolePlural } from "./plurals";
import { isCap, isPossessive, stripPossessive, type Token } from "./tokens";

const INITIAL = /^\p{Lu}\.?$/u;
const LOWER_WORD = /^[\p{Ll}-]+$/u;
const PARTICIPLE_LIKE = /^\p{Ll}+(?:ing|ed)$/u;
/** An all-capitals word that may stand for a body's name ("FBI", "FWB", "G-7"). */
export const ACRONYM = /^[A-Z][A-Z0-9&-]{1,6}$/;

export type Gender = "m" | "f" | "n" | "p" | "?";

export interface Mention {
  start: number;
  end: number;
  kind: "pronoun" | "name" | "description";
  /** pronoun: the pronoun in lower case; name: the name without title; description: the head noun. */
  head: string;
  /** For names: the name's words (title removed). */
  nameTokens?: string[];
  /** For names: offsets of the name proper. */
  nameStart?: number;
  nameEnd?: number;
  /** Text of the title or appositive, when given. */
  title?: string;
  det: "def" | "indef" | "poss" | "none";
  plural: boolean;
  org: boolean;
  gender: Gender;
  /** For descriptions: the head's class. */
  role?: "person" | "group" | "org" | "doc";
  /** Two sources named together as one ("Ann Lee and Tom Ash said"): the two phrases; the
   * mention's own fields are the second's, its span the whole. */
  parts?: [Mention, Mention];
}

/** "Ann Lee and Tom Ash", "the mayor and the police chief": one plural mention of both phrases. */
export function conjoined(a: Mention, b: Mention): Mention {
  const m: Mention = { ...b, start: a.start, plural: true, gender: "p", parts: [a, b] };
  if (m.nameStart !== undefined) m.nameStart = a.kind === "name" ? (a.nameStart ?? a.start) : a.start;
  delete m.title;
  return m;
}

const CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "the",
  "de",
  "del",
  "la",
  "le",
  "van",
  "von",
  "der",
  "al",
  "bin",
  "da",
  "du",
  "on",
  "&",
  "y",
  "des",
  "di",
  "el",
  "ibn",
  "st",
  "st.",
]);
/** A document's tail: "a poll released Sunday", "records obtained by the paper". */
const DOC_TAIL_START = new Set([
  "released",
  "conducted",
  "published",
  "commissioned",
  "obtained",
  "compiled",
  "issued",
  "by",
]);
const TAIL_START = new Set([
  ...DOC_TAIL_START,
  "of",
  "at",
  "for",
  "from",
  "with",
  "in",
  "on",
  "to",
  "familiar",
  "close",
  "involved",
  "briefed",
  "knowledgeable",
  "aware",
  "based",
  "inside",
  "within",
  "near",
  "who",
  "representing",
  "working",
  "speaking",
  "across",
]);
export const PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "by",
  "from",
  "with",
  "of",
  "for",
  "to",
  "as",
  "after",
  "before",
  "during",
  "since",
  "under",
  "over",
  "about",
  "through",
  "into",
  "like",
  "despite",
  "amid",
  "among",
  "if",
  "when",
  "while",
  "but",
  "and",
  "or",
  "so",
  "because",
  "although",
  "though",
  "once",
  "until",
  "unless",
  "whether",
  "instead",
  "also",
  "then",
  "now",
  "here",
  "there",
  "yes",
  "no",
  "not",
  "all",
  "why",
  "how",
  "what",
  "where",
  "who",
]);
/** The days of the week, lower case. */
export const WEEKDAYS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/** Capitalised words that are not names when alone. */
export const NOT_NAME = new Set([
  "this",
  "that",
  "these",
  "those",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "there",
  "here",
  "one",
  "some",
  "many",
  "most",
  "others",
  "other",
  "another",
  "each",
  "every",
  "all",
  "both",
  "such",
  "summary",
  "overall",
  "meanwhile",
  "however",
  "today",
  "yesterday",
  ...WEEKDAYS,
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "photo",
  "image",
  "video",
  "source",
  "sources",
  "update",
  "editor",
  "note",
  "read",
  "more",
  "click",
  "related",
  "advertisement",
]);
/** Words that end a speaker phrase's tail: "Mario Clark in an email to staff" is a name and an adverbial. */
const TAIL_STOP = new Set(
  "statement interview email e-mail conference call briefing tweet post letter speech release hearing meeting video podcast broadcast remarks testimony memo message news op-ed blog column filing appearance event rally session".split(
    " ",
  ),
);
const WH = new Set(["who", "which", "whose", "whom"]);
/** Conjunctions that open a clause, never a word of a speaker phrase's tail. */
const SUBORDINATOR_IN_TAIL = /^(?:after|before|because|although|though|while|whereas|unless|until)$/;
/** A tail "of" and its object up to `w`: "the organizer of a rally" (no adverbial "at a rally"). */
function ofPhrase(tail: Token[], w: Token): boolean {
  if (tail[0]!.l !== "of") return false;
  for (let i = 1; tail[i] !== w; i++) if (PREPOSITIONS.has(tail[i]!.l)) return false;
  return true;
}

const low = (t: Token) => t.l;
/** A word without its possessive ending and final period, in lower case; asked of the same words often. */
const BARE = new Map<string, string>();
function bare(w: string): string {
  let b = BARE.get(w);
  if (b === undefined) {
    b = stripPossessive(w).replace(/\.$/, "").toLowerCase();
    if (BARE.size > 50_000) BARE.clear(); // bounded: a long text's words, not every text's
    BARE.set(w, b);
  }
  return b;
}

/**
 * A kind of business in -er or -or ("developer", "retailer", "publisher"): before a name, a
 * descriptor like a title ("Developer Valve"), not part of the name. ("Carrier" is also a company.)
 */
function isAgentRole(word: string, next?: string): boolean {
  const b = bare(word);
  if (!/(?:er|or|ist)$/.test(b)) return false;
  if (ROLE_ORG.has(b)) return b !== "carrier" && !b.endsWith("ist");
  // a person's role before a known given name: "Journalist Jorge Ramos", "Economist Ann Dove"
  const n = next ? bare(next) : "";
  return ROLE_PERSON.has(b) && (MALE_NAMES.has(n) || FEMALE_NAMES.has(n));
}

/** "Witness Ama Lund", "Neighbour Tom Reed": a person's role (no given name itself) opening a run of
 * three capitalised words, as a sentence's first word, is a title before a full name. */
function roleBeforeFullName(words: ReadonlyArray<{ text: string }>): boolean {
  if (words.length !== 3) return false;
  const b = bare(words[0]!.text);
  return ROLE_PERSON.has(b) && !MALE_NAMES.has(b) && !FEMALE_NAMES.has(b) && !isTitleWord(words[1]!.text);
}

/** Does a run of name words open with a role in -er/-or/-ist that is its title ("Developer Valve")? */
export function opensWithAgentRole(words: ReadonlyArray<{ text: string }>): boolean {
  return (
    words.length > 1 &&
    (isAgentRole(words[0]!.text, words[1]!.text) || roleBeforeFullName(words)) &&
    !isOrgName(words.map((x) => x.text)) &&
    !isOrgName(words.slice(1).map((x) => x.text))
  );
}

/** Abbreviated titles without their period, which are surnames too ("Ravi Sen", "Ana Gen"). */
const ABBREVIATED_TITLE = /^(?:Sen|Rep|Gov|Gen|Col|Maj|Capt|Sgt|Adm|Lt)$/;

function isTitleWord(w: string): boolean {
  const b = bare(w);
  return TITLE_WORDS.has(b) || HONORIFIC.has(b);
}

const NOT_TITLE_AT_END = new Set([
  "king",
  "general",
  "major",
  "bishop",
  "dean",
  "fellow",
  "person",
  "man",
  "woman",
  "chancellor",
  "queen",
  "prince",
  "justice",
  "judge",
  "head",
  "chief",
  "chair",
  "fan",
  "friend",
]);
/** A capitalised last word that is an office, not a surname ("US Official", "The President"). */
function isTitleHead(w: string): boolean {
  const b = bare(w);
  return (ROLE_PERSON.has(b) || ROLE_GROUP.has(b)) && TITLE_WORDS.has(b) && !NOT_TITLE_AT_END.has(b);
}

/** "Department of Justice", "Secretary of State", "Jean de La Fontaine": a connector inside a name. */
function joinsName(before: string, connector: string, last: string, prev = ""): boolean {
  if (!/^(?:of|for|and|on|&)$/.test(connector)) return true;
  // "The Tarn Water Office on Thursday opened ...": a day after the body's name is when, not its name
  if (WEEKDAYS.has(last.toLowerCase())) return false;
  const b = stripPossessive(before);
  // "Members of the Kessler Union", "Officials of the Harbor Board": people of a body, not its name
  if (connector === "of" && PEOPLE_OF_BODY.has(b.toLowerCase())) return false;
  if (ORG_WORDS.has(b) || isTitleWord(b) || ORG_NAMES.has(b)) return true;
  // "Rhea Osei of Linden Partners": two plain capitalised words before "of" are a person's name with a
  // tail, not the start of the body's name
  const p = stripPossessive(prev);
  if (connector === "of" && isCap(p) && !ORG_WORDS.has(p) && !isTitleWord(p) && !ORG_NAMES.has(p))
    return false;
  // "World Travel and Tourism Council", "Centre for Coastal and Marine Studies"
  return ORG_WORDS.has(stripPossessive(last));
}

function genderOfName(toks: string[], titleToks: string[]): Gender {
  for (const t of titleToks) {
    const b = bare(t);
    if (HONORIFIC_MALE.has(b)) return "m";
    if (HONORIFIC_FEMALE.has(b)) return "f";
  }
  const first = toks[0] ? bare(toks[0]) : "";
  if (MALE_NAMES.has(first)) return "m";
  if (FEMALE_NAMES.has(first)) return "f";
  return "?";
}

/** Does a capitalised name look like an organisation? */
export function isOrgName(words: string[]): boolean {
  // one word is the common case (the name finder asks of each word before "of"): no joining
  if (words.length === 1) {
    const s = stripPossessive(words[0]!);
    // acronyms: "FBI", "NATO"
    return ORG_NAMES.has(s) || ORG_WORDS.has(s) || MEDIA_WORDS.has(s) || ACRONYM.test(s);
  }
  const stripped = words.map(stripPossessive);
  if (ORG_NAMES.has(stripped.join(" "))) return true;
  for (const s of stripped) if (ORG_WORDS.has(s) || MEDIA_WORDS.has(s) || ORG_NAMES.has(s)) return true;
  return false;
}

function capRun(toks: Token[]): boolean {
  if (!toks.length) return false;
  // (a lower-case "the" mid-sentence opens a body's name as "The" does: "the Department of Health")
  if (toks[0]!.text === "the" && toks.length > 1) toks = toks.slice(1);
  if (!isCap(toks[0]!.text)) return false;
  if (!isCap(toks[toks.length - 1]!.text)) return false;
  for (const t of toks) {
    if (t.t !== "w") {
      if (t.text === "&" || t.text === "-") continue;
      return false;
    }
    if (!isCap(t.text) && !CONNECTORS.has(low(t)) && !/^\d/.test(t.text)) return false;
  }
  return true;
}

/** The mention of the subject pronoun `pronoun` ("he", "they") at [start, end). */
export function pronounMention(start: number, end: number, pronoun: string): Mention {
  const g: Gender = PRON_MALE.has(pronoun)
    ? "m"
    : PRON_FEMALE.has(pronoun)
      ? "f"
      : PRON_PLURAL.has(pronoun)
        ? "p"
        : PRON_NEUTER.has(pronoun)
          ? "n"
          : "?";
  return {
    start,
    end,
    kind: "pronoun",
    head: pronoun,
    det: "none",
    plural: g === "p",
    org: false,
    gender: g,
  };
}

/** Before a role in apposition after a person's name of two words or more: "Ines Parr, the " (then "harbourmaster,"). */
const ROLE_AFTER_PERSON =
  /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]+,\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}?$/u;
/** What closes that role: a comma or its own phrase ("the curator of the museum"). */
const ROLE_AFTER_PERSON_END = /^(?:,|\s+(?:of|at|for|in)\s)/;
/** Before a role in apposition before a name opening a sentence: "The orchard's " (then "groundskeeper, Olek Brand,"). */
const ROLE_BEFORE_PERSON = /(?:^|[.!?]["”]?\s+)(?:The|His|Her|Their|Its)\s+(?:[\p{L}'’-]+\s+){0,2}?$/u;
/** What follows that role: the person's name of two words. */
const ROLE_BEFORE_PERSON_END = /^,\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;
/** The ending of a noun for a person by what they do ("curator", "archivist", "referee", "ferryman"). */
const AGENT_ENDING =
  /^\p{Ll}[\p{Ll}-]{3,}(?:er|or|ist|ee|ian|man|woman|ant|ent|tress|eur|ier|wright|smith)$/u;

let rolesText = "";
const rolesLearned = new Map<string, boolean>();

/**
 * Is `noun` a role the article itself gives a named person in apposition ("Ines Parr, the
 * harbourmaster,")? Then a later "the harbourmaster" is that person even when no lexicon lists the
 * noun. Answered once per text and noun, from the noun's own occurrences (a scan of the whole text
 * for all roles at once cost as much as the name search itself).
 */
function learnedRole(text: string, noun: string): boolean {
  if (text !== rolesText) {
    rolesText = text;
    rolesLearned.clear();
  }
  let known = rolesLearned.get(noun);
  if (known !== undefined) return known;
  known = false;
  if (
    AGENT_ENDING.test(noun) &&
    !ROLE_PERSON.has(noun) &&
    !ROLE_GROUP.has(noun) &&
    !ROLE_ORG.has(noun) &&
    !ROLE_DOC.has(noun) &&
    !NOT_IN_NP.has(noun) &&
    !DET_INDEF.has(noun) &&
    !PREPOSITIONS.has(noun)
  )
    for (let at = text.indexOf(noun); at >= 0 && !known; at = text.indexOf(noun, at + 1)) {
      const before = text.slice(Math.max(0, at - 80), at);
      const after = text.slice(at + noun.length, at + noun.length + 48);
      known =
        (ROLE_AFTER_PERSON.test(before) && ROLE_AFTER_PERSON_END.test(after)) ||
        (ROLE_BEFORE_PERSON.test(before) && ROLE_BEFORE_PERSON_END.test(after));
    }
  rolesLearned.set(noun, known);
  return known;
}

/**
 * A pronoun, name or description filling all of `toks` (no tail), else null. `alone`: a quantity
 * may stand for people ("Most", "no one"), where the phrase opens a clause.
 */
function parseCore(toks: Token[], text: string, alone = false): Mention | null {
  if (!toks.length || toks.length > 12) return null;
  for (const t of toks) if (t.t === "p" && t.text !== "-" && t.text !== "&" && t.text !== ".") return null;
  const words = toks.filter((t) => t.t === "w");
  if (!words.length) return null;
  const first = words[0]!;
  // "He’s", "they're": the pronoun of a contraction
  const firstLow = words.length === 1 ? low(first).replace(/['’](?:s|re|ve|ll|d|m)$/, "") : low(first);
  if (words.length === 1 && PRON_SUBJECT.has(firstLow))
    return pronounMention(first.start, first.end, firstLow);
  if (alone && words.length <= 4) {
    const q = quantityAlone(words);
    if (q) return q;
  }
  // "two-thirds", "about three-quarters": a share of a poll's respondents, like "a third" (no name)
  if (words.length <= 3) {
    const f = FRACTION_WORD.exec(words[words.length - 1]!.l);
    if (f && approxLen(words) === words.length - 1)
      return {
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        kind: "description",
        head: f[1]!,
        det: "indef",
        plural: false,
        org: false,
        gender: "?",
        role: "doc",
      };
  }
  if (PREPOSITIONS.has(firstLow)) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "her lawyer", "its chief": a possessive opening the phrase is its determiner, not an object pronoun
    if (
      !NOT_IN_NP.has(low(w)) ||
      (w === first && (DET_DEF.has(low(w)) || POSSESSIVES.has(low(w)))) ||
      /^[A-Z]{2,}$/.test(w.text)
    )
      continue;
    // "and" inside a capitalised name ("World Travel and Tourism Council")
    if (
      low(w) === "and" &&
      i > 0 &&
      i + 1 < words.length &&
      isCap(words[i - 1]!.text) &&
      isCap(words[i + 1]!.text)
    )
      continue;
    return null;
  }

  // trailing run of capitalised non-title words: the name
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1]!;
    if (k < words.length && isPossessive(w.text)) break;
    // "Developer Valve", "Retailer Kestrel": a role in -er/-or/-ist opening the run is a title
    if (k === 1 && opensWithAgentRole(words)) break;
    // "Some Democrats", "Other Republicans": a quantifier opening the sentence before a group's noun
    if (k === 1 && words.length === 2 && DET_INDEF.has(low(w)) && ROLE_GROUP.has(bare(words[1]!.text))) break;
    if (isCap(w.text) && !(k < words.length ? isTitleWord(w.text) : isTitleHead(w.text))) k--;
    else if (
      k < words.length &&
      CONNECTORS.has(low(w)) &&
      k - 1 > 0 &&
      isCap(words[k - 2]!.text) &&
      joinsName(words[k - 2]!.text, low(w), words[words.length - 1]!.text, words[k - 3]?.text)
    )
      k--;
    else break;
  }
  // "District Court of Appeal": a title word joined by "of" to one last capitalised word ends a body's
  // name (its capitalised run whole), not a title before the name "Appeal"
  if (
    k > 0 &&
    k === words.length - 2 &&
    /^(?:of|for)$/.test(low(words[k]!)) &&
    isTitleWord(words[k - 1]!.text)
  )
    while (k > 0 && isCap(words[k - 1]!.text)) k--;
  // don't let the run start with a connector
  while (k < words.length && CONNECTORS.has(low(words[k]!))) k++;
  const nameToks = words.slice(k);
  const prefix = words.slice(0, k);
  // "Ann Lee and Tom Ash", "Procter and Gamble": a name before "and" is a phrase of its own, no title
  if (k >= 2 && nameToks.length && low(prefix[k - 1]!) === "and") {
    // ("Both Ann Lee and Tom Ash": "both" is no word of the first name)
    const firstToks = toks.slice(low(toks[0]!) === "both" ? 1 : 0, toks.indexOf(prefix[k - 1]!));
    // (a capitalised run itself, no phrase of lower-case words before a name)
    const capital = firstToks.every(
      (t) => t.t !== "w" || isCap(t.text) || CONNECTORS.has(low(t)) || low(t) === "the",
    );
    const first = capital ? parseCore(firstToks, text) : null;
    const second = parseCore(toks.slice(toks.indexOf(nameToks[0]!)), text);
    if (first && second && first.kind !== "pronoun" && second.kind === "name")
      return conjoined(first, second);
  }
  const lastWord = words[words.length - 1]!;
  const lastBare = bare(lastWord.text);
  const possessiveEnd = isPossessive(lastWord.text);
  if (possessiveEnd) return null;

  const single = nameToks.length === 1 ? bare(nameToks[0]!.text) : "";
  const roleWord =
    single !== "" &&
    (ROLE_PERSON.has(single) ||
      ROLE_GROUP.has(single) ||
      ROLE_ORG.has(single) ||
      ROLE_DOC.has(single) ||
      isRolePlural(single));
  if (
    nameToks.length === 1 &&
    !roleWord &&
    (NOT_NAME.has(single) || INITIAL.test(nameToks[0]!.text)) &&
    !prefix.length
  )
    return null;
  // "The Tarn Water Office on Thursday": a day closing a capitalised run is when, not a word of a name
  if (nameToks.length === 1 && prefix.length && WEEKDAYS.has(single)) return null;
  if (
    nameToks.length &&
    !roleWord &&
    !(nameToks.length === 1 && isTitleWord(nameToks[0]!.text) && !prefix.length)
  ) {
    // a whole capitalised run, a title + name, or "The Daily Ledger"
    const allCap = capRun(words);
    const prefixOk = prefix.every(
      (w) =>
        isCap(w.text) ||
        isTitleWord(w.text) ||
        DET_DEF.has(low(w)) ||
        DET_INDEF.has(low(w)) ||
        POSSESSIVES.has(low(w)) ||
        ROLE_PERSON.has(bare(w.text)) ||
        ROLE_ORG.has(bare(w.text)) ||
        CONNECTORS.has(low(w)) ||
        LOWER_WORD.test(w.text),
    );
    if (!allCap && !prefixOk) return null;
    // "Mitch Lee of Kentucky" is a name with a tail, not "Kentucky" with a title
    if (
      allCap &&
      prefix.some(
        (w, i) =>
          (w.l === "of" || w.l === "for") &&
          i > 0 &&
          !joinsName(prefix[i - 1]!.text, w.l, nameToks[nameToks.length - 1]!.text, prefix[i - 2]?.text),
      )
    )
      return null;
    // "a senior analyst at Fintrend" is a description with a tail, not a title before a name
    if (
      !allCap &&
      prefix.some(
        (w, i) => PREPOSITIONS.has(low(w)) && !(low(w) === "of" && i > 0 && isTitleWord(prefix[i - 1]!.text)),
      )
    )
      return null;
    const nameWords = nameToks.map((t) => t.text);
    const wholeWords = words.map((t) => t.text);
    // "Agency Administrator Ann Lee" is a person with a title; "Daily Ledger Journal" a body
    // ("Board of Elections", "Department of Homeland Security": a body's noun before "of", and all
    // after it, are its name, no title)
    const bodyOf = prefix.findIndex(
      (w, i) => ORG_WORDS.has(w.text) && /^(?:of|for)$/.test(low(words[i + 1]!)),
    );
    const titled = prefix.some(
      (w, i) =>
        (bodyOf < 0 || i < bodyOf) && (isTitleWord(w.text) || isAgentRole(w.text, words[i + 1]?.text)),
    );
    const org = isOrgName(nameWords) || (allCap && !titled && isOrgName(wholeWords));
    // an organisation keeps its whole run ("The Daily Ledger", "State Department")
    let nStart = nameToks[0]!.start;
    let nWords = nameWords;
    if (org && allCap) {
      const startIdx = low(words[0]!) === "the" ? 1 : 0;
      nStart = words[startIdx]!.start;
      nWords = wholeWords.slice(startIdx);
    }
    // a prefix of lowercase non-title words ("the warning") is not a title
    if (!allCap && prefix.length && !(prefix.length === 1 && DET_DEF.has(low(prefix[0]!)))) {
      const hasTitle = prefix.some(
        (w) =>
          isTitleWord(w.text) || ROLE_PERSON.has(bare(w.text)) || ROLE_ORG.has(bare(w.text)) || isCap(w.text),
      );
      if (!hasTitle) return null;
    }
    const titleToks = org && allCap ? [] : prefix;
    const title = titleToks.length
      ? text.slice(titleToks[0]!.start, titleToks[titleToks.length - 1]!.end).replace(/^(?:the|a|an)\s+/i, "")
      : undefined;
    const m: Mention = {
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      kind: "name",
      head: nWords.join(" "),
      nameTokens: nWords.map(stripPossessive),
      nameStart: nStart,
      nameEnd: nameToks[nameToks.length - 1]!.end,
      det: "none",
      plural: false,
      org,
      gender: org
        ? "n"
        : genderOfName(
            nameWords,
            prefix.map((t) => t.text),
          ),
    };
    if (title && !/^(?:the|a|an)$/i.test(title)) m.title = title;
    return m;
  }

  // description: det? modifiers* head
  let det: Mention["det"] = "none";
  let i = 0;
  if (DET_DEF.has(firstLow)) {
    det = "def";
    i = 1;
  } else if (DET_INDEF.has(firstLow) || /^\d+$/.test(first.text)) {
    det = "indef";
    i = 1;
  } else if (POSSESSIVES.has(firstLow) || (isPossessive(first.text) && isCap(first.text))) {
    det = "poss";
    i = 1;
  }
  if (i >= words.length) {
    // "some", "many", "others" alone
    if (det === "indef" && ROLE_GROUP.has(firstLow))
      return {
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        kind: "description",
        head: firstLow,
        det,
        plural: true,
        org: false,
        gender: "p",
        role: "group",
      };
    return null;
  }
  const mods = words.slice(i, -1);
  if (mods.length > 5) return null;
  for (const [k, w] of mods.entries()) {
    const l = low(w);
    // "a Department of Health official", "a Bank of England economist": a body's name as a modifier
    const inName =
      l === "of" &&
      k > 0 &&
      k + 1 < mods.length &&
      isCap(mods[k - 1]!.text) &&
      isCap(mods[k + 1]!.text) &&
      joinsName(mods[k - 1]!.text, l, mods[k + 1]!.text);
    if (
      !inName &&
      ((CONNECTORS.has(l) && l !== "&") || DET_DEF.has(l) || DET_INDEF.has(l) || TAIL_START.has(l))
    )
      return null;
    // "Ann Vell urged voters", "the mayor praised voters": a reporting verb after a word of the
    // phrase is the verb of a clause, not a modifier ("worried voters" keeps its adjective)
    if (k > 0 && l.endsWith("ed") && (SPEECH.has(l) || STANCE.has(l) || CALL.has(l))) return null;
  }
  let role: Mention["role"];
  if (ROLE_PERSON.has(lastBare)) role = "person";
  else if (ROLE_GROUP.has(lastBare)) role = "group";
  else if (ROLE_ORG.has(lastBare)) role = "org";
  else if (ROLE_DOC.has(lastBare)) role = "doc";
  // the plural of a person's role: "the governors", "several nominees", "spokesmen"
  else if (isRolePlural(lastBare)) role = "group";
  // "the 46-year-old", "a 19-year-old": a person by age
  else if (AGE_NOUN.test(lastBare)) role = lastBare.endsWith("s") ? "group" : "person";
  else if (isCap(lastWord.text) && isTitleWord(lastWord.text)) role = "person";
  // (a role the article gave a named person: "the harbourmaster" after "Ines Parr, the harbourmaster,")
  else if (det === "def" && learnedRole(text, lastBare)) role = "person";
  if (!role) return null;
  const plural =
    role === "group" || (/s$/.test(lastBare) && !/(?:ss|us|is)$/.test(lastBare) && role !== "org");
  if (plural && role === "person") role = "group";
  if (det === "none" && !plural && role !== "org" && role !== "doc") {
    // a bare singular: only in headline case ("US Official Says") or with a capitalised modifier ("Pentagon spokesman")
    if (!isCap(lastWord.text) && !mods.some((w) => isCap(w.text))) return null;
    det = "indef";
  }
  const org = role === "org";
  return {
    start: words[0]!.start,
    end: words[words.length - 1]!.end,
    kind: "description",
    head: lastBare,
    det,
    plural,
    org,
    gender: plural ? "p" : org ? "n" : "?",
    role,
  };
}

const QUANTIFIER =
  /^(?:all|most|many|some|few|several|half|third|thirds|quarter|quarters|none|each|both|one|two|three|four|five|six|seven|eight|nine|ten|majority|minority|plenty|dozens|hundreds|thousands|millions|\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine)-(?:thirds?|quarters?|fifths?|tenths?))$/;
const FRACTION_OF = /^(?:one|two|three|four|five|six|seven|eight|nine|\d+)$/;
/** "two-thirds", "three-quarters": the share's noun ("third") is the head. */
const FRACTION_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine)-(third|quarter|fifth|tenth)s?$/;
/** A small count, in words or digits: "four in 10", "all three". */
const SMALL_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** Words before a quantity: "about four in 10", "more than half of", "nearly a third of". */
const APPROX =
  /^(?:about|nearly|almost|roughly|around|approximately|only|just|over|under|barely|fully|some)$/;
const COMPARE = /^(?:more|less|fewer)$/;

/** How many approximating words open `words` at `at` ("about", "more than", "at least"). */
function approxLen(words: Token[], at = 0): number {
  const a = words[at]?.t === "w" ? words[at].l : "";
  if (!APPROX.test(a) && !COMPARE.test(a) && a !== "at") return 0;
  const b = words[at + 1]?.t === "w" ? words[at + 1]!.l : "";
  if (COMPARE.test(a) && b === "than") return 2;
  if (a === "at" && (b === "least" || b === "most")) return 2;
  // "some" is a quantifier itself ("some of the voters") unless a number follows
  if (APPROX.test(a) && !(a === "some" && !/^\d|^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(b)))
    return 1;
  return 0;
}

/** A cheap test before `partitive`: a quantifier among the first words, after any approximation. */
function mayBePartitive(toks: Token[]): boolean {
  const i = approxLen(toks);
  const a = toks[i];
  if (a?.t !== "w") return false;
  if (QUANTIFIER.test(a.l)) return true;
  const b = toks[i + 1];
  return (a.l === "a" || a.l === "the") && b?.t === "w" && QUANTIFIER.test(b.l);
}

/** Words after which a clause, and so its subject, may open. */
const CLAUSE_OPENER = new Set(
  "and but or nor yet so while whereas though although because as since if when where that".split(" "),
);
/** Participles after "those" that make a poll's or a crowd's respondents ("those polled said"). */
const THOSE_ASKED = /^(?:polled|surveyed|interviewed|questioned|asked|present|attending)$/;
/**
 * A count of people alone, in words ("Of the riders, eleven said"; not "one", a person). Digits count
 * votes and delegates more often than speakers ("748 opposed", "75,000 pledged").
 */
const COUNT =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)$/;

/**
 * A quantity standing alone for unnamed people: "Most", "no one", "nearly all", "not everyone",
 * "the two", "all three", "those polled". Only as the whole phrase: "most voters" is a description.
 */
function quantityAlone(words: Token[]): Mention | null {
  let i = approxLen(words);
  if (i === 0 && words[0]!.l === "not") i = 1;
  const n = words.length - i;
  const a = words[i]?.l ?? "";
  const b = words[i + 1]?.l ?? "";
  let single: boolean;
  if (n === 1 && (QUANT_PLURAL.has(a) || COUNT.test(a))) single = false;
  else if (n === 1 && QUANT_SINGULAR.has(a)) single = true;
  else if (n === 2 && a === "no" && b === "one") single = true;
  else if (n === 2 && /^(?:all|the|both)$/.test(a) && SMALL_COUNT.test(b)) single = false;
  else if (n === 2 && a === "those" && THOSE_ASKED.test(b)) single = false;
  else return null;
  // "the two": a known pair; the rest are unnamed
  const def = a === "the" || a === "those";
  return {
    start: words[0]!.start,
    end: words[words.length - 1]!.end,
    kind: "description",
    head: words[words.length - 1]!.l,
    det: def ? "def" : "indef",
    plural: !single,
    org: false,
    gender: single ? "?" : "p",
    role: single ? "person" : "group",
  };
}

/**
 * A part of a group: "most of the delegates", "a majority of voters", "two in three (voters)",
 * "half of Republicans". Poll results and group stances have such subjects.
 */
function partitive(toks: Token[], text: string): Mention | null {
  const words = toks.filter((t) => t.t === "w");
  if (words.length !== toks.length || !words.length) return null;
  let i = approxLen(words);
  if (i > 0 && /^(?:a|the)$/.test(low(words[i]!)) && QUANTIFIER.test(low(words[i + 1] ?? words[i]!))) i++;
  if (i === 0 && /^(?:a|the)$/.test(low(words[0]!))) i = 1;
  const q = words[i];
  if (!q || !QUANTIFIER.test(low(q))) return null;
  const group = (head: string): Mention => ({
    start: words[0]!.start,
    end: words[words.length - 1]!.end,
    kind: "description",
    head,
    det: "indef",
    plural: true,
    org: false,
    gender: "p",
    role: "group",
  });
  // "two in three", "4 in 10 Americans", "nine out of 10"
  const out = low(words[i + 1] ?? q) === "out" && low(words[i + 2] ?? q) === "of" ? 1 : 0;
  if (
    FRACTION_OF.test(low(q)) &&
    (out || low(words[i + 1] ?? q) === "in") &&
    SMALL_COUNT.test(low(words[i + 2 + out] ?? q))
  ) {
    if (words.length === i + 3 + out) return group("people");
    const restWords = words.slice(i + 3 + out);
    const rest = parseCore(restWords, text);
    if (rest && rest.kind !== "pronoun" && rest.plural) return group(rest.head);
    const head = pluralNoun(restWords, 0);
    return head ? group(head) : null;
  }
  // "15 percent of voters", "fewer than 15 percent": a share, like "15 percent" (a poll's finding)
  if (/^\d/.test(q.text) && /^(?:percent|%)$/.test(low(words[i + 1] ?? q))) {
    const n = words.length - (i + 2);
    if (
      n !== 0 &&
      !(
        n >= 2 &&
        low(words[i + 2]!) === "of" &&
        (parseCore(words.slice(i + 3), text)?.plural || pluralNoun(words, i + 3))
      )
    )
      return null;
    return { ...group("percent"), plural: false, gender: "?", role: "doc" };
  }
  if (low(words[i + 1] ?? q) !== "of" || words.length < i + 3) return null;
  const restWords = words.slice(i + 2);
  // "most of them", "many of those", "none of the three"
  if (restWords.length === 1 && /^(?:them|those|us|these)$/.test(low(restWords[0]!))) return group("people");
  if (
    restWords.length === 2 &&
    /^(?:the|those|these)$/.test(low(restWords[0]!)) &&
    SMALL_COUNT.test(low(restWords[1]!))
  )
    return group("people");
  const rest = parseCore(restWords, text);
  if (rest && rest.kind !== "pronoun" && (rest.plural || rest.org)) return group(rest.head);
  // "most of the candidates", "two-thirds of riders": any plural noun after "of (the)"
  const head = pluralNoun(restWords, 0);
  if (head) return group(head);
  // "dozens of members of the town board": a group with its own tail
  const long = restWords.length > 2 ? parseSpeakerNP(restWords, text, true) : null;
  return long &&
    long.kind === "description" &&
    (long.plural || long.org) &&
    long.end === words[words.length - 1]!.end
    ? group(long.head)
    : null;
}

/** A short phrase of `words` from `at` ending in a plural noun ("riders", "the night riders"): its head. */
function pluralNoun(words: Token[], at: number): string | null {
  if (at >= words.length) return null;
  const last = words[words.length - 1]!;
  const det = /^(?:the|these|those|its|their|his|her)$/.test(low(words[at]!)) ? 1 : 0;
  if (words.length - at > 3 + det || !/[a-z]s$/.test(last.text)) return null;
  for (let j = at + det; j < words.length; j++)
    if (NOT_IN_NP.has(low(words[j]!)) || PREPOSITIONS.has(low(words[j]!))) return null;
  return low(last);
}

/**
 * The longest noun phrase that ends exactly at the end of `toks` and could be a speaker, with an
 * optional tail ("of the Harbor Institute", "familiar with the matter"). Tries later starts when the
 * whole run is not a phrase ("In a statement the ministry" → "the ministry").
 */
export function parseSpeakerNP(toks: Token[], text: string, startOnly = false): Mention | null {
  const n = toks.length;
  if (!n) return null;
  // "45% of voters": the percent sign after a number is a word of the phrase
  for (let i = 1; i < n; i++)
    if (toks[i]!.text === "%" && toks[i]!.t === "p" && /^\d/.test(toks[i - 1]!.text)) {
      toks = toks.map((t, j) =>
        j > 0 && t.text === "%" && /^\d/.test(toks[j - 1]!.text) ? { ...t, t: "w", l: "%" } : t,
      );
      break;
    }
  let from = startOnly ? 0 : Math.max(0, n - 16);
  // No mention (core, core + tail, partitive) holds punctuation other than "-", "." and "&": starts
  // at or before the last such mark cannot succeed.
  if (!startOnly)
    for (let i = n - 1; i >= from; i--) {
      const t = toks[i]!;
      if (t.t === "p" && t.text !== "-" && t.text !== "." && t.text !== "&") {
        from = i + 1;
        break;
      }
    }
  for (let s = from; s < (startOnly ? 1 : n); s++) {
    const t0 = toks[s]!;
    if (t0.t !== "w") continue;
    if (s > from && s > 0) {
      // only start after a boundary-ish token or at a determiner / capital / pronoun
      const l0 = low(t0);
      if (
        !(
          isCap(t0.text) ||
          DET_DEF.has(l0) ||
          DET_INDEF.has(l0) ||
          POSSESSIVES.has(l0) ||
          PRON_SUBJECT.has(l0) ||
          /^\d/.test(l0) ||
          ROLE_GROUP.has(l0) ||
          ROLE_DOC.has(l0) ||
          QUANTIFIER.test(l0) ||
          approxLen(toks, s) > 0
        )
      )
        continue;
    }
    const cand = toks.slice(s);
    // a quantity alone is a subject only where a clause opens: "But most said", not "we can all
    // agree", "the most promising", nor the start of a longer phrase after a verb ("by less than one point")
    const alone = !startOnly && (s === 0 || toks[s - 1]!.t !== "w" || CLAUSE_OPENER.has(toks[s - 1]!.l));
    const core = parseCore(cand, text, alone) ?? (mayBePartitive(cand) ? partitive(cand, text) : null);
    if (core) return core;
    // core + tail
    for (let k = Math.max(1, cand.length - 12); k < cand.length && k <= 12; k++) {
      const w = cand[k]!;
      if (w.t !== "w" || !TAIL_START.has(low(w))) continue;
      const tail = cand.slice(k);
      if (tail.length > 14) continue;
      if (tail.some((t) => t.t === "p" && t.text !== "-" && t.text !== "." && t.text !== "&")) continue;
      if (
        tail.some(
          (t) =>
            t.t === "w" &&
            (/^(?:is|are|was|were|has|have|had|will|would|said|says|did|does|that|which)$/i.test(t.text) ||
              // "Shares of Tarn Foods fell after the company": a clause's subordinator ends the phrase
              SUBORDINATOR_IN_TAIL.test(t.l) ||
              (TAIL_STOP.has(t.l) && !ofPhrase(tail, t))),
        )
      )
        continue;
      // "to the United Nations" is a tail; "to start" is a verb
      if (
        w.l === "to" &&
        tail[1] &&
        !(isCap(tail[1].text) || DET_DEF.has(tail[1].l) || DET_INDEF.has(tail[1].l))
      )
        continue;
      // a tail ends in a word of substance, not "in an"
      const lastTail = tail[tail.length - 1]!;
      if (
        PREPOSITIONS.has(lastTail.l) ||
        DET_DEF.has(lastTail.l) ||
        DET_INDEF.has(lastTail.l) ||
        CONNECTORS.has(lastTail.l)
      )
        continue;
      const head = parseCore(cand.slice(0, k), text);
      if (!head || head.kind === "pronoun") continue;
      // "The Tarn Water Office on Thursday (opened ...)": a day is when the subject acted, not part of it
      if (w.l === "on" && WEEKDAYS.has(tail[1]!.l)) {
        if (tail.length === 2) return head;
        continue;
      }
      const tailText = text.slice(tail[0]!.start, tail[tail.length - 1]!.end);
      if (
        head.kind === "description" &&
        head.det !== "def" &&
        !FAMILIAR.some((f) => tailText.toLowerCase().startsWith(f))
      )
        if (
          !/^(?:of|at|for|from|in|with|to|on|inside|within|representing)\b/i.test(tailText) &&
          !(head.role === "doc" && DOC_TAIL_START.has(low(w)))
        )
          continue;
      const m: Mention = { ...head, end: tail[tail.length - 1]!.end };
      if (head.kind === "name") m.title = head.title ? `${head.title}, ${tailText}` : tailText;
      return m;
    }
  }
  return null;
}

/** The words "who", "which": an appositive relative clause opener. */
export function isRelative(t: Token | undefined): boolean {
  return !!t && WH.has(low(t));
}

/** A person named by age: "46-year-old", "forty-year-old", "teenagers" aside. */
const AGE_NOUN = /^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)-olds?$/;
/** "46-year-old": a head naming one person by age. */
export const isAgeNoun = (head: string) => AGE_NOUN.test(head);

/** Words before an age in apposition: "Ann Dove, now 81, said". */
const AGE_LEAD = /^(?:now|then|aged?)$/;

/** A party and state in apposition ("R-Neb.", "D-Calif."): never a speaker's name. */
export const isPartyTag = (toks: Token[]) => toks.length <= 2 && /^[RDI]-[A-Z]/.test(toks[0]?.text ?? "");

/** Could this lower-case run be a title in apposition ("director of the program", "a spokesman for X", "62")? */
/** Prepositions joining a titled name to its place of work. */
const NAME_PLACE_PREP = /^(?:of|at|from)$/;

export function looksLikeAppositive(toks: Token[]): boolean {
  if (!toks.length || toks.length > 30) return false;
  const w0 = toks[0]!;
  const l0 = low(w0);
  if (/^\d+$/.test(l0) && toks.length === 1) return true;
  // an age and more: "62 and retired", "now 81 and living in Salem"
  const a = AGE_LEAD.test(l0) ? 1 : 0;
  if (/^\d{1,3}$/.test(toks[a]?.text ?? "") && (a + 1 === toks.length || toks[a + 1]!.l === "and"))
    return !toks.some((t) => /^(?:is|are|was|were|said|says|will|would|has|have|had)$/i.test(t.text));
  // party and state: "R-Neb.", "D-Calif."
  if (isPartyTag(toks)) return true;
  // a titled name ("Cmdr. Sam Ross", "Sen. Ann Lee") is a name, not an appositive
  const last = toks[toks.length - 1]!;
  if (
    toks.length <= 6 &&
    isCap(last.text) &&
    !isTitleWord(last.text) &&
    isTitleWord(w0.text) &&
    toks.slice(1).every((t) => isCap(t.text) || t.t !== "w")
  )
    return false;
  // ... and so is one with its place of work: "Prof. Ann Lee of the University of Osterby"
  if (isTitleWord(w0.text) && toks.length <= 12) {
    let k = 1;
    while (k < toks.length && (toks[k]!.t !== "w" || (isCap(toks[k]!.text) && !isTitleWord(toks[k]!.text))))
      k++;
    if (k > 1 && k < 5 && toks[k - 1]!.t === "w" && NAME_PLACE_PREP.test(toks[k]!.text)) return false;
  }
  // "speaking on condition of anonymity", "based in Paris"
  if (PARTICIPLE_LIKE.test(w0.text) && toks.length <= 12) return true;
  if (
    DET_INDEF.has(l0) ||
    DET_DEF.has(l0) ||
    POSSESSIVES.has(l0) ||
    isTitleWord(w0.text) ||
    ROLE_PERSON.has(bare(w0.text))
  )
    return !toks.some((t) => /^(?:is|are|was|were|said|says|will|would|has|have|had)$/i.test(t.text));
  // "program administrator for ...", "senior analyst at ...": a role noun among the first words
  if (
    !isCap(w0.text) &&
    toks.slice(0, 4).some((t) => ROLE_PERSON.has(bare(t.text)) || TITLE_WORDS.has(bare(t.text)))
  )
    return !toks.some((t) => /^(?:is|are|was|were|said|says|will|would|has|have|had)$/i.test(t.text));
  if (isCap(w0.text)) {
    // "Fintrend director", "Harbor Institute fellow": ends in a title word (not a surname that
    // spells an abbreviated title without its period after a first name: "Ravi Sen")
    const last = toks[toks.length - 1]!;
    const surname =
      toks.length > 1 && ABBREVIATED_TITLE.test(last.text) && !isTitleWord(toks[toks.length - 2]!.text);
    if ((isTitleWord(last.text) && !surname) || ROLE_PERSON.has(bare(last.text))) return true;
    // "Fintrend's director of research": a body's role with its tail
    const role = toks.findIndex(
      (t, k) => k > 0 && (ROLE_PERSON.has(bare(t.text)) || TITLE_WORDS.has(bare(t.text))),
    );
    return (
      role > 0 &&
      role <= 3 &&
      isPossessive(toks[role - 1]!.text) &&
      !toks.some((t) => /^(?:is|are|was|were|said|says|will|would|has|have|had)$/i.test(t.text))
    );
  }
  return false;
}
