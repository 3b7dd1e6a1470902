/**
 * A snapshot of a page for the background: one tight walk over the body that keeps what the
 * article finder and the text walk read (tags, the few attributes that classify an element, text)
 * and nothing else, in document order. Elements the finder skips whatever they hold (scripts,
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

/** Snapshots `doc`'s body; `nodes` receives the body, its elements and text nodes by index. */
export function takeSnapshot(doc: Document, nodes: Node[]): Snapshot {
  const meta: Record<string, string> = {};
  for (const key of TITLE_META) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = el?.getAttribute("content");
    if (content) meta[key] = content;
  }
  const tree: SnapshotItem[] = [];
  const body = bodyOf(doc);
  if (body) {
    const rare = new Set<Element>(body.querySelectorAll(RARE));
    nodes.push(body);
    tree.push([body.localName, attrsOf(body, rare) || 0]);
    walk(body, tree, nodes, rare);
    tree.push(0);
  }
  return { title: doc.title ?? "", meta, tree };
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

function walk(el: Element, tree: SnapshotItem[], nodes: Node[], rare: Set<Element>): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) {
      nodes.push(c);
      const data = (c as Text).data;
      tree.push(data.length > 0 && !NOT_SPACE.test(data) ? 1 : data);
    } else if (type === 1) {
      const child = c as Element;
      const tag = child.localName;
      if (SKIP_TAGS.has(tag)) continue;
      const attrs = attrsOf(child, rare);
      if (attrs === null) continue;
      nodes.push(child);
      tree.push([tag, attrs]);
      walk(child, tree, nodes, rare);
      tree.push(0);
    }
  }
}
