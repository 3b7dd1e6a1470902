/**
 * The TextModel: an article's text as one string, with its blocks and a map from text offsets
 * back to DOM text nodes. The engine and the anchoring work on `text`; the content script uses
 * `slices` to turn offsets into DOM Ranges. Works on any DOM (the browser's, or linkedom's in the CLI).
 */

export type BlockKind = "heading" | "paragraph" | "list-item" | "blockquote" | "caption" | "other";

/** A block of the article (paragraph, heading, ...). Blocks are joined in `text` by "\n\n". */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/**
 * Text offsets [start, end) of the model come from one DOM text node. `map[i]` is the offset in
 * `node.data` of the model's character `start + i` (whitespace runs are collapsed to one space in the
 * model, so the mapping is not always a plain shift); `map` has length `end - start + 1`, its last entry
 * being the node offset just after the slice.
 */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
  map: number[];
}

export interface TextModel {
  /** The article text: headline and body, blocks joined by "\n\n", whitespace collapsed. */
  text: string;
  blocks: Block[];
  slices: NodeSlice[];
  /** The headline, when found. */
  title?: string;
  /** The element the article was found in (null when the model covers the whole body). */
  root: Element | null;
}
