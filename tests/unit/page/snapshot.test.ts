import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/page/article-finder";
import { decodeModel, encodeModel } from "../../../src/page/model-wire";
import { SnapshotWalk, takeSnapshot } from "../../../src/page/snapshot";
import { isSnapshot, snapshotDocument } from "../../../src/page/snapshot-document";
import { buildTextModel, textModelFrom } from "../../../src/page/text-model";
import type { TextModel } from "../../../src/page/types";
import { fixture, page, parse } from "./helpers";

/** The model the background builds from a snapshot, sent as a message and decoded against the page. */
function viaSnapshot(doc: Document): TextModel {
  const nodes: Node[] = [];
  const snapshot = JSON.parse(JSON.stringify(takeSnapshot(doc, nodes)));
  expect(isSnapshot(snapshot)).toBe(true);
  const shadow = snapshotDocument(snapshot);
  const wire = JSON.parse(JSON.stringify(encodeModel(textModelFrom(shadow, analyse(shadow)))));
  return decodeModel(wire, nodes);
}

function expectSameModel(doc: Document): void {
  const direct = buildTextModel(doc);
  const remote = viaSnapshot(doc);
  expect(remote.text).toBe(direct.text);
  expect(remote.title).toBe(direct.title);
  expect(remote.blocks).toEqual(direct.blocks);
  expect(remote.root).toBe(direct.root);
  expect(remote.slices.length).toBe(direct.slices.length);
  remote.slices.forEach((s, i) => {
    const d = direct.slices[i]!;
    expect(s.node).toBe(d.node);
    expect([s.start, s.end]).toEqual([d.start, d.end]);
    expect(s.map).toEqual(d.map);
  });
}

describe("the article found from a snapshot is the article found on the page", () => {
  for (const name of ["news-article.html", "link-list.html", "shop-front.html"]) {
    it(name, () => expectSameModel(parse(fixture(name))));
  }

  it("keeps hidden, boilerplate and skipped elements out alike", () => {
    expectSameModel(
      page(
        `<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Ferry vote delayed</h1>
        <p>The council   said on Monday that the vote would wait until the spring, after late objections.</p>
        <div hidden><p>Hidden text that no reader sees and nothing should keep in the article.</p></div>
        <div style="display: none">Also hidden text, by inline style, that must stay out of it.</div>
        <p aria-hidden="true">An aria-hidden paragraph that is not part of what a reader reads here.</p>
        <script>var notText = "a script's text is never article text";</script>
        <p>“We need more time,” <em>the mayor</em> told reporters, adding that <a href="/x">the plan</a> stood.</p>
        <aside class="related">Related: other stories about ferries and votes and councils.</aside>
        <p>Residents\u00a0who objected said the timetable ignored early-morning commuters entirely.</p>
        </article><footer role="contentinfo">© The Harbour Times</footer>`,
        '<title>Ferry vote delayed | The Harbour Times</title><meta property="og:title" content="Ferry vote delayed">',
      ),
    );
  });

  it("on any tree of blocks, inlines and white space", () => {
    const text = fc.constantFrom(
      "Word",
      " ",
      "  \n ",
      "said",
      "\u00a0",
      "x\u00ady",
      "“Quoted”",
      "long sentence here.",
    );
    const leaf = fc.array(text, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));
    const tag = fc.constantFrom("p", "div", "span", "em", "a", "li", "h2", "blockquote", "section", "br");
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc
          .tuple(tag, fc.array(tie("node"), { maxLength: 4 }))
          .map(([t, kids]) => (t === "br" ? "<br>" : `<${t}>${kids.join("")}</${t}>`)),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        expectSameModel(page(`<main>${parts.join("")}</main>`));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a snapshot that arrives malformed", () => {
  it("is refused by shape, or fails with a message", () => {
    expect(isSnapshot(null)).toBe(false);
    expect(isSnapshot({ title: "t", meta: {}, tree: "x" })).toBe(false);
    expect(() => snapshotDocument({ title: "", meta: {}, tree: [0, 0] })).toThrow(/malformed/);
    expect(() => snapshotDocument({ title: "", meta: {}, tree: [{} as never] })).toThrow(/malformed/);
  });

  it("decoding refuses indices that are not the page's text nodes", () => {
    const doc = page("<p>Some text of a paragraph that is long enough to count as one.</p>");
    const nodes: Node[] = [];
    takeSnapshot(doc, nodes);
    expect(() => decodeModel({ text: "x", blocks: [], root: -1, slices: [[0, 0, 1, 0, 0]] }, nodes)).toThrow(
      /does not fit/,
    );
  });
});

describe("a page that changed while the background worked", () => {
  it("maps offsets beyond a node's new text to its end instead of failing", () => {
    const doc = page(
      "<article><p>The harbour master said the new pier would open in June after the final safety checks.</p></article>",
    );
    const model = viaSnapshot(doc);
    const node = model.slices[0]!.node;
    const nodes: Node[] = [];
    const snapshot = takeSnapshot(doc, nodes);
    const shadow = snapshotDocument(snapshot);
    const wire = encodeModel(textModelFrom(shadow, analyse(shadow)));
    node.data = "Shorter now.";
    const clamped = decodeModel(wire, nodes);
    expect(Math.max(...clamped.slices[0]!.map)).toBe("Shorter now.".length);
  });
});

describe("the snapshot walk in slices", () => {
  /** A page large enough for many slices when the clock is always past the deadline. */
  function longPage(): Document {
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) =>
        `<p class="para-${i % 7}">Paragraph ${i}: the council met <a href="#n${i}">again</a> and <em>said</em> the ferry ran late.</p>`,
    ).join("");
    return page(
      `<header><nav><a href="/">Home</a></nav></header><article>${paragraphs}</article><footer>End</footer>`,
    );
  }

  it("gives the same snapshot and nodes whether taken at once or in many slices", () => {
    const doc = longPage();
    const whole: Node[] = [];
    const once = JSON.stringify(takeSnapshot(doc, whole));
    const sliced: Node[] = [];
    const walk = new SnapshotWalk(doc, sliced);
    let slices = 1;
    while (!walk.run(Number.NEGATIVE_INFINITY)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(walk.json()).toBe(once);
    expect(sliced).toEqual(whole);
    expect(sliced.every((n, i) => n === whole[i])).toBe(true);
  });

  it("ends with a well-formed snapshot when the page removes the node it stopped at", () => {
    const doc = longPage();
    const nodes: Node[] = [];
    const walk = new SnapshotWalk(doc, nodes);
    expect(walk.run(Number.NEGATIVE_INFINITY)).toBe(false);
    // the walk stopped inside the article: take away the paragraph it was in
    const at = nodes[nodes.length - 1]!;
    (at.nodeType === 1 ? (at as Element) : at.parentElement!).closest("p")?.remove();
    while (!walk.run(Number.POSITIVE_INFINITY));
    const snapshot = JSON.parse(walk.json());
    expect(isSnapshot(snapshot)).toBe(true);
    expect(() => snapshotDocument(snapshot)).not.toThrow();
    const opened = snapshot.tree.filter((x: unknown) => Array.isArray(x)).length;
    const closed = snapshot.tree.filter((x: unknown) => x === 0).length;
    expect(closed).toBe(opened);
  });
});
