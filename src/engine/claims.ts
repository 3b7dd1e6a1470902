/**
 * Claim finding: quotations with their frames ("“...,” she said"), reported speech ("X said that ...",
 * "..., X said", "according to X, ..."), refusals and beliefs, block by block in text order. The
 * phrases they are made of (subjects, content bounds, cues) are read by BlockGrammar (block-grammar.ts).
 */
import { findAnonymityReason } from "./anonymity";
import {
  AUXILIARIES,
  BlockGrammar,
  type BlockInfo,
  CONJUNCTION,
  DASH,
  hasFiniteVerb,
  lw,
  MONTH,
  overANumber,
  PREPOSITION_LIKE,
  REDUCED_PARTICIPLE,
  SENT_PUNCT,
  SUBORDINATOR,
  type Subject,
} from "./block-grammar";
import { infinitiveAt, namesObject, unquotedJudgment } from "./complements";
import type { Entity, Resolver } from "./coreference";
import { type Cue, RELATIVE_THAT_VERBS } from "./cues";
import { findingTail } from "./findings";
import {
  AFTER_CONTENT,
  BELIEF,
  BODY_CLAUSE_ONLY,
  betweenSubjectAndCue,
  CALL,
  CLAUSE_ONLY,
  DECLARED_ACT,
  EVENT_NAME_START,
  FINDING_HEADS,
  FINDING_PEOPLE,
  INFINITIVE,
  ISSUED_DOCUMENTS,
  NEEDS_COMPLEMENT,
  NOMINAL,
  NOT_IN_NP,
  PARENTHETICAL_VERBS,
  PHRASAL_SPEECH,
  PRON_SUBJECT,
  QUOTE_FRAME_VERBS,
  RELATIVE_NAMING_VERBS,
  ROLE_GROUP,
  SPEECH,
  STANCE,
  SUPPORT_VERBS,
  TELL,
  VOICES,
  WITH_PARTICLE,
} from "./lexicon";
import {
  isRelative,
  looksLikeAppositive,
  type Mention,
  parseSpeakerNP,
  pronounMention,
  WEEKDAYS,
} from "./mentions";
import { passiveAt } from "./passives";
import { roleWord } from "./plurals";
import { askedLead } from "./questions";
import type { Quote } from "./quotes";
import { refusedRange } from "./refusals";
import { complementAt, predicateAt, REPORT_VERBS, relativeWord } from "./relatives";
import { isCap, isPossessive, phraseCommaAt, stripPossessive, type Token } from "./tokens";
import type { Claim, ClaimKind, Span } from "./types";

/** The last token of a sentence that ends as prose does (a headline has none). */
const FINAL_STOP = /^[.!?…"”’)]+$/;
/** Subordinators whose clause may hold a noun phrase with a name in apposition ("after her opponent, X, conceded"). */
const APPOSITION_SUBORDINATOR = /^(?:after|before|when|until|since|because|once|while|as)$/;
/** Words that open a noun phrase after a subordinator: a determiner or a possessive. */
const NP_OPENER = /^(?:the|a|an|his|her|their|its|our|my|this|that)$/;
/** A member of a group: "one of the people", "one of them". */
const ONE_OF = /^(?:one|another|each|either|neither)\s+of\s+(?:the|those|these|them)\b/i;
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;

/** A quotation left open at the end of a block: its claim, or its pieces while it has no speaker yet. */
export interface Chain {
  draft?: Draft;
  pending: Array<{ start: number; end: number }>;
}

/** The speaker (and cue) of a block ending with a colon, for the blocks after it. */
export interface Intro {
  subject: Subject;
  cue?: Span;
}

interface Frame {
  subject: Subject;
  cue: Cue;
  /** The frame ends with a comma (the quote goes on in the same sentence). */
  continues: boolean;
  afterEnd: number;
}

interface Draft {
  kind: ClaimKind;
  start: number;
  end: number;
  parts?: Array<{ start: number; end: number }>;
  cue: Span;
  entity: Entity;
  mention: Span;
  /** Offsets of the subject phrase with its appositive (for dropping cues nested in it). */
  subj?: [number, number];
  /** Said in a relative clause about another source's subject ("the source, who said ..."). */
  inRelative?: boolean;
  /** A belief of the text's author ("I think", "we know"). */
  authorVoice?: boolean;
}

/** Heads of unnamed findings ("studies suggest", "polls show"): beliefs, not a source's claims. */
const FINDINGS =
  /^(?:study|studies|research|data|evidence|findings|analysis|statistics|figures|numbers|poll|polls|polling|survey|surveys|model|projections|estimates|percent|%|majority|minority|half|third|quarter|share)$/;

/** Auxiliaries that agree with a subject (never after an imperative's verb). */
const FINITE_AUX = /^(?:has|had|was|is|did|does|would|will|could|can|should|might|may|must)$/;

/** A verb after a group opening its sentence: a past form or an auxiliary ("Researchers at X followed"). */
const GROUP_VERB =
  /^(?:[a-z]{2,}ed|have|had|are|were|will|would|could|can|may|might|found|took|made|began|ran|saw|met|gave|spent|kept|left|built|sent)$/;

/** Verbs of a document's findings ("a survey found that ..."). */
/** Determiners opening a written work as a plain object ("wrote a history of the coast", "wrote his memoir"). */
const WORK_DETERMINER = /^(?:a|an|his|her|their|its)$/;
const FOUND_VERBS = /^(?:find|finds|found|show|shows|showed|shown)$/;

/** Words that open a new clause or phrase after "..., X said, ..." (then the frame is not inside one clause). */
const PARENTHETICAL_NOT_AFTER =
  /^(?:and|but|or|so|which|who|whom|whose|while|as|because|although|though|if|when|where|the|a|an|he|she|they|it|we|i|you|this|that|these|those|there|his|her|their|its|our|in|on|at|for|with|to|from|by|after|before|during|adding|saying|noting|according)$/;

/** Words of a quantity after "about" ("about half", "about 40 percent"). */
const QUANTITY = /^(?:half|a|one|two|three|four|five|six|seven|eight|nine|ten|dozen|\d[\d.,]*%?|\$\d.*)$/;

/** Words after ", X said," that carry the reported clause on ("A, he said, but B", "..., to cut taxes"). */
const CONTENT_GOES_ON =
  /^(?:and|but|or|nor|yet|to|by|for|because|unless|than|rather|especially|particularly|even|mostly|largely|partly|perhaps|probably|possibly|only|not|so)$/;
/** Of those, the words that carry it on after a frame with nothing else after it ("A, she says, especially ..."). */
const GOES_ON_AFTER_FRAME = /^(?:but|especially|particularly|even|mostly|largely|partly|only|not)$/;

/** Labels that open headlines without being sources ("Analysis: ...", "Watch: ..."). */
const HEADLINE_LABELS =
  /^(?:analysis|watch|update|updated|photos?|video|opinion|exclusive|breaking|live|editorial|review|interview|q&a|explainer|factbox|timeline|correction|clarification|latest|note|editor|read|more|related|listen|podcast|comment|column|letters?|obituary|sponsored|advertisement|source|sources|credit|image|caption|by)$/i;

/** A text opening with a capital letter. */
const CAPITAL_START = /^\p{Lu}/u;
/** Tokens of a sentence short enough to be a gesture before a quote ("Lee shook her head."). */
const ACTOR_SENTENCE_MAX = 16;

/** Words after a quote that open no more of its clause, besides a weekday: "said “...” to reporters", "“...” and left". */
const CLAUSE_AFTER_QUOTE_STOP =
  /^(?:to|and|but|or|then|before|after|when|while|as|on|at|in|during|from|with|of|about|for|again|repeatedly|twice|today|yesterday)$/;
/** Words opening an adverbial clause before a frame ("when asked about it, she said"). */
const FRAME_ADVERBIAL = /^(?:when|while|as|after|before|asked|pressed|speaking|if|since|because)$/;
/** Lowercase particles of names ("Bank of America", "Ana de Souza"). */
const NAME_PARTICLE = /^(?:of|de|da|do|du|dos|van|von|der|den|al|bin|la|le|y)$/;
/** Function words that make a capitalised line opening a heading, not a speaker's name. */
const LABEL_FUNCTION_WORD = /^(?:OF|THE|AND|FOR|IN|ON|AT|TO|A|AN|WITH|FROM|BY)$/;

const SUBORDINATE_BEFORE =
  /\b(?:after|as|when|since|because|before|while|although|though|until|once|where)\s+$/i;

// prepositions whose object is no subject ("a letter from the senator")
const OBJECT_PREPOSITION = /^(?:of|to|with|by|for|from|about|on|against|than|between)$/;
/** The verb that gives a sign's words: "placards reading", "a banner that read". */
const SIGN_READ = /^(?:read|reads|reading)$/;

/** Subject pronouns of a person or people (not "it": "Taste says it all"). */
const PERSONAL_SUBJECT = /^(?:he|she|they|we|i)$/;

const NOT_CLAUSE_START =
  /^(?:before|about|to|in|on|at|for|with|against|into|during|from|over|under|of|by|who|which|where|whom|whose|but|though|although|and|or|as|than|like|upon|toward|towards|after|through|across|between|among|aboard|inside|outside|near|via|behind|beside|alongside|throughout)$/i;

/** Verbs that report speech only in a quote's frame ("“...,” he continued."). */
const FRAME_ONLY = new Set([
  "continue",
  "continues",
  "continued",
  "went",
  "goes",
  "go",
  "ask",
  "asks",
  "asked",
  "asking",
]);

/** A fronted adverbial phrase: "In a wide-ranging interview", "On Tuesday". */
function isAdverbial(toks: Token[]): boolean {
  const w = toks.filter((x) => x.t === "w");
  return (
    w.length > 0 &&
    w.length <= 8 &&
    /^(?:in|on|at|during|after|before|speaking|asked|when|while|from|with|later|earlier|elsewhere)$/i.test(
      w[0]!.text,
    )
  );
}

/** Verbs whose content may be a plain object: stances, verbs with a particle, "call" verbs. */
const attitudeVerb = (v: string) => STANCE.has(v) || v.includes(" ") || CALL.has(v);
/** Possessive pronouns before a nominal cue, with the subject pronoun they stand for. */
const POSSESSIVE_PRONOUN = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
  ["its", "it"],
]);

/** A participle opening an aside after a frame's verb ("said answering a question"), not "nothing". */
const PARTICIPLE_ASIDE = /^(?![a-z]*thing$)[a-z]{3,}ing$/;
const SAY = /^(?:say|says|said|saying)$/;
/** Verb forms that agree with a subject, never an imperative (nor, unlike "estimates" or "reports", a noun). */
const INFLECTED = /^(?:[a-z]+ed|said|says|told|tells|wrote|writes|thought|felt|knew|spoke|swore)$/;
/** Words opening an adverbial after a frame's verb ("said of the plan", "said in May", "said, when"). */
const FRAME_TAIL = /^(?:of|in|on|at|after|before|during|while|when|,)$/;
/** Words after a nominal cue that open its content: "claim that", "support for", "attacks on". */
const NOMINAL_PREP = /^(?:that|of|about|on|for|against|toward|towards|over)$/;
/** Words linking a sentence to the one before, ahead of its subject ("Then he ...", "But the mayor ..."). */
const SENTENCE_LINK = /^(?:but|and|so|yet|still|meanwhile|however|then|instead|even)$/;
/** Prepositions of a phrase of place or medium before a purpose infinitive ("on the radio to say"). */
const PURPOSE_PLACE = /^(?:on|at|in|before|during)$/;
const WH_CLAUSE = /^(?:why|how|what|whether|where|who)$/;
/** Words before a participle whose subject is the sentence's: "by promising", "before insisting", "for calling". */
const PARTICIPLE_SUBORDINATOR = /^(?:by|before|after|while|without|upon|when|since|in|for)$/;
/** "has broad support among farmers", "drew criticism from the unions": the nouns and the prepositions. */
const SUPPORT_NOUN =
  /^(?:support|backing|criticism|praise|endorsement|endorsements|condemnation|opposition|rebuke|rebukes|scorn|applause)$/;
const SUPPORT_FROM = /^(?:among|from)$/;
/** Function words between the verb and the noun ("has more support", "won the backing", "came under fire"). */
const SUPPORT_MODIFIER = /^(?:more|most|less|least|the|a|an|much|its|his|her|their|under)$/;
/** Words opening an adverbial between a nominal cue and its "that" clause, besides a weekday ("claim during the debate that"). */
const ADVERBIAL_OPENER = /^(?:on|in|at|during|last|this|earlier|yesterday|today)$/;
const ADVERBIAL_STOP = /^(?:who|which|and|or|but)$/;
/** Participles that carry what was said after an object: "issued a statement, saying ...". */
const SAYING_AFTER = /^(?:saying|adding|writing|stating|declaring|explaining|insisting)$/;
/** Verbs of writing, whose object may be a work named by its title. */
const WRITE_VERBS = /^(?:write|writes|wrote|written|writing|penned)$/;
const DECLARE = /^declar(?:e|es|ed|ing)$/;
const RULING = /^ruled$/;
// a participle's phrase of place, time or medium ("Testifying before the panel, ..."), and writing or
// speaking "for" someone ("Writing for the majority, ...")
const LEAD_PLACE_PREP = /^(?:in|at|on|before|from|during|after|with|under|via|through|outside|inside)$/;
const WRITE_OR_SPEAK = /^(?:writing|speaking|testifying)$/;
export class BlockClaims extends BlockGrammar {
  readonly drafts: Draft[] = [];
  private usedCue = new Set<number>();
  private claimedQuote = new Set<number>();
  private frames = new Map<number, Frame>();

  constructor(
    text: string,
    b: BlockInfo,
    private readonly resolver: Resolver,
    private readonly prevDraft: Draft | undefined,
    private readonly prevBlockIntro: Intro | undefined,
    /** A claim left open by a quote running to the end of the previous block. */
    private readonly openChain: Chain | undefined,
  ) {
    super(text, b);
  }

  /**
   * A poll or study opening the sentence: "In the new Harbor Institute poll, 40 percent back the
   * levy." The document is the source (a finding, reported as a belief); the clause after the comma
   * is the content.
   */
  private findingLead(sf: number, st: number): void {
    const t = this.b.tokens;
    let i = sf;
    if (/^(?:but|and|yet|meanwhile)$/.test(lw(t[i])) && t[i + 1]?.text !== ",") i++;
    if (lw(t[i]) !== "in" && lw(t[i]) !== "according") return;
    let c = i + 1;
    while (c < st && c - i < 14 && t[c]!.text !== "," && !this.quoted(c)) c++;
    if (t[c]?.text !== "," || c - i < 3) return;
    // the phrase's head: the last noun before any tail ("poll released Thursday", "survey of voters")
    let h = -1;
    for (let k = i + 1; k < c; k++) if (FINDING_HEADS.has(lw(t[k]))) h = k;
    if (h < 0) return;
    const m = parseSpeakerNP(t.slice(i + 1, h + 1), this.text);
    if (!m || m.kind === "pronoun") return;
    const r = this.trimRange(c + 1, this.contentEnd(c + 1, st));
    if (!r || r[1] - r[0] < 3) return;
    // "In a report released Monday, the agency said ...": the document is where the main clause's
    // source spoke, not a finding of its own
    if (this.hasCueBefore(r[0], r[1])) return;
    const mt = t.slice(i + 1, c);
    const ment = this.span(mt[0]!.start, mt[mt.length - 1]!.end);
    const sub: Subject = { mention: m, fromTok: i + 1, toTok: c - 1, inverted: false };
    const res = this.resolve(sub);
    const cue = this.tokenCue(i, "belief", lw(t[i]));
    const d = this.add("belief", r[0], r[1], cue, res.entity, ment);
    if (d) d.subj = [ment.start, ment.end];
  }

  /** Is there a "that" among the few words from token `k` ("in a statement that"), before any punctuation? */
  private thatSoonAfter(k: number, st: number): boolean {
    const t = this.b.tokens;
    for (let j = k; j < st && j < k + 5; j++) {
      if (t[j]!.t !== "w") return false;
      if (t[j]!.l === "that") return true;
    }
    return false;
  }

  private imperativeName(sub: Subject, sf: number, cue: Cue): boolean {
    const m = sub.mention;
    // "Mr. Hale said": an honorific makes it a name
    if (m.kind !== "name" || m.org || m.title || (m.nameTokens?.length ?? 0) !== 1) return false;
    const first = this.b.tokens[sf];
    if (!first || first.start !== m.start) return false;
    // ("Voss cautioned that ..., and said ...": a subject an earlier report of the sentence took)
    if (this.drafts.some((d) => d.mention.start === m.start && d.start > m.start)) return false;
    // "Voss said ...", "Voss told ...": an inflected verb right after the word makes it its subject
    // (an imperative's verb is the word itself)
    // (a speech verb with a clause after it: "Taste says it all" has a common noun, "Cost estimates,
    // he added" is a noun phrase; nor an adverb or a participle: "Eagerly anticipated", "Having announced")
    const t = this.b.tokens;
    // "Denise, who has lived here for years, says ...": "who" makes it a person
    if (t[sf + 1]?.text === "," && lw(t[sf + 2]) === "who" && t[cue.tok - 1]?.text === ",") return false;
    const next = t[cue.lastTok + 1];
    if (
      !sub.inverted &&
      !sub.viaRelative &&
      // (or an auxiliary between: "Voss has said", "Voss was quoted as saying")
      (sub.toTok + 1 === cue.tok || (sub.toTok + 2 === cue.tok && FINITE_AUX.test(lw(t[sub.toTok + 1])))) &&
      cue.kind === "speech" &&
      INFLECTED.test(cue.verb) &&
      !/(?:ly|ing)$/.test(m.head) &&
      (lw(next) === "that" ||
        // (a clause with a pronoun subject: "Denise said she slept ...", whatever its verb's form)
        (next?.t === "w" && PERSONAL_SUBJECT.test(next.l) && t[cue.lastTok + 2]?.t === "w") ||
        hasFiniteVerb(t, cue.lastTok + 1, this.sentenceOf(cue.tok)[1]))
    )
      return false;
    return !this.resolver.capitalisedMidSentence(m.head);
  }

  private add(
    kind: ClaimKind,
    from: number,
    to: number,
    cue: Cue,
    entity: Entity,
    mention: Span,
  ): Draft | null {
    const t = this.b.tokens;
    // an unbalanced quote mark at an edge of the content belongs to the quote, not the claim
    let start = t[from]!.start;
    let end = t[to - 1]!.end;
    if (t[from]!.t === "q" && this.b.quoteOf[from]! >= 0) {
      const q = this.b.quotes[this.b.quoteOf[from]!]!;
      if (q.markEnd > end) start = q.start;
    }
    if (t[to - 1]!.t === "q" && this.b.quoteOf[to - 1]! >= 0) {
      const q = this.b.quotes[this.b.quoteOf[to - 1]!]!;
      if (q.markStart < start) end = q.end;
    }
    if (end <= start) return null;
    const d: Draft = { kind, start, end, cue: this.span(cue.start, cue.end), entity, mention };
    this.drafts.push(d);
    return d;
  }

  private span(s: number, e: number): Span {
    return { text: this.text.slice(s, e), start: s, end: e };
  }

  /** A cue of one token (a colon, a poll's "in", a nominal), not a participle. */
  private tokenCue(k: number, kind: Cue["kind"], verb: string): Cue {
    const x = this.b.tokens[k]!;
    return { tok: k, lastTok: k, start: x.start, end: x.end, kind, verb, participle: false };
  }

  private resolve(sub: Subject): { entity: Entity; mention: Span } {
    const m = sub.mention;
    const entity = sub.known ? this.resolver.again(sub.known, m) : this.resolver.resolve(m);
    const ms =
      m.kind === "name" && m.nameStart !== undefined
        ? { start: m.nameStart, end: m.nameEnd! }
        : { start: m.start, end: m.end };
    if (entity.anonymous && !entity.anonymityReason) {
      const [sf, st] = this.sentenceOf(sub.fromTok);
      const t = this.b.tokens;
      const from = sub.relative ? sub.relative[0] : t[sf]!.start;
      const reason =
        findAnonymityReason(this.text, from, t[st - 1]!.end) ?? this.reasonAfter(st, m, entity.plural);
      // (not a reason that holds the mention itself: the "they" of "speaking on the condition that
      // they not be named" is the speakers of that sentence, whose reason it is)
      if (reason && !(m.start >= reason.start && m.end <= reason.end)) entity.anonymityReason = reason;
      else if (ONE_OF.test(this.text.slice(m.start, m.end))) {
        // "One of the people said ...": a member of an unnamed group keeps the group's stated reason
        const group = this.groupBefore(m);
        if (group) entity.anonymityReason = group.anonymityReason;
      }
    }
    return { entity, mention: this.span(ms.start, ms.end) };
  }

  /**
   * A reason stated in the next sentence about the same source: "..., a port official said. The
   * official requested anonymity because ...", "He asked that his name not be used
   * because ...". That sentence must open with the source (a pronoun of its number, or "the" and its
   * noun), so that a reason of another source ("Another official, who ...") is not taken.
   */
  private reasonAfter(st: number, m: Mention, plural: boolean): Span | undefined {
    const next = this.b.sentences.find((s) => s[0] === st);
    if (!next) return undefined;
    const t = this.b.tokens;
    const first = lw(t[st]);
    const described = (first === "the" || first === "that") && lw(t[st + 1]) === m.head;
    const opens = plural
      ? first === "they" || first === "both" || described
      : first === "he" || first === "she" || described;
    if (!opens) return undefined;
    const subjectEnd = t[described ? st + 1 : st]!.end;
    const reason = findAnonymityReason(this.text, subjectEnd, t[next[1] - 1]!.end);
    // (the reason is the sentence's own predicate, right after its subject, not a clause further on)
    return reason && reason.start - subjectEnd < 24 ? reason : undefined;
  }

  /**
   * "According to Fiona Grier, who wrote a history of the coast, at least 40 ...", "According to Ann
   * Lee, a historian, ...": the source's relative clause, or a named source's appositive, up to its
   * comma, is no part of what the source says. The token where the content starts (`from` if none).
   */
  private pastSourceAside(from: number, st: number, named: boolean): number {
    const t = this.b.tokens;
    let close = from + 1;
    while (close < st && close - from < 25 && t[close]!.text !== "," && !this.quoted(close)) close++;
    if (close >= st - 1 || t[close]!.text !== ",") return from;
    // (what follows must open a clause, not go on with one: "the bridge, which opened in 1990, ...")
    const rest = t[close + 1]!;
    if (rest.t !== "w" || isRelative(rest) || AUXILIARIES.test(rest.l)) return from;
    if (/^(?:who|which|whose)$/.test(lw(t[from]))) return close + 1;
    // (an appositive is short and says who the source is: "a historian", "the agency's director")
    const seg = t.slice(from, close).filter((x) => x.t === "w");
    const describes = /^an?$/.test(seg[0]!.l) || roleWord(seg[seg.length - 1]!.l);
    return named && seg.length <= 8 && describes && looksLikeAppositive(seg) ? close + 1 : from;
  }

  /** The phrase before "whose" in "..., whose (press) office said": the owner of the voice before the cue. */
  private whoseVoice(cueTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    const r = this.skipBetweenLeft(cueTok - 1, sf);
    if (!VOICES.has(lw(t[r]))) return null;
    let w = r - 1;
    // (one plain modifier between: "whose press office")
    if (lw(t[w]) !== "whose" && t[w]?.t === "w" && t[w]!.text === t[w]!.l) w--;
    if (lw(t[w]) !== "whose" || w <= sf + 1) return null;
    const np = this.npEndingAt(t[w - 1]!.text === "," ? w - 2 : w - 1, sf, true);
    if (!np) return null;
    return { mention: np.m, fromTok: w, toTok: r, inverted: false, viaRelative: true, relTok: w };
  }

  /** The latest unnamed group with a stated reason before `m` whose head `m` repeats ("them" takes any). */
  private groupBefore(m: Mention): Entity | null {
    const any = /\b(?:them|those|these)$/i.test(this.text.slice(m.start, m.end));
    let best: Entity | null = null;
    for (const e of this.resolver.entities) {
      if (!e.anonymous || !e.plural || !e.anonymityReason || e.anonymityReason.start >= m.start) continue;
      if (!any && !e.heads.has(m.head)) continue;
      if (!best || e.anonymityReason.start > best.anonymityReason!.start) best = e;
    }
    return best;
  }

  /** The frame right after a closing mark: "“...,” she said." or "“...,” said the minister." */
  private frameAfter(qi: number): Frame | null {
    const q = this.b.quotes[qi]!;
    if (!q.closed) return null;
    const t = this.b.tokens;
    let j = q.closeTok + 1;
    if (t[j]?.text === "," || t[j]?.text === "—" || t[j]?.text === "–") j++;
    // "“...,” as Lee put it.": the frame of a comparison (its verb ends it: not "as he promised to ...")
    const asFrame = lw(t[j]) === "as" && t[j + 1]?.t === "w";
    if (asFrame) j++;
    let lim = j;
    // (an abbreviation's period before a comma or a closing parenthesis ends nothing: "in Salem,
    // Mass., said", "Ann Dove (D-Ore.) said")
    while (
      lim < t.length &&
      lim - j < 24 &&
      !this.quoted(lim) &&
      (!/^[.!?;]$/.test(t[lim]!.text) ||
        (t[lim]!.text === "." && (t[lim + 1]?.text === "," || t[lim + 1]?.text === ")")))
    )
      lim++;
    if (lim === j) return null;
    const cues = this.cuesIn(j, lim);
    const cue = cues[0];
    if (!cue || cue.kind === "refusal" || cue.tok - j > 22) return null;
    if (asFrame && (cue.kind !== "speech" || /^(?:to|that)$/.test(lw(t[cue.lastTok + 1])))) return null;
    // “...ended.” Haddad described ...: a quote closed by its own stop and a new capitalised sentence
    // takes a frame only when it is short and ends there (“Why?” Smith asked.)
    // (or a subject with its appositive: “Why?” Ann Dove, the mayor of a river town, asked.)
    const inner = this.text.slice(q.start, q.end);
    const closedCap = /[.!?…]$/.test(inner) && j === q.closeTok + 1 && isCap(t[j]?.text ?? "");
    // ("“Why?” Lee said of the board in May, when ...": "said" and an adverbial after it end the frame too)
    if (
      closedCap &&
      lim - cue.lastTok > 4 &&
      !(
        SAY.test(cue.verb) &&
        cue.tok - j <= 3 &&
        FRAME_TAIL.test(lw(t[cue.lastTok + 1])) &&
        !t.slice(cue.lastTok + 1, lim).some((x) => x.l === "that")
      )
    )
      return null;
    // a subject of more than 14 tokens only with its appositives ("Ann Dove, 67, a retired driver in Salem, Pa., said")
    const farCue = (closedCap && cue.tok - j > 4) || cue.tok - j > 14;
    let sub: Subject | null = null;
    if (cue.tok > j) {
      const k = this.skipBetweenLeft(cue.tok - 1, j);
      if (k < j) return null;
      const left = this.subjectLeft(cue.tok, j);
      if (left && left.fromTok === j && (!farCue || this.appositiveSubject(left, cue.tok))) sub = left;
      // "“Sunday Futures,” Rep. Ann Lee said the vote ...": a verb with its own clause is no frame
      if (sub) {
        const [, st] = this.sentenceOf(cue.tok);
        const r = this.skipAfterCue(cue, st);
        const rest = r < st ? this.trimRange(r, this.contentEnd(r, st)) : null;
        if (
          rest &&
          rest[1] - rest[0] >= 4 &&
          t[rest[0]]!.t !== "q" &&
          // "“...,” he said, crediting the volunteers": past a comma it is an aside, not the verb's clause
          !t.slice(cue.lastTok + 1, rest[0]).some((x) => x.text === ",") &&
          // (an adverbial: "he said of the plan, “...”", "she said as the crowd cheered")
          // ("she told the board and hundreds watching at home who ...": more of the object)
          !/^(?:in|on|at|with|to|during|after|before|for|of|about|as|while|when|from|outside|inside|near|via|through|over|by|under|upon|amid|despite|without|following|behind|across|throughout|into|toward|towards|and)$/.test(
            lw(t[rest[0]]),
          ) &&
          // ("she said replying to a caller on the radio": a participle's aside, unless it reports too:
          // "said at a news conference announcing that ...")
          !(SAY.test(cue.verb) && PARTICIPLE_ASIDE.test(lw(t[rest[0]])) && lw(t[rest[0] + 1]) !== "that") &&
          // "“...,” she told a cheering crowd, then ...": an object, not a clause
          // (a relative clause is the object's: "told the board and hundreds watching who could ...")
          !(TELL.has(cue.verb) && !hasFiniteVerb(t, rest[0], this.beforeRelative(rest[0], rest[1])))
        )
          return null;
      }
    } else {
      // "“...,” saying the city ...": a participle has no subject after it
      const np = cue.participle ? null : this.npStartingAt(cue.lastTok + 1, lim);
      // "“...,” said the candidate could win": the phrase is the subject of a reported clause
      if (np && !AUXILIARIES.test(lw(t[np.to + 1])))
        sub = { mention: np.m, fromTok: cue.lastTok + 1, toTok: np.to, inverted: true };
    }
    if (!sub) return null;
    // (“...,” said the firm's chief executive, John Ferr.)
    if (sub.inverted) sub = this.namedInApposition(sub, lim, -1);
    // what follows the frame: end of sentence, or a comma and more quote
    // the frame ends with a comma and the quote goes on: “...,” she said, “...”
    let e = Math.max(cue.lastTok, sub.toTok) + 1;
    let continues = false;
    for (let k = e; k < t.length && k < e + 6; k++) {
      if (this.quoted(k)) break;
      if (/^[.!?;]$/.test(t[k]!.text)) break;
      if (t[k]!.text === "," && k + 1 < t.length && this.quoted(k + 1) && t[k + 1]!.t === "q") {
        continues = true;
        e = k + 1;
        break;
      }
    }
    return { subject: sub, cue, continues, afterEnd: e };
  }

  /**
   * Quote `qi` is speech with a frame of its own inside a report's content `r`, before the report's
   * cue `outer` (an outlet or witness relaying the framed quote: "“...,” he said, the Ledger reported").
   */
  private frameInside(qi: number, r: [number, number], outer: number): boolean {
    const f = this.frames.get(qi);
    if (!f || f.cue.tok < r[0] || f.cue.tok >= r[1] || f.cue.kind !== "speech" || outer < f.cue.tok)
      return false;
    const q = this.b.quotes[qi]!;
    return q.words >= 4 || /[.!?,]$/.test(this.text.slice(q.start, q.end));
  }

  /** Quote `qi` follows a colon and has a speech frame after it of another cue than `cue`. */
  private framedAfterColon(qi: number, cue: Cue): boolean {
    const q = this.b.quotes[qi]!;
    const f = this.frames.get(qi);
    const colon = this.b.tokens[q.openTok - 1];
    return (
      !!f &&
      f.cue.kind === "speech" &&
      f.cue.tok > q.closeTok &&
      q.closeTok >= 0 &&
      f.cue.tok !== cue.tok &&
      colon?.text === ":" &&
      !this.quoted(q.openTok - 1)
    );
  }

  /** Content `r` is quote `qi` and the frame after it, and nothing more. */
  private ownFrameEnds(qi: number, r: [number, number]): boolean {
    const f = this.frames.get(qi);
    const q = this.b.quotes[qi]!;
    if (!f || f.cue.tok < q.closeTok || f.cue.tok >= r[1] || r[1] > f.afterEnd + 1) return false;
    return this.b.tokens[r[0]]!.start >= q.markStart - 1;
  }

  /**
   * "..., said the firm's chief executive, John Ferr.": the name in apposition at the sentence's end
   * is the source, the description its title. `toTok` is the subject's new last token (-1: the name's).
   */
  private namedInApposition(sub: Subject, st: number, toTok: number): Subject {
    const t = this.b.tokens;
    if (sub.mention.kind !== "description" || t[sub.toTok + 1]?.text !== ",") return sub;
    const named = this.npStartingAt(sub.toTok + 2, st);
    const after = named ? t[named.to + 1] : undefined;
    if (named?.m.kind !== "name" || (after && !(after.t === "p" && SENT_PUNCT.test(after.text)))) return sub;
    named.m.title = this.text.slice(sub.mention.start, sub.mention.end);
    return { ...sub, mention: named.m, toTok: toTok >= 0 ? toTok : named.to };
  }

  /** A subject set off from its verb by an appositive: "Ann Dove, the mayor of a river town, asked". */
  private appositiveSubject(sub: Subject, cueTok: number): boolean {
    const t = this.b.tokens;
    if (t[cueTok - 1]?.text !== "," || sub.mention.kind === "pronoun") return false;
    let k = sub.fromTok;
    while (k < cueTok && t[k]!.end <= sub.mention.end) k++;
    return k < cueTok - 1 && t[k]!.text === ",";
  }

  /** Keeps only `kept` of the drafts made so far (an array built from them). */
  private keepDrafts(kept: Draft[]): void {
    this.drafts.length = 0;
    this.drafts.push(...kept);
  }

  /** How many words tokens [from, to) hold. */
  private wordsIn(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (this.b.tokens[k]!.t === "w") n++;
    return n;
  }

  /** The first relative pronoun in [from, to), or `to`. */
  private beforeRelative(from: number, to: number): number {
    const t = this.b.tokens;
    for (let k = from; k < to; k++) if (isRelative(t[k])) return k;
    return to;
  }

  /**
   * Where the reported clause goes on after ", X said," when one of `words` follows the frame's comma
   * ("A, he said, but B"; not ", for example"), else -1.
   */
  private goesOnAfterFrame(cue: Cue, words: RegExp): number {
    const t = this.b.tokens;
    const k = cue.lastTok + 1;
    return t[k]?.text === "," && words.test(lw(t[k + 1])) && !/^(?:example|instance)$/.test(lw(t[k + 2]))
      ? k + 1
      : -1;
  }

  /**
   * Content `r` of the cue `cue` cut before the first quote in it that has a speech frame of its own
   * also inside it, from that frame's subject or the quote's mark, whichever is first (null when
   * fewer than three words are left). Content without one is returned as it is.
   */
  private beforeFramedQuote(r: [number, number], cue: Cue): [number, number] | null {
    const t = this.b.tokens;
    for (const qi of this.quotesIn(r[0], r[1])) {
      const f = this.frames.get(qi);
      if (f?.cue.kind !== "speech" || f.cue.tok === cue.tok || f.cue.tok < r[0] || f.cue.tok >= r[1])
        continue;
      const q = this.b.quotes[qi]!;
      // (not a naming frame nor a relative one, "what she calls “...”", "which he added “...”", nor a
      // frame after a quote that runs on from the content's words: "he was “...,” the Post reported"
      // reports the whole sentence)
      if (CALL.has(f.cue.verb) || isRelative(t[f.subject.fromTok]) || isRelative(t[f.subject.fromTok - 1]))
        continue;
      if (f.cue.tok > q.openTok && !/^[:,;—–-]$/.test(t[q.openTok - 1]?.text ?? "")) continue;
      let e = Math.min(q.openTok, f.subject.fromTok);
      if (e <= r[0]) return r;
      // (with the adverbial clause before the frame: "..., and when asked about it, she said, “...”")
      if (t[e - 1]?.text === ",")
        for (let c = e - 2; c > r[0] && c > e - 20; c--) {
          if (t[c]!.text !== ",") continue;
          const n = /^(?:and|but)$/.test(lw(t[c + 1])) ? c + 2 : c + 1;
          if (FRAME_ADVERBIAL.test(lw(t[n]))) e = c;
          break;
        }
      while (e > r[0] && (t[e - 1]!.t !== "w" || /^(?:and|but)$/.test(lw(t[e - 1])))) e--;
      const cut = this.trimRange(r[0], e);
      if (!cut || this.wordsIn(cut[0], cut[1]) < 3) return null;
      return cut;
    }
    return r;
  }

  /** The frame right before an opening mark: "Lee said: “...”", "He told reporters, “...”". */
  private frameBefore(qi: number): Frame | null {
    const q = this.b.quotes[qi]!;
    const t = this.b.tokens;
    const [sf] = this.sentenceOf(q.openTok);
    let k = q.openTok - 1;
    if (k < sf) return null;
    let from = k;
    while (from > sf && !this.quoted(from - 1) && q.openTok - from < 30) from--;
    const first = this.verbFirstFrame(sf, q);
    if (first) return first;
    const cues = this.cuesIn(from, q.openTok);
    const cue = cues[cues.length - 1];
    // "Ana Silva put it simply: “...”": the sentence's subject speaks (also when a cue-like word in
    // the sentence frames nothing: "... to the bread counter of a shop: “...”")
    const colonFrame = (): Frame | null => {
      if (t[q.openTok - 1]?.text !== ":" || q.words < 3) return null;
      // "Bush: “...”": a name and its colon, with no verb; else the sentence's subject
      const sub = this.nameBeforeColon(q.openTok - 1) ?? this.sentenceSubject(sf, q.openTok - 1);
      if (!sub) return null;
      const c: Cue = {
        tok: q.openTok - 1,
        lastTok: q.openTok - 1,
        start: t[q.openTok - 1]!.start,
        end: t[q.openTok - 1]!.end,
        kind: "speech",
        verb: ":",
        participle: false,
      };
      return { subject: sub, cue: c, continues: false, afterEnd: q.openTok };
    };
    if (!cue) return colonFrame();
    if (cue.kind === "refusal" || cue.kind === "according") return null;
    const after = this.skipAfterCue(cue, q.openTok);
    if (after < q.openTok) return colonFrame();
    // "said that “...”" is a reported clause (mixed or direct): left to the reported-speech pass
    if (lw(t[after - 1]) === "that") return null;
    // "said “it makes me angry” each time ...": the quote opens a clause that goes on past it (mixed)
    if (
      q.closed &&
      t[q.openTok - 1]?.t === "w" &&
      t[q.closeTok + 1]?.t === "w" &&
      !CLAUSE_AFTER_QUOTE_STOP.test(lw(t[q.closeTok + 1])) &&
      !WEEKDAYS.has(lw(t[q.closeTok + 1])) &&
      !/[.!?,;:]$/.test(this.text.slice(q.start, q.end))
    )
      return null;
    // "said on “Meet the Press” that ...": a programme's title, the clause follows it
    if (
      q.closed &&
      q.words <= 8 &&
      lw(t[q.closeTok + 1]) === "that" &&
      [1, 2, 3].some((d) => /^(?:on|in|to)$/.test(lw(t[q.openTok - d])))
    )
      return null;
    let sub = cue.participle && t[cue.tok - 1]?.text === "," ? null : this.subjectLeft(cue.tok, sf);
    if (!sub && (cue.participle || /^(?:and|but)$/.test(lw(t[cue.tok - 1]))))
      sub = this.sentenceSubject(sf, cue.tok);
    // "Ann Dove listens for a moment, says “...,” and leaves": a verb in a list of the subject's acts
    if (!sub && t[cue.tok - 1]?.text === "," && INFLECTED.test(cue.verb)) {
      const s0 = this.sentenceSubject(sf, cue.tok);
      const nx = s0 ? t[s0.toTok + 1] : undefined;
      if (
        s0 &&
        s0.toTok > sf &&
        nx?.t === "w" &&
        nx.text === nx.l &&
        /[a-z](?:s|ed)$/.test(nx.l) &&
        !isRelative(nx)
      )
        sub = s0;
    }
    if (!sub) return colonFrame();
    k = after;
    return { subject: sub, cue, continues: false, afterEnd: k };
  }

  /**
   * A frame with its verb first, opening the sentence: "Said Ann Lee, who grew up there, “...”",
   * "Continued Lee: “...”". The source follows the verb, with an aside up to the comma before the quote.
   */
  private verbFirstFrame(sf: number, q: Quote): Frame | null {
    const t = this.b.tokens;
    const v = t[sf]!;
    if (v.t !== "w" || !isCap(v.text) || !(SPEECH.has(v.l) || FRAME_ONLY.has(v.l)) || q.openTok - sf > 30)
      return null;
    if (!/^[,:]$/.test(t[q.openTok - 1]?.text ?? "")) return null;
    for (let k = sf + 1; k < q.openTok; k++) if (this.quoted(k)) return null;
    const np = this.npStartingAt(sf + 1, q.openTok - 1);
    if (!np || np.m.kind === "pronoun" || (np.to + 2 < q.openTok && t[np.to + 1]!.text !== ",")) return null;
    const sub: Subject = { mention: np.m, fromTok: sf + 1, toTok: np.to, inverted: true };
    return { subject: sub, cue: this.tokenCue(sf, "speech", v.l), continues: false, afterEnd: q.openTok };
  }

  /**
   * A source named right before the colon at `colon`, with nothing else in its phrase ("Bush: “...”",
   * "Rep. Ann Lee (D-Ore.): ..."): the phrase opens the block or follows a sentence, a quote or a
   * dash, and is a name the reader can recognise as a source (titled, a body, a known gender, or a
   * name the story gives in full elsewhere). Labels and headings ("Photo:", "Proof:") are none.
   */
  private nameBeforeColon(colon: number): Subject | null {
    const t = this.b.tokens;
    let e = colon;
    // a party tag after the name: "(D-Ore.)"
    if (t[e - 1]?.text === ")") {
      let o = e - 1;
      while (o > 0 && e - o < 8 && t[o]!.text !== "(") o--;
      if (t[o]?.text !== "(") return null;
      e = o;
    }
    const [sf] = this.sentenceOf(colon);
    let s = e;
    while (
      s > sf &&
      e - s < 6 &&
      (t[s - 1]!.t === "w" || /^[.'’]$/.test(t[s - 1]!.text)) &&
      !this.quoted(s - 1)
    )
      s--;
    if (s === e || !isCap(t[s]!.text) || HEADLINE_LABELS.test(t[s]!.text)) return null;
    // (after a quote or a dash: "“...” Bush: “...”", "EARLY TURNOUT - Ann Lee: “...”")
    if (s > sf && !(t[s - 1]!.t === "q" || DASH.test(t[s - 1]!.text))) return null;
    const head = t.slice(s, e);
    // ("Follow Ann Lee on Twitter:": a name's words are capitalised, but for its particles)
    if (head.some((x) => x.t === "w" && !isCap(x.text) && !NAME_PARTICLE.test(x.text))) return null;
    const m = parseSpeakerNP(head, this.text, true);
    if (m?.kind !== "name" || m.end !== head[head.length - 1]!.end || !this.recognisable(m)) return null;
    return { mention: m, fromTok: s, toTok: colon - 1, inverted: false };
  }

  /**
   * A name that stands for a source with no verb to say so ("Bush: “...”", "TAPPER: ..."): titled,
   * a body, of a known gender, or a surname the story gives in full elsewhere (not a heading:
   * "Focus:", "Quiet Harbor:").
   */
  private recognisable(m: Mention): boolean {
    if (m.org || m.title || m.gender !== "?") return true;
    return this.resolver.resolve(m).name.split(/\s+/).length > (m.nameTokens?.length ?? 1);
  }

  /** The subject at the start of the sentence ("The official did not ..., but noted ..."). */
  private sentenceSubject(sf: number, before: number): Subject | null {
    const prior = this.drafts.filter(
      (d) => d.start >= this.b.tokens[sf]!.start && d.start < this.b.tokens[before]!.start,
    );
    // (a report inside an earlier one's content is not the sentence's: "Lee wrote that the board had
    // ignored the rules and warned that ...": "ignored" is the board's, "warned" Lee's)
    let last: Draft | undefined;
    for (const d of prior) if (!prior.some((o) => o !== d && o.start < d.start && d.end <= o.end)) last = d;
    // ("While most rivals called for ..., Lee kept to ..., noting ...": a report in a fronted
    // clause is not the main clause's subject's)
    if (last && !this.inFrontedClause(before)) {
      let k = sf;
      while (k < before && this.b.tokens[k]!.start < last.cue.start) k++;
      if (this.inFrontedClause(k)) last = undefined;
    }
    if (last) {
      const m = last.mention;
      return {
        mention: {
          start: m.start,
          end: m.end,
          kind: "name",
          head: last.entity.name,
          nameTokens: last.entity.name.split(" "),
          det: "none",
          plural: false,
          org: last.entity.type === "organization",
          gender: last.entity.gender,
        },
        fromTok: sf,
        toTok: sf,
        inverted: false,
        known: last.entity,
      };
    }
    let s = sf;
    const t = this.b.tokens;
    while (s < before && (t[s]!.t !== "w" || SENTENCE_LINK.test(lw(t[s])))) s++;
    // a dateline and a fronted phrase: "In Washington, ...", "Hours later, ..."
    s = this.subjectStart(s, before);
    let np = this.npStartingAt(s, before);
    // "Ann Vell took the stage Tuesday ...": not a title before the name "Tuesday"; "Mayor Ann Vell
    // met survivors of the flood and said": not a description headed by "flood". A name followed by
    // a lowercase word that is no role ("Vell aides") nor preposition is the subject.
    if (!np || np.m.kind === "description" || np.m.title) {
      const titled = !np || np.m.kind === "description";
      const last = np ? np.to : Math.min(before - 1, s + 6);
      for (let e = s; e < last; e++) {
        const nx = t[e + 1]!;
        // (a name ends with a capital)
        if (nx.t !== "w" || isCap(nx.text) || !isCap(t[e]!.text)) continue;
        if (roleWord(nx.l) || PREPOSITION_LIKE.test(nx.l) || nx.l === "and" || nx.l === "or") continue;
        const m = parseSpeakerNP(t.slice(s, e + 1), this.text, true);
        if (m?.kind === "name" && (titled || !m.title) && m.end === t[e]!.end) {
          np = { m, to: e };
          break;
        }
      }
    }
    if (!np) return null;
    // "The leader of the union, Rosa Diaz, condemned ...": the name in apposition
    if (np.m.kind === "description" && t[np.to + 1]?.text === ",") {
      const named = this.npStartingAt(np.to + 2, before);
      if (named && named.m.kind === "name" && t[named.to + 1]?.text === ",") {
        named.m.title = this.text.slice(np.m.start, np.m.end);
        return { mention: named.m, fromTok: s, toTok: named.to + 1, inverted: false };
      }
    }
    const nxt = t[np.to + 1];
    if (!nxt || (nxt.t !== "w" && nxt.text !== ",")) return null;
    return { mention: np.m, fromTok: s, toTok: np.to, inverted: false };
  }

  /**
   * The noun phrase opening the sentence when a comma-delimited insert separates it from the verb at
   * `cueTok` ("Ann Lee, citing the figures, said"). The insert holds no reporting verb of its own.
   */
  private openingSubject(sf: number, cueTok: number): Subject | null {
    const t = this.b.tokens;
    let s = sf;
    while (s < cueTok && (t[s]!.t !== "w" || SENTENCE_LINK.test(lw(t[s])))) s++;
    if (s >= cueTok || cueTok - s > 40 || this.quoted(s)) return null;
    const np = this.npStartingAt(s, cueTok);
    if (!np || np.m.kind === "pronoun" || (np.m.kind === "description" && np.m.role === "doc")) return null;
    let e = np.to + 1;
    // "Sen. Ann Lee (R), a member of ..., said"
    if (t[e]?.text === "(") {
      while (e < cueTok && t[e]!.text !== ")") e++;
      e++;
    }
    if (t[e]?.text !== "," || e >= cueTok - 1) return null;
    // (a relative clause's own verb is no rival: "Ann Lee, who has called the plan “a trap,” portrayed ...")
    if (!isRelative(t[e + 1]) && this.hasCueBefore(e + 1, cueTok - 1)) return null;
    return { mention: np.m, fromTok: s, toTok: cueTok - 1, inverted: false };
  }

  /** Run all passes over the block. */
  run(): Chain | undefined {
    const qs = this.b.quotes;
    let continued = -1;
    // (in a title-case headline every quote looks like a title)
    const headline = this.titleCase();
    for (let qi = 0; qi < qs.length; qi++) {
      // a title run into its sentence ("wrote the novel “Salt and Iron” in May") is a name, not speech:
      // framed only as the end of a clause that is the claim ("fans of “Salt and Iron,” Lee said")
      const q = qs[qi]!;
      if (q.title && !headline && this.b.tokens[q.openTok - 1]?.t === "w") {
        const f = this.frameAfter(qi);
        if (f && this.clauseLead(q) >= 0) {
          this.frames.set(qi, f);
          this.usedCue.add(f.cue.tok);
        }
        continue;
      }
      let f = this.frameAfter(qi);
      // "Lee said: “...,” the Ledger reported": framed on both sides by two sources, the quote is the
      // first one's and the later one reports the sentence ("Lee declared: “...,” she said": one source)
      if (f && qi !== continued && f.subject.mention.kind !== "pronoun") {
        // (a verb right before the mark: "Nothing the mayor said “will ...,” Lee said" is no frame)
        const fb = /^[:,]$/.test(this.b.tokens[this.b.quotes[qi]!.openTok - 1]?.text ?? "")
          ? this.frameBefore(qi)
          : null;
        if (
          fb?.cue.kind === "speech" &&
          fb.cue.verb !== ":" &&
          !sameSource(fb.subject.mention, f.subject.mention, this.text)
        )
          f = fb;
      }
      f = f ?? (qi === continued ? null : this.frameBefore(qi));
      if (f) {
        this.frames.set(qi, f);
        this.usedCue.add(f.cue.tok);
        if (f.continues) continued = qi + 1;
      }
    }
    for (const [sf, st] of this.b.sentences) {
      this.askedQuestion(sf, st);
      this.participleLead(sf, st);
      this.relativeReport(sf, st);
      this.documentRelative(sf, st);
      this.zeroRelativeReport(sf, st);
      this.reported(sf, st);
      this.nominal(sf, st);
      this.supportAmong(sf, st);
      this.findingLead(sf, st);
      this.pollTail(sf, st);
      this.groupSubject(sf, st);
    }
    this.dropNested();
    return this.quoteClaims();
  }

  /**
   * "Researchers at the University of Lund followed 400 walkers.": a group opening a sentence as its
   * subject is a source a later "they" may stand for, though it says nothing there.
   */
  private groupSubject(sf: number, st: number): void {
    const t = this.b.tokens;
    let i = sf;
    if (CONJUNCTION.has(lw(t[i]))) i++;
    const w = lw(t[i]);
    // (a cheap test first: a group's noun first, or after "the")
    if (i + 2 >= st || this.quoted(i) || !ROLE_GROUP.has(w === "the" ? lw(t[i + 1]) : w)) return;
    // the phrase runs up to its verb: a past form, an auxiliary or a cue ("followed", "have", "say")
    let v = i + 1;
    while (v < st && v - i < 12 && t[v]!.t === "w" && !GROUP_VERB.test(t[v]!.text) && !SPEECH.has(t[v]!.text))
      v++;
    if (v >= st || t[v]!.t !== "w" || this.quoted(v)) return;
    const np = this.npStartingAt(i, v);
    if (!np || np.to + 1 !== v || np.m.kind !== "description" || np.m.role !== "group" || !np.m.plural)
      return;
    this.resolver.resolve(np.m);
  }

  /** "The levy was endorsed by the council": the agent's attitude to the subject (passives.ts). */
  private passive(cue: Cue, sf: number, st: number): boolean {
    if (cue.kind === "according" || cue.kind === "refusal") return false;
    const t = this.b.tokens;
    const p = passiveAt(t, cue.tok, cue.lastTok, sf, st);
    if (!p) return false;
    const np =
      this.npStartingAt(p.byTok + 1, st) ??
      this.documentAfter(p.byTok + 1, st) ??
      this.documentAfter(p.byTok + 1, st, true);
    // the passive's subject: its noun phrase, else the clause before the auxiliary
    const subj = p.auxTok > sf ? this.npEndingAt(p.auxTok - 1, sf) : null;
    const r = subj
      ? this.trimRange(subj.from, p.auxTok, 1)
      : this.trimRange(this.clauseStart(sf, p.auxTok), p.auxTok, 1);
    if (!np || !r) return true;
    const sub: Subject = { mention: np.m, fromTok: p.byTok + 1, toTok: np.to, inverted: true };
    const res = this.resolve(sub);
    const d = this.add("belief", r[0], r[1], cue, res.entity, res.mention);
    if (d) d.subj = [t[p.byTok + 1]!.start, t[np.to]!.end];
    return true;
  }

  /** "Lee led Hart by eight points in a new poll": the poll's finding (findings.ts). */
  private pollTail(sf: number, st: number): void {
    const t = this.b.tokens;
    const f = findingTail(t, sf, st, this.quoted);
    if (!f || this.drafts.some((d) => d.cue.start >= t[sf]!.start && d.cue.end <= t[st - 1]!.end)) return;
    const m = parseSpeakerNP(t.slice(f.from, f.head + 1), this.text);
    if (!m || m.kind === "pronoun") return;
    const r = this.trimRange(this.clauseStart(sf, f.inTok), f.inTok, 3);
    if (!r) return;
    const res = this.resolve({ mention: m, fromTok: f.from, toTok: f.to, inverted: false });
    const ment = this.span(t[f.from]!.start, t[f.to]!.end);
    const d = this.add("belief", r[0], r[1], this.tokenCue(f.inTok, "belief", "in"), res.entity, ment);
    if (d) d.subj = [ment.start, ment.end];
  }

  /**
   * "Asked whether she would run, Ann Vell said ...": the question put to the main clause's subject
   * (questions.ts), who is its source as in "Vell was asked whether ..."; "asked by X" names X.
   */
  private askedQuestion(sf: number, st: number): void {
    const t = this.b.tokens;
    const a = askedLead(t, sf, st, this.quoted);
    if (!a) return;
    // the phrase's verbs belong to the question ("Asked whether she backs the levy, ..."), and
    // "Asked" is no one's name
    for (let k = a.cueTok; k <= a.comma; k++) this.usedCue.add(k);
    const from = a.byFrom >= 0 ? a.byFrom : a.comma + 1;
    const np = a.byFrom >= 0 ? this.leadingNP(from, a.byTo + 1, false) : this.leadingNP(from, st, true);
    if (!np) return;
    const r = this.trimRange(a.from, a.to, 2);
    if (!r) return;
    const res = this.resolve({ mention: np.m, fromTok: from, toTok: np.to, inverted: false });
    const cue = this.tokenCue(a.cueTok, "speech", "asked");
    const d = this.add("question", r[0], r[1], cue, res.entity, res.mention);
    if (d) d.subj = [t[from]!.start, t[np.to]!.end];
    // "Asked by Ms Quayle whether ..., the minister paused. “...,” she said": the one asked, the main
    // clause's subject, is mentioned after the asker (the later pronoun's nearer candidate)
    if (a.byFrom >= 0) {
      const asked = this.leadingNP(a.comma + 1, st, true);
      if (asked && asked.m.kind !== "pronoun")
        this.resolve({ mention: asked.m, fromTok: a.comma + 1, toTok: asked.to, inverted: false });
    }
  }

  /**
   * "Noting that the fund is empty, Ann Vell said ...", "Citing the cost, the council ...": a
   * reporting participle opening the sentence is said by the main clause's subject; its phrase up
   * to the comma is the content.
   */
  private participleLead(sf: number, st: number): void {
    const t = this.b.tokens;
    let s = sf;
    if (CONJUNCTION.has(lw(t[s])) && t[s + 1]?.text !== ",") s++;
    const x = t[s];
    if (x?.t !== "w" || !x.l.endsWith("ing") || this.quoted(s)) return;
    const cue = this.cuesIn(s, s + 3)[0];
    if (!cue || cue.tok !== s || (cue.kind !== "speech" && cue.kind !== "belief")) return;
    let c = cue.lastTok + 1;
    while (c < st && c - s < 30 && !phraseCommaAt(t, c, this.quoted)) {
      if (t[c]!.t === "p" && /^[.;:!?]$/.test(t[c]!.text) && !this.quoted(c)) return;
      c++;
    }
    const comma = t[c + 1]?.t === "q" ? c + 1 : c;
    if (c >= st || c - s >= 30 || comma + 2 >= st) return;
    const from = lw(t[cue.lastTok + 1]) === "that" ? cue.lastTok + 2 : cue.lastTok + 1;
    // "Writing for the majority, ...", "Testifying before the panel, ...": where or for whom, not what
    // was said (unless a quote follows: "Writing in the journal that ...")
    const p0 = lw(t[from]);
    if (
      from === cue.lastTok + 1 &&
      (LEAD_PLACE_PREP.test(p0) || (p0 === "for" && WRITE_OR_SPEAK.test(cue.verb))) &&
      !this.quotesIn(from, c).length
    )
      return;
    const r = this.trimRange(from, c, 1);
    const np = r ? this.leadingNP(comma + 1, st, true) : null;
    if (!r || !np) return;
    for (let k = s; k <= comma; k++) this.usedCue.add(k);
    const res = this.resolve({ mention: np.m, fromTok: comma + 1, toTok: np.to, inverted: false });
    // "Promising to cut the toll, ...": an intention, as after a subject
    const kind = INFINITIVE.has(cue.verb) && lw(t[from]) === "to" ? "belief" : this.kindOf(cue, r[0], r[1]);
    const d = this.add(kind, r[0], r[1], cue, res.entity, res.mention);
    if (d) d.subj = [t[comma + 1]!.start, t[np.to]!.end];
  }

  /**
   * "the rules, which officials said will start in May": the source between a relative pronoun and
   * a clause verb, the pronoun and the subjectless clause after the verb its content (relatives.ts).
   */
  private relativeReport(sf: number, st: number): void {
    const t = this.b.tokens;
    if (!this.nominalToks) this.scanBlock();
    const rs = this.relativeToks;
    // sentences come in order: carry on from where the last one stopped
    let i = this.relativeAt;
    while (i < rs.length && rs[i]! <= sf) i++;
    this.relativeAt = i;
    for (; i < rs.length && rs[i]! < st - 3; i++) {
      const r = rs[i]!;
      if (this.quoted(r)) continue;
      // the verb within a few words (cues.ts passes over a verb before "will" or "is")
      let v = r + 2;
      while (v < st - 1 && v - r < 9 && t[v]!.t === "w" && !REPORT_VERBS.has(t[v]!.l)) v++;
      if (v >= st - 1 || !REPORT_VERBS.has(t[v]!.l) || this.quoted(v)) continue;
      const naming = RELATIVE_NAMING_VERBS.has(t[v]!.l);
      if (!(naming ? complementAt(t, v + 1) : predicateAt(t, v + 1))) continue;
      // "its campaign, which it calls ‘Safe Hands, Safe Wards’": a name given, not a judgment
      if (naming && this.capitalisedQuoteAt(v + 1)) continue;
      const k = this.skipBetweenLeft(v - 1, sf);
      if (k <= r) continue;
      const m = parseSpeakerNP(t.slice(r + 1, k + 1), this.text, true);
      if (!m || m.start !== t[r + 1]!.start || m.end !== t[k]!.end) continue;
      const from = v + 1;
      let to = this.contentEnd(from, st);
      // a clause set off by commas ends at the next one; a restrictive one may hold a list
      for (let c = from + 1; c < to && t[r - 1]?.text === ","; c++)
        if (phraseCommaAt(t, c, this.quoted)) {
          to = t[c + 1]?.t === "q" ? c + 2 : c;
          break;
        }
      const range = this.trimRange(from, to, naming ? 1 : 2);
      if (!range) continue;
      // a quote framed or claimed elsewhere is not claimed again
      const qs = this.quotesIn(range[0], range[1]);
      if (qs.some((qi) => this.frames.has(qi) || this.claimedQuote.has(qi))) continue;
      for (const qi of qs) this.claimedQuote.add(qi);
      const belief = BELIEF.has(t[v]!.l) || (naming && !qs.length);
      const d = this.relativeClaim(v, belief, range, {
        mention: m,
        fromTok: r + 1,
        toTok: k,
        inverted: false,
      });
      if (!d) continue;
      d.parts = [
        { start: t[r]!.start, end: t[r]!.end },
        { start: d.start, end: d.end },
      ];
      d.start = t[r]!.start;
    }
  }

  /**
   * "fares it said were the outcome of the merger", "a move officials say was overdue": a report inside a
   * relative clause whose pronoun is left out. The reporting verb stands between its subject and the
   * clause's own verb, and a plain noun, the phrase the clause modifies, comes right before the subject.
   */
  private zeroRelativeReport(sf: number, st: number): void {
    const t = this.b.tokens;
    // (the cue finder passes over a verb before "was" or "will": the words are read here)
    for (let v = sf + 2; v < st - 2; v++) {
      const verb = t[v]!.l;
      if (
        t[v]!.t !== "w" ||
        !REPORT_VERBS.has(verb) ||
        RELATIVE_NAMING_VERBS.has(verb) ||
        this.usedCue.has(v)
      )
        continue;
      if (!AUXILIARIES.test(lw(t[v + 1])) || this.quoted(v)) continue;
      const np = this.npEndingAt(v - 1, sf);
      if (!np || np.from <= sf) continue;
      const head = t[np.from - 1]!;
      if (
        head.t !== "w" ||
        head.text !== head.l ||
        NOT_IN_NP.has(head.l) ||
        PREPOSITION_LIKE.test(head.l) ||
        /^(?:a|an|the|this|that|these|those|some|any|every|each|no)$/.test(head.l) ||
        // ("Last week she said ..."): a fronted time, not a modified noun
        /^(?:week|weekend|month|year|day|night|morning|afternoon|evening|time|season|quarter|decade)$/.test(
          head.l,
        )
      )
        continue;
      const range = this.trimRange(v + 1, this.contentEnd(v + 1, st), 2);
      if (!range) continue;
      const sub: Subject = { mention: np.m, fromTok: np.from, toTok: v - 1, inverted: false };
      if (!this.relativeClaim(v, BELIEF.has(verb), range, sub)) continue;
      for (const qi of this.quotesIn(range[0], range[1])) this.claimedQuote.add(qi);
    }
  }

  /** The claim of a report inside a relative clause: verb `v`, content tokens `range`, subject `sub`. */
  /**
   * "a report by the Tidewater Institute that found ...", "a Harbor Institute survey that showed ...",
   * "a study, published Monday by X, that concluded ...": a document's finding in a relative clause
   * after "that" (which the cue finder takes for a determiner there). A document that names its body
   * speaks for it, as "according to a Harbor Institute survey" does.
   */
  private documentRelative(sf: number, st: number): void {
    const t = this.b.tokens;
    if (!this.nominalToks) this.scanBlock();
    for (const r of this.relativeToks) {
      if (r >= st - 2) break;
      if (r <= sf + 1 || t[r]!.l !== "that" || this.quoted(r)) continue;
      const v = r + 1;
      if (!RELATIVE_THAT_VERBS.test(t[v]!.l) || this.usedCue.has(v)) continue;
      // the document's noun right before "that", or before a participle's phrase set off by commas
      // (", released last month by the Tidewater Institute,"), whose agent is then the body
      let end = r - 1;
      let agent = -1;
      if (t[end]!.text === ",") {
        let c = end - 1;
        while (c > sf && end - c < 14 && t[c]!.t === "w" && !this.quoted(c)) c--;
        if (t[c]!.text !== "," || !REDUCED_PARTICIPLE.test(lw(t[c + 1]))) continue;
        for (let k = c + 2; k < end; k++)
          if (t[k]!.l === "by") {
            agent = k + 1;
            break;
          }
        end = c - 1;
      }
      const np = this.npEndingAt(end, sf, true);
      // (the document as the sentence's subject: "A report that found ... was released": where the
      // clause ends before the main verb is not known here, so it is left alone)
      if (np?.m.role !== "doc" || np.from <= this.subjectStart(sf, r)) continue;
      const by = agent >= 0 ? this.npStartingAt(agent, r - 1) : null;
      // (only a document that names its body: an unnamed one's finding is optional, and "Cooke's
      // testimony" is a person's words, which this rule does not resolve)
      const namesBody =
        by?.m.kind === "name" ||
        t.slice(np.from + 1, end + 1).some((x) => x.t === "w" && isCap(x.text) && !isPossessive(x.text));
      if (!namesBody) continue;
      const sub: Subject =
        by?.m.kind === "name"
          ? { mention: by.m, fromTok: agent, toTok: by.to, inverted: false }
          : { mention: np.m, fromTok: np.from, toTok: end, inverted: false };
      const from = lw(t[v + 1]) === "that" ? v + 2 : v + 1;
      // (a clause, or a finding's object of some words: "a survey that found broad support for the plan")
      const range = this.trimRange(from, this.contentEnd(from, st), 3);
      if (!range) continue;
      const res = this.resolve(sub);
      // (the mention at the cue is the relative pronoun, as for "which found")
      res.mention = this.span(t[r]!.start, t[r]!.end);
      const cue = this.tokenCue(v, "speech", t[v]!.l);
      const d = this.add(
        this.kindOf({ ...cue, verb: "said" }, range[0], range[1]),
        range[0],
        range[1],
        cue,
        res.entity,
        res.mention,
      );
      if (!d) continue;
      this.usedCue.add(v);
      d.inRelative = true;
      d.subj = [t[sub.fromTok]!.start, t[sub.toTok]!.end];
    }
  }

  /** A capitalised quote after "which it calls", "what they called": a name, not a quote. */
  private nameGiven(q: Quote): boolean {
    const t = this.b.tokens;
    const v = q.openTok - 1;
    if (!CALL.has(lw(t[v])) || !this.capitalisedQuoteAt(q.openTok)) return false;
    for (let k = v - 2; k >= Math.max(0, v - 4); k--) if (/^(?:which|what)$/.test(lw(t[k]))) return true;
    return false;
  }

  /** Token `k` opens a short quote every word of which is capitalised: a name or title. */
  private capitalisedQuoteAt(k: number): boolean {
    const t = this.b.tokens;
    const qi = this.b.quoteOf[k] ?? -1;
    const q = qi >= 0 ? this.b.quotes[qi] : undefined;
    if (!q || q.openTok !== k || q.closeTok < 0 || q.words < 2 || q.words > 6) return false;
    for (let x = k + 1; x < q.closeTok; x++) if (t[x]!.t === "w" && !isCap(t[x]!.text)) return false;
    return true;
  }

  private relativeClaim(
    v: number,
    belief: boolean,
    range: [number, number],
    sub: Subject,
  ): Draft | undefined {
    const t = this.b.tokens;
    const cue = this.tokenCue(v, belief ? "belief" : "speech", t[v]!.l);
    const res = this.resolve(sub);
    const d = this.add(
      this.kindOf(cue, range[0], range[1]),
      range[0],
      range[1],
      cue,
      res.entity,
      res.mention,
    );
    if (!d) return undefined;
    this.usedCue.add(v);
    d.subj = [t[sub.fromTok]!.start, t[sub.toTok]!.end];
    return d;
  }

  /** A cue inside another claim's content or subject ("the official, who insisted on anonymity, said") is not a claim of its own. */
  private dropNested(): void {
    const inside = (x: number, a: number, b: number) => x >= a && x < b;
    let ds = this.drafts.filter(
      (d) =>
        d.inRelative ||
        !this.drafts.some(
          (o) => o !== d && o.subj !== undefined && inside(d.cue.start, o.subj[0], o.subj[1]),
        ),
    );
    ds = ds.filter(
      (d) =>
        !ds.some(
          (o) =>
            o !== d &&
            o.kind !== "refusal" &&
            !(o.kind === "belief" && d.kind !== "belief") &&
            inside(d.cue.start, o.start, o.end) &&
            // "..., after the Ledger reported the money was frozen": an adverbial clause, not reported content
            !(d.subj && SUBORDINATE_BEFORE.test(this.text.slice(Math.max(0, d.subj[0] - 12), d.subj[0]))) &&
            // two claims holding each other's cue: the later frame governs ("..., a U.S. official said")
            !(inside(o.cue.start, d.start, d.end) && d.cue.start > o.cue.start),
        ),
    );
    this.keepDrafts(ds);
  }

  private reported(sf: number, sentenceEnd: number): void {
    const t = this.b.tokens;
    const cues = this.cuesIn(sf, sentenceEnd);
    let lastEntity: { entity: Entity; mention: Span } | null = null;
    let lastFronted = false;
    for (const cue of cues) {
      // "..., analysts say; in 2012 the mayor won": a semicolon right after the frame ends its clause
      const st = this.frameSemicolon(cue, sentenceEnd);
      if (this.usedCue.has(cue.tok)) {
        const f = [...this.frames.values()].find((x) => x.cue.tok === cue.tok);
        if (f) {
          lastEntity = this.resolve(f.subject);
          lastFronted = false;
        }
        continue;
      }
      let sub: Subject | null = null;
      let contentFrom = -1;
      let contentTo = -1;
      let midAfter = -1;
      if (cue.kind === "according") {
        const np =
          this.npStartingAt(cue.lastTok + 1, st) ??
          this.documentAfter(cue.lastTok + 1, st) ??
          this.documentAfter(cue.lastTok + 1, st, true);
        if (!np) continue;
        sub = { mention: np.m, fromTok: cue.tok, toTok: np.to, inverted: true };
        // "according to the town clerk, Mark Hill"
        if (np.m.kind === "description" && t[np.to + 1]?.text === ",") {
          const named = this.npStartingAt(np.to + 2, st);
          const after = t[(named?.to ?? 0) + 1];
          if (named && named.m.kind === "name" && (!after || after.t === "p")) {
            named.m.title = this.text.slice(np.m.start, np.m.end);
            sub = { mention: named.m, fromTok: cue.tok, toTok: named.to, inverted: true };
          }
        }
        const lead = t
          .slice(sf, cue.tok)
          .map((x) => x.l)
          .join(" ");
        if (/^(?:that['’]s|that is|this is|that was)$/.test(lead)) {
          // "That's according to a new survey from X.": the sentence before is the claim
          const si = this.b.sentences.findIndex((x) => x[0] === sf);
          const prev = si > 0 ? this.b.sentences[si - 1] : undefined;
          if (!prev) continue;
          contentFrom = prev[0];
          contentTo = prev[1];
        } else if (cue.tok <= sf + 1) {
          let c = np.to + 1;
          while (c < st && t[c]!.text !== ",") c++;
          contentFrom = this.pastSourceAside(c + 1, st, sub.mention.kind === "name");
          contentTo = st;
        } else {
          contentFrom = this.clauseStart(sf, cue.tok);
          contentTo = cue.tok;
          // "Two of the pumps, according to city records, had failed ...": the sentence around it
          const next = t[np.to + 2];
          if (
            t[cue.tok - 1]?.text === "," &&
            t[np.to + 1]?.text === "," &&
            next?.t === "w" &&
            // (nor a clause of its own: "..., though organisers said ...")
            !/ing$|^(?:and|but|or|which|who|where|while|as|so|though|although|whereas|yet)$/.test(next.l)
          )
            midAfter = np.to + 2;
        }
      } else {
        if (this.passive(cue, sf, st)) continue;
        const prevTok = t[cue.tok - 1];
        const afterComma =
          prevTok?.text === "," ||
          lw(prevTok) === "and" ||
          /^[—–]$/.test(prevTok?.text ?? "") ||
          // "... of “city values,” saying ...": the comma inside the closing mark
          (prevTok?.t === "q" && t[cue.tok - 2]?.text === ",");
        if (cue.participle && afterComma && cue.kind !== "refusal") {
          if (lastEntity) {
            // (a report in a fronted clause is not the main clause's: "While rivals called for ..., Lee
            // kept to ..., noting ...": the sentence's subject)
            const main =
              lastFronted && !this.inFrontedClause(cue.tok) ? this.sentenceSubject(sf, cue.tok) : null;
            const by = main ? this.resolve(main) : lastEntity;
            const right = this.skipAfterCue(cue, st);
            const r = this.trimRange(right, this.contentEnd(right, st));
            if (r) {
              const kind = this.kindOf(cue, r[0], r[1]);
              this.add(kind, r[0], r[1], cue, by.entity, by.mention);
              // its quotes are claimed here ("..., calling her “a rising star.”"), not orphans
              for (const qi of this.quotesIn(r[0], r[1])) this.claimedQuote.add(qi);
            }
            continue;
          }
          // "..., adding that ...": without an earlier report in the sentence, only a "that" clause reports
          // speech; an attitude ("..., hoping to win", "..., fearing the exposure") takes the sentence's subject
          // (or a speech participle with a clause of its own: "..., saying she would raise the toll")
          const next = t[cue.lastTok + 1];
          const clause =
            cue.kind === "speech" &&
            !CALL.has(cue.verb) &&
            next?.t === "w" &&
            (PRON_SUBJECT.has(next.l) || hasFiniteVerb(t, cue.lastTok + 1, st));
          // (a "call" verb's judgment too, checked below: "..., calling her “a fraud”", "..., calling him reckless")
          if (lw(next) !== "that" && cue.kind !== "belief" && !clause && !CALL.has(cue.verb)) continue;
          // "... released a report, saying ...": the document's issuer ("falsified records, stating ...": none)
          const doc = prevTok?.text === "," ? this.documentEndingAt(cue.tok - 2, sf) : null;
          sub = doc ? this.issuerOf(doc, sf) : this.sentenceSubject(sf, cue.tok);
          if (!sub) continue;
        } else {
          sub = this.subjectLeft(cue.tok, sf);
          if (sub && cue.participle) sub = this.issuerOf(sub, sf) ?? sub;
          if (!sub && (prevTok?.text === "," || cue.tok === sf || prevTok?.t === "q") && !cue.participle) {
            const np = this.npStartingAt(cue.lastTok + 1, st);
            // "Ann Lee, citing the figures, said the plan ...": an inverted subject ends its clause
            const ends = np && (np.to + 1 >= st || SENT_PUNCT.test(t[np.to + 1]!.text));
            // (an attitude verb never stands before its subject: "Ann Lee, as she did last year, opposed the
            // measure." has an object)
            const objectTaking = STANCE.has(cue.verb) && !SPEECH.has(cue.verb) && !BELIEF.has(cue.verb);
            const opening =
              // an attitude's phrase after it is its object even at the sentence's end ("sided with Guardian.")
              (!ends || (cue.kind === "belief" && (cue.lastTok > cue.tok || objectTaking))) &&
              // (the comma may be inside a closing mark: "who called it “a trap,” said")
              (prevTok?.text === "," || (prevTok?.t === "q" && t[cue.tok - 2]?.text === ",")) &&
              (cue.kind === "speech" || cue.kind === "belief")
                ? this.openingSubject(sf, cue.tok)
                : null;
            if (opening) sub = opening;
            else if (np && !objectTaking)
              sub = { mention: np.m, fromTok: cue.lastTok + 1, toTok: np.to, inverted: true };
          }
          // "Ann Lee, now a radio host, has denied ...": an insert the appositive grammar does not know,
          // then auxiliaries or adverbs; the opening phrase is the subject as with the cue right after the comma
          if (!sub && (cue.kind === "speech" || cue.kind === "belief")) {
            const comma = this.commaBeforeVerbChain(cue.tok, sf);
            if (comma >= 0) sub = this.openingSubject(sf, comma + 1);
          }
          // "praised the plan but later said ...": the sentence's subject, past adverbs after the conjunction
          // ("and in a statement later said": past the medium too)
          const conj = this.skipBetweenLeft(
            this.skipMediumLeft(this.skipBetweenLeft(cue.tok - 1, sf), sf),
            sf,
          );
          // (", then said", ", yet conceded": the adverb after the comma links the second verb)
          // (but "has not yet said" is no link)
          const linkAt = /^(?:then|yet)$/.test(lw(t[conj])) ? conj - 1 : conj;
          const linked =
            (linkAt < conj || /^(?:then|yet)$/.test(lw(t[conj + 1]))) &&
            (t[linkAt]?.text === "," || /^(?:and|but)$/.test(lw(t[linkAt])));
          if (!sub && (linked || /^(?:and|but|then)$/.test(lw(t[conj])))) {
            sub = this.sentenceSubject(sf, cue.tok);
            // "Ann Lee, who backed Hart and said he would win, insisted ...": the second verb of a
            // relative clause after its phrase; the clause, and its content, end at its comma
            for (let r = conj - 1; sub && r > sf + 1 && conj - r < 25; r--) {
              if (t[r]!.text === "," || this.quoted(r)) break;
              if (/^(?:who|which)$/.test(lw(t[r])) && t[r - 1]!.text === ",") {
                sub = { ...sub, viaRelative: true, relTok: r };
                break;
              }
            }
          }
          // "Lee rallied voters by promising to cut the toll": the means is the subject's own act
          // (and "toured the site before insisting ...", "won after promising ...", "while quietly arguing")
          // ("before talking about ...": the verb of a cue with its particle)
          if (!sub && cue.participle && cue.tok > sf + 2 && t[cue.tok]!.l.endsWith("ing")) {
            let p = cue.tok - 1;
            // (an adverb or two after the subordinator: "while also suggesting", "before quietly arguing")
            while (p > cue.tok - 3 && t[p]!.t === "w" && betweenSubjectAndCue(t[p]!.l, t[p]!.text)) p--;
            // (speech with a clause only, but for the means: "while maintaining its image" keeps, it does
            // not claim; "began by stressing the costs" does)
            const next = t[cue.lastTok + 1];
            const clause =
              lw(t[p]) === "by" ||
              cue.kind !== "speech" ||
              CALL.has(cue.verb) ||
              lw(next) === "that" ||
              // "before explaining why she ...": a question clause
              WH_CLAUSE.test(lw(next)) ||
              (next?.t === "w" && PRON_SUBJECT.has(next.l)) ||
              hasFiniteVerb(t, cue.lastTok + 1, st);
            if (clause && p > sf + 1 && PARTICIPLE_SUBORDINATOR.test(lw(t[p])))
              sub = this.sentenceSubject(sf, cue.tok);
          }
          if (!sub && cue.kind === "belief") sub = this.plainSubject(cue.tok, sf);
          // "many voters who live here said ...": the phrase before a restrictive relative clause
          if (!sub) sub = this.subjectBeforeRelative(cue.tok, sf);
          // "the auditor, whose office said ...": a body's or person's own voice speaks for it
          if (!sub) sub = this.whoseVoice(cue.tok, sf);
          // "the source, who said he had ..., told the paper", "voters who want ...", "the union, which
          // backs the plan": "who" or "which" stands for the phrase before it (and is the mention at the cue)
          if (!sub) {
            const r = this.skipBetweenLeft(cue.tok - 1, sf);
            // (a thing's "which responded with strikes, further ...": no report unless a clause follows at once)
            // ("which said in a letter that ...": a medium before the clause)
            const thingSpeaks =
              lw(t[r]) === "which" &&
              cue.kind === "speech" &&
              NOT_CLAUSE_START.test(t[cue.lastTok + 1]?.text ?? "") &&
              !this.thatSoonAfter(cue.lastTok + 2, st);
            if (/^(?:who|which)$/.test(lw(t[r])) && r > sf && !thingSpeaks) {
              // the phrase may be a preposition's object: "funded by the council, which said", "spoke
              // with Ann Lee, who said" (but "a letter from the council, which said": the letter's)
              let np = this.npEndingAt(t[r - 1]!.text === "," ? r - 2 : r - 1, sf, true);
              const prep = np ? lw(t[np.from - 1]) : "";
              if (
                np &&
                np.from > sf &&
                lw(t[r]) === "which" &&
                prep !== "by" &&
                OBJECT_PREPOSITION.test(prep) &&
                // ("according to the agency, which said ...": a source, as "by" gives one)
                !(prep === "to" && lw(t[np.from - 2]) === "according")
              )
                np = null;
              // "Ann Lee, an analyst at Kestrel, who notes ...": the name the appositive describes
              const named =
                np?.m.kind === "description" && t[np.from - 1]?.text === ","
                  ? this.npEndingAt(np.from - 2, sf)
                  : null;
              if (named?.m.kind === "name" && np) named.m.title = this.text.slice(np.m.start, np.m.end);
              if (np)
                sub = {
                  mention: named?.m.kind === "name" ? named.m : np.m,
                  fromTok: r,
                  toTok: r,
                  inverted: false,
                  viaRelative: true,
                  relTok: r,
                };
            }
          }
          // "went on the radio to say ...", "stood at a rally here to argue ...": a purpose infinitive
          // after a place or a time closing the predicate is its subject's
          if (!sub && lw(prevTok) === "to") sub = this.purposeSubject(cue.tok - 1, sf);
          if (!sub) continue;
          // "used his closing address to call for ...": the address's user
          if (lw(t[cue.tok - 1]) === "to") sub = this.issuerOf(sub, sf) ?? sub;
        }
      }
      if (sub.inverted && cue.kind !== "according") sub = this.namedInApposition(sub, st, st - 1);
      // "asked the mayor whether ...": a question (its own kind); other frame-only verbs need a quote
      const question = /^ask/.test(cue.verb) && !sub.inverted ? this.questionContent(cue, st) : null;
      if (FRAME_ONLY.has(cue.verb) && !question) continue;
      // instructions and asides to the reader ("you feel", "Heat the honey and add ...") are no one's claims
      // the author's own voice ("I wish", "we found") is not an attributed claim
      // ... except a verb of belief ("I think", "we know"), reported for span scoring only and only in
      // news text (index.ts): PolNeAR annotates a columnist's views as attributions too
      const authorVoice = sub.mention.kind === "pronoun" && /^(?:you|i|we)$/.test(sub.mention.head);
      if (authorVoice && !(BELIEF.has(cue.verb) && sub.mention.head !== "you")) continue;
      if (this.imperativeName(sub, sf, cue)) continue;
      // "its campaign, which it calls ‘Safe Hands’": the name a thing goes by, no judgment of it
      if (
        CALL.has(cue.verb) &&
        /^(?:which|what|that)$/.test(lw(t[sub.fromTok - 1])) &&
        this.capitalisedQuoteAt(cue.lastTok + 1)
      )
        continue;
      const resolved = authorVoice
        ? {
            entity: this.resolver.author(sub.mention),
            mention: this.span(sub.mention.start, sub.mention.end),
          }
        : this.resolve(sub);
      const relTok = sub.relTok ?? (sub.inverted ? -1 : this.relativeBeforeCue(cue.tok, sf, sub.mention.end));
      if (relTok >= 0) {
        const rt = t[relTok]!;
        // ("whose office": the voice's words with the pronoun)
        resolved.mention = this.span(rt.start, rt.l === "whose" ? t[sub.toTok]!.end : rt.end);
      }
      lastEntity = resolved;
      lastFronted = this.inFrontedClause(cue.tok);
      // "weighed in on the plan", "fired back at critics": a phrasal verb frames a quote or a "that"
      // clause, not the phrase after it (its subject is still a participle's after it: ", calling ...")
      if (
        (PHRASAL_SPEECH.has(cue.verb) || QUOTE_FRAME_VERBS.has(cue.verb)) &&
        lw(t[cue.lastTok + 1]) !== "that" &&
        // ("put it to the minister that ...": the one addressed, then the clause)
        !(lw(t[cue.lastTok + 1]) === "to" && this.addressedThat(cue.lastTok + 2, st) > 0)
      )
        continue;
      const subj: [number, number] = [
        t[Math.min(sub.fromTok, sub.toTok)]!.start,
        t[Math.max(sub.fromTok, sub.toTok)]!.end,
      ];
      if (question) {
        const d = this.add("question", question[0], question[1], cue, resolved.entity, resolved.mention);
        if (d) d.subj = subj;
        continue;
      }
      if (cue.kind === "refusal") {
        // "declined to say whether ...": what was not said is the content, from the refused verb on
        let start = cue.start;
        let end = cue.end;
        const nx = lw(t[cue.lastTok + 1]);
        if (/^(?:whether|if|how|why|what|when|where|who|which)$/.test(nx)) {
          let v = cue.lastTok;
          while (v > cue.tok && lw(t[v - 1]) !== "to") v--;
          const r = this.trimRange(cue.lastTok + 1, this.contentEnd(cue.lastTok + 1, st));
          if (r) {
            // ("would not say how many ...": with no "to", the question clause alone)
            start = v > cue.tok ? t[v - 1]!.start : t[r[0]]!.start;
            end = t[r[1] - 1]!.end;
          }
        } else {
          // what was refused, as PolNeAR marks it: "declined [to comment on the vote]", "did not
          // respond to [a request for comment]", "did not return [calls seeking comment]"
          const r = refusedRange(t, cue.tok, cue.lastTok, st);
          // ("would not disclose the number but called it ...": an object ends at its phrase)
          const objectOnly = r === cue.lastTok + 1 && !/^(?:to|that)$/.test(lw(t[r]));
          const rEnd = r >= 0 ? this.contentEnd(r, st) : -1;
          const rr = r >= 0 ? this.trimRange(r, objectOnly ? this.objectEnd(r, rEnd) : rEnd, 1) : null;
          if (rr) {
            start = t[rr[0]]!.start;
            end = t[rr[1] - 1]!.end;
          }
        }
        const d: Draft = {
          kind: "refusal",
          start,
          end,
          cue: this.span(cue.start, cue.end),
          entity: resolved.entity,
          mention: resolved.mention,
          subj,
        };
        this.drafts.push(d);
        // ("declined to comment on “rumours or speculation.”": the quote is what was refused, no one's claim)
        for (let qi = 0; qi < this.b.quotes.length; qi++) {
          const q = this.b.quotes[qi]!;
          if (q.start >= start && q.end <= end + 2) this.claimedQuote.add(qi);
        }
        continue;
      }
      let range: [number, number] | null = null;
      // "vowed to cut the tax", "plans to run": the infinitive is the content, a belief
      let infinitive = false;
      let leftPart: [number, number] | null = null;
      if (contentFrom >= 0) range = this.trimRange(contentFrom, contentTo);
      else {
        const tail = sub.inverted ? sub.toTok + 1 : cue.lastTok + 1;
        if (sub.inverted && t[tail]?.text === ",") {
          // "..., said Omar Haddad, a senior analyst at Fintrend."
          // "..., said Ann Lee, an analyst at Kestrel, who notes that ...": a relative clause about the
          // source may follow its appositive
          let segEnd = st;
          for (let k = tail + 1; k < st; k++)
            if (t[k]!.text === "," && isRelative(t[k + 1])) {
              segEnd = k;
              break;
            }
          const seg = t.slice(tail + 1, segEnd).filter((x) => !(x.t === "p" && SENT_PUNCT.test(x.text)));
          const ws = seg.filter((x) => x.t === "w");
          if (looksLikeAppositive(ws) || isRelative(ws[0])) sub.toTok = st - 1;
        }
        infinitive = !sub.inverted && INFINITIVE.has(cue.verb) && infinitiveAt(t, cue.lastTok + 1);
        const right = sub.inverted ? tail : infinitive ? cue.lastTok + 1 : this.skipAfterCue(cue, st);
        // "the source, who said he had spoken to them, told the paper": the relative clause ends at its comma
        let rightEnd = this.contentEnd(right, st);
        // the object of an attitude ("endorsed Ben Carson, a neurosurgeon", "blamed the incident on
        // hackers but later ...") ends at its first comma, a day, or "and"/"but" before a new verb
        if (!sub.inverted && lw(t[right - 1]) !== "that" && (attitudeVerb(cue.verb) || infinitive))
          rightEnd = this.objectEnd(right, rightEnd);
        // "called the plan “a disgrace,” a word ...": the judgment ends with its quote
        if (!sub.inverted && (CALL.has(cue.verb) || STANCE.has(cue.verb)))
          rightEnd = this.afterJudgmentQuote(right, rightEnd);
        if (sub.viaRelative) {
          // "voters who back the levy said ...": a restrictive relative ends at the main clause's
          // reporting verb
          const restrictive = t[(sub.relTok ?? 0) - 1]?.text !== ",";
          const later = restrictive ? this.cuesIn(right + 1, rightEnd).map((c) => c.tok) : [];
          for (let k = right + 1; k < rightEnd; k++) {
            if ((t[k]!.text === "," && !this.quoted(k)) || later.includes(k)) {
              rightEnd = k;
              break;
            }
            // "who wrote “Salt and Iron,” said ...": the comma inside a closing mark ends it too
            if (t[k]!.text === "," && this.closesQuoteOpenedAfter(k, right)) {
              rightEnd = k + 2;
              break;
            }
          }
        }
        // an attitude may take a short object: "criticized the plan", "endorsed Clinton"; a reported
        // clause has two words at least ("thinks it's unfair", "said so too")
        const stance = attitudeVerb(cue.verb) && !sub.inverted;
        let rightRange = right < st ? this.trimRange(right, rightEnd, stance ? 1 : 2) : null;
        // a reported clause does not open with a preposition, "to", a relative or a conjunction
        // ("testified before the committee", "agreed to return", "testifying Tuesday who ...")
        if (
          rightRange &&
          !sub.inverted &&
          lw(t[rightRange[0] - 1]) !== "that" &&
          NOT_CLAUSE_START.test(t[rightRange[0]]!.text) &&
          // "said about half of the money ...", "found over 300 ...", "reported at least six ...": a
          // quantity, not a preposition
          !(lw(t[rightRange[0]]) === "about" && QUANTITY.test(lw(t[rightRange[0] + 1]))) &&
          !overANumber(t, rightRange[0]) &&
          !(lw(t[rightRange[0]]) === "at" && /^(?:least|most)$/.test(lw(t[rightRange[0] + 1]))) &&
          // "told his staff at the rally to stay home": what they were told to do
          !(TELL.has(cue.verb) && infinitiveAt(t, rightRange[0]) && lw(t[right - 1]) !== "to")
        ) {
          // attitudes take objects and infinitives: "wants to run", "criticized the plan"
          if (
            !infinitive &&
            !(
              STANCE.has(cue.verb) && /^(?:to|for|about|on|in|with|against|of)$/i.test(t[rightRange[0]]!.text)
            )
          ) {
            // "CONTENT, she said in a message to staff.", "A, he said, but B": no clause after the
            // frame, so the content is before it (and goes on after a comma with a conjunction)
            const lead = sub.fromTok > sf ? this.clauseStart(sf, sub.fromTok - 1) : -1;
            if (
              !PARENTHETICAL_VERBS.has(cue.verb) ||
              lead < 0 ||
              t[sub.fromTok - 1]?.text !== "," ||
              SUBORDINATOR.test(lw(t[lead])) ||
              // (a verb of its own: a tense, or a cue's verb with no tense to show, "hope to announce")
              !(hasFiniteVerb(t, lead, sub.fromTok - 1) || this.cuesIn(lead, sub.fromTok - 1).length) ||
              // (a quote after the frame is the frame's own: "stated of politicians, “...”")
              this.quotesIn(rightRange[0], st).length
            )
              continue;
            midAfter = this.goesOnAfterFrame(cue, CONTENT_GOES_ON);
            rightRange = null;
          }
        }
        // "Cases rose to 41, the agency said on Wednesday, the most in years": a frame after a complete
        // clause, with words of its own and a comma: the clause is the content, the rest its appositive
        if (
          rightRange &&
          !sub.inverted &&
          PARENTHETICAL_VERBS.has(cue.verb) &&
          t[sub.fromTok - 1]?.text === "," &&
          t[rightRange[0] - 1]?.text === "," &&
          // (words after the cue before that comma: "said on Wednesday, ..."; "The levy was, he said, the worst
          // ..." is a frame inside its content)
          rightRange[0] - 1 > cue.lastTok + 1 &&
          !this.quotesIn(rightRange[0], st).length
        ) {
          const lead = sub.fromTok > sf ? this.clauseStart(sf, sub.fromTok - 1) : -1;
          if (lead >= 0 && !SUBORDINATOR.test(lw(t[lead])) && hasFiniteVerb(t, lead, sub.fromTok - 1)) {
            midAfter = this.goesOnAfterFrame(cue, CONTENT_GOES_ON);
            rightRange = null;
          }
        }
        // "wrote the novel “Salt and Iron”": a title after a verb of writing names a work, not its words
        // (and "Fiona Grier, who wrote a history of the coast,": a relative clause's plain object with no
        // clause nor quote is a work that describes her, not a report)
        if (
          rightRange &&
          !sub.inverted &&
          WRITE_VERBS.test(cue.verb) &&
          lw(t[rightRange[0] - 1]) !== "that" &&
          (this.quotesIn(rightRange[0], rightRange[1]).some((qi) => this.b.quotes[qi]!.title) ||
            (sub.viaRelative &&
              WORK_DETERMINER.test(lw(t[rightRange[0]])) &&
              !this.quotesIn(rightRange[0], rightRange[1]).length)) &&
          !hasFiniteVerb(t, rightRange[0], rightRange[1])
        )
          continue;
        // "added two bus routes": "add" reports speech only with a clause ("added that ...", "added the
        // plan was late"), not with a plain object; "recall" so after a body ("recalls frozen pastries")
        if (
          rightRange &&
          !sub.inverted &&
          (CLAUSE_ONLY.has(cue.verb) ||
            (BODY_CLAUSE_ONLY.has(cue.verb) &&
              // (a body, or one its object shows: "Velmara recalled its ambassador"; or a headline,
              // which has no final stop: "Velmara recalls ambassador")
              (sub.mention.org ||
                sub.mention.role === "org" ||
                lw(t[rightRange[0]]) === "its" ||
                !FINAL_STOP.test(t[st - 1]?.text ?? "")))) &&
          lw(t[rightRange[0] - 1]) !== "that" &&
          // ("posted on X accusing the label of ...": a participle of saying or of an attitude after
          // the medium is what the post said)
          !(lw(t[rightRange[0]]).endsWith("ing") && this.cuesIn(rightRange[0], rightRange[0] + 1).length)
        ) {
          if (
            !this.quotesIn(rightRange[0], rightRange[1]).length &&
            !hasFiniteVerb(t, rightRange[0], rightRange[1])
          )
            continue;
        }
        // "declared a state of emergency": an official act in force, not a statement
        if (
          rightRange &&
          !sub.inverted &&
          DECLARE.test(cue.verb) &&
          DECLARED_ACT.test(this.text.slice(t[rightRange[0]]!.start, t[rightRange[1] - 1]!.end))
        )
          continue;
        // "posted an apology, saying he ...": a message named as the object, then a participle of
        // saying; what was said is the participle's clause, the object only names the message
        if (
          rightRange &&
          !sub.inverted &&
          lw(t[rightRange[0] - 1]) !== "that" &&
          t[rightRange[1]]?.text === "," &&
          SAYING_AFTER.test(lw(t[rightRange[1] + 1])) &&
          ISSUED_DOCUMENTS.has(lw(t[rightRange[1] - 1])) &&
          !this.quotesIn(rightRange[0], rightRange[1]).length &&
          !hasFiniteVerb(t, rightRange[0], rightRange[1])
        )
          continue;
        let restAfter = sub.inverted ? this.trimRange(sub.toTok + 1, st) : rightRange;
        // "..., said Mario Clark in an email to staff." — an adverbial after an inverted frame
        if (sub.inverted && restAfter && NOT_CLAUSE_START.test(t[restAfter[0]]!.text)) restAfter = null;
        if (!sub.inverted && rightRange) {
          range = rightRange;
          // "The plan, the mayor said, would cost too much": a frame inside the clause; the words
          // before it are the clause's subject and belong to the content
          const c0 = sub.fromTok - 1;
          const first = t[rightRange[0]]!;
          if (
            t[c0]?.text === "," &&
            !this.quoted(c0) &&
            t[cue.lastTok + 1]?.text === "," &&
            rightRange[0] === cue.lastTok + 2 &&
            first.t === "w" &&
            !isCap(first.text) &&
            !PARENTHETICAL_NOT_AFTER.test(first.l)
          ) {
            const left = this.trimRange(this.clauseStart(sf, c0), c0, 1);
            if (left && c0 - left[0] <= 25 && !this.hasCueBefore(left[0], c0)) leftPart = left;
          }
        } else if (sub.fromTok > sf && !restAfter) {
          // "CONTENT, X said." — content runs from the sentence start to the comma before the subject
          let e = sub.fromTok;
          if (t[e - 1]?.text === ",") e--;
          else if (!sub.inverted) e = -1;
          if (sub.inverted) {
            e = cue.tok;
            if (t[e - 1]?.text === ",") e--;
          }
          // not an adverbial ("In a wide-ranging interview, X said:"), nor a noun phrase the name is in
          // apposition to inside a subordinate clause ("... after her opponent, Gareth Harrow, conceded.")
          if (
            e > sf &&
            t[cue.lastTok + 1]?.text !== ":" &&
            !isAdverbial(t.slice(sf, e)) &&
            !(
              sub.mention.kind === "name" &&
              t[e + 1]?.start === sub.mention.start &&
              t[cue.tok - 1]?.text === "," &&
              t[cue.tok - 2]?.end === sub.mention.end &&
              this.subordinateNounBefore(e, sf)
            )
          ) {
            range = this.trimRange(this.clauseStart(sf, e), e);
            // "A, she says, especially in winter": the clause goes on after the frame
            const goesOn = sub.inverted ? -1 : this.goesOnAfterFrame(cue, GOES_ON_AFTER_FRAME);
            if (goesOn >= 0) midAfter = goesOn;
          }
        }
      }
      if (!range) continue;
      if (NEEDS_COMPLEMENT.has(cue.verb) && range[0] < cue.tok && !AFTER_CONTENT.has(cue.verb)) continue;
      // "said it was great, a man yelled “Stay!”", "... - “A,” Lee said twice": a later quote with a
      // frame of its own inside the content after the verb ends the content before it
      if (range[0] > cue.tok) range = this.beforeFramedQuote(range, cue);
      if (!range) continue;
      // content that is exactly a quote already framed elsewhere
      let qs = this.quotesIn(range[0], range[1]);
      if (
        qs.some((qi) => this.frames.has(qi) || this.claimedQuote.has(qi)) &&
        qs.length === 1 &&
        this.coversQuote(range, qs[0]!)
      )
        continue;
      // "Ann Dove declared: “...,” she said.": a quote framed on both sides is its later frame's claim
      if (qs.length === 1 && cue.tok < range[0] && this.ownFrameEnds(qs[0]!, range)) continue;
      // "Lee seemed annoyed: “...,” she wrote.": a quote after a colon with a speech frame of its own
      // after it is that frame's; the content ends at the colon
      const last = qs[qs.length - 1];
      if (last !== undefined && cue.tok < range[0] && this.framedAfterColon(last, cue)) {
        const cut = this.trimRange(range[0], this.b.quotes[last]!.openTok - 1);
        if (!cut || this.wordsIn(cut[0], cut[1]) < 3) continue;
        range = cut;
        qs = this.quotesIn(range[0], range[1]);
      }
      // "X called Y “Z”": the quoted words; unquoted, a report when it names the object ("called him
      // reckless", "described it as a gamble"), else an attitude ("praised the plan")
      let judgment = false;
      if (CALL.has(cue.verb) && (range[0] < cue.tok || !qs.length)) {
        if (range[0] < cue.tok || sub.inverted || !unquotedJudgment(cue.verb, t, range[0], range[1]))
          continue;
        judgment = !namesObject(cue.verb, t, range[0], range[1]);
      }
      // unnamed documents ("studies suggest", "a report found") state findings, not claims of a source
      const finding =
        resolved.entity.type === "unknown" && sub.mention.role === "doc" && FINDINGS.test(sub.mention.head);
      // "A Harbor Institute survey found that ...": a named body's document reports its findings, as
      // "according to a Harbor Institute survey" does (a claim of the body, not a belief)
      // (and "Researchers at X found that ...", "They found that ..." of researchers: people reporting
      // their findings claim them, as "said" does)
      const foundClause =
        !finding &&
        !infinitive &&
        FOUND_VERBS.test(cue.verb) &&
        range[0] > cue.tok &&
        (lw(t[range[0] - 1]) === "that" || hasFiniteVerb(t, range[0], range[1]));
      const bodyFinds = resolved.entity.type === "organization";
      const namedFinding = foundClause && bodyFinds && sub.mention.role === "doc";
      const peopleFinding =
        foundClause && !bodyFinds && [...resolved.entity.heads].some((h) => FINDING_PEOPLE.has(h));
      // "ruled (2-1) that the fee was lawful": a court's ruling is reported as its statement ("ruled
      // Friday against the state", "ruled that out" stay acts, beliefs)
      const ruling =
        RULING.test(cue.verb) &&
        ((lw(t[range[0] - 1]) === "that" && lw(t[range[0]]) !== "out") || qs.length > 0);
      const kind =
        finding || judgment || infinitive
          ? "belief"
          : namedFinding || peopleFinding || ruling
            ? this.kindOf({ ...cue, kind: "speech", verb: "said" }, range[0], range[1])
            : this.kindOf(cue, range[0], range[1]);
      // "“...,” he said, according to the Ledger": the outlet reports the words, but the quote with its
      // own frame inside the content keeps its speaker as a claim of its own
      for (const qi of qs) if (!this.frameInside(qi, range, cue.tok)) this.claimedQuote.add(qi);
      const d = this.add(kind, range[0], range[1], cue, resolved.entity, resolved.mention);
      if (d) d.subj = subj;
      if (d && authorVoice) d.authorVoice = true;
      if (d && sub.viaRelative) d.inRelative = true;
      if (d && leftPart) {
        const ls = t[leftPart[0]]!.start;
        d.parts = [
          { start: ls, end: t[leftPart[1] - 1]!.end },
          { start: d.start, end: d.end },
        ];
        d.start = ls;
      }
      if (d && midAfter >= 0) {
        const r2 = this.trimRange(midAfter, st);
        if (r2) {
          d.parts = [
            { start: d.start, end: d.end },
            { start: t[r2[0]]!.start, end: t[r2[1] - 1]!.end },
          ];
          d.end = t[r2[1] - 1]!.end;
        }
      }
    }
  }

  /**
   * The sentence's subject for an infinitive at `toTok` after a phrase of place or time that ends the
   * predicate ("on the radio", "on Twitter", "on Friday", "here"), not after an object that may be
   * the one who speaks ("asked Hart to say"). Null otherwise.
   */
  private purposeSubject(toTok: number, sf: number): Subject | null {
    const t = this.b.tokens;
    const last = t[toTok - 1];
    if (last?.t !== "w" || this.quoted(toTok - 1)) return null;
    let ok =
      /^(?:here|there|today|tonight|yesterday)$/.test(last.l) || (WEEKDAYS.has(last.l) && isCap(last.text));
    for (let k = toTok - 2; !ok && k > sf && k >= toTok - 4; k--) {
      if (t[k]!.t !== "w" || this.quoted(k)) break;
      if (PURPOSE_PLACE.test(t[k]!.l)) ok = true;
    }
    if (!ok) return null;
    const sub = this.sentenceSubject(sf, toTok);
    if (!sub || sub.inverted || sub.toTok <= sf || sub.toTok + 1 >= toTok) return null;
    const v = t[sub.toTok + 1];
    // (the subject's own verb follows it, and no comma stands before the infinitive)
    if (v?.t !== "w" || isCap(v.text) || PREPOSITION_LIKE.test(v.l)) return null;
    for (let k = sub.toTok + 1; k < toTok; k++) if (t[k]!.t !== "w" || TELL.has(t[k]!.l)) return null;
    return sub;
  }

  /** The semicolon that closes a frame ("X said;", "said Ann Lee;"), else the sentence's end. */
  private frameSemicolon(cue: Cue, st: number): number {
    const t = this.b.tokens;
    let k = cue.lastTok + 1;
    // past an inverted subject of a few words ("..., said Ann Lee;")
    for (let n = 0; n < 6 && k < st && t[k]!.t === "w" && !this.quoted(k); n++) k++;
    return k < st && t[k]!.text === ";" && !this.quoted(k) ? k : st;
  }

  /**
   * Nominal cues after a possessive source: "Lee's claim that the fund is empty", "his pledge to
   * cut taxes", "their criticism of the plan", "In Lee's view, the fund is empty". The possessive is
   * the source mention; the content is what follows "that", "to", "of", "about", "on" or ":"
   * (or, for "in X's view,", the clause after the comma). Reported as beliefs.
   */
  private nominalToks: number[] | undefined;
  /** The block's relative pronouns (for relativeReport), found in the same pass as the nominal cues. */
  private relativeToks: number[] = [];
  private relativeAt = 0;
  private nominalAt = 0;

  /** One pass over the block for the words its later passes start from. */
  private scanBlock(): number[] {
    const t = this.b.tokens;
    const nominal: number[] = [];
    const relative: number[] = [];
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (x.t !== "w") continue;
      if (NOMINAL.has(x.l) || WITH_PARTICLE.has(x.l)) nominal.push(i);
      else if (relativeWord(x.l)) relative.push(i);
    }
    this.nominalToks = nominal;
    this.relativeToks = relative;
    return nominal;
  }

  private nominal(sf: number, st: number): void {
    const t = this.b.tokens;
    // the block's candidate nouns, found once
    const ns = this.nominalToks ?? this.scanBlock();
    // sentences come in order: start where the last one stopped instead of at the block's first noun
    let n = this.nominalAt;
    while (n < ns.length && ns[n]! <= sf) n++;
    this.nominalAt = n;
    for (; n < ns.length && ns[n]! < st - 1; n++) {
      const i = ns[n]!;
      const tk = t[i]!;
      const particles = WITH_PARTICLE.get(tk.l);
      const withPrep = particles?.includes(lw(t[i + 1])) ?? false;
      if (!(withPrep || NOMINAL.has(tk.l)) || this.quoted(i)) continue;
      let p = i - 1;
      // one modifier between: "Lee's repeated claim", "his controversial pledge"
      if (p > sf && t[p]!.t === "w" && !isPossessive(t[p]!.text) && !POSSESSIVE_PRONOUN.has(t[p]!.l)) p--;
      const pt = t[p]!;
      if (pt.t !== "w" || this.quoted(p)) continue;
      let mention: Mention | null = null;
      const subjectPronoun = POSSESSIVE_PRONOUN.get(pt.l);
      if (subjectPronoun) mention = pronounMention(pt.start, pt.end, subjectPronoun);
      else if (isPossessive(pt.text) && isCap(pt.text)) {
        // the possessive name with the capitalised words before it: "Gov. Ann Lee's"
        let a = p;
        while (a > sf && a > p - 4 && t[a - 1]!.t === "w" && isCap(t[a - 1]!.text) && !this.quoted(a - 1))
          a--;
        const bare = stripPossessive(pt.text);
        const last: Token = { ...pt, text: bare, end: pt.start + bare.length, l: bare.toLowerCase() };
        const np = parseSpeakerNP([...t.slice(a, p), last], this.text);
        if (np && np.kind === "name") mention = np;
      }
      if (!mention) continue;
      let from = -1;
      const next = lw(t[i + 1]);
      const inView = lw(t[p - 1]) === "in" && t[i + 1]?.text === ",";
      if (inView) from = i + 2;
      else if (withPrep || NOMINAL_PREP.test(next) || t[i + 1]?.text === ":") from = i + 2;
      else if (next === "to") from = i + 1;
      else from = this.thatAfterAdverbial(i + 1, st);
      if (from < 0 || from >= st) continue;
      let end = this.contentEnd(from, st);
      // a preposition's object ends with its phrase, before the clause's verb: "his support for the
      // levy has not wavered"
      if (from === i + 2 && next !== "that" && t[i + 1]?.text !== ":" && !inView) {
        end = this.objectEnd(from, end);
        for (let k = from + 1; k < end; k++)
          if (!this.quoted(k) && AUXILIARIES.test(lw(t[k]))) {
            end = k;
            break;
          }
      }
      const r = this.trimRange(from, end, 1);
      if (!r) continue;
      const cue = this.tokenCue(i, "belief", tk.l);
      const sub: Subject = { mention, fromTok: p, toTok: p, inverted: false };
      // "Reed pinned his hopes on ...", "the paper has long been loud in its opposition to ...": the
      // sentence's subject holds the view, and is its source mention when "his" stands for it
      const ss = subjectPronoun ? this.sentenceSubject(sf, p) : null;
      const held = ss && ss.toTok < p ? this.resolve(ss) : null;
      const res = this.resolve(sub);
      res.mention = held?.entity === res.entity ? held.mention : this.span(pt.start, pt.end);
      const d = this.add("belief", r[0], r[1], cue, res.entity, res.mention);
      if (d) d.subj = [t[p]!.start, t[p]!.end];
    }
  }

  /**
   * "Lee has strong support among farmers", "the mayor drew backing from the unions": the group after
   * "among"/"from" supports the subject, as PolNeAR annotates it (a belief: the subject is the content,
   * the group its source). The verb comes from a short list (cues.json supportVerbs), with at most
   * two modifiers before the noun.
   */
  private supportAmong(sf: number, st: number): void {
    const t = this.b.tokens;
    for (let i = sf + 2; i < st - 2; i++) {
      if (!SUPPORT_NOUN.test(lw(t[i])) || !SUPPORT_FROM.test(lw(t[i + 1])) || this.quoted(i)) continue;
      let k = i - 1;
      while (k > sf && i - k <= 3 && t[k]!.t === "w" && !SUPPORT_VERBS.has(t[k]!.l)) {
        const w = t[k]!.l;
        if (NOT_IN_NP.has(w) && !SUPPORT_MODIFIER.test(w)) break;
        k--;
      }
      if (!SUPPORT_VERBS.has(lw(t[k]))) continue;
      const v = this.skipBetweenLeft(k - 1, sf);
      if (v < sf) continue;
      const np = this.npEndingAt(v, sf);
      if (!np) continue;
      const src = this.npStartingAt(i + 2, st);
      if (!src) continue;
      const r = this.trimRange(np.from, v + 1, 1);
      if (!r) continue;
      const cue = this.tokenCue(i, "belief", lw(t[i]));
      const sub: Subject = { mention: src.m, fromTok: i + 2, toTok: src.to, inverted: true };
      const res = this.resolve(sub);
      const d = this.add("belief", r[0], r[1], cue, res.entity, res.mention);
      if (d) d.subj = [t[i + 2]!.start, t[src.to]!.end];
    }
  }

  /**
   * "her claim during the debate that ...", "his statement on Monday that ...": the "that" clause
   * after a short adverbial of time or occasion at `j`, no verb or conjunction between. The token after
   * "that", else -1.
   */
  private thatAfterAdverbial(j: number, st: number): number {
    const t = this.b.tokens;
    if (!ADVERBIAL_OPENER.test(lw(t[j])) && !WEEKDAYS.has(lw(t[j]))) return -1;
    for (let k = j + 1; k < st && k <= j + 6; k++) {
      if (t[k]!.t !== "w" || this.quoted(k)) return -1;
      if (t[k]!.l === "that") return k + 1;
      if (AUXILIARIES.test(t[k]!.l) || ADVERBIAL_STOP.test(t[k]!.l)) return -1;
    }
    return -1;
  }

  /**
   * Does a subordinator and a short noun phrase end at token `e` ("after her opponent", "when the
   * chairman")? A name after its comma is that phrase's appositive, and the verb after the name the
   * subordinate clause's own.
   */
  private subordinateNounBefore(e: number, sf: number): boolean {
    const t = this.b.tokens;
    for (let k = e - 1; k >= sf && k >= e - 5; k--) {
      const x = t[k]!;
      if (x.t !== "w" || this.quoted(k)) return false;
      if (APPOSITION_SUBORDINATOR.test(x.l)) return k < e - 1 && NP_OPENER.test(lw(t[k + 1]));
    }
    return false;
  }

  private kindOf(cue: Cue, from: number, to: number): ClaimKind {
    const qs = this.quotesIn(from, to);
    // "rejected the claims as “patently false,”": a stance that names its object in its source's
    // words, as "described ... as “...”" does: reported speech
    if (STANCE.has(cue.verb) && qs.some((qi) => lw(this.b.tokens[this.b.quotes[qi]!.openTok - 1]) === "as"))
      return "mixed";
    if (cue.kind === "belief" || BELIEF.has(cue.verb)) return "belief";
    if (!qs.length) return "indirect";
    if (qs.length === 1 && this.coversQuote([from, to], qs[0]!)) return "direct";
    return "mixed";
  }

  /** Quote `q` as a direct claim of the speaker and cue of `frame`. */
  private framedDraft(q: Quote, frame: Frame): Draft {
    const r = this.resolve(frame.subject);
    return {
      kind: "direct",
      start: q.start,
      end: q.end,
      cue: this.span(frame.cue.start, frame.cue.end),
      entity: r.entity,
      mention: r.mention,
    };
  }

  /** Direct claims from framed quotes, broken quotes joined, orphan quotes given the nearest speaker. */
  /**
   * “The hill saved us,” he said. “This time.”: a quote of a word or two that is a sentence of its own
   * (a capital, a final stop inside the marks, a sentence ending before it), right after a claimed
   * quote of the same paragraph, goes on with that speech. (Short quotes are otherwise scare quotes.)
   */
  private shortSentenceAfterQuote(q: Quote, qi: number): boolean {
    const t = this.b.tokens;
    const body = this.text.slice(q.start, q.end);
    if (!CAPITAL_START.test(body) || !/[.!?]$/.test(body)) return false;
    const before = t[q.openTok - 1];
    if (!before || !/^[.!?]$/.test(before.text) || this.quoted(q.openTok - 1)) return false;
    return qi > 0 && this.claimedQuote.has(qi - 1);
  }

  private quoteClaims(): Chain | undefined {
    const qs = this.b.quotes;
    const chain = this.openChain;
    let out: Chain | undefined;
    const byPos = () => [...this.drafts].sort((a, b) => a.start - b.start);
    for (let qi = 0; qi < qs.length; qi++) {
      if (this.claimedQuote.has(qi)) continue;
      const q = qs[qi]!;
      const continuing = qi === 0 && chain !== undefined && q.openTok === 0;
      const atEnd = !q.closed && qi === qs.length - 1;
      // continuation of a quote running over paragraphs, already claimed
      if (continuing && chain.draft) {
        const d = chain.draft;
        d.parts = d.parts ?? [{ start: d.start, end: d.end }];
        d.parts.push({ start: q.start, end: q.end });
        d.end = q.end;
        this.claimedQuote.add(qi);
        if (atEnd) out = { draft: d, pending: [] };
        continue;
      }
      // "its campaign, which it calls ‘Safe Hands’": the name a thing goes by, no one's words
      if (this.nameGiven(q)) continue;
      const f = this.frames.get(qi);
      const speechLike = q.words >= 4 || /[.!?,]$/.test(this.text.slice(q.start, q.end));
      let d: Draft | null = null;
      if (f) {
        if (!speechLike && q.words < 2) continue;
        d = this.framedDraft(q, f);
        // “made a mistake,” after words of the same clause ("the mayor “made a mistake,” Lee said"):
        // the reported clause with its partial quote is the claim (mixed)
        const lead = f.cue.tok > q.closeTok ? this.clauseLead(q) : -1;
        if (lead >= 0) {
          d.kind = "mixed";
          d.start = this.b.tokens[lead]!.start;
        }
        this.drafts.push(d);
        this.claimedQuote.add(qi);
        // a quote broken by its frame: “...,” she said, “...”
        const nq = qs[qi + 1];
        if (f.continues && nq && !this.frames.has(qi + 1) && nq.openTok <= f.afterEnd + 1) {
          d.parts = [
            { start: q.start, end: q.end },
            { start: nq.start, end: nq.end },
          ];
          d.end = nq.end;
          this.claimedQuote.add(qi + 1);
          qi++;
          if (!nq.closed && qi === qs.length - 1) out = { draft: d, pending: [] };
          if (continuing) this.prepend(d, chain.pending);
          continue;
        }
      } else if (speechLike && (q.words >= 3 || this.shortSentenceAfterQuote(q, qi)) && !this.signText(q)) {
        // an orphan quote: the speaker of the nearest claim before it (this block or the one before)
        const prior = byPos().filter((x) => x.start < q.start && x.kind !== "refusal" && x.kind !== "belief");
        const src = prior[prior.length - 1] ?? this.prevDraft;
        const startsBlock = q.openTok === 0;
        const intro = this.prevBlockIntro?.subject;
        // “A.” “B,” Lee said.: a quote opening the paragraph before any claim takes the speaker of
        // the paragraph's next framed quote
        let next: Frame | undefined;
        if (!prior.length && !intro)
          for (let j = qi + 1; j < qs.length && !next; j++) next = this.frames.get(j);
        const actor = next
          ? null
          : startsBlock
            ? src || prior.length
              ? null
              : this.namedAfter(q)
            : this.actorBefore(q, prior[prior.length - 1]);
        if (next) {
          d = this.framedDraft(q, next);
        } else if (actor && (!src || this.resolve(actor).entity !== src.entity || !prior.length)) {
          // (the speaker of the claim before, again: that claim's frame names it)
          d = this.quoteOf(q, actor);
        } else if (src && (prior.length > 0 || startsBlock)) {
          d = {
            kind: "direct",
            start: q.start,
            end: q.end,
            cue: src.cue,
            entity: src.entity,
            mention: src.mention,
          };
        } else if (intro && startsBlock) {
          d = this.quoteOf(q, intro);
        }
        if (d) {
          this.drafts.push(d);
          this.claimedQuote.add(qi);
        }
      }
      if (d && continuing) this.prepend(d, chain.pending);
      if (atEnd)
        out = d
          ? { draft: d, pending: [] }
          : { pending: [...(continuing ? chain.pending : []), { start: q.start, end: q.end }] };
    }
    return out;
  }

  /** "placards reading “...”", "a banner that read: “...”": the words of a sign, no one's speech. */
  private signText(q: Quote): boolean {
    const t = this.b.tokens;
    const k = /^[:,]$/.test(t[q.openTok - 1]?.text ?? "") ? q.openTok - 2 : q.openTok - 1;
    return SIGN_READ.test(lw(t[k]));
  }

  /** An orphan quote as the words of `speaker`, a subject found around it (no cue of its own: an empty one at the name). */
  private quoteOf(q: Quote, speaker: Subject): Draft {
    const r = this.resolve(speaker);
    return {
      kind: "direct",
      start: q.start,
      end: q.end,
      cue: this.span(speaker.mention.start, speaker.mention.start),
      entity: r.entity,
      mention: r.mention,
    };
  }

  /**
   * The person named as the subject of the sentence right after quote `q`, when the quote opens the
   * story's first claims: "“...” Ann Lee remembers the spring ..." (a feature's opening quote).
   */
  private namedAfter(q: Quote): Subject | null {
    const t = this.b.tokens;
    if (!q.closed || !/[.!?]$/.test(this.text.slice(q.start, q.end))) return null;
    const [sf, st] = this.sentenceOf(q.closeTok + 1);
    if (sf !== q.closeTok + 1 || sf >= t.length) return null;
    const sub = this.sentenceSubject(sf, st - 1);
    const m = sub?.mention;
    return m && m.kind === "name" && !m.plural && !m.org && sub.fromTok === sf ? sub : null;
  }

  /** Token `k` is the last before the closing mark of a quote that opens after token `from`. */
  private closesQuoteOpenedAfter(k: number, from: number): boolean {
    const qi = this.b.quoteOf[k]!;
    if (qi < 0) return false;
    const q = this.b.quotes[qi]!;
    return q.closeTok === k + 1 && q.openTok > from;
  }

  /**
   * The person of a short sentence right before quote `q`, when the quote opens the next sentence and
   * the sentence holds no claim (`prior` is the block's last claim before the quote): "She rolled her
   * eyes. “...”", "Lee paused. “...”" (a gesture that hands the quote to its speaker).
   */
  private actorBefore(q: Quote, prior: Draft | undefined): Subject | null {
    const [qsf] = this.sentenceOf(q.openTok);
    if (qsf !== q.openTok || q.openTok === 0) return null;
    const [psf, pst] = this.sentenceOf(q.openTok - 1);
    // (after a claim, only a gesture sentence of its own: "“...,” she said. He shook his head. “...”")
    if (prior && prior.end > this.b.tokens[psf]!.start) return null;
    // (a fronted phrase before its subject does not count: "Pressed on the fee ..., Lee paused.")
    if (pst - this.subjectStart(psf, pst) > ACTOR_SENTENCE_MAX || this.quotesIn(psf, pst).length) return null;
    const sub = this.sentenceSubject(psf, pst - 1);
    const m = sub?.mention;
    if (!m || m.plural || m.org) return null;
    if (m.kind === "pronoun" ? m.gender !== "m" && m.gender !== "f" : m.kind !== "name") return null;
    return sub;
  }

  /**
   * The first token of the words that run into quote `q` within its clause ("the mayor" in "the
   * mayor “made a mistake,” Lee said"), or -1 when the quote opens its clause or follows a comma,
   * colon or dash, or the words hold a cue or another quote.
   */
  private clauseLead(q: Quote): number {
    const t = this.b.tokens;
    const prev = t[q.openTok - 1];
    if (prev?.t !== "w" || this.quoted(q.openTok - 1)) return -1;
    const [sf] = this.sentenceOf(q.openTok);
    let from = this.clauseStart(sf, q.openTok);
    while (from < q.openTok && t[from]!.t !== "w") from++;
    if (q.openTok - from < 2 || q.openTok - from > 30) return -1;
    for (let k = from; k < q.openTok; k++) if (this.quoted(k)) return -1;
    if (this.hasCueBefore(from, q.openTok)) return -1;
    return from;
  }

  /** Put the earlier paragraphs of a running quote in front of its claim. */
  private prepend(d: Draft, pending: Array<{ start: number; end: number }>): void {
    if (!pending.length) return;
    d.parts = [...pending, ...(d.parts ?? [{ start: d.start, end: d.end }])];
    d.start = pending[0]!.start;
  }

  /** A subject introducing the next block: a sentence ending with a colon ("Lee put it this way:"). */
  introForNext(): Intro | undefined {
    const t = this.b.tokens;
    const last = t[t.length - 1];
    if (last?.text !== ":") return undefined;
    const s = this.b.sentences[this.b.sentences.length - 1];
    if (!s) return undefined;
    const cues = this.cuesIn(s[0], s[1]);
    for (const c of cues) {
      if (c.kind !== "speech" && c.kind !== "belief") continue;
      const sub = this.subjectLeft(c.tok, s[0]);
      if (sub) return { subject: sub, cue: this.span(c.start, c.end) };
    }
    const sub = this.sentenceSubject(s[0], s[1] - 1);
    return sub ? { subject: sub } : undefined;
  }

  /** A block after "X also said:" with no claim of its own is one of X's points (a list item). */
  headlineColon(): void {
    const t = this.b.tokens;
    if (t.length > 40 || this.b.sentences.length > 2) return;
    const colon = t.findIndex((x) => x.text === ":" && !this.quoted(t.indexOf(x)));
    // (a claim of the headline's own before the colon, or its quote framed by the colon already: no
    // more to do; a claim after it is part of what was said, below)
    if (colon < 1 || this.drafts.some((d) => d.kind !== "belief" && d.cue.start <= t[colon]!.start)) return;
    // "EXCLUSIVE – Ann Lee: ...": a page label and a dash before the source
    const h0 = HEADLINE_LABELS.test(t[0]!.text) && DASH.test(t[1]?.text ?? "") ? 2 : 0;
    if (colon - h0 < 1 || colon - h0 > 7) return;
    const head = t.slice(h0, colon);
    // (also "The Latest:")
    if (
      head.some((x) => x.t !== "w") ||
      HEADLINE_LABELS.test(head[0]!.text) ||
      HEADLINE_LABELS.test(head.at(-1)!.text)
    )
      return;
    const m = parseSpeakerNP(head, this.text, true);
    if (!m || m.kind === "pronoun" || m.end !== head[head.length - 1]!.end) return;
    // ("Storm Hedda: rivers burst their banks": a storm's name, no source)
    if (EVENT_NAME_START.has(head[0]!.text)) return;
    // a source the reader can recognise: a body, a titled or first-named person, or a name the story repeats
    if (
      m.kind === "name" &&
      !m.org &&
      m.gender === "?" &&
      !m.title &&
      !this.resolver.namedElsewhere(m.head, m.end)
    )
      return;
    const r = this.trimRange(colon + 1, t.length);
    if (!r || r[1] - r[0] < 3) return;
    const sub: Subject = { mention: m, fromTok: h0, toTok: colon - 1, inverted: false };
    const res = this.resolve(sub);
    const cue = this.tokenCue(colon, "speech", ":");
    // an attitude inside the reported headline ("City Hall Ignored ...") is part of what was said
    const to = t[r[1] - 1]!.end;
    this.keepDrafts(this.drafts.filter((d) => !(d.cue.start >= t[colon]!.start && d.cue.end <= to)));
    this.add(this.kindOf(cue, r[0], r[1]), r[0], r[1], cue, res.entity, res.mention);
  }

  /**
   * A transcript line: one to four capitalised words in upper case (a speaker label, "TAPPER",
   * "KATE LEE") and a colon at the start of the block, then what they said. Labels of the page
   * ("UPDATE:", "WATCH:") and the interviewer's "Q:"/"A:" are not speakers.
   */
  transcriptLine(): void {
    const t = this.b.tokens;
    let k = 0;
    while (k < t.length && k < 4 && t[k]!.t === "w" && CAPS_WORD.test(t[k]!.text)) k++;
    let sub: Subject | null = null;
    if (k > 0 && t[k]?.text === ":" && !HEADLINE_LABELS.test(t[0]!.text)) {
      // ("STAT OF THE WEEK:": a heading, not a name)
      for (let j = 1; j < k; j++) if (LABEL_FUNCTION_WORD.test(t[j]!.text)) return;
      const label = this.text.slice(t[0]!.start, t[k - 1]!.end);
      const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
      const toks = t.slice(0, k).map((x, i) => ({ ...x, text: words[i]!, l: words[i]!.toLowerCase() }));
      const m = parseSpeakerNP(toks, this.text, true);
      if (m?.kind !== "name" || !this.recognisable(m)) return;
      sub = { mention: m, fromTok: 0, toTok: k - 1, inverted: false };
    } else {
      // "Ann Lee: We will win." (a quote after the colon is the quote pass's: "Lee: “...”")
      k = 0;
      while (k < t.length && k < 9 && t[k]!.text !== ":") k++;
      if (t[k]?.text !== ":" || t[k + 1]?.t === "q") return;
      sub = this.nameBeforeColon(k);
      if (sub?.fromTok !== 0) return;
    }
    const r = this.trimRange(k + 1, t.length);
    if (!r || this.wordsIn(r[0], r[1]) < 3) return;
    const res = this.resolve(sub);
    const cue = this.tokenCue(k, "speech", ":");
    // the line is the speaker's; a report inside it ("a driver who said she would wait ...") stays as well,
    // unless it takes most of the line (then it stands for the line's own words)
    const from = t[r[0]]!.start;
    const to = t[r[1] - 1]!.end;
    this.keepDrafts(this.drafts.filter((d) => d.end - d.start < 0.6 * (to - from)));
    this.add("direct", r[0], r[1], cue, res.entity, res.mention);
  }

  /**
   * An interview's answer ("A: We had paper charts ...", or a paragraph under it before the next
   * question): the words of `who`, the person the interview is with. `from` is the first token of the
   * answer (after "A:").
   */
  answerLine(who: Mention, from: number): void {
    const t = this.b.tokens;
    const r = this.trimRange(from, t.length);
    if (!r || this.wordsIn(r[0], r[1]) < 2) return;
    const res = this.resolve({ mention: who, fromTok: 0, toTok: 0, inverted: false });
    const cue: Cue =
      from > 0
        ? this.tokenCue(from - 1, "speech", ":")
        : {
            tok: -1,
            lastTok: -1,
            start: this.b.start,
            end: this.b.start,
            kind: "speech",
            verb: "",
            participle: false,
          };
    // (a report inside the answer that does not take most of it stays, as in a transcript line)
    const to = t[r[1] - 1]!.end;
    this.keepDrafts(this.drafts.filter((d) => d.end - d.start < 0.6 * (to - t[r[0]]!.start)));
    this.add("direct", r[0], r[1], cue, res.entity, res.mention);
  }

  /**
   * An embedded post signed "— Ann Lee (@annlee) May 2, 2016": its text is Ann Lee's words. The text
   * is the block before the signature (after an embedding tag's ">"), or the block `prev` when the
   * signature stands alone on its line. Reports inside the post stay; a claim running into the
   * signature does not. A line "- Ann Lee." under a paragraph that is one quote signs the quote too.
   */
  postSignature(prev: BlockInfo | undefined, earlier: Draft[]): void {
    const t = this.b.tokens;
    for (let k = 0; k < t.length; k++) {
      if (t[k]!.t !== "p" || !DASH.test(t[k]!.text)) continue;
      let e = k + 1;
      while (e < t.length && e - k <= 6 && t[e]!.text !== "(") e++;
      if (e === k + 1 || t[e]?.text !== "(" || t[e + 1]?.text !== "@" || t[e + 3]?.text !== ")") continue;
      const month = t[e + 4];
      if (!month || !MONTH.test(lw(month)) || !isCap(month.text)) continue;
      const m = parseSpeakerNP(t.slice(k + 1, e), this.text, true);
      if (!m || m.kind === "pronoun") continue;
      const sub: Subject = { mention: m, fromTok: k + 1, toTok: e - 1, inverted: false };
      let s = k;
      while (s > 0 && t[s - 1]!.text !== ">") s--;
      const r = s < k ? this.trimRange(s, k) : null;
      const sig = t[e + 3]!.end;
      const cue = this.tokenCue(k, "speech", t[k]!.text);
      this.keepDrafts(this.drafts.filter((d) => !(d.end > t[k]!.start && d.start < sig)));
      if (r && this.wordsIn(r[0], r[1]) >= 3) {
        const res = this.resolve(sub);
        this.add("direct", r[0], r[1], cue, res.entity, res.mention);
      } else if (!r && k === 0 && prev) this.signPrevious(sub, cue, prev.start, prev.end, earlier);
      return;
    }
    // "- Ann Lee." or "-Ann Lee, Salem." under a paragraph that is one quote
    const q = prev?.quotes[0];
    if (!prev || !q || prev.quotes.length !== 1 || q.openTok !== 0 || q.closeTok < prev.tokens.length - 2)
      return;
    if (!DASH.test(t[0]?.text ?? "") || t.length > 16 || t[t.length - 1]!.text !== ".") return;
    let e = 1;
    while (e < t.length - 1 && t[e]!.text !== ",") e++;
    const m = parseSpeakerNP(t.slice(1, e), this.text, true);
    if (!m || m.kind === "pronoun" || m.end !== t[e - 1]!.end) return;
    this.signPrevious(
      { mention: m, fromTok: 1, toTok: e - 1, inverted: false },
      this.tokenCue(0, "speech", t[0]!.text),
      q.start,
      q.end,
      earlier,
    );
  }

  /** Words from `start` to `end` in the block before, signed by `sub`: its claim there, or a new one. */
  private signPrevious(sub: Subject, cue: Cue, start: number, end: number, earlier: Draft[]): void {
    const res = this.resolve(sub);
    const span = this.span(cue.start, cue.end);
    const own = earlier.find(
      (d) => d.start >= start && d.end <= end && d.end - d.start > 0.6 * (end - start),
    );
    if (own) Object.assign(own, { kind: "direct", cue: span, entity: res.entity, mention: res.mention });
    else
      this.drafts.push({ kind: "direct", start, end, cue: span, entity: res.entity, mention: res.mention });
  }

  asListItem(intro: Intro): boolean {
    if (!intro.cue || this.drafts.some((d) => d.kind !== "belief")) return false;
    const t = this.b.tokens;
    if (this.b.end - this.b.start > 400 || this.b.sentences.length > 2) return false;
    // a post's signature ("— Ann Lee (@annlee) May 2") and a line in brackets (the wire's credits,
    // "(Reporting by ...)") close the list: they are the page's, not a point
    if (t[0]?.text === "(" && t[t.length - 1]?.text === ")") return false;
    if (DASH.test(t[0]?.text ?? "") && t.some((x) => x.text === "@")) return false;
    let from = 0;
    while (from < t.length && t[from]!.t === "p") from++;
    const r = this.trimRange(from, t.length);
    if (!r) return false;
    // the point itself is the claim; an attitude verb inside it is part of what was said
    this.drafts.length = 0;
    const res = this.resolve(intro.subject);
    this.add(
      this.quotesIn(r[0], r[1]).length ? "mixed" : "indirect",
      r[0],
      r[1],
      {
        tok: -1,
        lastTok: -1,
        start: intro.cue.start,
        end: intro.cue.end,
        kind: "speech",
        verb: "",
        participle: false,
      },
      res.entity,
      res.mention,
    );
    return true;
  }
}

/** Two mentions of one sentence name the same source: one's last word is in the other ("Ann Dove" ... "Dove"). */
function sameSource(a: Mention, b: Mention, text: string): boolean {
  const last = (m: Mention) => text.slice(m.start, m.end).split(/\s+/).pop()!.toLowerCase();
  const at = text.slice(a.start, a.end).toLowerCase();
  const bt = text.slice(b.start, b.end).toLowerCase();
  return at.split(/\s+/).includes(last(b)) || bt.split(/\s+/).includes(last(a));
}

/** Finished claims with ids, in text order. */
export function finishClaims(drafts: Draft[]): Claim[] {
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Claim[] = [];
  let n = 0;
  for (const d of drafts) {
    const c: Claim = {
      id: `c${++n}`,
      kind: d.kind,
      text: "",
      start: d.start,
      end: d.end,
      cue: d.cue,
      speakerId: d.entity.id,
      mention: d.mention,
    };
    if (d.parts && d.parts.length > 1) c.parts = d.parts.map((p) => ({ start: p.start, end: p.end }));
    out.push(c);
  }
  return out;
}

export type { Draft };
