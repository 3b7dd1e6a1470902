/**
 * The background's side of a page snapshot (snapshot.ts): a minimal DOM built from it, with exactly
 * what the article finder and the text walk use (nodeType, localName, firstChild, nextSibling,
 * parentNode, attributes, textContent, data, the document's title and title meta tags), so that the
 * same finder runs on it as on the browser's DOM or linkedom's. Every node carries its snapshot
 * index, by which the page finds its own node again.
 */
import type { Snapshot, SnapshotAttrs } from "./snapshot";

export class SnapshotNode {
  parentNode: SnapshotElement | null = null;
  nextSibling: SnapshotNode | null = null;
  constructor(
    readonly nodeType: number,
    readonly index: number,
  ) {}
}

export class SnapshotText extends SnapshotNode {
  constructor(
    index: number,
    readonly data: string,
  ) {
    super(3, index);
  }

  get textContent(): string {
    return this.data;
  }
}

export class SnapshotElement extends SnapshotNode {
  firstChild: SnapshotNode | null = null;
  lastChild: SnapshotNode | null = null;

  constructor(
    index: number,
    readonly localName: string,
    private readonly attrs: SnapshotAttrs | 0,
  ) {
    super(1, index);
  }

  hasAttributes(): boolean {
    return this.attrs !== 0;
  }

  getAttribute(name: string): string | null {
    return this.attrs === 0 ? null : ((this.attrs as Record<string, string | undefined>)[name] ?? null);
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  get textContent(): string {
    let out = "";
    for (let c = this.firstChild; c; c = c.nextSibling)
      out += c.nodeType === 3 ? (c as SnapshotText).data : (c as SnapshotElement).textContent;
    return out;
  }

  append(child: SnapshotNode): void {
    child.parentNode = this;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }
}

export class SnapshotDocument {
  readonly documentElement: SnapshotElement;
  readonly title: string;
  private readonly meta: Record<string, string>;

  constructor(snapshot: Snapshot) {
    this.title = snapshot.title;
    this.meta = snapshot.meta;
    this.documentElement = new SnapshotElement(-1, "html", 0);
    build(snapshot, this.documentElement);
  }

  /** Only the meta lookups the finder makes: `meta[property="og:title"]` and the like. */
  querySelector(selector: string): { getAttribute(name: string): string | null } | null {
    const m = /^meta\[(?:property|name)="([^"]+)"\]/.exec(selector);
    const content = m ? this.meta[m[1] as string] : undefined;
    return content === undefined ? null : { getAttribute: (n) => (n === "content" ? content : null) };
  }
}

/** A snapshot arrived by message: its shape is checked before it is trusted. */
export function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Partial<Snapshot>;
  return (
    typeof s.title === "string" && typeof s.meta === "object" && s.meta !== null && Array.isArray(s.tree)
  );
}

function build(snapshot: Snapshot, html: SnapshotElement): void {
  const stack: SnapshotElement[] = [html];
  let index = 0;
  for (const item of snapshot.tree) {
    const parent = stack[stack.length - 1];
    if (!parent) throw new Error("The page snapshot is malformed (an element closed twice).");
    if (typeof item === "string") parent.append(new SnapshotText(index++, item));
    else if (item === 1) parent.append(new SnapshotText(index++, " "));
    else if (item === 0) {
      if (stack.length === 1) throw new Error("The page snapshot is malformed (an element closed twice).");
      stack.pop();
    } else if (Array.isArray(item) && typeof item[0] === "string") {
      const attrs = typeof item[1] === "object" && item[1] !== null ? item[1] : 0;
      const el = new SnapshotElement(index++, item[0].toLowerCase(), attrs);
      parent.append(el);
      stack.push(el);
    } else throw new Error("The page snapshot is malformed (an unknown item).");
  }
}

/** The snapshot's document, typed as the DOM the finder and the text walk expect. */
export function snapshotDocument(snapshot: Snapshot): Document {
  return new SnapshotDocument(snapshot) as unknown as Document;
}
