/**
 * The user's annotations: highlights, notes and tags on a page's article text. Shaped so that
 * export to a W3C Web Annotation is a direct mapping (selectors as in the Web Annotation model).
 */

/** W3C TextQuoteSelector: the exact text with some context on each side (about 32 characters). */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * W3C TextPositionSelector: offsets into the article text (the TextModel's text). Annotations
 * imported from tools that write no TextPositionSelector have `{ start: -1, end: -1 }`: they are
 * found again by their quote alone, and exported without a position.
 */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type HighlightColor = "yellow" | "green" | "blue" | "pink" | "purple";

/** A link from an annotation to a claim the engine detected, kept so exports say who said it. */
export interface ClaimRef {
  kind: string;
  speaker: string;
  speakerType: string;
  anonymous: boolean;
}

export interface Annotation {
  /** A UUID (crypto.randomUUID), stable across export and import. */
  id: string;
  /** The normalised URL the annotation is kept under (see page-key). */
  pageKey: string;
  /** The URL the page had when the annotation was made. */
  url: string;
  /** The page's title when the annotation was made. */
  title: string;
  selectors: Selectors;
  color: HighlightColor;
  note: string;
  tags: string[];
  claimRef?: ClaimRef;
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
}
