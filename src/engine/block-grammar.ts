/**
 * The grammar of one block that claim finding reads: where a cue's subject phrase begins and ends
 * ("Ann Lee, director of ..., said"), where its content runs to, and the block's cues. BlockClaims
 * (claims.ts) builds the claims on top of it.
 */
import { infinitiveAt } from "./complements";
import type { Entity } from "./coreference";
import { type Cue, findCues } from "./cues";
import {
  ANON_REASON_AT,
  ANON_REASON_END,
  BELIEF,
  BETWEEN_SUBJECT_AND_CUE,
  betweenSubjectAndCue,
  CATENATIVES,
  DOC_AFTER_ACCORDING,
  FINDING_HEADS,
  FRONTED_CLOSERS,
  FRONTED_OPENERS,
  FRONTED_TIME_NOUNS,
  ISSUE_VERBS,
  ISSUED_DOCUMENTS,
  isLyAdverb,
  NEXT_ACTS,
  NOT_IN_NP,
  PARTICLE_NOUNS,
  PHRASAL_SPEECH,
  PRON_SUBJECT,
  SPEECH,
  STANCE,
  TELL,
  TELL_OBJECTS,
  VERB_CHAIN_PHRASES,
} from "./lexicon";
import {
  conjoined,
  isPartyTag,
  isRelative,
  looksLikeAppositive,
  type Mention,
  parseSpeakerNP,
  WEEKDAYS,
} from "./mentions";
import type { Quote } from "./quotes";
import { opensRefusal } from "./refusals";
import { isCap, phraseCommaAt, type Token } from "./tokens";

/** One block, prepared: tokens, quotes and sentences. */
export interface BlockInfo {
  start: number;
  end: number;
  tokens: Token[];
  quotes: Quote[];
  /** For each token: the index of the quote it lies in (marks included), or -1. */
  quoteOf: Int32Array;
  sentences: Array<[number, number]>;
}

/** The subject phrase of a cue: its mention, the tokens it spans, and how it was found. */
export interface Subject {
  mention: Mention;
  /** First token of the subject with its appositive. */
  fromTok: number;
  /** Last token index of the subject phrase (appositive included). */
  toTok: number;
  inverted: boolean;
  relative?: [number, number];
  /** The subject is "who" standing for the phrase before it. */
  viaRelative?: boolean;
  /** The relative pronoun's token: the source mention at the cue. */
  relTok?: number;
  /** The source already resolved (an earlier report's in the sentence), kept as it is (anonymous or not). */
  known?: Entity;
}

/** Articles and quantifiers before a modified noun cue: "a fierce supporter of", "some kind words about". */
const ARTICLE_LIKE = /^(?:a|an|some)$/;

/** Subordinators that open a clause fronted before the main one ("When he spoke, ..."). */
const FRONTED_SUBORDINATOR =
  /^(?:when|whenever|after|before|although|though|because|since|while|once|until|unless|as|if|whereas)$/;

/** Quantifiers that float after their subject: "they all said", "Lee and Cox have both argued". */
const FLOATING = /^(?:both|all|each)$/;

/** A word of a dateline in capitals: "PARIS", "WASHINGTON", "BUENA". */
const CAPS_LINE = /^\p{Lu}{2,}$/u;

/** Words opening a subordinate clause ("if it rains, ..."). */
export const SUBORDINATOR =
  /^(?:if|when|whether|although|though|because|as|while|unless|once|since|after|before|until)$/;

/** Prepositions and words used like them before a noun phrase. */
export const PREPOSITION_LIKE =
  /^(?:of|in|on|at|for|from|with|by|about|against|into|over|under|than|as|like|per)$/;

/** Prepositions of place and time besides those: "told a rally outside the depot", not "a rally outside". */
const PLACE_OR_TIME_PREPOSITION =
  /^(?:outside|inside|near|across|around|behind|beside|beneath|during|after|before|through|via)$/;

/** Words that open a clause after a noun phrase. */
const CLAUSE_WORD =
  /^(?:that|which|who|whom|whose|when|where|while|because|although|though|if|and|but|is|are|was|were|has|have|had|will|would)$/;

/** A past participle opening a phrase about a letter or a statement ("dated Friday", "sent to staff", "written in May"). */
const PARTICIPLE_ED = /^[a-z]{2,}(?:ed|en|nt)$/;
/** Verbs of a request, whose "that" clause may open a participle aside ("asked that her name be withheld"). */
const ASKED_THAT = /^(?:asked|requested|demanded)$/;
const VOTE_TALLY = /^\d{1,2}[-–]\d{1,2}$/;
const TALLY_NEXT = /^(?:that|on|,|in|last|this|to)$/;
// a fronted past participle and the preposition or question word after it: "Pressed on the fee, ...",
// "Reached by phone, ...", "Asked whether ..., ..."
const FRONTED_PARTICIPLE = /^[a-z]{3,}ed$/;
const AFTER_FRONTED_PARTICIPLE = /^(?:on|about|by|over|at|in|for|with|whether|why|if|how|what|when)$/;
/** Words that open a plain noun phrase. */
const PLAIN_DET =
  /^(?:the|a|an|this|these|those|many|some|most|several|few|both|all|other|each|every|more|their|his|her|its|our)$/;

/** Auxiliaries right after a relative "that" or "which" ("the data that was released"). */
const RELATIVE_AUX = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might)$/;

/** Words of a span of time before "ago" ("less than two weeks ago"). */
const AGO_SPAN =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|of|than|less|more|about|nearly|almost|just|only|some|seconds|minutes|hours|days|weeks|months|years|minute|hour|day|week|month|year|decade|decades)$/;
/** Phrases of time after an auxiliary ("has in the past said"), as word lists by their last word. */
const CHAIN_PHRASES = new Map<string, string[][]>();
for (const p of VERB_CHAIN_PHRASES) {
  const words = p.split(" ");
  const last = words[words.length - 1]!;
  // by their last word: the skip looks up only the phrases that can end where it stands
  CHAIN_PHRASES.set(last, [...(CHAIN_PHRASES.get(last) ?? []), words]);
}

/** Forms of "be": before a past participle, a passive. */
const BE_FORM = /^(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)$/;

/** Negation between a subject and an attitude verb. */
const NEGATION =
  /^(?:not|never|didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|hasn['’]t|haven['’]t|hadn['’]t|can['’]t|couldn['’]t|isn['’]t|wasn['’]t)$/;

/** A number in words, alone or in a fraction ("two-thirds", "three-quarters"). */
const NUMBER_WORD =
  /^(?:half|one|two|three|four|five|six|seven|eight|nine|ten|a)(?:-(?:half|thirds?|quarters?|fifths?|tenths?))?$/;
const ADVERB_NOUNS = new Set(
  (
    "statement statements interview interviews email e-mail emails tweet tweets post posts letter speech release briefing conference " +
    "call video message hearing meeting appearance podcast op-ed filing report rally event session broadcast program programme " +
    "show remarks testimony note memo address document blog column essay editorial press news phone telephone text " +
    "announcement livestream stream response reply comments comment sermon lecture debate documentary book court declaration"
  ).split(" "),
);
/** A month, whole or abbreviated ("Dec", "Sept"). */
export const MONTH =
  /^(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Participles of a medium with their agent after them ("a memo seen by the paper", "a statement issued by her office"). */
const MEDIUM_PARTICIPLE =
  /^(?:released|issued|sent|posted|published|distributed|provided|seen|obtained|reviewed|viewed)$/;
/** Object pronouns among the words of whom something was told to. */
const OBJECT_PRONOUN = /^(?:me|us|him|her|them|you)$/;
/** Connectives set off by commas after a verb ("said, however, that ..."). */
const CONNECTIVE =
  /^(?:however|though|nonetheless|nevertheless|moreover|furthermore|meanwhile|still|instead|too|again)$/;
const PART_OF_DAY = /^(?:night|morning|afternoon|evening)$/;
const TIME_UNIT = /^(?:seconds|minutes|hours|days|weeks|months|years|minute|hour|day|week|month|year)$/;
const PLATFORMS = new Set([
  "twitter",
  "x",
  "facebook",
  "instagram",
  "tiktok",
  "youtube",
  "television",
  "tv",
  "radio",
  "social",
  "truth",
  "threads",
  "linkedin",
  "telegram",
  "reddit",
]);
/** Nouns after a platform's name that are part of the medium ("social media", "her Facebook page"). */
const PLATFORM_TAIL = /^(?:media|networks?|sites?|accounts?|page|feed|platforms?|channel)$/;
/** Words opening an aside between a subject and its verb ("The agency, in a push to ..., said"). */
const ASIDE_START =
  /^(?:in|at|on|during|after|before|amid|despite|like|unlike|among|under|with|without|since)$/;
/** A preposition of place before a town: "retired in Salem, Mass.", "a nurse from Dover, Del.". */
const PLACE_PREP = /^(?:in|from|near|outside)$/;
/** The first word of a state of two words ("New York", "North Dakota"); other places are one word. */
const PLACE_TWO = /^(?:New|North|South|West|Rhode)$/;
/** Participles of a reduced relative after a subject ("voters interviewed this week said"). */
export const REDUCED_PARTICIPLE = /^(?:[a-z]{3,}ed|seen|known|shown|given|chosen|taken|held|left)$/;
/** A participle opening a clause after a comma ("..., leading to ..."), and -ing words that are not one. */
const WRITER_PARTICIPLE = /^[a-z]{3,}ing$/;
const NOT_PARTICIPLE =
  /^(?:including|excluding|regarding|concerning|following|during|notwithstanding|according|nothing|something|anything|everything|morning|evening|spring|string|thing|things|king|ceiling|building|meeting|hearing|funding|spending|ruling|bring|being)$/;
/** Words opening a noun phrase object ("announced a new route", "thanked them"). */
const OBJECT_PHRASE_START = /^(?:the|a|an|his|her|their|its|our|him|them)$/;
const PARTICIPLE_OBJECT = /^(?:the|a|an|his|her|their|its|our|him|them|it|that|this|those|these|to)$/;
/** Words opening the subject of a clause after ", but" ("but she has ...", "but there is ..."). */
const BUT_SUBJECT =
  /^(?:he|she|they|we|i|it|there|then|the|his|her|their|its|this|these|those|many|some|most)$/;
/** Words opening the subject of a "that" clause (", that the crews had ...", ", that it would ..."). */
const THAT_CLAUSE_SUBJECT =
  /^(?:he|she|they|we|i|it|there|the|a|an|his|her|their|its|our|this|these|those|many|some|most|no|few|all)$/;
/** Past modals of a reported clause ("said that it would ask ..."). */
const BACKSHIFT_MODAL = /^(?:would|could|might|should)$/;
/** A dash between words ("—", "–", " - ", and "--" as two "-"). */
export const DASH = /^[—–-]$/;
/** Words opening the writer's comment after a dash ("— even though ...", "— and the council ..."). */
const AFTER_DASH_ASIDE = /^(?:although|though|even|while|whereas|and|with|as)$/;
/** Punctuation that ends a sentence or clause. */
export const SENT_PUNCT = /^[.!?;:,…]+$/;
/** Conjunctions that may open a sentence before its subject ("But", "And"). */
export const CONJUNCTION = new Set(["and", "but", "yet", "so", "or", "nor"]);

/** The lower-cased word of a token; "" for punctuation, marks and positions outside the block. */
export const lw = (t: Token | undefined) => (t && t.t === "w" ? t.l : "");

/** Auxiliaries and modals, with their contractions ("isn't", "she's"). */
export const AUXILIARIES =
  /^(?:is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|shall|has|have|had|do|does|did|isn't|aren't|wasn't|weren't|won't|wouldn't|couldn't|shouldn't|can't|hasn't|haven't|hadn't|doesn't|didn't|[a-z]+['’](?:s|re|ll|d|ve))$/;

/** "first name, Samira, be used (because she feared ...)," up to the verb: the name in it. */
const FIRST_NAME_ONLY = /^first names?,? (\p{Lu}[\p{Ll}'’-]+),? be (?:used|published|printed)\b[^.;:]*$/u;

/** Quantity words after "at least": "at least some of the ballots", "at least 14", "at least a dozen". */
const QUANTITY_AFTER_LEAST =
  /^(?:some|several|many|dozens|hundreds|thousands|millions|an|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/;

/** Words after a span of time that make it an adverbial ("30 days before ...", "two weeks ago"). */
const TIME_AFTER_SPAN = /^(?:before|after|ago|earlier|later|into|from)$/;

/** "over 300", "under 5%", "at least 14" at token `i`: a quantity, not a phrase of place or time. */
export function overANumber(t: Token[], i: number): boolean {
  const w = t[i]?.l;
  // "said at least 14 people ...", but "said at least twice that ...", "will tell them at least 30
  // days before ...": how often or when, an adverbial
  if (w === "at")
    return (
      (t[i + 1]?.l === "least" || t[i + 1]?.l === "most") &&
      // (a number or a quantity word after it: "at least for now" is no quantity)
      (/^\d/.test(t[i + 2]?.text ?? "") ||
        NUMBER_WORD.test(t[i + 2]?.l ?? "") ||
        QUANTITY_AFTER_LEAST.test(t[i + 2]?.l ?? "")) &&
      !/^(?:once|twice)$/.test(t[i + 2]?.l ?? "") &&
      t[i + 3]?.l !== "times" &&
      !(TIME_UNIT.test(t[i + 3]?.l ?? "") && TIME_AFTER_SPAN.test(t[i + 4]?.l ?? ""))
    );
  return (w === "over" || w === "under") && /^\d/.test(t[i + 1]?.text ?? "");
}

/** Does [from, to) hold a finite verb before its first comma: an auxiliary or modal, or a past tense? */
export function hasFiniteVerb(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 12; k++) {
    const tk = t[k]!;
    if (tk.t !== "w") {
      if (tk.text === "," || tk.text === ";") return false;
      continue;
    }
    if (AUXILIARIES.test(tk.l) || (k > from && /[a-z]{2}ed$/.test(tk.l))) return true;
  }
  return false;
}

/**
 * One block's text, tokens and quotes, read for claims: subject phrases to the left and right of a
 * cue, how far a cue's content runs, and the block's cues, found once.
 */
export class BlockGrammar {
  constructor(
    protected readonly text: string,
    protected readonly b: BlockInfo,
  ) {}

  protected quoted = (i: number) => this.b.quoteOf[i]! >= 0;
  /** Token `i` is inside (or a mark of) a quoted title. */
  protected inTitle = (i: number) => this.b.quoteOf[i]! >= 0 && this.b.quotes[this.b.quoteOf[i]!]!.title;

  protected sentenceOf(tok: number): [number, number] {
    for (const s of this.b.sentences) if (tok >= s[0] && tok < s[1]) return s;
    return [0, this.b.tokens.length];
  }

  /**
   * Skip back from `k` over a medium phrase right after a conjunction ("and in a statement said",
   * "but in an interview later told"): the token before the conjunction's medium, else `k`.
   */
  protected skipMediumLeft(k: number, sf: number): number {
    const t = this.b.tokens;
    // (the medium's noun ends the phrase: "in a statement", "on his radio show")
    const noun = t[k];
    if (!noun || (!ADVERB_NOUNS.has(noun.l) && !PLATFORMS.has(noun.l))) return k;
    for (let p = k - 1; p >= sf && p >= k - 4; p--) {
      if (t[p]!.t !== "w" || this.quoted(p)) return k;
      if (!/^(?:in|on|during)$/.test(t[p]!.l)) continue;
      if (!this.mediumAt(p + 1)) return k;
      const before = this.skipBetweenLeft(p - 1, sf);
      return /^(?:and|but|then)$/.test(lw(t[before])) || t[before]?.text === "," ? p - 1 : k;
    }
    return k;
  }

  /** Skip back from `k` over auxiliaries and adverbs between a subject and its verb. */
  protected skipBetweenLeft(k: number, sf: number): number {
    const t = this.b.tokens;
    while (k >= sf && t[k]!.t === "w" && betweenSubjectAndCue(t[k]!.l, t[k]!.text)) k--;
    // "is trying to show", "has yet to explain", "was careful not to mention": a verb or adjective
    // whose infinitive has its subject (not itself an infinitive: "met her, to try to convince")
    const neg = lw(t[k]) === "not" ? 1 : 0;
    const cat = k - neg;
    if (
      cat > sf &&
      lw(t[k + 1]) === "to" &&
      CATENATIVES.has(lw(t[cat])) &&
      lw(t[cat - 1]) !== "to" &&
      !this.quoted(cat)
    )
      return this.skipBetweenLeft(cat - 1, sf);
    // "Lee and Cox have both argued", "they all said": a quantifier floating after its subject (or
    // after the auxiliary that follows it)
    if (k > sf && FLOATING.test(lw(t[k])) && t[k - 1]!.t === "w") {
      const p = lw(t[k - 1]);
      // ("nearly all said", "not all agree": the quantity is the subject itself)
      if (
        (!NOT_IN_NP.has(p) && !PREPOSITION_LIKE.test(p) && !/^(?:nearly|almost|virtually)$/.test(p)) ||
        (PRON_SUBJECT.has(p) && p !== "it") ||
        /^(?:have|has|had|were|are|was|is|will|would)$/.test(p)
      )
        return this.skipBetweenLeft(k - 1, sf);
    }
    // "a poll last month showed", "the senator this week said", "the mayor this past week said"
    if (
      k > sf &&
      /^(?:week|month|year|weekend|night|morning|summer|spring|fall|winter)$/.test(lw(t[k])) &&
      /^(?:last|this|next|earlier|past)$/.test(lw(t[k - 1]))
    ) {
      const j = lw(t[k - 1]) === "past" && /^(?:this|the)$/.test(lw(t[k - 2])) ? k - 3 : k - 2;
      return this.skipBetweenLeft(j, sf);
    }
    // "the mayor two weeks ago said", "less than a month ago"
    if (k > sf + 1 && lw(t[k]) === "ago") {
      let j = k - 1;
      while (j > sf && k - j < 6 && AGO_SPAN.test(lw(t[j]))) j--;
      if (j < k - 1) return this.skipBetweenLeft(j, sf);
    }
    // a parenthesis after the subject: "Sen. Ann Lee (D-Ore.) said", "Ann Lee (a farmer who ...) says"
    if (k > sf && t[k]!.text === ")") {
      let j = k - 1;
      while (j > sf && t[j]!.text !== "(" && k - j < 30 && t[j]!.t !== "q") j--;
      if (t[j]!.text === "(") return this.skipBetweenLeft(j - 1, sf);
    }
    // "has, for years, insisted", "had, however, said": a short insert between commas after an auxiliary
    if (k > sf + 2 && t[k]!.text === "," && !this.quoted(k)) {
      for (let j = k - 2; j > sf && j >= k - 6; j--) {
        if (t[j]!.t !== "w" && t[j]!.text !== ",") break;
        if (t[j]!.text !== ",") continue;
        if (j < k - 1 && AUXILIARIES.test(lw(t[j - 1])) && t[j - 1]!.text === t[j - 1]!.l)
          return this.skipBetweenLeft(j - 1, sf);
        break;
      }
    }
    // "has in the past insisted", "had for years said": a fixed phrase of time after an auxiliary
    for (const ph of CHAIN_PHRASES.get(lw(t[k])) ?? []) {
      const a = k - ph.length + 1;
      if (a <= sf || !AUXILIARIES.test(lw(t[a - 1]))) continue;
      let same = true;
      for (let i = 0; i < ph.length && same; i++) same = lw(t[a + i]) === ph[i];
      if (same) return this.skipBetweenLeft(a - 1, sf);
    }
    // "was (the) first to report" ("first" is skipped above, "the" stops the skip)
    if (k > sf && lw(t[k]) === "the" && /^(?:first|last)$/.test(lw(t[k + 1])) && lw(t[k + 2]) === "to") {
      if (/^(?:was|were|is|are|has|had)$/.test(lw(t[k - 1]))) return this.skipBetweenLeft(k - 2, sf);
    }
    return k;
  }

  /** The subject of a cue to its left: "Ann Lee, director of ..., said", "a city official said". */
  protected subjectLeft(cueTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    const holder = this.nounCueHolder(cueTok, sf);
    if (holder) return holder;
    const firstName = this.firstNameOnly(cueTok, sf);
    if (firstName) return firstName;
    let k = this.skipBetweenLeft(cueTok - 1, sf);
    // "the mayor did not mention the pier", "he won't reveal": a negated attitude is still one; a
    // negated report of speech ("did not say") is no claim
    if (k > sf && NEGATION.test(lw(t[k])) && !SPEECH.has(lw(t[cueTok]))) k = this.skipBetweenLeft(k - 1, sf);
    if (k < sf) return null;
    // "..., and in a statement said": the medium is no subject; the sentence's subject is (its caller's)
    if (this.skipMediumLeft(k, sf) !== k) return null;
    // "Sen. Ann Lee (D-Ore.), said": the comma after a parenthesis closes no appositive
    if (t[k]!.text === "," && t[k - 1]?.text === ")" && !this.quoted(k)) {
      const j = this.skipBetweenLeft(k - 1, sf);
      const np = j < k - 1 && j >= sf ? this.npEndingAt(j, sf) : null;
      if (np) return { mention: np.m, fromTok: np.from, toTok: k, inverted: false };
    }
    if (t[k]!.text === "," && !this.quoted(k)) return this.subjectBeforeAppositives(k, sf);
    // "Ann Vell — a teacher from Hale — says": an insert between dashes after the subject (and
    // "--", two hyphens: "The judges -- Ms. Harlan and Mr. Voss -- agreed")
    const double = t[k]!.text === "-" && t[k - 1]?.text === "-";
    if ((t[k]!.text === "—" || t[k]!.text === "–" || double) && !this.quoted(k)) {
      for (let j = k - (double ? 3 : 2); j > sf && j >= k - 40; j--) {
        // (a list may stand between the dashes: "— including farmers, nurses and teachers —"; a
        // period may end a title in it: "Mr. Voss")
        if (this.quoted(j) || (SENT_PUNCT.test(t[j]!.text) && !/^[,.]$/.test(t[j]!.text))) break;
        if (t[j]!.text !== t[k]!.text || (double && t[j - 1]?.text !== "-")) continue;
        const np = this.npEndingAt(j - (double ? 2 : 1), sf);
        if (!np) return null;
        // "A former governor — Ray Tillman, who lost in 2008 — said": the name the description introduces
        const named = np.m.kind === "description" && !np.m.plural ? this.npStartingAt(j + 1, k) : null;
        const after = named ? t[named.to + 1] : undefined;
        if (named?.m.kind === "name" && (after?.text === "," || named.to + 1 === k - (double ? 1 : 0))) {
          named.m.title = this.text.slice(np.m.start, np.m.end);
          return { mention: named.m, fromTok: np.from, toTok: k, inverted: false };
        }
        return { mention: np.m, fromTok: np.from, toTok: k, inverted: false };
      }
      return null;
    }
    // "42% say": the number with its percent sign (a word of its own in the grammar)
    if (t[k]!.text === "%" && k > sf && /^\d/.test(t[k - 1]!.text)) {
      const a =
        k - 2 >= sf &&
        t[k - 2]!.t === "w" &&
        /^(?:about|nearly|almost|roughly|only|just|some)$/.test(t[k - 2]!.l)
          ? k - 2
          : k - 1;
      const m = parseSpeakerNP([...t.slice(a, k), { ...t[k]!, t: "w", l: "%" }], this.text, true);
      return m ? { mention: m, fromTok: a, toTok: k, inverted: false } : null;
    }
    // "A juror who asked not to be named because of the publicity said": the phrase before a stated
    // reason, which is no part of the source's name
    const why = this.beforeReason(k, sf);
    if (why) return why;
    // "money for a group backing the mayor": an attitude participle right after its phrase, even an object
    const cue = t[cueTok]!;
    const reduced = k === cueTok - 1 && cue.l.endsWith("ing") && STANCE.has(cue.l);
    // "..., with Ann Lee telling reporters ...": the subject of an absolute phrase
    const absolute = !reduced && k === cueTok - 1 && cue.l.endsWith("ing");
    const np = this.npEndingAt(k, sf, reduced || absolute);
    if (!np) return null;
    // "In a report released that morning, ...": a document does not issue itself; the participle
    // after it is a reduced relative, not its verb
    if (k === cueTok - 1 && ISSUED_DOCUMENTS.has(np.m.head) && ISSUE_VERBS.has(cue.l) && cue.l.endsWith("ed"))
      return null;
    if (
      absolute &&
      np.from > sf &&
      PREPOSITION_LIKE.test(lw(t[np.from - 1])) &&
      lw(t[np.from - 1]) !== "with"
    )
      return null;
    // "The nurse who wrote the letter says", "the firm that makes the pumps says": the phrase is the
    // object of the relative clause's verb; the subject is the phrase before the clause
    const v = np.from - 1;
    if (
      v > sf + 1 &&
      !absolute &&
      !reduced &&
      t[v]!.t === "w" &&
      t[v]!.text === t[v]!.l &&
      !NOT_IN_NP.has(t[v]!.l)
    ) {
      const r = this.skipBetweenLeft(v - 1, sf);
      if (r > sf && /^(?:who|that)$/.test(lw(t[r])) && !this.quoted(r) && t[r - 1]!.t === "w") {
        const head = this.npEndingAt(r - 1, sf);
        if (
          head &&
          head.m.kind !== "pronoun" &&
          (lw(t[r]) === "who" || head.from === this.subjectStart(sf, r))
        )
          return { mention: head.m, fromTok: head.from, toTok: k, inverted: false };
      }
    }
    return { mention: np.m, fromTok: np.from, toTok: k, inverted: false };
  }

  /**
   * "A woman who asked that only her first name, Samira, be used (because ...) said": the source is
   * named by the first name the clause gives. Null when the words before the cue are no such clause.
   */
  private firstNameOnly(cueTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    const cue = t[cueTok]!;
    const from = t[sf]!.start;
    // (a cheap test first: this runs for every cue)
    // (within the 200 characters before the cue: a search back through the whole text for every cue
    // would cost as much as the rest of the subject search)
    const lo = Math.max(from, cue.start - 200);
    const rel = this.text.slice(lo, cue.start).lastIndexOf("first name");
    if (rel < 0) return null;
    const at = lo + rel;
    const m = FIRST_NAME_ONLY.exec(this.text.slice(at, cue.start));
    if (!m) return null;
    const start = at + m.index + m[0].indexOf(m[1]!);
    let k = cueTok - 1;
    while (k > sf && t[k]!.start > start) k--;
    if (t[k]!.start !== start) return null;
    const name = parseSpeakerNP([t[k]!], this.text, true);
    if (name?.kind !== "name") return null;
    return { mention: name, fromTok: k, toTok: cueTok - 1, inverted: false };
  }

  /** The phrase before "who" when the clause from it to token `k` (no comma in it) is a stated reason for anonymity. */
  private beforeReason(k: number, sf: number): Subject | null {
    const t = this.b.tokens;
    for (let r = k - 1; r > sf && r >= k - 30; r--) {
      const x = t[r]!;
      if (x.t !== "w" || this.quoted(r)) {
        if (x.text === "-" || x.text === "'" || x.text === "’") continue;
        return null;
      }
      if (x.l !== "who") continue;
      const clause = this.text.slice(x.start, t[k]!.end);
      const m = ANON_REASON_AT.exec(clause);
      if (!m || m[0].length < clause.length) return null;
      // (a reason has no reporting verb: in "who asked not to be named said he had thought ...", the
      // reason ends before "said", and "he" is no phrase the reason is about)
      if (ANON_REASON_END.test(clause)) return null;
      const np = this.npEndingAt(r - 1, sf);
      if (!np || np.m.kind === "pronoun") return null;
      return { mention: np.m, fromTok: np.from, toTok: k, inverted: false, relative: [x.start, t[k]!.end] };
    }
    return null;
  }

  /**
   * The comma before the auxiliaries, adverbs and negation that precede the verb at `cueTok`
   * ("Ann Lee, now a radio host, has denied ...", "The city, as well as its lawyers, has long
   * argued ..."): its token, or -1 when no auxiliary or adverb stands between them (", saying" is a
   * participle frame) or for a participle with no auxiliary ("..., quickly adding").
   */
  protected commaBeforeVerbChain(cueTok: number, sf: number): number {
    const t = this.b.tokens;
    let k = this.skipBetweenLeft(cueTok - 1, sf);
    if (k > sf && NEGATION.test(lw(t[k])) && !SPEECH.has(lw(t[cueTok]))) k = this.skipBetweenLeft(k - 1, sf);
    if (k <= sf || k >= cueTok - 1 || t[k]!.text !== "," || this.quoted(k)) return -1;
    // (a passive is no report of the phrase before: "Ann Lee, a host, was named in the suit")
    const ing = lw(t[cueTok]).endsWith("ing");
    let aux = false;
    for (let j = k + 1; j < cueTok; j++) {
      const w = lw(t[j]);
      if (AUXILIARIES.test(w)) aux = true;
      if (!ing && BE_FORM.test(w)) return -1;
    }
    return ing && !aux ? -1 : k;
  }

  /**
   * "who" right before the verb at `cueTok` (past auxiliaries, adverbs and a negation), after the
   * subject's mention ending at character `mentionEnd`: the verb is the relative clause's own
   * ("leaders who have not backed anyone"), and "who" is its mention at the cue. Its token, or -1.
   */
  protected relativeBeforeCue(cueTok: number, sf: number, mentionEnd: number): number {
    const t = this.b.tokens;
    let k = this.skipBetweenLeft(cueTok - 1, sf);
    if (k > sf && NEGATION.test(lw(t[k]))) k = this.skipBetweenLeft(k - 1, sf);
    if (k <= sf || lw(t[k]) !== "who" || this.quoted(k)) return -1;
    const prev = t[k - 1]!.text === "," ? k - 2 : k - 1;
    return t[prev] && t[prev]!.end === mentionEnd ? k : -1;
  }

  /**
   * Where the subject starts in a sentence whose words start at `s`, past a dateline ("PARIS, May 2
   * (Reuters) — ") and a fronted phrase ("Back in 1999,", "Hours later,", "Speaking at a rally in
   * Salem, Ohio,"): the first phrase after one of the phrase's commas that a verb, not another comma,
   * follows. `s` when nothing is fronted.
   */
  protected subjectStart(s: number, before: number): number {
    const t = this.b.tokens;
    // a dateline: capitals, then a dash within a few tokens
    if (s < before && CAPS_LINE.test(t[s]!.text)) {
      for (let k = s + 1; k < before && k <= s + 12; k++) {
        if (DASH.test(t[k]!.text)) {
          s = k + 1;
          break;
        }
        if (t[k]!.t === "w" && !isCap(t[k]!.text) && !/^\d/.test(t[k]!.text)) break;
      }
    }
    // ... or a place and its agency in parentheses: "Lund (AFP) – "
    else if (s < before && isCap(t[s]!.text))
      for (let k = s + 1; k < before && k <= s + 5; k++) {
        if (t[k]!.t === "w" && isCap(t[k]!.text)) continue;
        const close = t[k]!.text === "(" && t[k + 2]?.text === ")" ? k + 2 : -1;
        if (close > 0 && CAPS_LINE.test(t[k + 1]!.text) && DASH.test(t[close + 1]?.text ?? "")) s = close + 2;
        break;
      }
    if (s >= before || t[s]!.t !== "w") return s;
    let c = s;
    while (c < before && c - s < 20 && t[c]!.text !== "," && !this.quoted(c)) c++;
    if (t[c]?.text !== "," || c === s) return s;
    const w = lw(t[s]);
    const fronted =
      FRONTED_OPENERS.has(w) ||
      FRONTED_CLOSERS.has(lw(t[c - 1])) ||
      // an adverb opening it, or closing a short one: "Shortly after the vote,", "More recently,"
      // (not "Lee left the hall Monday night," nor "Lee met him once directly,": a clause)
      // (a lowercase word after it: "Carly Lund, ..." is a name)
      (isLyAdverb(w, w) && t[s + 1]?.t === "w" && !isCap(t[s + 1]!.text)) ||
      (c - s <= 3 && (isLyAdverb(lw(t[c - 1]), t[c - 1]!.text) || FRONTED_TIME_NOUNS.has(lw(t[c - 1])))) ||
      // a participle phrase: "Appearing before supporters, ...", "Recalling that moment, ..."
      (isCap(t[s]!.text) && w.length > 5 && w.endsWith("ing")) ||
      // ... or a past participle's: "Pressed on the delay, ...", "Reached by phone, ..."
      (isCap(t[s]!.text) && FRONTED_PARTICIPLE.test(w) && AFTER_FRONTED_PARTICIPLE.test(lw(t[s + 1])));
    if (!fronted) return s;
    // "... in Salem, Ohio, Ann Lee said": a place in apposition is followed by another comma
    for (let k = c, n = 0; k < before && n < 3; k++) {
      if (t[k]!.text !== "," || this.quoted(k)) continue;
      n++;
      const np = this.npStartingAt(k + 1, before);
      if (np && t[np.to + 1]?.t === "w") return k + 1;
    }
    return c + 1;
  }

  /** The issued document ending at token `k` ("... released a report, saying ..."), as a subject, or null. */
  protected documentEndingAt(k: number, sf: number): Subject | null {
    const np = k > sf ? this.npEndingAt(k, sf) : null;
    if (np?.m.kind !== "description" || !ISSUED_DOCUMENTS.has(np.m.head)) return null;
    return { mention: np.m, fromTok: np.from, toTok: k, inverted: false };
  }

  /**
   * "The town issued a statement (Friday) saying ...", "she sent out an email urging ...": a
   * participle after an issued document reports its issuer, the subject of the issuing verb.
   */
  protected issuerOf(sub: Subject, sf: number): Subject | null {
    const t = this.b.tokens;
    if (sub.mention.kind !== "description" || !ISSUED_DOCUMENTS.has(sub.mention.head)) return null;
    let v = sub.fromTok - 1;
    if (v > sf && /^(?:out|off)$/.test(lw(t[v]))) v--;
    if (v <= sf || !ISSUE_VERBS.has(lw(t[v])) || this.quoted(v)) return null;
    return this.subjectLeft(v, sf) ?? this.plainSubject(v, sf);
  }

  /**
   * "Ann Dove is a fierce supporter of ...", "Ann Dove, a longtime supporter of ...": a noun cue
   * after an article and a modifier heads that phrase; its holder is the subject before the article
   * or before the verb that takes the phrase ("voiced some warm praise for"), not "a fierce".
   * Null when there is none.
   */
  private nounCueHolder(cueTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    if (!PARTICLE_NOUNS.has(lw(t[cueTok]))) return null;
    // "a critic of", or with a modifier: "a fierce supporter of"
    const a = ARTICLE_LIKE.test(lw(t[cueTok - 1])) ? cueTok - 1 : cueTok - 2;
    if (a < sf || !ARTICLE_LIKE.test(lw(t[a]))) return null;
    const mod = t[cueTok - 1]!;
    if (a === cueTok - 2 && (mod.t !== "w" || mod.text !== mod.l)) return null;
    // "also voiced some warm praise for": the subject of the verb before the phrase
    const v = t[a - 1];
    const verb =
      a - 1 > sf && v?.t === "w" && v.text === v.l && !NOT_IN_NP.has(v.l) && !PREPOSITION_LIKE.test(v.l);
    const sub = this.subjectLeft(a, sf) ?? (verb ? this.subjectLeft(a - 1, sf) : null);
    if (sub || v?.text !== ",") return sub;
    // "... met Ann Dove, a longtime supporter of ...": the name the phrase is in apposition to
    const np = this.npEndingAt(a - 2, sf, true);
    return np?.m.kind === "name" ? { mention: np.m, fromTok: np.from, toTok: a - 2, inverted: false } : null;
  }

  /** The phrase before "who" when a restrictive relative clause separates it from the verb at `cueTok`. */
  protected subjectBeforeRelative(cueTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    // (the clause's own verb is no cue of the phrase before it: "Those who have backed the levy live
    // ...", "those who sit on the board urging ...")
    const chain = this.skipBetweenLeft(cueTok - 1, sf);
    const ownVerb = (r: number) =>
      chain <= r || (lw(t[cueTok]).endsWith("ing") && !AUXILIARIES.test(lw(t[cueTok - 1])));
    for (let r = cueTok - 2; r > sf && r >= cueTok - 10; r--) {
      const x = t[r]!;
      if (x.t !== "w" || this.quoted(r)) return null;
      // "the data that was released suggests": "that" or "which" with an auxiliary opens a relative
      // clause only after the sentence's opening phrase ("told him that was wrong" has none)
      const thatAux = (x.l === "that" || x.l === "which") && RELATIVE_AUX.test(lw(t[r + 1]));
      if (x.l !== "who" && !thatAux) continue;
      if (t[r - 1]?.t !== "w") return null;
      // "Those who have studied the canal argue": the group the clause describes, clause and all
      if (x.l === "who" && lw(t[r - 1]) === "those" && r - 1 === this.subjectStart(sf, r)) {
        if (ownVerb(r)) return null;
        const end = t[chain]!.end;
        const m: Mention = {
          start: t[r - 1]!.start,
          end,
          kind: "description",
          head: "those",
          // (a generic group, not one met before: each clause names its own)
          det: "indef",
          plural: true,
          org: false,
          gender: "p",
          role: "group",
        };
        return { mention: m, fromTok: r - 1, toTok: cueTok - 1, inverted: false };
      }
      const np = this.npEndingAt(r - 1, sf);
      if (!np || np.m.kind === "pronoun") return null;
      if (thatAux && (np.from !== this.subjectStart(sf, r) || ownVerb(r))) return null;
      return { mention: np.m, fromTok: np.from, toTok: cueTok - 1, inverted: false };
    }
    return null;
  }

  /**
   * Any plain noun phrase right before an attitude verb, when the speaker grammar knows no head
   * for it ("the party leadership fears", "the couple worried", "many worry"): a determiner or
   * quantifier, then up to five words that are neither verbs nor function words. Attitudes are
   * held by all kinds of groups; speech keeps the stricter grammar.
   */
  protected plainSubject(cueTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    const holder = this.nounCueHolder(cueTok, sf);
    if (holder) return holder;
    const k = this.skipBetweenLeft(cueTok - 1, sf);
    if (k < sf || t[k]!.t !== "w" || this.quoted(k)) return null;
    // the head is a noun: not a function word, adjective or verb form ("an impassioned defense of")
    const hw = lw(t[k]);
    if (NOT_IN_NP.has(hw) || PREPOSITION_LIKE.test(hw) || /(?:ed|ing|ly|ive|ous|ful|al|ic)$/.test(hw))
      return null;
    let s = k;
    while (s > sf && k - s < 6 && t[s - 1]!.t === "w" && !this.quoted(s - 1)) {
      const w = lw(t[s - 1]);
      if (NOT_IN_NP.has(w) && !/^(?:the|this|these|those|most)$/.test(w)) break;
      s--;
      if (PLAIN_DET.test(w)) break;
    }
    const first = lw(t[s]);
    // "Most riders fear", not "his most ardent fans fear" (an adverb of degree)
    if (first === "most" && s > sf && t[s - 1]!.t === "w" && !CONJUNCTION.has(lw(t[s - 1]))) return null;
    if (!PLAIN_DET.test(first) || s === k) {
      if (!(s === k && /^(?:many|some|most|others|few|several|both|all)$/.test(first))) return null;
    }
    const before = lw(t[s - 1]);
    if (s > sf && /^(?:of|to|with|by|for|from|about|on|against|than|in|at)$/.test(before)) return null;
    const head = lw(t[k]);
    const m: Mention = {
      start: t[s]!.start,
      end: t[k]!.end,
      kind: "description",
      head,
      det: /^(?:the|this|these|those)$/.test(first) ? "def" : "indef",
      plural: /s$/.test(head),
      org: false,
      // not a person the text can refer to as "he" or "she": keep later pronouns off it
      gender: /s$/.test(head) ? "p" : "n",
      role: /s$/.test(head) ? "group" : "org",
    };
    return { mention: m, fromTok: s, toTok: k, inverted: false };
  }

  /** The comma-delimited segment ending before token `end` (a comma): [from, end), or null at a quote. */
  private segmentBefore(end: number, sf: number): number | null {
    const t = this.b.tokens;
    let c = end - 1;
    // (a title in quotes is a name inside the segment: "who starred in “Salt and Iron,” then ...")
    while (c >= sf && (this.inTitle(c) || (t[c]!.text !== "," && !this.quoted(c))) && end - c < 32) c--;
    if (end - c >= 32 || (c >= sf && t[c]!.text !== ",")) return null;
    return c + 1;
  }

  /**
   * When tokens [from, end) close a list of capitalised names ("Nolan and Partners", "and Logistics")
   * whose first item ends an appositive after "at", "of", "for" ("head of research at Brisk"), the
   * start of that appositive: the commas are the name's own. Else null.
   */
  private nameListStart(from: number, end: number, sf: number): number | null {
    const t = this.b.tokens;
    const capitalised = (a: number, b: number) => {
      for (let j = a; j < b; j++) {
        const x = t[j]!;
        if (x.t !== "w" || this.quoted(j) || !isCap(x.text)) return false;
      }
      return b > a;
    };
    // the list's last item: "and Logistics", "Nolan and Partners", "Nolan & Partners"
    let a = from;
    if (/^(?:and|&)$/.test(t[a]?.text ?? "")) a++;
    else {
      let j = a;
      while (j < end && t[j]!.t === "w" && isCap(t[j]!.text)) j++;
      if (j === a || j >= end || !/^(?:and|&)$/.test(t[j]!.text)) return null;
      a = j + 1;
    }
    if (!capitalised(a, end) || end - a > 4) return null;
    // middle items, one to three capitalised words each ("Rail", "Space")
    let c = from - 1;
    for (let n = 0; n < 4 && c > sf && t[c]!.text === ","; n++) {
      const pf = this.segmentBefore(c, sf);
      if (pf === null || pf >= c) return null;
      if (capitalised(pf, c) && c - pf <= 3) {
        c = pf - 1;
        continue;
      }
      // the first item ends the appositive: "... at Brisk", "... of the Institute for Roads"
      let p = c - 1;
      while (p > pf && t[p]!.t === "w" && isCap(t[p]!.text)) p--;
      if (p === c - 1 || !/^(?:at|of|for|with|from)$/.test(lw(t[p])) || p === pf) return null;
      return pf;
    }
    return null;
  }

  /**
   * "Ann Lee, director of ..., said", "Omar Haddad, an analyst at X, the research firm, told",
   * "The official, who was not authorized ..., said", "..., its owner, Rosa Diaz, said".
   * `k` is the comma right before the cue.
   */
  private subjectBeforeAppositives(k: number, sf: number): Subject | null {
    const t = this.b.tokens;
    const titles: string[] = [];
    let relative: [number, number] | undefined;
    let end = k;
    for (let depth = 0; depth < 3; depth++) {
      let from = this.segmentBefore(end, sf);
      if (from === null || from >= end) return null;
      // "Tom Reed, now 79 and living in Dover, Del., said": a town and its state are one place
      if (this.placeTail(from, end)) {
        const comma = from - 1;
        const pf = this.segmentBefore(comma, sf);
        if (pf === null || pf >= comma) return null;
        // "a woman in Salem, Mass., told": with no comma before it, the phrase up to the town is the subject
        if (t[pf - 1]?.text !== "," || pf === sf) {
          const np = this.npEndingAt(comma - 1, sf);
          return np ? this.withAppositives(np.m, np.from, k, titles, relative) : null;
        }
        from = pf;
      }
      // "a partner at Brisk, Nolan and Partners, said", "at Calder Marine, Rail, and Logistics,": a
      // name with commas in it ends the appositive it belongs to
      from = this.nameListStart(from, end, sf) ?? from;
      const seg = t.slice(from, end);
      // (a second relative clause joined to the first: "A worker who ..., and who asked not to be named, said")
      const rel = isRelative(seg[0]) || (seg[0]!.l === "and" && isRelative(seg[1]));
      // "The agency, in a push to help workers, has said": an aside of time, place or manner, no title
      // (and a stated reason for anonymity, however long: "speaking on condition of anonymity as she works for ...")
      const aside =
        !rel &&
        ((ASIDE_START.test(lw(seg[0])) && seg.length <= 14) ||
          ANON_REASON_AT.test(this.text.slice(seg[0]!.start, seg[seg.length - 1]!.end)));
      // "Ida Rhee, the director, noted that the fees rose, reported the Ledger": a reporting verb with
      // its "that" clause is the subject's predicate, no participle aside ("asked that her name be kept
      // out" is one)
      const predicate =
        seg.length > 2 &&
        lw(seg[1]) === "that" &&
        seg[0]!.l.endsWith("ed") &&
        !ASKED_THAT.test(seg[0]!.l) &&
        this.speechCueAt(from);
      const appositive = !predicate && (rel || aside || looksLikeAppositive(seg));
      if (!appositive) {
        if (depth > 0) return null;
        // "..., its owner, Rosa Diaz, said": the name between commas is the subject
        const whole = parseSpeakerNP(seg, this.text);
        if (!whole || whole.start !== seg[0]!.start || whole.kind !== "name") return null;
        const sub: Subject = { mention: whole, fromTok: from, toTok: k, inverted: false };
        const pf = from - 1 > sf ? this.segmentBefore(from - 1, sf) : null;
        if (pf !== null && pf < from - 1) {
          const prevSeg = t.slice(pf, from - 1);
          if (looksLikeAppositive(prevSeg) && /^(?:its|his|her|their|the)$/i.test(prevSeg[0]!.text)) {
            whole.title = this.text.slice(prevSeg[0]!.start, prevSeg[prevSeg.length - 1]!.end);
            sub.fromTok = pf;
          }
        }
        return sub;
      }
      if (rel) relative = [seg[0]!.start, seg[seg.length - 1]!.end];
      else if (!aside && !/^(?:including|like)$/.test(lw(seg[0])))
        titles.unshift(this.text.slice(seg[0]!.start, seg[seg.length - 1]!.end));
      const c = from - 1; // the comma before this appositive
      if (c < sf) return null;
      // the segment before it, whole, is the subject ("Omar Haddad" in "Omar Haddad, an analyst, said")
      const pf = this.segmentBefore(c, sf);
      if (pf !== null && pf < c) {
        // "A witness who declined to give her name, saying ..., said": the phrase before its stated
        // reason for anonymity (no comma between them) is the subject; the reason is no part of its name
        if (!relative) {
          const why = this.beforeReason(c - 1, sf);
          if (why && why.fromTok >= pf) {
            relative = why.relative;
            return this.withAppositives(why.mention, why.fromTok, k, titles, relative);
          }
        }
        const prev = t.slice(pf, c);
        // (a party and state before a relative clause is one more appositive: "Sen. Ann Lee, D-Calif., who ...")
        const whole = isPartyTag(prev) ? null : parseSpeakerNP(prev, this.text);
        if (whole && whole.start === prev[0]!.start) {
          // "Omar Haddad, a senior analyst at X, the research firm, told", "Ann Dove, the editor of
          // the paper, the Ledger, said": a description may be one more appositive of a name before it
          // (a definite one only right after the name: "..., the source, who said ..., told" is no appositive)
          // (so may a role of a named body, lower-case, which the grammar reads as a titled name: "Ann Dove,
          // director of the Harbor Trust, which ..., said")
          const roleOfBody = whole.kind === "name" && !!whole.title && !isCap(prev[0]!.text);
          if ((whole.kind === "description" || roleOfBody) && depth < 2 && pf > sf) {
            const deeper = this.subjectBeforeAppositives(pf - 1, sf);
            const nameEnd =
              deeper?.mention.kind === "name" ? (deeper.mention.nameEnd ?? deeper.mention.end) : -1;
            if (deeper && nameEnd >= 0 && (whole.det === "indef" || nameEnd === t[pf - 2]!.end)) {
              const ap = this.text.slice(prev[0]!.start, prev[prev.length - 1]!.end);
              return this.withAppositives(deeper.mention, deeper.fromTok, k, [ap, ...titles], relative);
            }
          }
          return this.withAppositives(whole, pf, k, titles, relative);
        }
        // "An engineer who has seen the pipe, speaking on condition of anonymity, said": the phrase
        // before its restrictive relative clause
        const who = prev.findIndex((x, i) => i > 0 && x.l === "who");
        if (who > 0) {
          const head = parseSpeakerNP(prev.slice(0, who), this.text);
          if (head && head.start === prev[0]!.start && head.kind !== "pronoun")
            return this.withAppositives(head, pf, k, titles, relative);
        }
        if ((!looksLikeAppositive(prev) && !isRelative(prev[0])) || pf === sf) {
          const np = this.npEndingAt(c - 1, sf);
          return np ? this.withAppositives(np.m, np.from, k, titles, relative) : null;
        }
      }
      end = c;
    }
    return null;
  }

  /**
   * The segment [from, end) is a state or country completing a town at the end of the segment before
   * its comma ("in Salem" + "Mass."): one to three capitalised words, after a preposition and a capital.
   */
  private placeTail(from: number, end: number): boolean {
    const t = this.b.tokens;
    if (end - from > 4 || from < 3) return false;
    let words = 0;
    for (let k = from; k < end; k++) {
      if (t[k]!.text === ".") continue;
      if (t[k]!.t !== "w" || !isCap(t[k]!.text)) return false;
      words++;
    }
    // "in Tunis, Rachid Ghannouchi,": two words are a person's name, not a place
    if (words > 2 || (words === 2 && !PLACE_TWO.test(t[from]!.text))) return false;
    let c = from - 2;
    if (t[c]?.t !== "w" || !isCap(t[c]!.text)) return false;
    while (c > 0 && t[c - 1]!.t === "w" && isCap(t[c - 1]!.text) && from - c < 6) c--;
    return PLACE_PREP.test(lw(t[c - 1]));
  }

  private withAppositives(
    m: Mention,
    from: number,
    to: number,
    titles: string[],
    relative?: [number, number],
  ): Subject {
    const sub: Subject = { mention: m, fromTok: from, toTok: to, inverted: false };
    if (relative) sub.relative = relative;
    if (titles.length && m.kind === "name") m.title = [m.title, ...titles].filter(Boolean).join(", ");
    return sub;
  }

  /** The speaker noun phrase ending at token `k`, no further back than a clause boundary. */
  protected npEndingAt(k: number, sf: number, afterPreposition = false): { m: Mention; from: number } | null {
    const t = this.b.tokens;
    let s = k;
    while (s - 1 >= sf && k - s < 22) {
      const p = t[s - 1]!;
      // ("45% of voters": the percent sign is a word of the phrase)
      const percent = p.text === "%" && /^\d/.test(t[s - 2]?.text ?? "");
      // ("Sallow & Finch": an ampersand between capitalised words is inside a firm's name)
      const amp = p.text === "&" && t[s - 2]?.t === "w" && isCap(t[s - 2]!.text) && isCap(t[s]!.text);
      if ((p.t !== "w" && !percent && !amp) || this.quoted(s - 1)) break;
      // ("According to Ann Lee, who said": the phrase starts after "according to")
      if (p.l === "to" && lw(t[s - 2]) === "according") break;
      s--;
    }
    if (s > k) return null;
    // "But recent polls show": a conjunction opening the run is no part of the phrase (and the
    // grammar starts a phrase after it only at a determiner or a capital)
    while (s < k && CONJUNCTION.has(lw(t[s]))) s++;
    const toks = t.slice(s, k + 1);
    let m = parseSpeakerNP(toks, this.text);
    let from = s;
    if (m) {
      while (from <= k && t[from]!.start < m.start) from++;
      // a phrase right after a preposition is an object, not a subject ("a letter from the senator said")
      const before = lw(t[from - 1]);
      if (
        !afterPreposition &&
        from > sf &&
        /^(?:of|to|with|by|for|from|about|on|against|than|between)$/.test(before) &&
        m.kind !== "pronoun" &&
        // "about 9 percent said", "about two-thirds said": an approximation, not a preposition
        !(before === "about" && (/^\d/.test(t[from]!.text) || NUMBER_WORD.test(t[from]!.l)))
      ) {
        // ... unless a reduced relative holds it: "the engineers hired by the county said"
        m = null;
        from = s;
      }
    }
    // "many veterans interviewed at rallies this week said", "voters interviewed this week said": the
    // phrase before a reduced relative
    if (!m)
      for (let j = s + 1; j <= k && !m; j++)
        // (not a finite verb with its object or clause: "the company published a post that said", "the
        // official confirmed that ... but said"; nor a relative that runs over a reporting verb and its
        // clause: "A poll conducted by X found that voters under 35 backed" is no phrase "A poll" before
        // "backed")
        if (
          REDUCED_PARTICIPLE.test(t[j]!.text) &&
          (j === k || !PLAIN_DET.test(lw(t[j + 1]))) &&
          // ("interviewed that week" is no clause)
          !(lw(t[j + 1]) === "that" && this.speechCueAt(j)) &&
          !this.cuesIn(j + 1, k + 1).some((c) => lw(t[c.lastTok + 1]) === "that")
        ) {
          const head = parseSpeakerNP(t.slice(s, j), this.text);
          if (head && head.kind === "description" && head.end === t[j - 1]!.end) m = head;
        }
    if (!m) return null;
    while (from <= k && t[from]!.start < m.start) from++;
    // "The Harbor Board and the city council said": two phrases joined from the clause's start are one
    // source (not "his wife" after "Ann Lee and": the owner's own kin, as before)
    if (
      m.kind !== "pronoun" &&
      !m.parts &&
      from - 2 >= s &&
      lw(t[from - 1]) === "and" &&
      (s === sf || t[s - 1]!.t !== "w" || CONJUNCTION.has(lw(t[s - 1]))) &&
      !(m.det === "poss" && /^(?:his|her|their)$/.test(lw(t[from])))
    ) {
      // ("Both the House and the Senate": "both" is no word of the first phrase)
      const a = lw(t[s]) === "both" && s + 1 < from - 1 ? s + 1 : s;
      // (no reporting verb inside either: "analysts and residents told the paper the Danish claims ...")
      const first = this.cuesIn(a, k + 1).length
        ? null
        : parseSpeakerNP(t.slice(a, from - 1), this.text, true);
      if (first && first.start === t[a]!.start && !first.parts) return { m: conjoined(first, m), from: a };
    }
    // "The union noted Mayor Ann Lode said ...": a reporting verb after its own subject is no word of
    // the name's description; the name after it is the subject of the report inside its clause (not
    // a modifier after a determiner: "the noted author Ann Lode")
    if (m.kind === "name" && m.nameStart !== undefined && m.nameStart > m.start)
      for (let j = from + 1; j < k && t[j]!.start < m.nameStart; j++) {
        if (!this.verbAfterSubject(j)) continue;
        const inner = parseSpeakerNP(t.slice(j + 1, k + 1), this.text);
        if (inner?.start === t[j + 1]!.start) return { m: inner, from: j + 1 };
      }
    return { m, from };
  }

  /** Is the speech word at `k` a cue with a phrase before it that is no determiner or adverb ("union noted")? */
  private verbAfterSubject(k: number): boolean {
    const p = this.b.tokens[k - 1]!;
    if (p.t !== "w" || PLAIN_DET.test(p.l) || isLyAdverb(p.l, p.text)) return false;
    return this.speechCueAt(k);
  }

  /** Is token `k` a speech verb the cue finder reads as a cue? */
  private speechCueAt(k: number): boolean {
    if (!this.speechWordIn(k, k + 1)) return false;
    const c = this.cuesIn(k, k + 1)[0];
    return !!c && c.tok === k && c.kind === "speech";
  }

  /** A noun phrase starting at token `i` (after an inverted cue: "said Ann Lee, ..."). */
  protected npStartingAt(i: number, limit: number): { m: Mention; to: number } | null {
    const t = this.b.tokens;
    let e = i;
    while (e < limit && e - i < 16 && t[e]!.t === "w" && !this.quoted(e)) e++;
    return this.longestNP(i, e);
  }

  /**
   * The longest noun phrase the grammar accepts that starts at token `i` and ends before `e` at the
   * latest; `endOk` may rule out some of its ends.
   */
  private longestNP(
    i: number,
    e: number,
    endOk?: (end: number) => boolean,
  ): { m: Mention; to: number } | null {
    const t = this.b.tokens;
    for (let end = e; end > i; end--) {
      if (endOk && !endOk(end)) continue;
      const m = parseSpeakerNP(t.slice(i, end), this.text, true);
      if (m && m.start === t[i]!.start) return { m, to: end - 1 };
    }
    return null;
  }

  /**
   * The "that" closing a short phrase of the one addressed at `k` ("the department's most senior
   * official that"), else -1.
   */
  protected addressedThat(k: number, st: number): number {
    const t = this.b.tokens;
    for (let j = k; j < st && j < k + 8; j++) {
      if (this.quoted(j) || (t[j]!.t !== "w" && !/^['’]$/.test(t[j]!.text))) return -1;
      if (t[j]!.l === "that") return j > k ? j : -1;
    }
    return -1;
  }

  /** Index of the first content token after a cue: skips the object of "told", adverbials and "that". */
  protected skipAfterCue(cue: Cue, st: number): number {
    const t = this.b.tokens;
    let i = cue.lastTok + 1;
    const verb = cue.verb;
    // "put it to the minister that ...": a phrasal cue, whom it addresses, then the clause
    if (PHRASAL_SPEECH.has(verb) && lw(t[i]) === "to") {
      const that = this.addressedThat(i + 1, st);
      if (that > 0) return that + 1;
    }
    if (TELL.has(verb) && i < st) {
      // "told “Salem Today” that ...": a programme's title as the object, the clause after "that"
      const tq = t[i]!.t === "q" ? this.b.quotes[this.b.quoteOf[i]!] : undefined;
      if (tq?.closed && tq.openTok === i && tq.words <= 8 && lw(t[tq.closeTok + 1]) === "that")
        return tq.closeTok + 2;
      // "told a reporter in May that ...": the clause starts after "that"
      for (let k = i; k < st && k < i + 10; k++) {
        if (t[k]!.t !== "w" || this.quoted(k)) break;
        if (lw(t[k]) === "that") return k + 1;
      }
      const w = lw(t[i]);
      // "told her closest aides": a possessive before a noun opens the object phrase
      const possessive =
        /^(?:his|her|their|its|our|my)$/.test(w) &&
        t[i + 1]?.t === "w" &&
        !PLAIN_DET.test(lw(t[i + 1])) &&
        !PRON_SUBJECT.has(lw(t[i + 1])) &&
        lw(t[i + 1]) !== "that";
      if (TELL_OBJECTS.has(w) && !possessive) i++;
      else if (t[i]?.t === "w" && (isCap(t[i]!.text) || w === "the" || w === "a" || possessive)) {
        let j = i;
        if (w === "the" || w === "a" || possessive) j++;
        let n = 0;
        while (
          j < st &&
          t[j]!.t === "w" &&
          (isCap(t[j]!.text) ||
            (n > 0 && /^(?:of|for|and)$/.test(lw(t[j]))) ||
            // ("told a radio station Monday": an indefinite object too)
            ((w === "the" || w === "a" || possessive) &&
              n < 3 &&
              !PLAIN_DET.test(lw(t[j])) &&
              !PRON_SUBJECT.has(lw(t[j])) &&
              !SUBORDINATOR.test(lw(t[j])) &&
              !PREPOSITION_LIKE.test(lw(t[j])) &&
              !PLACE_OR_TIME_PREPOSITION.test(lw(t[j])) &&
              !CLAUSE_WORD.test(lw(t[j])) &&
              // ("urged the government to block the sale": what they were urged to do)
              !infinitiveAt(t, j))) &&
          n < 6
        ) {
          j++;
          n++;
        }
        // "urged a strong stand.", "told a different tale,": an indefinite phrase closing the clause is
        // what was said, not whom it was told to
        if (w === "a" && j > i + 1 && (j >= st || t[j]!.t === "p")) {
          j = i + 1;
          while (j < st && t[j]!.t === "w" && isCap(t[j]!.text) && j - i < 7) j++;
        }
        const object = j > i;
        if (object) i = j;
        // "told the growers who met in Lund, “...”": the object's relative clause, up to its comma
        if (object && /^(?:who|whom)$/.test(lw(t[i]))) {
          let c = i + 1;
          while (c < st && c - i < 16 && t[c]!.t === "w") c++;
          if (t[c]?.text === "," && (t[c + 1]?.t === "q" || lw(t[c + 1]) === "that")) i = c;
        }
      }
    }
    // (a medium was named: "in a statement", "in a memo to staff")
    let afterMedium = false;
    for (let guard = 0; guard < 6 && i < st; guard++) {
      const w = lw(t[i]);
      const tk = t[i]!;
      // "... released by her office", "... seen by the Daily Courant": the medium's participle and its
      // agent, up to "that" or the end
      if (afterMedium && MEDIUM_PARTICIPLE.test(w) && lw(t[i + 1]) === "by") {
        let k = i + 2;
        while (k < st && k - i < 8 && t[k]!.t === "w" && lw(t[k]) !== "that") k++;
        if (k >= st || lw(t[k]) === "that" || SENT_PUNCT.test(t[k]!.text)) {
          i = k;
          continue;
        }
      }
      if (tk.text === "," || tk.text === ":") {
        // "X said, adding that ...": the comma ends this cue's clause
        // (any participle: "responded in a post, threatening legal action")
        if (
          tk.text === "," &&
          /^[a-z]{2,}ing$/.test(lw(t[i + 1])) &&
          !isCap(t[i + 1]!.text) &&
          !/^(?:including|excluding|regarding|concerning|following|during|notwithstanding)$/.test(
            lw(t[i + 1]),
          )
        )
          return st;
        // "said in a letter, dated Friday, that ...": a participle's phrase about the letter, then
        // the clause
        if (tk.text === "," && PARTICIPLE_ED.test(lw(t[i + 1]))) {
          let j = i + 2;
          while (j < st && j - i < 10 && t[j]!.t === "w") j++;
          if (t[j]?.text === "," && lw(t[j + 1]) === "that") return j + 2;
        }
        i++;
        continue;
      }
      if (w === "that") return i + 1;
      // "cautioned, however, that ...": a connective set off by commas
      if (CONNECTIVE.test(w) && t[i + 1]?.text === ",") {
        i += 2;
        continue;
      }
      // "said only that ...", "said merely that ..."
      if ((w === "only" || w === "merely") && lw(t[i + 1]) === "that") return i + 2;
      if (
        WEEKDAYS.has(w) ||
        // "said quietly", "said matter-of-factly as ..."
        isLyAdverb(w, tk.text) ||
        /^(?:today|yesterday|tonight|recently|previously|earlier|later|again|also|separately|afterward|afterwards|then|publicly|privately|repeatedly|late|early|once|too|simply|bluntly|flatly|frankly|plainly|firmly)$/.test(
          w,
        )
      ) {
        i++;
        // "said Friday evening at the forum"
        if (WEEKDAYS.has(w) && PART_OF_DAY.test(lw(t[i]))) i++;
        continue;
      }
      // "said just before dawn"
      if (w === "just" && /^(?:after|before|hours|days|minutes|moments|weeks)$/.test(lw(t[i + 1]))) {
        i++;
        continue;
      }
      // "said 20 minutes into the hearing", "said two hours later": a span of time
      if ((/^\d+$/.test(w) || NUMBER_WORD.test(w)) && TIME_UNIT.test(lw(t[i + 1]))) {
        const nx = lw(t[i + 2]);
        if (nx === "later" || nx === "ago") {
          i += 3;
          continue;
        }
        if (nx === "into") {
          i += 3;
          if (/^(?:the|a|an|his|her|their|its)$/.test(lw(t[i]))) i++;
          if (t[i]?.t === "w") i++;
          continue;
        }
      }
      // "said Dec. 6 on ...", "said March 3, 2016,": a date
      if (MONTH.test(w) && isCap(tk.text)) {
        let j = i + 1;
        if (t[j]?.text === ".") j++;
        if (/^\d{1,2}$/.test(t[j]?.text ?? "")) {
          i = j + 1;
          if (t[i]?.text === "," && /^\d{4}$/.test(t[i + 1]?.text ?? "")) i += 2;
          continue;
        }
      }
      if (
        /^(?:last|this|next|on|early|late)$/.test(w) &&
        i + 1 < st &&
        (WEEKDAYS.has(lw(t[i + 1])) ||
          /^(?:week|month|year|weekend|night|morning|afternoon|evening|summer|spring|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(
            lw(t[i + 1]),
          ))
      ) {
        i += 2;
        if (/^(?:night|morning|afternoon|evening)$/.test(lw(t[i]))) i++;
        continue;
      }
      // "has said for weeks (that) ...", "said for the first time ...": a span of time, not an object
      if (w === "for") {
        const n = lw(t[i + 1]) === "the" || lw(t[i + 1]) === "some" || lw(t[i + 1]) === "a" ? i + 2 : i + 1;
        if (/^(?:days|weeks|months|years|decades|ages|time|while|first|second|last)$/.test(lw(t[n]))) {
          i = lw(t[n + 1]) === "time" ? n + 2 : n + 1;
          continue;
        }
      }
      // "said — on Twitter, as it happens — that ...": an aside between dashes before "that"
      if ((tk.text === "—" || tk.text === "–") && i + 1 < st) {
        let j = i + 1;
        while (j < st && j - i < 12 && t[j]!.text !== tk.text) j++;
        if (j < st && j - i > 1 && t[j]!.text === tk.text && lw(t[j + 1]) === "that") return j + 2;
      }
      // "ruled 2-1 on Tuesday that ...", "voted 7-2 that ...": a vote's tally, then the clause (not a
      // range opening it: "said 3-4 people were hurt")
      if (VOTE_TALLY.test(w) && (TALLY_NEXT.test(lw(t[i + 1])) || WEEKDAYS.has(lw(t[i + 1])))) {
        i++;
        continue;
      }
      // "found over 300 ballots": a quantity, not a phrase of place or time
      if (overANumber(t, i)) return i;
      if (
        /^(?:in|on|at|during|via|through|over|after|before|while|from|to|with|outside|inside|near|across|around|behind|beside|beneath|outside)$/.test(
          w,
        )
      ) {
        // "in a statement (on Thursday)", "on Twitter", "at a news conference", "in an interview with CNN"
        let j = i + 1;
        let found = -1;
        if (PLATFORMS.has(lw(t[j]))) found = j;
        const lim = Math.min(st, i + 7);
        for (; j < lim && found < 0; j++) {
          if (t[j]!.t !== "w") break;
          if (ADVERB_NOUNS.has(lw(t[j]))) found = j;
        }
        if (found < 0) {
          // a place or time phrase followed by "that" or a comma: "in Washington that"
          let k = i + 1;
          // (a programme's quoted title may be in it: "said on “Meet the Press” that")
          // (after "told": "told them at a rally in Lund to ...", what they were told to do)
          const tellTo = TELL.has(verb);
          while (
            k < st &&
            k - i < 10 &&
            (t[k]!.t === "w" || t[k]!.t === "q") &&
            lw(t[k]) !== "that" &&
            !(tellTo && infinitiveAt(t, k))
          )
            k++;
          if (tellTo && k < st && k - i < 10 && infinitiveAt(t, k)) return k;
          // "told a crowd in Salem she would ...": a subject pronoun after the place opens the clause
          for (let p = i + 2; p < k && p - i < 8; p++)
            if (PRON_SUBJECT.has(lw(t[p])) && isCap(t[p - 1]!.text) && t[p - 1]!.t === "w") return p;
          // (a comma inside a quote ends no phrase, "answered with ‘We are the Vale, we are ...’", but
          // one just inside its closing mark does: "signed on for “Salt and Iron,” a ...")
          if (k < st && (lw(t[k]) === "that" || phraseCommaAt(t, k, (x) => this.quoted(x))) && k - i < 10) {
            i = k;
            continue;
          }
          // a place or time phrase running to the sentence's end: "said outside City Hall on Tuesday."
          let e = i + 1;
          while (e < st && e - i <= 10 && t[e]!.t === "w") e++;
          let rest = e;
          while (rest < st && SENT_PUNCT.test(t[rest]!.text)) rest++;
          // (not a phrase with a verb of its own: "insisted on getting them out")
          if (
            rest >= st &&
            e - i <= 10 &&
            w !== "to" &&
            w !== "while" &&
            !t.slice(i + 1, e).some((x) => x.l.length > 5 && x.l.endsWith("ing"))
          )
            return st;
          return i;
        }
        i = found + 1;
        // "a conference call", "a news conference", "on social media", "on her Facebook page"
        while (i < st && (ADVERB_NOUNS.has(lw(t[i])) || PLATFORM_TAIL.test(lw(t[i])))) i++;
        afterMedium = true;
        // "... with CNN", "... posted on X", "... to supporters", "with media"
        if (/^(?:with|to|on|for|posted|published|aired|released|broadcast|given)$/.test(lw(t[i]))) {
          let k = i + 1;
          // (an audience, as after "told": the lexicon's tellObjects, not a pronoun, "to her staff")
          if (TELL_OBJECTS.has(lw(t[k])) && !OBJECT_PRONOUN.test(lw(t[k]))) {
            i = k + 1;
            continue;
          }
          k = i + 1;
          if (lw(t[k]) === "on") k++;
          if (/^(?:the|a|an|his|her|their)$/.test(lw(t[k]))) k++;
          let n = 0;
          while (
            k < st &&
            t[k]!.t === "w" &&
            (isCap(t[k]!.text) || PLATFORMS.has(lw(t[k])) || ADVERB_NOUNS.has(lw(t[k]))) &&
            // ("in a statement on Friday evening": a day is the time phrase's, read next)
            !WEEKDAYS.has(lw(t[k])) &&
            n < 5
          ) {
            k++;
            n++;
          }
          if (n > 0) i = k;
        }
        continue;
      }
      break;
    }
    return i;
  }

  /** Does a refusal ("declined to comment", "she refused to say") start at token `k`? */
  private refusalAt(k: number): boolean {
    const t = this.b.tokens;
    const x = t[k];
    if (x?.t !== "w") return false;
    const from = PRON_SUBJECT.has(x.l) ? t[k + 1] : x;
    return !!from && opensRefusal(this.text, from.start);
  }

  /** Last content token (exclusive) of a right-side content starting at `i` in sentence ending at `st`. */
  protected contentEnd(i: number, st: number): number {
    const t = this.b.tokens;
    // "When he spoke, Ann Lee said ...", "After she weighed a run, ...": a report inside a clause
    // fronted by a subordinator ends at that clause's comma
    const fronted = this.inFrontedClause(i);
    // (content past the fronted clause's comma belongs to the main clause: none for this cue; but
    // "As the paper reported, ..." reports the main clause)
    if (fronted && t[i]?.text === ",") return i;
    if (t[i - 1]?.text === "," && !this.quoted(i - 1) && this.inFrontedClause(i - 1, true)) return i;
    for (let k = i + 1; k < st; k++) {
      // (not a list of the subject's verbs: "had spoken at hearings; helped marshal rallies; and ...")
      if (t[k]!.text === ";" && !this.quoted(k) && !this.verbListGoesOn(k + 1)) return k;
      // "... fine and the military said it was ...": a second report joined by "and"
      if (/^(?:and|but)$/.test(lw(t[k])) && !this.quoted(k) && this.frameStartsAt(k + 1, st, true)) return k;
      // "... and added, “...”", "... but said ...": the same speaker's next report (not a past modal
      // inside a "that" clause: "said it respected the court but would ask ..." goes on with its subject)
      if (
        (lw(t[k]) === "and" || lw(t[k]) === "but") &&
        !this.quoted(k) &&
        (SPEECH.has(lw(t[k + 1])) ||
          (BETWEEN_SUBJECT_AND_CUE.has(lw(t[k + 1])) &&
            SPEECH.has(lw(t[k + 2])) &&
            !BACKSHIFT_MODAL.test(lw(t[k + 1]))))
      )
        return k;
      // "... said the deal was close but declined to say when", "..., and she declined to comment
      // further": the speaker's refusal after the report is no part of it
      if ((lw(t[k]) === "and" || lw(t[k]) === "but") && !this.quoted(k) && k > i && this.refusalAt(k + 1))
        return k;
      // "denied the charges and accused her of ...": after an object with no verb of its own, a verb
      // of attitude after "and"/"but" is the speaker's next one
      if (
        (lw(t[k]) === "and" || lw(t[k]) === "but") &&
        !this.quoted(k) &&
        k > i &&
        /^[a-z]{3,}ed$/.test(lw(t[k + 1])) &&
        (STANCE.has(lw(t[k + 1])) || BELIEF.has(lw(t[k + 1]))) &&
        !hasFiniteVerb(t, i, k)
      )
        return k;
      // "said the findings were troubling and called for a review": after a complete clause, an act
      // toward others joined by "and" is the speaker's next one ("called into question" is the clause's)
      if (
        lw(t[k]) === "and" &&
        k > i + 1 &&
        NEXT_ACTS.has(lw(t[k + 1])) &&
        lw(t[k + 2]) !== "into" &&
        !this.quoted(k) &&
        hasFiniteVerb(t, i, k)
      )
        return k;
      // "... would win the vote — a bet few others made": a lone dash after a complete clause opens
      // the writer's comment (a pair of dashes is an insert inside the clause)
      if (
        DASH.test(t[k]!.text) &&
        !this.quoted(k) &&
        k > i + 2 &&
        this.asideAfterDash(k) &&
        this.loneDash(i, k, st)
      )
        return k;
      // ("... was “ready,” leading to ...": the comma inside a closing quote mark, American style)
      if (t[k]!.t === "q" && t[k - 1]?.text === "," && k - 1 > i && !fronted && this.writerParticiple(i, k))
        return k + 1;
      if (t[k]!.text !== "," || this.quoted(k)) continue;
      if (fronted) return k;
      const n1 = lw(t[k + 1]);
      // "..., then said ...", "..., yet conceded that ...": the same subject's next report
      if (/^(?:then|yet)$/.test(n1) && (SPEECH.has(lw(t[k + 2])) || BELIEF.has(lw(t[k + 2])))) return k;
      if (
        /^(?:adding|saying|noting|arguing|warning|explaining|insisting|stressing|acknowledging|suggesting|emphasizing|emphasising|according|citing|calling|pointing|telling)$/.test(
          n1,
        )
      )
        return k;
      // "... declared war, leading to a long conflict": a participle clause after a complete clause
      // is the writer's comment on the report
      if (this.writerParticiple(i, k)) return k;
      // "..., he said." inside a reported clause: a new frame
      if (PRON_SUBJECT.has(n1) && SPEECH.has(lw(t[k + 2])) && k + 3 >= st - 1) return k;
      // "..., Ann Lee told lawmakers ...": a new subject with its own reporting verb
      if (this.frameStartsAt(k + 1, st)) return k;
      // a second clause with its own subject: "..., but the editor said ..."
      if (/^(?:but|while|whereas|although|though)$/.test(n1) && this.hasCueBefore(k + 2, st)) return k;
      // "... would back the bill, but there is anger ...": a complete clause, then "but" and a new
      // subject with its own verb, is the writer's contrast
      if (
        n1 === "but" &&
        BUT_SUBJECT.test(lw(t[k + 2])) &&
        hasFiniteVerb(t, i, k) &&
        hasFiniteVerb(t, k + 2, st) &&
        !this.colonBetween(i, k) &&
        // ("..., but she knows that ...": the speaker's own view goes on)
        !this.cuesIn(k + 2, Math.min(st, k + 6)).length
      )
        return k;
      // "... after a complete clause, which raised concerns", "..., as the feud escalated": an aside
      // of the writer's, not part of the report
      if (
        /^(?:which|as)$/.test(n1) &&
        hasFiniteVerb(t, i, k) &&
        hasFiniteVerb(t, k + 1, st) &&
        !this.closedInsert(k + 1, st)
      )
        return k;
      // "... to win them back from Ann Dove, who spoke in the same town ...": the writer's note on a
      // person named at the end of a complete clause
      if (
        n1 === "who" &&
        isCap(t[k - 1]!.text) &&
        hasFiniteVerb(t, i, k) &&
        !this.colonBetween(i, k) &&
        !this.closedInsert(k + 1, st)
      )
        return k;
      // "... would hold a hearing, it is unlikely to ...": a new clause after a complete one (not after
      // an opening "if"/"when" clause, whose comma leads into the main clause)
      if (
        /^(?:he|she|they|it|we|i|there|the|this|that|these|those)$/.test(n1) &&
        // (", that the crews had a case, and that ...": a second "that" clause of the same report)
        !(n1 === "that" && (isCap(t[k + 2]?.text ?? "") || THAT_CLAUSE_SUBJECT.test(lw(t[k + 2])))) &&
        !SUBORDINATOR.test(lw(t[i])) &&
        !(/^(?:even|only|and|but|so)$/.test(lw(t[i])) && SUBORDINATOR.test(lw(t[i + 1]))) &&
        hasFiniteVerb(t, i, k) &&
        hasFiniteVerb(t, k + 2, st)
      )
        return k;
    }
    return st;
  }

  /**
   * The question after "asked": "asked (the mayor) whether/if/how ... ", or a request "asked the
   * council to ..." (object and infinitive). Token range, or null.
   */
  protected questionContent(cue: Cue, st: number): [number, number] | null {
    const t = this.b.tokens;
    const from = cue.lastTok + 1;
    for (let k = from; k < st && k < from + 6; k++) {
      if (this.quoted(k) || t[k]!.t !== "w") return null;
      const w = lw(t[k]);
      if (/^(?:whether|if|how|why|what|who|when|where|which)$/.test(w))
        return this.trimRange(k, this.contentEnd(k, st));
      if (w === "to" && k > from) return this.trimRange(from, this.contentEnd(from, st));
      // "asked the mayor about the toll": what the question was about
      if (w === "about") return this.trimRange(k + 1, this.contentEnd(k + 1, st), 1);
      if (w === "that" || w === "for") return null;
    }
    return null;
  }

  /**
   * A long source phrase after "according to" that the speaker grammar does not cover: "a Harbor
   * University/Gazette poll released Sunday", "early results of exit polls conducted by X". It runs
   * to the next comma or the sentence's end and must name a document or data ("poll", "results",
   * "records", ...). Returns a document mention.
   */
  protected documentAfter(i: number, st: number, anyHead = false): { m: Mention; to: number } | null {
    const t = this.b.tokens;
    const first = t[i];
    if (first?.t !== "w" || this.quoted(i)) return null;
    let e = i;
    let doc = false;
    while (e < st && e - i < 20 && !this.quoted(e) && (t[e]!.t === "w" || /^[/&.'’-]$/.test(t[e]!.text))) {
      if (FINDING_HEADS.has(lw(t[e])) || DOC_AFTER_ACCORDING.has(lw(t[e]))) doc = true;
      // any phrase after "according to" is its source ("according to the summary"); it ends before a clause
      if (anyHead && !doc && e > i && CLAUSE_WORD.test(lw(t[e]))) break;
      e++;
    }
    while (e > i && t[e - 1]!.t !== "w") e--;
    if (anyHead && !doc && (e - i > 10 || !(PLAIN_DET.test(first.l) || isCap(first.text)))) return null;
    if ((!doc && !anyHead) || e === i) return null;
    const last = t[e - 1]!;
    const m: Mention = {
      start: first.start,
      end: last.end,
      kind: "description",
      head: lw(last) || last.text.toLowerCase(),
      det: /^(?:the|this|that)$/.test(first.l) ? "def" : "indef",
      plural: false,
      org: false,
      gender: "n",
      role: "doc",
    };
    return { m, to: e - 1 };
  }

  /**
   * The end of the first closed quote in [i, end), or of a second one joined by "and"/"or"
   * ("called him “reckless” and “rude”"); `end` when there is none.
   */
  protected afterJudgmentQuote(i: number, end: number): number {
    const t = this.b.tokens;
    for (let k = i; k < end; k++) {
      const qi = this.b.quoteOf[k]!;
      if (qi < 0) continue;
      const q = this.b.quotes[qi]!;
      if (q.closeTok < 0 || q.closeTok + 1 >= end) return end;
      // (only a quote closed after a comma ends the object: "“reckless,” a word ...")
      if (t[q.closeTok - 1]?.text !== ",") return end;
      const n = q.closeTok + 1;
      // (a list of quoted judgments: "a “rude,” a “liar” and ...")
      if (this.quoted(n) || (/^(?:a|an|the)$/.test(lw(t[n])) && this.quoted(n + 1))) return end;
      if (/^(?:and|or)$/.test(lw(t[n])) && this.quoted(n + 1)) {
        const q2 = this.b.quotes[this.b.quoteOf[n + 1]!]!;
        return q2.closeTok < 0 ? end : Math.min(end, q2.closeTok + 1);
      }
      return n;
    }
    return end;
  }

  /** Where an attitude's object starting at `i` ends (at most `end`). */
  protected objectEnd(i: number, end: number): number {
    const t = this.b.tokens;
    for (let k = i + 1; k < end; k++) {
      if (this.quoted(k)) continue;
      const x = t[k]!;
      if (x.text === "," || x.text === "—" || x.text === "–" || x.text === "(") return k;
      const w = lw(x);
      if (WEEKDAYS.has(w))
        return /^(?:on|last|this|next|late|early)$/.test(lw(t[k - 1])) && k - 1 > i ? k - 1 : k;
      // "called the toll “unfair” in a tweet", "reiterated them on a radio show": where it was said
      if (/^(?:in|on|at|during)$/.test(w) && k > i && this.mediumAt(k + 1) && !this.objectGoesOn(k, end))
        return k;
      // ("a small but growing group": "but" between two modifiers inside one phrase does not end it)
      // (not a verb phrase after it: "signed the bill but went on to warn")
      const inPhrase =
        w === "but" &&
        /^(?:a|an|the|as|so|very|more|most)$/.test(lw(t[k - 2])) &&
        t[k + 1]?.t === "w" &&
        t[k + 2]?.t === "w" &&
        t[k + 1]!.text === t[k + 1]!.l &&
        !NOT_IN_NP.has(t[k + 1]!.l) &&
        !BETWEEN_SUBJECT_AND_CUE.has(t[k + 1]!.l) &&
        !SPEECH.has(t[k + 1]!.l);
      if (!inPhrase && /^(?:but|while|because|although|though|whereas|after|before|since|until)$/.test(w))
        return k;
      if (w === "and" || w === "then") {
        // (past adverbs and a verb chain: "and later told", "and went on to say")
        let n = k + 1;
        while (n < k + 5 && lw(t[n]) && BETWEEN_SUBJECT_AND_CUE.has(lw(t[n]))) n++;
        const v = lw(t[n]);
        if (/^[a-z]{3,}ed$/.test(v) || SPEECH.has(v) || STANCE.has(v) || BELIEF.has(v)) return k;
      }
    }
    return end;
  }

  /**
   * Does the dash at `k` stand between words ("low- and middle-income" is a hyphen) and open the
   * writer's comment ("— even though ...", "— and the council ...", not "— and that ...")?
   */
  private asideAfterDash(k: number): boolean {
    const t = this.b.tokens;
    if (t[k]!.text === "-" && t[k - 1] && t[k - 1]!.end === t[k]!.start) return false;
    const n = t[k + 1]?.text === "-" ? k + 2 : k + 1;
    return AFTER_DASH_ASIDE.test(lw(t[n])) && !/^(?:that|to|whether|so)$/.test(lw(t[n + 1]));
  }

  /**
   * Is the dash at `k` the only one after the complete clause [i, k) up to `st` ("--" counts as one)?
   */
  private loneDash(i: number, k: number, st: number): boolean {
    const t = this.b.tokens;
    if (DASH.test(t[k - 1]!.text) || !hasFiniteVerb(t, i, k)) return false;
    for (let j = i; j < k; j++) if (DASH.test(t[j]!.text) && !this.quoted(j)) return false;
    let j = k + 1;
    if (t[j]?.text === "-") j++;
    for (; j < st; j++) if (DASH.test(t[j]!.text) && !this.quoted(j)) return false;
    return true;
  }

  /**
   * Is the clause at `from` an insert closed by a comma, with the reported clause going on after it
   * ("... in quiet districts, which his is, since they need ...")? Not when a frame follows the comma.
   */
  private closedInsert(from: number, st: number): boolean {
    const t = this.b.tokens;
    for (let c = from + 1; c < st && c < from + 16; c++) {
      if (this.quoted(c) || t[c]!.t !== "p") continue;
      if (t[c]!.text !== ",") return false;
      const n = t[c + 1];
      // (", is now ...": the clause was inside the subject, whose verb follows)
      if (n && (AUXILIARIES.test(n.l) || (isLyAdverb(n.l, n.text) && AUXILIARIES.test(lw(t[c + 2])))))
        return true;
      return (
        !!n &&
        c + 3 < st &&
        /^(?:because|to|so|and|but|rather|in|which|as)$/.test(n.l) &&
        !this.frameStartsAt(c + 1, st) &&
        !this.hasCueBefore(c + 1, Math.min(st, c + 4))
      );
    }
    return false;
  }

  /**
   * Does a participle clause with its object follow the comma (or closing mark) at `k`, after the
   * complete clause or the object phrase [i, k) ("... closed the line, leading to long queues",
   * "announced a new route, drawing a rebuke ...")?
   */
  private writerParticiple(i: number, k: number): boolean {
    const t = this.b.tokens;
    const n1 = lw(t[k + 1]);
    return (
      WRITER_PARTICIPLE.test(n1) &&
      !NOT_PARTICIPLE.test(n1) &&
      !isCap(t[k + 1]!.text) &&
      // (its object follows: not an adjective in a list, "real, lasting impact")
      PARTICIPLE_OBJECT.test(lw(t[k + 2])) &&
      (hasFiniteVerb(t, i, k) || OBJECT_PHRASE_START.test(lw(t[i]))) &&
      !this.colonBetween(i, k)
    );
  }

  /** Does the subject's next verb in a list open at `j` ("; helped ...", "; and raised ...")? */
  private verbListGoesOn(j: number): boolean {
    const t = this.b.tokens;
    if (/^(?:and|or)$/.test(lw(t[j]))) j++;
    return /^[a-z]{3,}ed$/.test(t[j]?.text ?? "");
  }

  /** Is there a colon outside quotes in tokens [from, to) (a list may follow it)? */
  private colonBetween(from: number, to: number): boolean {
    const t = this.b.tokens;
    for (let k = from; k < to; k++) if (t[k]!.text === ":" && !this.quoted(k)) return true;
    return false;
  }

  /**
   * Does the object go on after the phrase at `k` ("described herself on the radio as ...", "voiced
   * frustration in an interview that ...", "... on Twitter: “...”")?
   */
  private objectGoesOn(k: number, end: number): boolean {
    const t = this.b.tokens;
    for (let j = k + 1; j < end && j < k + 12; j++) {
      const x = t[j]!;
      if (x.text === "," || x.text === ";") return false;
      if (x.t === "q" || x.text === ":" || x.l === "as" || x.l === "that") return true;
    }
    return false;
  }

  /** Does a phrase naming a medium or an occasion start at `j` ("a tweet", "his radio show", "Twitter")? */
  private mediumAt(j: number): boolean {
    const t = this.b.tokens;
    if (PLATFORMS.has(lw(t[j]))) return true;
    if (/^(?:a|an|the|his|her|their|its|our)$/.test(lw(t[j]))) j++;
    // (not "on his refusal to publish ...": the noun after "to" is no medium)
    for (let n = 0; n < 3 && t[j]?.t === "w" && !/^(?:to|of|for)$/.test(t[j]!.l); n++, j++)
      if (ADVERB_NOUNS.has(lw(t[j])) || PLATFORMS.has(lw(t[j]))) return true;
    return false;
  }

  /** Is token `i` inside a clause that a subordinator opens at its sentence's start, before any comma? */
  protected inFrontedClause(i: number, notAs = false): boolean {
    const t = this.b.tokens;
    let [s] = this.sentenceOf(i);
    while (s < i && t[s]!.t !== "w") s++;
    if (s >= i || !FRONTED_SUBORDINATOR.test(lw(t[s])) || (notAs && lw(t[s]) === "as")) return false;
    for (let k = s + 1; k < i; k++)
      if ((t[k]!.text === "," || t[k]!.text === ";") && !this.quoted(k)) return false;
    return true;
  }

  /**
   * Does a subject with its own speech verb start at token `i` ("Ann Lee told ...")? After "and" /
   * "but" a personal pronoun also opens one ("..., and he argued that ...").
   */
  private frameStartsAt(i: number, st: number, afterAnd = false): boolean {
    const t = this.b.tokens;
    if (!t[i] || t[i]!.t !== "w") return false;
    const w = lw(t[i]);
    // (after "and", a possessive too: "..., and their spokesman, Bram Lee, went on to say ...")
    if (
      !(
        isCap(t[i]!.text) ||
        /^(?:the|a|an)$/.test(w) ||
        (afterAnd && /^(?:he|she|they|we|his|her|their|its)$/.test(w))
      )
    )
      return false;
    if (!this.speechWordIn(i, Math.min(st, i + 10))) return false;
    const cue = this.cuesIn(i, Math.min(st, i + 10)).find((c) => c.kind === "speech");
    if (!cue || cue.participle) return false;
    const sub = this.subjectLeft(cue.tok, i);
    // ("Lena and Oskar both conceded": one subject of two names, not a new frame after "and")
    return !!sub && sub.fromTok === i && !(afterAnd && FLOATING.test(lw(t[sub.toTok + 1])));
  }

  /** A short block whose longer words are nearly all capitalised: a title-case headline. */
  protected titleCase(): boolean {
    const t = this.b.tokens;
    if (t.length > 30) return false;
    let long = 0;
    let caps = 0;
    for (const x of t)
      if (x.t === "w" && x.text.length > 3) {
        long++;
        if (isCap(x.text)) caps++;
      }
    return long >= 3 && caps >= long * 0.8;
  }

  private cueCache: Cue[] | undefined;

  /** The block's cues, found once per sentence, that lie within tokens [from, to). */
  protected cuesIn(from: number, to: number): Cue[] {
    if (!this.cueCache) {
      this.cueCache = [];
      const headline = this.titleCase();
      for (const [sf, st] of this.b.sentences)
        this.cueCache.push(...findCues(this.text, this.b.tokens, sf, st, this.quoted, headline));
    }
    const all = this.cueCache;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.tok < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Cue[] = [];
    for (let i = lo; i < all.length && all[i]!.tok < to; i++) if (all[i]!.lastTok < to) out.push(all[i]!);
    return out;
  }

  private speechWords: Uint8Array | undefined;

  /** A cheap test before the full cue finder: is any token in [from, to) a speech verb form? */
  private speechWordIn(from: number, to: number): boolean {
    const t = this.b.tokens;
    if (!this.speechWords) {
      this.speechWords = new Uint8Array(t.length);
      for (let k = 0; k < t.length; k++)
        if (t[k]!.t === "w" && (SPEECH.has(t[k]!.l) || t[k]!.l === "according")) this.speechWords[k] = 1;
    }
    for (let k = from; k < to; k++) if (this.speechWords[k]) return true;
    return false;
  }

  /** Where the clause ending at `e` starts: after the last dash or semicolon outside quotes ("... — it had 100, according to X"). */
  protected clauseStart(sf: number, e: number): number {
    const t = this.b.tokens;
    for (let k = e - 1; k > sf; k--) {
      if (this.quoted(k)) continue;
      if (/^[—–;]$/.test(t[k]!.text)) return e - k > 3 ? k + 1 : sf;
    }
    return sf;
  }

  /** Is there a speech cue in tokens [from, to)? */
  protected hasCueBefore(from: number, to: number): boolean {
    if (!this.speechWordIn(from, to)) return false;
    return this.cuesIn(from, to).some((c) => c.kind === "speech" || c.kind === "according");
  }

  /** Trim punctuation (not quote marks) off both ends of a token range; returns [from, to) or null. */
  protected trimRange(from: number, to: number, minWords = 2): [number, number] | null {
    const t = this.b.tokens;
    // a dateline before the story: "LISBON (Wire) — ...", "CITYNEWS – ..."
    for (let k = from; k < to && k < from + 8; k++) {
      const x = t[k]!;
      if (x.text === "—" || x.text === "–") {
        from = k + 1;
        break;
      }
      if (x.t === "w" ? !isCap(x.text) : !/^[(),]$/.test(x.text)) break;
    }
    while (from < to && t[from]!.t === "p") from++;
    while (to > from && t[to - 1]!.t === "p" && SENT_PUNCT.test(t[to - 1]!.text)) to--;
    while (to > from && t[to - 1]!.t === "p" && /^[—–-]$/.test(t[to - 1]!.text)) to--;
    if (to <= from) return null;
    let words = 0;
    for (let k = from; k < to; k++) if (t[k]!.t === "w") words++;
    if (words < minWords) return null;
    return [from, to];
  }

  /** Quotes whose token range lies inside [from, to). */
  protected quotesIn(from: number, to: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let k = from; k < to; k++) {
      const q = this.b.quoteOf[k]!;
      if (q >= 0 && !seen.has(q)) {
        seen.add(q);
        out.push(q);
      }
    }
    return out;
  }

  /**
   * The noun phrase at `from`, the longest the grammar accepts within 12 tokens; with `beforeVerb`,
   * only one followed by a word (the clause's verb: "the mayor shook his head", not "... head").
   */
  protected leadingNP(from: number, limit: number, beforeVerb: boolean): { m: Mention; to: number } | null {
    const t = this.b.tokens;
    const e = Math.min(limit, from + 12);
    return this.longestNP(from, e, beforeVerb ? (end) => lw(t[end]) !== "" : undefined);
  }

  protected coversQuote(range: [number, number], qi: number): boolean {
    const q = this.b.quotes[qi]!;
    const t = this.b.tokens;
    const a = t[range[0]]!.start;
    const b = t[range[1] - 1]!.end;
    return a >= q.markStart - 1 && b <= q.markEnd + 1;
  }
}
