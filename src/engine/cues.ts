/** Reporting cues: speech and belief verbs, "according to", refusals to comment. */

import { infinitiveAt } from "./complements";
import {
  ANON_REASON_AT,
  ANON_REASON_END,
  BELIEF,
  CALL,
  HEADLINE_CUES,
  INFINITIVE,
  NEEDS_PARTICLE,
  NOUN_BEFORE,
  PARTICIPLES,
  PARTICLE_NOUNS,
  PHRASAL_SPEECH,
  QUOTE_FRAME_VERBS,
  SPEECH,
  STANCE,
  WITH_PARTICLE,
} from "./lexicon";
import { BE } from "./passives";
import { mayOpenRefusal, refusalEndAt } from "./refusals";
import { isCap, isPossessive, type Token } from "./tokens";

/** Verbs after which a "that" before them is a relative pronoun ("a study that found", "a post that said"). */
export const RELATIVE_THAT_VERBS = /^(?:finds|found|shows|showed|concluded|estimated)$/;

export interface Cue {
  /** Token index of the verb (or "according", or the refusal's first word). */
  tok: number;
  /** Last token index of the cue (inclusive): "according to", "pointed out", a refusal phrase. */
  lastTok: number;
  start: number;
  end: number;
  kind: "speech" | "belief" | "according" | "refusal";
  verb: string;
  participle: boolean;
}

/** Prepositions after which "reports" and "claims" are nouns ("on reports that", "at claims that"). */
const NOUN_PREPOSITION =
  /^(?:on|about|at|over|amid|despite|against|from|with|into|to|after|following|regarding|among|in|for|by|of)$/;
const OTHERS_REPORTS = /^(?:reports|claims)$/;

/** A subordinate clause within a reason for anonymity. */
const SUBORDINATE = /\s(?:because|as|since)\s/;

/** Verbs that may open a reason for anonymity (the reason's pattern is tried only after them). */
const ANON_VERB = /^(?:insist|request|ask|demand|spok|speak|talk|sought|seek|declin|refus|discuss|fear)/;

/** After "called him": a call or summons, not a name ("called him back", "called it off"). */
const PRONOUN_OBJECT_NEXT =
  /^(?:on|off|in|up|back|out|to|at|for|from|with|about|into|over|after|before|during|by|and|or|but|twice|again|home|then|when|while|because)$/;

/** Adverbs between "as" and "reported by" ("as first reported by"). */
const AS_ADVERB = /^(?:first|originally|previously|earlier|initially)$/;

/** An "according to" cue over tokens `from`..`last` ("according to", "as reported by"). */
function accordingCue(tokens: Token[], from: number, last: number): Cue {
  return {
    tok: from,
    lastTok: last,
    start: tokens[from]!.start,
    end: tokens[last]!.end,
    kind: "according",
    verb: "according to",
    participle: false,
  };
}

const SEE_AS = new Set(["see", "sees", "saw", "seeing", "view", "views", "viewed", "viewing"]);

/**
 * Every word that can begin a cue other than a refusal: most words of a text are none, and are
 * passed over with one lookup instead of the whole series of tests below.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  "according",
  ...SPEECH,
  ...CALL,
  ...BELIEF,
  ...STANCE,
  ...INFINITIVE,
  ...WITH_PARTICLE.keys(),
  ...PHRASAL_SPEECH.keys(),
  ...QUOTE_FRAME_VERBS,
  ...SEE_AS,
]);

/** After "quoted" at `i`: the token of "saying" in "quoted (by the Ledger) as saying", or -1. */
function quotedAsSaying(tokens: Token[], i: number, to: number): number {
  for (let k = i + 1; k + 1 < to && k <= i + 8; k++) {
    const x = tokens[k]!;
    if (x.t !== "w") return -1;
    if (x.l === "as") return tokens[k + 1]!.l === "saying" ? k + 1 : -1;
  }
  return -1;
}

// forms that are also nouns of a medium ("note", "report", "post"), and the prepositions before a medium
const NOUN_LIKE_FORM = /^(?:notes?|reports?|claims?|comments?|estimates?|posts?|tweets?|remarks?|calls?)$/;
const MEDIUM_PREPOSITION = /^(?:in|on|at|within|through|via)$/;
const MEDIUM_DETERMINER = /^(?:a|an|its|their|his|her|our)$/;

/** "as" within the next few words, before any punctuation: "see the plan as a mistake". */
function asAhead(tokens: Token[], i: number, to: number): boolean {
  for (let k = i + 2; k < to && k <= i + 8; k++) {
    const x = tokens[k]!;
    if (x.t !== "w") return false;
    if (x.l === "as") return true;
  }
  return false;
}

/**
 * Cues among `tokens[from, to)` that lie outside quotations (`quoted(i)`). A form that is also a
 * noun ("warning", "claims", "reports") is read as a noun after a determiner.
 */
export function findCues(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  quoted: (i: number) => boolean,
  /** A title-case headline ("Mayor Slams Pier Plan"): capitalised attitude verbs count too. */
  headline = false,
): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const tk = tokens[i]!;
    if (tk.t !== "w") continue;
    const w = tk.l;
    // "Lee was quoted (by the Ledger) as saying ...": a report of her speech, its subject hers
    if (w === "quoted" && BE.test(tokens[i - 1]?.l ?? "") && !quoted(i)) {
      const say = quotedAsSaying(tokens, i, to);
      if (say > 0) {
        out.push({
          tok: i,
          lastTok: say,
          start: tk.start,
          end: tokens[say]!.end,
          kind: "speech",
          verb: "said",
          participle: false,
        });
        i = say;
        continue;
      }
    }
    const mayRefuse = mayOpenRefusal(w);
    if (!CUE_WORDS.has(w) && !mayRefuse) continue;
    if (quoted(i)) continue;
    const prev = i > from ? tokens[i - 1]! : undefined;
    const prevLow = prev?.t === "w" ? prev.l : "";
    // refusals: "declined to comment", "did not respond to a request for comment"
    const end = mayRefuse ? refusalEndAt(text, tokens, i, to) : -1;
    if (end >= 0) {
      let last = i;
      while (last + 1 < to && tokens[last + 1]!.end <= end) last++;
      out.push({
        tok: i,
        lastTok: last,
        start: tk.start,
        end: tokens[last]!.end,
        kind: "refusal",
        verb: w,
        participle: false,
      });
      i = last;
      continue;
    }
    // "who insisted on anonymity", "spoke on condition of anonymity since they feared losing their
    // jobs": why a source is unnamed, no report, nor is a verb within it; but a clause after "because"
    // that is no such reason may hold one ("because she feared her boss would think ...")
    if (ANON_VERB.test(w)) {
      const reason = ANON_REASON_AT.exec(text.slice(tk.start, tk.start + 160));
      if (reason) {
        let end = tk.start + reason[0].length;
        const sub = SUBORDINATE.exec(reason[0]);
        if (sub && !ANON_REASON_AT.test(reason[0].slice(sub.index + 1))) end = tk.start + sub.index;
        // (with no comma after it, the reason ends at the main clause's verb: "who asked not to be named said")
        const verb = ANON_REASON_END.exec(reason[0]);
        if (verb && tk.start + verb.index < end) end = tk.start + verb.index;
        while (i + 1 < to && tokens[i + 1]!.end <= end) i++;
        continue;
      }
    }
    if (w === "according" && i + 1 < to && tokens[i + 1]!.l === "to") {
      out.push(accordingCue(tokens, i, i + 1));
      i++;
      continue;
    }
    // "As reported by the Ledger, ...", "..., as first reported by the Ledger": "according to" in other
    // words (a passive "was reported by" has its own subject)
    const as = prevLow === "as" ? i - 1 : AS_ADVERB.test(prevLow) && tokens[i - 2]?.l === "as" ? i - 2 : -1;
    if (w === "reported" && as >= from && i + 1 < to && tokens[i + 1]!.l === "by") {
      out.push(accordingCue(tokens, as, i + 1));
      i++;
      continue;
    }
    // "called for", "talked about", "railed against": the preposition's object is the content
    const particles = WITH_PARTICLE.get(w);
    if (
      particles &&
      i + 1 < to &&
      particles.includes(tokens[i + 1]!.l) &&
      // ("a critic of": a noun cue heads the phrase its article opens)
      (!NOUN_BEFORE.has(prevLow) || (PARTICLE_NOUNS.has(w) && (prevLow === "a" || prevLow === "an"))) &&
      !(isCap(tk.text) && i > from) &&
      !quoted(i + 1)
    ) {
      const nx = tokens[i + 1]!;
      out.push({
        tok: i,
        lastTok: i + 1,
        start: tk.start,
        end: nx.end,
        kind: "belief",
        verb: `${w} ${nx.l}`,
        participle: w.endsWith("ing"),
      });
      i++;
      continue;
    }
    // "voters see the mayor as honest": a view when "as" follows the object
    if (SEE_AS.has(w) && !NOUN_BEFORE.has(prevLow) && asAhead(tokens, i, to)) {
      out.push({
        tok: i,
        lastTok: i,
        start: tk.start,
        end: tk.end,
        kind: "belief",
        verb: w,
        participle: w.endsWith("ing"),
      });
      continue;
    }
    const phrasal = PHRASAL_SPEECH.get(w);
    const speech = SPEECH.has(w) || CALL.has(w) || phrasal !== undefined || QUOTE_FRAME_VERBS.has(w);
    // "vowed to", "plans to", "refused to": an intention with its infinitive
    const belief =
      !speech && (BELIEF.has(w) || STANCE.has(w) || (INFINITIVE.has(w) && infinitiveAt(tokens, i + 1)));
    if (!speech && !belief) continue;
    // ("each said", "each claims": after "each" a noun is singular and bare, so an inflected form is the verb)
    if (NOUN_BEFORE.has(prevLow) && !(prevLow === "each" && /(?:s|ed|aid|old|ought)$/.test(w))) continue;
    // "in a research note that ...", "on a client call": a noun-like form after a preposition, an
    // indefinite or possessive determiner and a modifier names the medium ("a research" is no subject;
    // "those in the region report that" keeps its verb)
    if (
      NOUN_LIKE_FORM.test(w) &&
      i - 3 >= from &&
      MEDIUM_DETERMINER.test(tokens[i - 2]!.l) &&
      MEDIUM_PREPOSITION.test(tokens[i - 3]!.l) &&
      prev?.t === "w"
    )
      continue;
    // ("comment on reports that", "laughed at claims that": after a preposition these are others'
    // reports, nouns; "campaigned on pledges to" keeps its subject's pledge)
    if (NOUN_PREPOSITION.test(prevLow) && OTHERS_REPORTS.test(w)) continue;
    // "the director of ferry planning, said": an attitude's -ing word ending a phrase a determiner or
    // preposition opens two words back is a noun (speech keeps it: "a tweet saying, if ...")
    if (
      belief &&
      w.endsWith("ing") &&
      prev?.t === "w" &&
      i - 2 >= from &&
      NOUN_BEFORE.has(tokens[i - 2]!.l) &&
      (i + 1 >= to || (/^[,.;)]$/.test(tokens[i + 1]!.text) && tokens[i + 2]?.t !== "q"))
    )
      continue;
    // "Ann Lee's support", "the striker's post": a noun after a possessive ("it's said" is a verb)
    if (
      prev?.t === "w" &&
      isPossessive(prev.text) &&
      !/^(?:it|that|what|there|here|he|she|who|where|how|everyone|everybody|someone|somebody|nobody|one)['’]s$/i.test(
        prev.text,
      )
    )
      continue;
    // "think tank", "says who"
    const nextLow = i + 1 < to ? tokens[i + 1]!.l : "";
    // "a Harbor Institute report that found ...": the noun of a document, whose relative clause reports
    if (/^reports?$/.test(w) && nextLow === "that" && RELATIVE_THAT_VERBS.test(tokens[i + 2]?.l ?? ""))
      continue;
    if (w === "think" && /^tanks?$/.test(nextLow)) continue;
    // a verb is not followed by an auxiliary: "the Treasury note has risen", "the report was"
    if (/^(?:has|have|had|is|are|was|were|will|would|can|could|may|might)$/.test(nextLow)) continue;
    // "adding to the problems", "added to the list"
    if (/^add(?:s|ed|ing)?$/.test(w) && nextLow === "to") continue;
    // "called for", "called off"; "called him back" (a pronoun object: a name or quote must follow)
    if (CALL.has(w) && /^(?:for|on|off|in|up|back|out)$/.test(nextLow)) continue;
    if (CALL.has(w) && /^(?:it|him|her|them|me|us)$/.test(nextLow)) {
      const after = tokens[i + 2];
      if (!after || (after.t !== "q" && (after.t !== "w" || PRONOUN_OBJECT_NEXT.test(after.l)))) continue;
    }
    // capitalised mid-sentence: a name or a headline ("US Official Says")
    if (isCap(tk.text) && i > from && !HEADLINE_CUES.has(w) && !(headline && belief)) continue;
    let last = i;
    const needs = NEEDS_PARTICLE.get(w) ?? phrasal;
    if (needs) {
      const seq = needs.find((p) => p.every((x, n) => i + 1 + n < to && tokens[i + 1 + n]!.l === x));
      if (!seq) continue;
      last = i + seq.length;
    }
    out.push({
      tok: i,
      lastTok: last,
      start: tk.start,
      end: tokens[last]!.end,
      kind: speech ? "speech" : "belief",
      verb: w,
      participle: PARTICIPLES.has(w) || w.endsWith("ing"),
    });
    i = last;
  }
  return out;
}
