/**
 * The TextModel builder: finds the article (article-finder.ts) and walks it once, producing the text
 * (headline + body blocks joined by "\n\n", whitespace runs collapsed to one space) and the map from
 * every text offset back to a (Text node, offset) pair. Works on the browser's DOM and on linkedom's.
 */
import { type Analysis, analyse, BLOCK_TAGS, bodyOf, classify, Flag, type Stats } from "./article-finder";
import type { Block, BlockKind, NodeSlice, TextModel } from "./types";

export interface BuildOptions {
  /** Use this element as the article instead of finding it (the headline is then looked for inside it). */
  root?: Element;
}

/** A container whose text is mostly links (a link list, a teaser box) and holds few paragraphs is skipped. */
const LINK_DENSE = 0.5;
const LINK_DENSE_MAX_SHARE = 0.3;
/** ... and a short block whose text is nearly all link. */
const LINK_PARAGRAPH = 0.9;
/** List items and headings that are links are kept (a list of titles, a linked subheading). */
const KEEP_LINKED = new Set(["li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"]);
const NO_LINK_FILTER = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "dd", "dt"]);

function isSpace(c: number): boolean {
  // White space collapsed as rendered (space, tab, LF, FF, CR), and also the no-break space: the model
  // is for reading, and pages use &nbsp; for spacing and for empty spacer paragraphs.
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
}

function isDropped(c: number): boolean {
  // Soft hyphen, zero-width space, BOM: invisible, and they would split words.
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

function kindOf(tag: string, parent: BlockKind): BlockKind {
  switch (tag) {
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
      return "heading";
    case "li":
    case "dt":
    case "dd":
      return "list-item";
    case "blockquote":
      return "blockquote";
    case "figcaption":
    case "caption":
      return "caption";
    case "p":
    case "pre":
      return parent === "blockquote" || parent === "caption" || parent === "list-item" ? parent : "paragraph";
    default:
      return parent === "other" || parent === "paragraph" ? "other" : parent;
  }
}

/** Accumulates text, blocks and slices. */
class Emitter {
  chunks: string[] = [];
  len = 0;
  blocks: Block[] = [];
  slices: NodeSlice[] = [];
  private cur: NodeSlice | null = null;
  private blockStart = -1;
  private blockKind: BlockKind = "other";
  private pendingNode: Text | null = null;
  private pendingOffset = 0;
  kind: BlockKind = "other";

  closeBlock(): void {
    if (this.blockStart >= 0) {
      this.blocks.push({ kind: this.blockKind, start: this.blockStart, end: this.len });
      this.blockStart = -1;
    }
    this.pendingNode = null;
  }

  private openBlock(): void {
    if (this.len > 0) {
      this.chunks.push("\n\n");
      this.len += 2;
    }
    this.blockStart = this.len;
    this.blockKind = this.kind;
  }

  private mapChar(node: Text, offset: number): void {
    const cur = this.cur;
    if (cur && cur.node === node && cur.end === this.len && (cur.map[cur.map.length - 1] ?? -1) < offset) {
      cur.map.push(offset);
      cur.end++;
    } else {
      const s: NodeSlice = { node, start: this.len, end: this.len + 1, map: [offset] };
      this.slices.push(s);
      this.cur = s;
    }
    this.len++;
  }

  text(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (this.blockStart >= 0 && this.pendingNode === null) {
          this.pendingNode = node;
          this.pendingOffset = i;
        }
        i++;
        continue;
      }
      if (isDropped(c)) {
        i++;
        continue;
      }
      if (this.blockStart < 0) this.openBlock();
      if (this.pendingNode !== null) {
        this.chunks.push(" ");
        this.mapChar(this.pendingNode, this.pendingOffset);
        this.pendingNode = null;
      }
      let j = i;
      while (j < n) {
        const d = data.charCodeAt(j);
        if (isSpace(d) || isDropped(d)) break;
        this.mapChar(node, j);
        j++;
      }
      this.chunks.push(data.slice(i, j));
      i = j;
    }
  }

  finish(): void {
    this.closeBlock();
    for (const s of this.slices) s.map.push((s.map[s.map.length - 1] ?? 0) + 1);
  }
}

interface WalkContext {
  flags: Map<Element, Flag>;
  stats: Map<Element, Stats>;
  kept: Set<Element>;
  exclude: Set<Element>;
  headline: Element | null;
  rootGood: number;
  /** False inside the headline: it was chosen on purpose, and may lie outside the measured parts. */
  filter: boolean;
  out: Emitter;
}

function walk(el: Element, ctx: WalkContext): void {
  const out = ctx.out;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) {
      out.text(c as Text);
      continue;
    }
    if (type !== 1) continue;
    const child = c as Element;
    let f = ctx.flags.get(child);
    if (f === undefined) {
      f = classify(child);
      ctx.flags.set(child, f);
    }
    if (f === Flag.Skip) continue;
    if ((f === Flag.Boilerplate || f === Flag.Never) && !ctx.kept.has(child)) continue;
    if (child === ctx.headline || ctx.exclude.has(child)) continue;
    const tag = child.localName;
    if (tag === "br") {
      out.closeBlock();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (!ctx.filter) {
      if (block) out.closeBlock();
      walk(child, ctx);
      if (block) out.closeBlock();
      continue;
    }
    const s = ctx.stats.get(child);
    if (!s) {
      // No visible text in it; an inline element may still hold the white space between two words.
      if (!block) walk(child, ctx);
      continue;
    }
    // A short block that is all link: "READ MORE: ...", a teaser headline inside the body.
    if (block && s.link >= LINK_PARAGRAPH * s.text && s.text < 200 && s.good === 0 && !KEEP_LINKED.has(tag)) {
      continue;
    }
    if (
      block &&
      !NO_LINK_FILTER.has(tag) &&
      s.link > LINK_DENSE * s.text &&
      s.good < LINK_DENSE_MAX_SHARE * ctx.rootGood
    ) {
      continue;
    }
    if (block) {
      out.closeBlock();
      const parentKind = out.kind;
      out.kind = kindOf(tag, parentKind);
      walk(child, ctx);
      out.closeBlock();
      out.kind = parentKind;
    } else {
      walk(child, ctx);
    }
  }
}

/** Builds the TextModel of a document's article (or of `opts.root`). */
export function buildTextModel(doc: Document, opts: BuildOptions = {}): TextModel {
  return textModelFrom(doc, analyse(doc, opts.root), opts.root);
}

/**
 * The second half of buildTextModel: the text walk, given the article finder's analysis of the same
 * document. Kept apart so that the content script can run the two halves in separate tasks.
 */
export function textModelFrom(doc: Document, a: Analysis, forcedRoot?: Element): TextModel {
  const out = new Emitter();
  const body = bodyOf(doc);
  const root = a.root ?? body;
  const ctx: WalkContext = {
    flags: a.flags,
    stats: a.stats,
    kept: a.kept,
    exclude: a.exclude,
    headline: a.headline,
    rootGood: root ? (a.stats.get(root)?.good ?? 0) : 0,
    filter: true,
    out,
  };
  let title: string | undefined;
  if (a.headline) {
    out.kind = "heading";
    walk(a.headline, { ...ctx, headline: null, filter: false });
    out.closeBlock();
    const first = out.blocks[0];
    if (first) {
      first.kind = "heading";
      title = out.chunks.join("").slice(first.start, first.end);
    }
  }
  if (root) {
    out.kind = "other";
    walk(root, ctx);
  }
  out.finish();
  const model: TextModel = {
    text: out.chunks.join(""),
    blocks: out.blocks,
    slices: out.slices,
    root: forcedRoot ?? (root === body ? null : root),
  };
  if (title !== undefined) model.title = title;
  return model;
}

/** Index of the last slice whose start is <= offset (-1 if none). */
function sliceAt(slices: NodeSlice[], offset: number): number {
  let lo = 0;
  let hi = slices.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((slices[mid] as NodeSlice).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM position of text offset `offset`: just before the model's character `offset`. An offset
 * between blocks (on the "\n\n") maps to the start of the next block's text, an offset at the end of the
 * text to the end of the last slice. Null when the model has no text.
 */
export function offsetToDom(model: TextModel, offset: number): DomPoint | null {
  const slices = model.slices;
  if (slices.length === 0) return null;
  const i = sliceAt(slices, offset);
  if (i < 0) {
    const first = slices[0] as NodeSlice;
    return { node: first.node, offset: first.map[0] as number };
  }
  const s = slices[i] as NodeSlice;
  if (offset < s.end) return { node: s.node, offset: s.map[offset - s.start] as number };
  const next = slices[i + 1];
  if (offset > s.end && next) return { node: next.node, offset: next.map[0] as number };
  return { node: s.node, offset: s.map[s.end - s.start] as number };
}

/** The DOM position just after the model's character `offset - 1` (for range ends). */
function endToDom(model: TextModel, offset: number): DomPoint | null {
  const slices = model.slices;
  if (slices.length === 0) return null;
  if (offset <= 0) return offsetToDom(model, 0);
  const i = sliceAt(slices, offset - 1);
  if (i < 0) return offsetToDom(model, 0);
  const s = slices[i] as NodeSlice;
  const k = Math.min(offset, s.end) - s.start; // chars of this slice before the end, >= 1
  return { node: s.node, offset: (s.map[k - 1] as number) + 1 };
}

/**
 * A DOM Range for the text [start, end) of the model; works across inline elements and blocks.
 * Throws when the model has no text.
 */
export function rangeFor(model: TextModel, start: number, end: number): Range {
  const a = offsetToDom(model, start);
  const b = endToDom(model, Math.max(start, end));
  if (!a || !b) throw new Error("rangeFor: the model has no text");
  const doc = a.node.ownerDocument as Document;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  if (end <= start) range.setEnd(a.node, a.offset);
  else range.setEnd(b.node, b.offset);
  return range;
}
