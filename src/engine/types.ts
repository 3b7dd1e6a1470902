/**
 * The engine's data model. Everything here is plain data (JSON-safe) so that it crosses
 * extension messages and CLI output unchanged. Offsets are JavaScript string indices
 * (UTF-16 code units) into the analysed text.
 */

/** A piece of the analysed text. `text === input.slice(start, end)` always holds. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * What a claim is. The page scorer reads direct, indirect and mixed; the others are
 * reported so that the UI and PolNeAR-style span scoring can use them.
 * - refusal: "declined to comment", "did not respond to a request for comment".
 * - belief: thoughts and stances ("X believes", "X fears"), PolNeAR's broader attribution.
 * - question: a reported question or request ("X asked Y whether ...", "asked Y to ..."): words
 *   spoken, but no statement of the speaker's.
 */
export type ClaimKind = "direct" | "indirect" | "mixed" | "refusal" | "belief" | "question";

export type SourceType = "person" | "organization" | "anonymous" | "unknown";

/** One real-world source in the article, after coreference. */
export interface Speaker {
  id: string;
  /** Canonical name: the fullest form the article gives ("Jon Alterman"), or the descriptor as first given for anonymous sources ("a U.S. official"). */
  name: string;
  type: SourceType;
  anonymous: boolean;
  /** Role or office ("director of the Middle East program"). */
  title?: string;
  /** Organisation the speaker belongs to ("CSIS"). */
  affiliation?: string;
  /** Why the source is anonymous, when the article says ("who was not authorized to comment"). */
  anonymityReason?: Span;
  /** Every mention of the speaker that the engine linked to it, in text order. */
  mentions: Span[];
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** The attributed content only: the words inside the marks, or the reported clause. */
  text: string;
  start: number;
  end: number;
  /** For a quote broken by its frame or running over paragraphs: the pieces, in order. */
  parts?: Array<{ start: number; end: number }>;
  cue: Span;
  speakerId: string;
  /** The mention in or nearest to the claim's sentence that names its speaker ("he", "Alterman"). */
  mention: Span;
}

export interface Analysis {
  /** Language decision: the engine serves English; for anything else it reports no claims. */
  language: "en" | "other";
  claims: Claim[];
  speakers: Speaker[];
}

/** The CLI's per-file JSON contract, read by ../shared/eval/score.mjs and spans.mjs. Keep it stable. */
export interface ClaimJson {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  parts?: Array<{ start: number; end: number }>;
  cue: Span;
  speaker: {
    name: string;
    type: SourceType;
    anonymous: boolean;
    title?: string;
    affiliation?: string;
    reason?: string;
    mention: Span;
  };
}
