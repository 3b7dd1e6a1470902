/**
 * The attribution engine: `analyze(text)` finds who said what in an article's text. Pure: no DOM,
 * no browser or Node APIs. Offsets are JavaScript string indices into `text`.
 */
import type { BlockInfo } from "./block-grammar";
import { BlockClaims, type Chain, type Draft, finishClaims } from "./claims";
import { type NameSeen, Resolver, scanNames } from "./coreference";
import { notNews } from "./genre";
import { interviewOf } from "./interviews";
import { isSaid } from "./kinds";
import { detectLanguage } from "./language";
import { CORE_ATTITUDE, WEAK_BELIEF_CUES } from "./lexicon";
import { findQuotes } from "./quotes";
import { isReportedRefusal } from "./refusals";
import { splitBlocks, splitSentences } from "./segment";
import { tokenize } from "./tokens";
import type { Analysis, ClaimJson, Speaker } from "./types";

export type { Analysis, Claim, ClaimJson, ClaimKind, SourceType, Span, Speaker } from "./types";

function prepareBlock(text: string, start: number, end: number): BlockInfo {
  const tokens = tokenize(text, start, end);
  const quotes = findQuotes(text, tokens, start, end);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => {
    const last = q.closeTok >= 0 ? q.closeTok : tokens.length - 1;
    for (let k = q.openTok; k <= last; k++) if (quoteOf[k] === -1) quoteOf[k] = qi;
  });
  const closed = quotes.filter((q) => q.closed);
  const inside = (off: number) => closed.some((q) => off > q.markStart && off < q.markEnd - 1);
  const sentences = splitSentences(tokens, inside);
  return { start, end, tokens, quotes, quoteOf, sentences };
}

/** Find the attributed claims in `text` (blocks separated by line breaks). Never throws. */
export function analyze(text: string): Analysis {
  try {
    return analyzeUnsafe(typeof text === "string" ? text : "");
  } catch {
    return { language: "en", claims: [], speakers: [] };
  }
}

function analyzeUnsafe(text: string): Analysis {
  if (!text.trim()) return { language: "en", claims: [], speakers: [] };
  if (detectLanguage(text) === "other") return { language: "other", claims: [], speakers: [] };
  const blocks = splitBlocks(text).map((r) => prepareBlock(text, r.start, r.end));
  const names: NameSeen[] = [];
  for (const b of blocks)
    for (const [sf, st] of b.sentences) if (st > sf) scanNames(b.tokens, sf, st, names, b.quoteOf);
  const resolver = new Resolver(text, names);
  const interview = interviewOf(text, blocks, names);
  const drafts: Draft[] = [];
  let prevDraft: Draft | undefined;
  let prevIntro: ReturnType<BlockClaims["introForNext"]>;
  let openChain: Chain | undefined;
  let gap = 0;
  let listRun = 0;
  let listStops = false;
  for (const [bi, b] of blocks.entries()) {
    const bc = new BlockClaims(text, b, resolver, gap <= 1 ? prevDraft : undefined, prevIntro, openChain);
    openChain = bc.run();
    // "Harbor Gazette: City Hall Ignored Flood Warnings": a headline in the source-colon form
    if (bi < 2) bc.headlineColon();
    // "A: We had paper charts ...": the interviewee's answer (and the paragraphs under it)
    else if (interview?.answers.has(bi)) bc.answerLine(interview.who, interview.answers.get(bi)!);
    // "SMITH: We will win.": a speaker's line in an interview transcript
    else bc.transcriptLine();
    // "... — Ann Lee (@annlee) May 2, 2016": an embedded post and its author
    bc.postSignature(bi > 0 ? blocks[bi - 1] : undefined, drafts);
    // "Mayor Ellen Park also said:" followed by a list of points
    // list items are short; when the first one has no final stop, an item with one ends the list
    const endsWithStop = /[.!?]["”’]?$/.test(text.slice(b.start, b.end));
    if (
      prevIntro &&
      listRun < 8 &&
      !(listRun > 0 && endsWithStop && !listStops) &&
      bc.asListItem(prevIntro)
    ) {
      if (listRun === 0) listStops = endsWithStop;
      listRun++;
    } else {
      prevIntro = bc.introForNext();
      listRun = 0;
    }
    const own = bc.drafts.filter((d) => d.kind !== "refusal" && d.kind !== "belief");
    if (own.length) {
      prevDraft = own.reduce((a, d) => (d.start > a.start ? d : a));
      gap = 0;
    } else gap++;
    drafts.push(...bc.drafts);
  }
  // Findings and attitudes of unnamed or generic sources ("studies show", "research suggests",
  // "people with X feel", "it considers") in a text where no one is quoted or reported as saying
  // anything are the author's exposition (health guides, how-tos, encyclopedic pages), not news
  // attribution: news reports what its sources say, and their stances come with it. A named
  // person's belief or stance with a hand-listed verb ("Maria Lopez believes ...", "Ana Silva
  // criticized ...") stays: that is an attribution wherever it appears. (The verbs derived from
  // annotated news, lexicon/attitudes.json, are noisier and count only in news-like text.)
  const kept = drafts.some((d) => isSaid(d))
    ? drafts
    : drafts
        .filter((d) => !d.authorVoice)
        .filter(
          (d) =>
            d.kind !== "belief" ||
            (d.entity.type === "person" && CORE_ATTITUDE.has(d.cue.text.toLowerCase())),
        );
  // "The club said it would not comment": a refusal reported as speech is still no claim
  for (const d of kept)
    if (d.kind === "indirect" && isReportedRefusal(text.slice(d.start, d.end))) d.kind = "refusal";
  // cue forms whose beliefs are mostly not attributions ("released a video", "cast an actor")
  const claims = finishClaims(
    dropRepeatedBeliefs(
      kept.filter((d) => d.kind !== "belief" || !WEAK_BELIEF_CUES.has(d.cue.text.toLowerCase())),
    ),
  );
  for (const c of claims) c.text = text.slice(c.start, c.end);
  const used = new Set(claims.map((c) => c.speakerId));
  const speakers: Speaker[] = resolver.entities
    .filter((e) => used.has(e.id))
    .map((e) => {
      const s: Speaker = {
        id: e.id,
        name: e.name,
        type: e.type,
        anonymous: e.anonymous,
        mentions: e.mentions,
      };
      if (e.title) s.title = e.title;
      if (e.affiliation) s.affiliation = e.affiliation;
      if (e.anonymityReason) s.anonymityReason = e.anonymityReason;
      return s;
    });
  // a guide, review, blog or story rather than news: its speech cues attribute nothing
  if (notNews(text, blocks, claims.filter(isSaid), speakers))
    return { language: "en", claims: [], speakers: [] };
  return { language: "en", claims, speakers };
}

/** A pronoun standing as a source mention ("he", "they"): a name met at the same claim says more. */
const PRONOUN_MENTION = /^(?:he|she|they|it|we|i|him|her|them)$/i;

/**
 * "argued in her opening statement that ...", "condemned what he called ...": a belief with the
 * very content and source of a claim says nothing more and is dropped; its mention is kept when the
 * claim's own is only a pronoun ("condemned" by "Ban Ki-moon", "called" by "he").
 */
function dropRepeatedBeliefs(drafts: Draft[]): Draft[] {
  const said = new Map<string, Draft>();
  for (const d of drafts) if (d.kind !== "belief") said.set(`${d.start}:${d.end}:${d.entity.id}`, d);
  if (!said.size) return drafts;
  return drafts.filter((d) => {
    if (d.kind !== "belief") return true;
    const claim = said.get(`${d.start}:${d.end}:${d.entity.id}`);
    if (!claim) return true;
    if (PRONOUN_MENTION.test(claim.mention.text) && !PRONOUN_MENTION.test(d.mention.text))
      claim.mention = d.mention;
    return false;
  });
}

/** The CLI's per-claim JSON (the contract read by the scorers). */
export function toClaimJson(a: Analysis): ClaimJson[] {
  const byId = new Map(a.speakers.map((s) => [s.id, s]));
  return a.claims.map((c) => {
    const s = byId.get(c.speakerId);
    const speaker: ClaimJson["speaker"] = {
      name: s?.name ?? c.mention.text,
      type: s?.type ?? "unknown",
      anonymous: s?.anonymous ?? false,
      mention: c.mention,
    };
    if (s?.title) speaker.title = s.title;
    if (s?.affiliation) speaker.affiliation = s.affiliation;
    if (s?.anonymityReason) speaker.reason = s.anonymityReason.text;
    const j: ClaimJson = { kind: c.kind, text: c.text, start: c.start, end: c.end, cue: c.cue, speaker };
    if (c.parts) j.parts = c.parts;
    return j;
  });
}
