import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTextModel, offsetToDom, rangeFor } from "../../../src/page/text-model";
import type { TextModel } from "../../../src/page/types";
import { checkModel, fixture, page, parse, textBetween } from "./helpers";

const blockTexts = (m: TextModel) => m.blocks.map((b) => m.text.slice(b.start, b.end));

/** linkedom's Range has no setStart/setEnd: record what rangeFor asks for. */
function recordRanges(doc: Document) {
  const calls: { start?: { node: Text; offset: number }; end?: { node: Text; offset: number } } = {};
  (doc as unknown as { createRange: () => unknown }).createRange = () => ({
    setStart(node: Text, offset: number) {
      calls.start = { node, offset };
    },
    setEnd(node: Text, offset: number) {
      calls.end = { node, offset };
    },
  });
  return calls;
}

describe("buildTextModel on a news page", () => {
  const doc = parse(fixture("news-article.html"));
  const model = buildTextModel(doc);
  const blocks = blockTexts(model);

  it("starts with the headline and keeps the body paragraphs", () => {
    expect(model.title).toBe("Harbour council delays ferry vote after late objections");
    expect(blocks[0]).toBe(model.title);
    expect(model.blocks[0]?.kind).toBe("heading");
    expect(model.text).toContain(
      "The harbour council postponed its vote on a new ferry contract on Tuesday, after residents of the north shore",
    );
    expect(model.text).toContain(
      "“We were not given enough time to read the proposal,” said Ana Ortiz, who chairs the north shore residents’ association.",
    );
    expect(model.text).toContain(
      "The council’s finance chief, Marek Duda, said the delay would cost the town little",
    );
    expect(model.text).toContain("A spokesperson for the operator declined to comment on the objections.");
    expect(model.text).toContain("A new vote is expected next month.");
    expect(blocks).toContain("What happens next");
  });

  it("leaves out navigation, ads, related links, comments, banners and hidden text", () => {
    for (const gone of [
      "cookies",
      "Sport",
      "Weather",
      "Home",
      "Share on social media",
      "Advertisement",
      "Related stories",
      "Ferry fares to rise",
      "Comments",
      "eleven years",
      "Most read",
      "Subscribe",
      "newsletter",
      "lighthouses",
      "All rights reserved",
      "hidden by an inline style",
      "hidden attribute",
      "Decorative text",
      "enable scripts",
      "Template content",
      "page view",
      "font-family",
      "dataset",
    ]) {
      expect(model.text, gone).not.toContain(gone);
    }
  });

  it("keeps blocks apart: paragraphs, headings, quotes, captions, <br> lines", () => {
    expect(model.text).not.toMatch(/[^\n]\n[^\n]/);
    expect(model.text).not.toMatch(/ {2}|\n{3}/);
    expect(blocks).toContain("The objections fall into three groups:");
    expect(blocks).toContain("noise at the north pier,");
    expect(blocks).toContain("the timetable for winter sailings, and the price of a season ticket.");
    const quote = model.blocks.find((b) =>
      model.text.slice(b.start, b.end).startsWith("The contract is the largest"),
    );
    expect(quote?.kind).toBe("blockquote");
    const caption = model.blocks.find((b) => b.kind === "caption");
    expect(caption && model.text.slice(caption.start, caption.end)).toBe(
      "Residents at the north pier meeting on Monday evening.",
    );
    expect(model.blocks.find((b) => model.text.slice(b.start, b.end) === "What happens next")?.kind).toBe(
      "heading",
    );
  });

  it("maps every character back to its text node", () => {
    expect(checkModel(model)).toEqual([]);
  });

  it("maps sampled offsets to the same character in the DOM", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: model.text.length - 1 }), (i) => {
        const ch = model.text[i] as string;
        const p = offsetToDom(model, i);
        expect(p).not.toBeNull();
        if (ch === "\n") return; // block separators map to the next block's start
        const got = p?.node.data[p.offset] ?? "";
        expect(ch === " " ? /\s/.test(got) : got === ch).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("gives ranges across inline elements and across blocks", () => {
    const calls = recordRanges(doc);
    const quote = "We were not given enough time to read the proposal,";
    const start = model.text.indexOf(quote);
    rangeFor(model, start, start + quote.length);
    expect(calls.start?.node.data).toContain("We were");
    expect(calls.end?.node.data).toContain("proposal");
    expect(calls.start?.node).not.toBe(calls.end?.node);
    const between = textBetween(doc.documentElement, calls.start!, calls.end!);
    expect(between.replace(/\s+/g, " ")).toBe(quote);

    const from = model.text.indexOf("A new vote");
    const para2 = model.text.indexOf("The council’s finance chief");
    rangeFor(model, para2, from + "A new vote".length);
    expect(calls.start?.node.data).toContain("The council’s finance chief");
    expect(calls.end?.node.data.slice(0, calls.end.offset).trim().endsWith("A new vote")).toBe(true);
  });

  it("maps offsets on block separators to the next block", () => {
    const b0 = model.blocks[0]!;
    const b1 = model.blocks[1]!;
    const p = offsetToDom(model, b0.end + 1);
    const q = offsetToDom(model, b1.start);
    expect(p).toEqual(q);
    const end = offsetToDom(model, model.text.length);
    const last = model.slices[model.slices.length - 1]!;
    expect(end).toEqual({ node: last.node, offset: last.map[last.map.length - 1] });
  });

  it("reports the article element as root", () => {
    expect(model.root).not.toBeNull();
    expect(model.root?.textContent).toContain("finance chief");
    expect(model.root?.textContent).not.toContain("eleven years");
  });
});

describe("buildTextModel, white space and inline markup", () => {
  it("collapses white space across inline elements as rendered", () => {
    const doc = page(
      `<article><p>  One <b>two</b>   <i> three </i>\n\t four<span> </span>five&nbsp; </p><p>&nbsp;</p><p>six&shy;teen zero&#8203;width</p></article>`,
    );
    const m = buildTextModel(doc, { root: doc.querySelector("article")! });
    expect(m.text).toBe("One two three four five\n\nsixteen zerowidth");
    expect(checkModel(m)).toEqual([]);
  });

  it("separates text of nested divs and text around blocks", () => {
    const doc = page(
      `<div id="a">Before<div>inner <div>deeper</div> after deeper</div>tail<ul><li>one</li><li>two</li></ul></div>`,
    );
    const m = buildTextModel(doc, { root: doc.getElementById("a")! });
    expect(blockTexts(m)).toEqual(["Before", "inner", "deeper", "after deeper", "tail", "one", "two"]);
    expect(m.blocks.slice(5).map((b) => b.kind)).toEqual(["list-item", "list-item"]);
    expect(checkModel(m)).toEqual([]);
  });

  it("uses opts.root and reports it", () => {
    const doc = page(`<div id="x"><h1>Small headline here</h1><p>Only this.</p></div><p>Not this.</p>`);
    const root = doc.getElementById("x")!;
    const m = buildTextModel(doc, { root });
    expect(m.root).toBe(root);
    expect(m.text).toBe("Small headline here\n\nOnly this.");
    expect(m.title).toBe("Small headline here");
  });

  it("returns an empty model for an empty page", () => {
    const m = buildTextModel(page(""));
    expect(m.text).toBe("");
    expect(m.blocks).toEqual([]);
    expect(offsetToDom(m, 0)).toBeNull();
    expect(() => rangeFor(m, 0, 0)).toThrow();
  });

  it("keeps an article whose wrapper has a boilerplate-looking class", () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story, long enough to count as article text, with a clause or two more.</p>`;
    const doc = page(
      `<nav><a href="/">Home</a></nav><div class="story-wrap share-container">${[1, 2, 3, 4, 5].map(para).join("")}</div>` +
        `<div class="related"><p>A related teaser that is not part of the story at all, no matter how long.</p></div>`,
    );
    const m = buildTextModel(doc);
    expect(m.text).toContain("Paragraph 1 of the story");
    expect(m.text).toContain("Paragraph 5 of the story");
    expect(m.text).not.toContain("teaser");
  });

  it("finds the headline in a header box and not in the site logo", () => {
    const para = (n: number) =>
      `<p>Sentence ${n} of the piece, which is long enough to be a paragraph of an article body.</p>`;
    const doc = page(
      `<div class="site-top"><h1 class="logo">The Lakeside Courier</h1></div>` +
        `<div class="b-header"><h1>Ferry <em>finally</em> sails again</h1><span class="meta-date">Monday</span></div>` +
        `<div class="content">${[1, 2, 3, 4].map(para).join("")}</div>`,
      "<title>Ferry finally sails again | The Lakeside Courier</title>",
    );
    const m = buildTextModel(doc);
    expect(m.title).toBe("Ferry finally sails again");
    expect(m.text.startsWith("Ferry finally sails again\n\nSentence 1")).toBe(true);
    expect(m.text).not.toContain("Lakeside");
    expect(checkModel(m)).toEqual([]);
  });

  it("takes an article split around an ad as a whole", () => {
    const para = (n: number) =>
      `<p>Part ${n}: the story goes on with another sentence, and then one more to make it a paragraph.</p>`;
    const doc = page(
      `<div class="page"><div class="col"><div class="body-part">${[1, 2, 3].map(para).join("")}</div>` +
        `<div class="ad-container"><p>Buy things now, this box is an advertisement for things.</p></div>` +
        `<div class="body-part">${[4, 5, 6].map(para).join("")}</div></div>` +
        `<div class="rail"><ul><li><a href="/1">Teaser one with a long link title</a></li><li><a href="/2">Teaser two</a></li></ul></div></div>`,
    );
    const m = buildTextModel(doc);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(m.text).toContain(`Part ${n}:`);
    expect(m.text).not.toContain("advertisement");
    expect(m.text).not.toContain("Teaser");
  });
});

// Random documents: whatever the markup, the text must hold exactly the visible characters, in order,
// and every character must map back to its node.
const word = fc.stringMatching(/^[a-zé“”’.,]{1,8}$/);
const space = fc.constantFrom(" ", "  ", "\n", "\t ", " \n  ", "\u00a0", "\u00ad");
const textArb = fc.array(fc.oneof(word, space), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(""));
const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
  tree: fc.array(tie("node"), { minLength: 1, maxLength: 5 }).map((xs) => xs.join("")),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textArb,
    textArb,
    fc.constant("<br>"),
    fc
      .tuple(fc.constantFrom("span", "em", "b", "strong", "i"), tie("tree"))
      .map(([t, c]) => `<${t}>${c}</${t}>`),
    fc
      .tuple(fc.constantFrom("p", "div", "h2", "blockquote", "section", "figcaption"), tie("tree"))
      .map(([t, c]) => `<${t}>${c}</${t}>`),
    tie("tree").map((c) => `<ul><li>${c}</li></ul>`),
  ),
}));

describe("buildTextModel on random markup", () => {
  it("keeps every visible character once, in order, and maps it", () => {
    fc.assert(
      fc.property(tree, (html) => {
        const doc = page(`<div id="root">${html}</div>`);
        const root = doc.getElementById("root")!;
        const m = buildTextModel(doc, { root });
        expect(checkModel(m)).toEqual([]);
        const visible = (root.textContent ?? "").replace(/[\s\u00ad]/g, "");
        expect(m.text.replace(/\s/g, "")).toBe(visible);
      }),
      { numRuns: 300 },
    );
  });
});

describe("buildTextModel speed", () => {
  it("is linear: a long page with heavy navigation builds quickly", () => {
    const nav = Array.from({ length: 3000 }, (_, i) => `<li><a href="/n/${i}">Section ${i}</a></li>`).join(
      "",
    );
    const paras = Array.from(
      { length: 1500 },
      (_, i) =>
        `<p>Paragraph ${i} says that <a href="/x">someone</a> said <em>something</em>, again and again.</p>`,
    ).join("");
    const doc = page(`<nav><ul>${nav}</ul></nav><article><h1>Long one</h1>${paras}</article>`);
    const t0 = performance.now();
    const m = buildTextModel(doc);
    const ms = performance.now() - t0;
    expect(m.blocks.length).toBe(1501);
    expect(ms).toBeLessThan(1000);
  });
});
