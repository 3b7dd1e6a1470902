/** The lexicons (JSON data in ./lexicon) as lookup sets, built once. */
import anonymity from "./lexicon/anonymity.json" with { type: "json" };
import attitudes from "./lexicon/attitudes.json" with { type: "json" };
import cues from "./lexicon/cues.json" with { type: "json" };
import honorifics from "./lexicon/honorifics.json" with { type: "json" };
import names from "./lexicon/names.json" with { type: "json" };
import organisations from "./lexicon/organisations.json" with { type: "json" };
import pronouns from "./lexicon/pronouns.json" with { type: "json" };
import refusals from "./lexicon/refusals.json" with { type: "json" };
import roles from "./lexicon/roles.json" with { type: "json" };
import verbChains from "./lexicon/verb-chains.json" with { type: "json" };
import weakCues from "./lexicon/weak-cues.json" with { type: "json" };

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const SPEECH = lower(cues.speech);
export const BELIEF = lower(cues.belief);
/** Attitude verbs ("want", "support", "criticize"): belief claims, content may be an object. */
export const STANCE = lower([...cues.stance, ...attitudes.verbs]);
/** Cue forms whose belief claims are seldom attributions (derived: scripts/derive-weak-cues.mjs). */
export const WEAK_BELIEF_CUES = lower(weakCues.beliefCues);
/** The hand-made verbs of belief and stance (not the derived ones): sure cues even outside news. */
export const CORE_ATTITUDE = lower([...cues.belief, ...cues.stance]);
/** Nouns that report an attitude after a possessive source: "Lee's claim that ...", "in her view, ...". */
export const NOMINAL = lower([...attitudes.nouns, ...cues.possessiveNouns]);
/** Cues with a preposition whose object is the content: "called for", "talked about", "railed against". */
export const WITH_PARTICLE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(attitudes.withParticle),
);
/** Cue forms that need their particle: the word sequences that may follow ("pointed" → "out"). */
const particles = (m: Record<string, string>): ReadonlyMap<string, readonly string[][]> =>
  new Map(Object.entries(m).map(([w, p]) => [w, p.split("|").map((alt) => alt.split(" "))]));
export const NEEDS_PARTICLE = particles(cues.needsParticle);
/** Speech verbs with a particle, cues only with it: "shot back", "chimed in", "summed it up". */
export const PHRASAL_SPEECH = particles(cues.phrasalSpeech);
/** Verbs of the manner of speaking that frame a quote or a "that" clause only ("“No,” she snapped"). */
export const QUOTE_FRAME_VERBS = lower(cues.quoteFrameVerbs);
export const NEEDS_COMPLEMENT = lower(cues.needsComplement);
/** Forms of NEEDS_COMPLEMENT verbs that may follow their content: "Turnout fell, the survey found." */
export const AFTER_CONTENT = lower(cues.afterContent);
/** Plain reporting verbs of a frame after (or inside) its content, with no clause after them. */
export const PARENTHETICAL_VERBS = lower(cues.parentheticalVerbs);
export const TELL = lower(cues.tellVerbs);
/** "X called Y “Z”": a claim only when a quotation follows. */
export const CALL = lower(cues.callVerbs);
/** Verbs among CALL that name ("called him reckless"): without a quote, a claim only with a complement. */
export const NAMING = lower(cues.namingVerbs);
/** Nouns ending like adjectives ("official"): no complement of a naming verb ("called the plan reckless"). */
export const ADJECTIVE_LIKE_NOUNS = lower(cues.adjectiveLikeNouns);
/** Verbs of having or winning support: "has strong support among", "drew backing from". */
export const SUPPORT_VERBS = lower(cues.supportVerbs);
/** Verbs a report inside a relative clause turns on: clause-taking forms, and naming forms. */
export const RELATIVE_CLAUSE_VERBS = lower(cues.relativeClauseVerbs);
export const RELATIVE_NAMING_VERBS = lower(cues.relativeNamingVerbs);
/** "issued a statement", "sent out an email": the verbs, and the documents a participle may follow. */
export const ISSUE_VERBS = lower(cues.issueVerbs);
/** Verbs that report speech only with a clause or a quote: "added two bus routes" is no claim. */
export const CLAUSE_ONLY = lower(cues.clauseOnlyVerbs);
export const BODY_CLAUSE_ONLY = lower(cues.bodyClauseOnlyVerbs);
/** "declared a state of emergency": an act put in force, not a statement (its object opens so). */
export const DECLARED_ACT = new RegExp(`^(?:an?\\s+)?(?:${cues.declaredActs.join("|")})\\b`, "i");
/** Plural nouns for people of a body, which open no body's name before "of" (roles.json peopleOfBody). */
export const PEOPLE_OF_BODY = lower(roles.peopleOfBody);
export const ISSUED_DOCUMENTS = lower(cues.issuedDocuments);
export const NEXT_ACTS = lower(cues.nextActs);
/** Words opening or closing a phrase fronted before the subject ("Back in 1999, ...", "Hours later, ..."). */
export const FRONTED_OPENERS = lower(cues.frontedOpeners);
export const FRONTED_CLOSERS = lower(cues.frontedClosers);
export const FRONTED_TIME_NOUNS = lower(cues.frontedTimeNouns);
/** The nouns among the cues with a particle: "a fierce supporter of", "a particular critique of". */
export const PARTICLE_NOUNS = lower(cues.particleNouns);
/** Verbs of intention, promise or refusal whose "to" infinitive is the content ("vowed to cut the tax"). */
export const INFINITIVE = lower(cues.infinitiveVerbs);
export const PARTICIPLES = lower(cues.participleForms);
export const HEADLINE_CUES = lower(cues.headlineForms);
export const NOUN_BEFORE = lower(cues.nounAfterDeterminer);
/** Whom something was told to, right after "told": "told jurors she had ...". */
export const TELL_OBJECTS = lower(cues.tellObjects);

export const REFUSAL = new RegExp(`^(?:${refusals.patterns.join("|")})`, "i");
/** Openers and words of a refusal: the cue finder tries REFUSAL only where both are (refusals.ts). */
export const REFUSAL_OPENER = new RegExp(`^(?:${refusals.openers.join("|")})`);
export const REFUSAL_WORDS = lower(refusals.words);
export const ANON_REASON_ANY = new RegExp(anonymity.reasons.join("|"), "i");
/** A reason for anonymity opening at this point ("insisted on anonymity", "spoke on condition of ..."). */
export const ANON_REASON_AT = new RegExp(`^(?:${anonymity.reasons.join("|")})`, "i");
/** A reporting verb inside a matched reason: the main clause's verb, where the reason (with no comma) ended. */
// (not a passive inside the reason: "because staff had been told not to speak")
export const ANON_REASON_END = new RegExp(
  `(?<!\\b(?:been|be|being|was|were|is|are|get|got))\\s(?:${anonymity.reasonEnds.join("|")})\\b`,
  "i",
);

export const HONORIFIC_MALE = new Set(honorifics.male.map((x) => x.replace(/\.$/, "").toLowerCase()));
export const HONORIFIC_FEMALE = new Set(honorifics.female.map((x) => x.replace(/\.$/, "").toLowerCase()));
export const HONORIFIC = new Set([
  ...HONORIFIC_MALE,
  ...HONORIFIC_FEMALE,
  ...honorifics.neutral.map((x) => x.replace(/\.$/, "").toLowerCase()),
]);
export const TITLE_WORDS = new Set(honorifics.titles.map((x) => x.replace(/\.$/, "").toLowerCase()));

export const MALE_NAMES = lower(names.male);
export const FEMALE_NAMES = lower(names.female);
/** First words of the names of storms and operations: no source ("Storm Hedda: rivers burst"). */
export const EVENT_NAME_START = new Set(names.events);

export const PRON_MALE = lower(pronouns.male);
export const PRON_FEMALE = lower(pronouns.female);
export const PRON_PLURAL = lower(pronouns.plural);
export const PRON_NEUTER = lower(pronouns.neuter);
export const PRON_SUBJECT = lower(pronouns.subject);
/** Quantities standing alone for unnamed people as a subject: "Most said", "Someone told". */
export const QUANT_PLURAL = lower(pronouns.quantifiersPlural);
export const QUANT_SINGULAR = lower(pronouns.quantifiersSingular);

export const ROLE_PERSON = lower(roles.person);
export const ROLE_GROUP = lower(roles.group);
export const ROLE_ORG = lower(roles.organization);
export const ROLE_DOC = lower([...roles.document, ...roles.share]);
export const ROLE_SHARE = lower(roles.share);
export const ROLE_FEMALE = lower(roles.female);
export const ROLE_MALE = lower(roles.male);
export const ROLE_KIN = lower(roles.kin);
export const BODY_ROLES = lower(roles.bodyRoles);
/** A body's or person's own voice after "whose" ("the auditor, whose office said"): the owner speaks. */
export const VOICES = lower(roles.voices);
export const FINDING_HEADS = lower(roles.findingHeads);
export const FINDING_PEOPLE = lower(roles.findingPeople);
export const DOC_AFTER_ACCORDING = lower(roles.documentAfterAccordingTo);
export const DET_INDEF = lower(roles.determinersIndefinite);
export const DET_DEF = lower(roles.determinersDefinite);
export const POSSESSIVES = lower(roles.possessives);
/** Heads that stay anonymous even when definite ("the source", "the official") with no named antecedent. */
export const UNNAMED_HEADS = lower(anonymity.unnamedTitles);
export const FAMILIAR = anonymity.familiar.map((x) => x.toLowerCase());

export const ORG_WORDS = new Set(organisations.words);
export const ORG_NAMES = new Set(organisations.names);
export const BUSINESS_WORDS = new Set(organisations.businessWords);
export const MEDIA_WORDS = new Set(organisations.mediaWords);

/** Words that cannot be part of a speaker description (verbs, conjunctions, relatives). */
export const NOT_IN_NP = new Set(
  (
    "is are was were be been being has have had do does did will would can could may might must shall should " +
    "not no never that which who whom whose when where why how if because although though while whereas unless as than then so " +
    "and but or nor yet also said says say told tells it its he she they we i you him her them us me there here this " +
    "what whether to after before since until during about into onto over under against between among through " +
    "just very too only even still already again ever more most less least"
  ).split(" "),
);

/** Auxiliaries and adverbs between a subject and its reporting verb ("has also said"). */
export const BETWEEN_SUBJECT_AND_CUE = new Set(
  (
    "has have had also further later afterward afterwards previously earlier then again further reportedly repeatedly publicly privately " +
    "recently once initially quickly immediately simply only just would will could can may might should must " +
    "did does do is was were are been be being had already first often frequently separately subsequently " +
    "flatly openly bluntly angrily quietly loudly firmly clearly explicitly specifically similarly likewise " +
    "finally ultimately eventually originally long always sometimes still apparently allegedly since " +
    "confidently proudly candidly cautiously tersely sharply strongly forcefully succinctly emphatically herself himself " +
    "itself themselves continue continues continued went goes go on to tend tends tended however though nonetheless nevertheless meanwhile instead here now too largely broadly generally mostly " +
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight"
  ).split(" "),
);
/** Verbs and adjectives before "to" that pass their subject on to the infinitive ("is trying to show"). */
export const CATENATIVES = new Set(
  [...lower(verbChains.catenatives)].filter((w) => !STANCE.has(w) && !BELIEF.has(w) && !INFINITIVE.has(w)),
);
/** Phrases between an auxiliary and its verb ("has in the past said"). */
export const VERB_CHAIN_PHRASES: string[] = verbChains.phrases;
const LY_NOT_ADVERB = lower(cues.lyNotAdverbs);
/** An adverb in -ly ("quietly", "matter-of-factly"), not a noun or adjective in -ly ("family", "likely"). */
export const isLyAdverb = (lower: string, text: string) =>
  lower === text && lower.length > 4 && lower.endsWith("ly") && !LY_NOT_ADVERB.has(lower);
/** A word that may stand between a subject and its cue: the list above, or an adverb in -ly ("pointedly rejected"). */
export function betweenSubjectAndCue(lower: string, text: string): boolean {
  return BETWEEN_SUBJECT_AND_CUE.has(lower) || isLyAdverb(lower, text);
}
