/**
 * A snapshot of a page for the background: a tight walk over the body, in slices (SnapshotWalk),
 * that keeps what the article finder and the text walk read (tags, the few attributes that classify
 * an element, text) and nothing else, in document order. Elements the finder skips whatever they hold (scripts,
 * styles, media, hidden elements) are left out. The background finds the article and builds its
 * text with warm code, while the page keeps the nodes themselves.
 *
 * Why: the content script starts cold in every tab, and V8 runs cold code slowly; the finder's scoring
 * on the page cost 20-40 ms, a walk that only copies costs about what a bare text walk costs. The
 * background (snapshot-document.ts) rebuilds a small DOM from the snapshot and runs the same finder.
 *
 * Wire format, `tree`: preorder; a string is a text node (1 one of white space only), `[tag, attrs]`
 * opens an element (attrs is 0 when it has none that matter), 0 closes the last open element. Node
 * indices count text nodes and elements in that order, the body being index 0; `nodes[i]` on the
 * page is node i.
 */
import { bodyOf, hiddenByAttributes, SKIP_TAGS } from "./article-finder";

/** The attributes the finder reads (classify): anything else is left on the page. */
export interface SnapshotAttrs {
  class?: string;
  id?: string;
  role?: string;
}

export type SnapshotItem = string | 1 | [tag: string, attrs: SnapshotAttrs | 0] | 0;

export interface Snapshot {
  /** document.title. */
  title: string;
  /** The content of the title meta tags the headline picker reads, by their property or name. */
  meta: Record<string, string>;
  tree: SnapshotItem[];
}

/**
 * A text node of white space only (indentation between tags: a third of a page's snapshot) is sent as
 * 1. The finder counts it as no text and the text walk as one collapsible space at its offset 0,
 * exactly as it does " ". (A no-break space is text to the finder, so such nodes are sent as they are.)
 */
const NOT_SPACE = /[^ \t\n\r\f]/;
/** Attributes few elements carry: found by one native query instead of being asked of every element. */
const RARE = "[hidden], [aria-hidden], [style], [role]";
/** The meta tags the headline picker compares headings with. */
const TITLE_META = ["og:title", "twitter:title"];

/** Snapshots `doc`'s body in one go; `nodes` receives the body, its elements and text nodes by index. */
export function takeSnapshot(doc: Document, nodes: Node[]): Snapshot {
  const walk = new SnapshotWalk(doc, nodes);
  walk.run(Number.POSITIVE_INFINITY);
  return JSON.parse(walk.json()) as Snapshot;
}

/** Nodes visited between two looks at the clock. */
const CLOCK_EVERY = 256;

/**
 * The snapshot walk in slices: `run(deadline)` walks until the clock passes `deadline` and can be
 * called again after the page has had its turn, so that a large page never holds the main thread
 * in one long task. Each slice serialises what it walked, and `json()` joins the pieces into the
 * JSON text of the whole Snapshot.
 *
 * The walk is iterative (first child, next sibling, parent), so that it can stop anywhere. If the
 * page removes the node it stopped at, the walk ends there and closes what it opened: the snapshot
 * then lacks the rest, and the page watcher sees the change and asks again.
 */
export class SnapshotWalk {
  private readonly pieces: string[] = [];
  private readonly head: { title: string; meta: Record<string, string> };
  private readonly rare = new Set<Element>();
  /** The next node to visit; null when the walk is done. */
  private next: Node | null = null;
  /** Elements opened below the body and not closed yet. */
  private depth = 0;
  private bodyOpen = false;

  constructor(
    doc: Document,
    private readonly nodes: Node[],
  ) {
    const meta: Record<string, string> = {};
    for (const key of TITLE_META) {
      const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
      const content = el?.getAttribute("content");
      if (content) meta[key] = content;
    }
    this.head = { title: doc.title ?? "", meta };
    const body = bodyOf(doc);
    if (!body) return;
    for (const el of body.querySelectorAll(RARE)) this.rare.add(el);
    nodes.push(body);
    this.pieces.push(JSON.stringify([body.localName, attrsOf(body, this.rare) || 0]));
    this.bodyOpen = true;
    this.next = body.firstChild;
  }

  /** Walks until `deadline` (a performance.now() time) or the end. True when the walk is done. */
  run(deadline: number): boolean {
    const tree: SnapshotItem[] = [];
    let c = this.next;
    let n = 0;
    while (c) {
      if (++n % CLOCK_EVERY === 0 && performance.now() > deadline) break;
      let into: Node | null = null;
      const type = c.nodeType;
      if (type === 3) {
        this.nodes.push(c);
        const data = (c as Text).data;
        tree.push(data.length > 0 && !NOT_SPACE.test(data) ? 1 : data);
      } else if (type === 1) {
        const el = c as Element;
        const tag = el.localName;
        const attrs = SKIP_TAGS.has(tag) ? null : attrsOf(el, this.rare);
        if (attrs !== null) {
          this.nodes.push(el);
          tree.push([tag, attrs]);
          if (el.firstChild) into = el.firstChild;
          else tree.push(0);
        }
      }
      if (into) {
        this.depth++;
        c = into;
        continue;
      }
      // the next sibling, or the next sibling of the nearest open element that has one
      while (c && !c.nextSibling) {
        if (this.depth === 0) {
          c = null;
          break;
        }
        tree.push(0);
        this.depth--;
        c = c.parentNode;
      }
      c = c ? c.nextSibling : null;
    }
    this.next = c;
    if (!c) {
      // the end, or a node the page removed under us: close what is open, the body last
      for (; this.depth > 0; this.depth--) tree.push(0);
      if (this.bodyOpen) tree.push(0);
      this.bodyOpen = false;
    }
    if (tree.length) this.pieces.push(JSON.stringify(tree).slice(1, -1));
    return c === null;
  }

  /** The whole snapshot as JSON (call when `run` has returned true). */
  json(): string {
    const head = JSON.stringify(this.head);
    return `${head.slice(0, -1)},"tree":[${this.pieces.join(",")}]}`;
  }
}

/**
 * The attributes of `el` that matter, 0 when none does; null when they hide it (hidden, aria-hidden,
 * display:none), which the finder would skip with all it holds. The rarely set ones are read only on
 * the elements a native query found carrying them.
 */
function attrsOf(el: Element, rare: Set<Element>): SnapshotAttrs | 0 | null {
  if (!el.hasAttributes()) return 0;
  const attrs: SnapshotAttrs = {};
  let any = false;
  const cls = el.getAttribute("class");
  if (cls) {
    attrs.class = cls;
    any = true;
  }
  const id = el.getAttribute("id");
  if (id) {
    attrs.id = id;
    any = true;
  }
  if (rare.has(el)) {
    if (hiddenByAttributes(el)) return null;
    const role = el.getAttribute("role");
    if (role) {
      attrs.role = role;
      any = true;
    }
  }
  return any ? attrs : 0;
}
