import { describe, expect, it } from "vitest";
import { analysePage, analyseText, engineRuns } from "../../../src/background/analysis";
import { decodeModel } from "../../../src/page/model-wire";
import { takeSnapshot } from "../../../src/page/snapshot";
import { page } from "../page/helpers";

const ARTICLE = `<article><h1>Library hours cut</h1>
  <p>The city will close its branch libraries on Sundays from March, officials said on Tuesday.</p>
  <p>“We looked at every other option first,” said Dana Whitfield, the city's budget director.</p>
  <p>Whitfield said the change would save about $400,000 a year.</p></article>`;

describe("the background's analysis of a page snapshot", () => {
  it("finds the article, analyses it, and maps it back to the page's nodes", () => {
    const doc = page(ARTICLE);
    const nodes: Node[] = [];
    const answer = analysePage(JSON.parse(JSON.stringify(takeSnapshot(doc, nodes))));
    if (!answer.ok) throw new Error(answer.error);
    const model = decodeModel(answer.value.model, nodes);
    expect(model.title).toBe("Library hours cut");
    const said = answer.value.analysis?.claims.map((c) => model.text.slice(c.start, c.end)) ?? [];
    expect(said.some((t) => t.includes("We looked at every other option first"))).toBe(true);
    const names = answer.value.analysis?.speakers.map((s) => s.name);
    expect(names).toContain("Dana Whitfield");
  });

  it("builds only the text when asked (a page with the user's highlights that is no article)", () => {
    const doc = page(ARTICLE.replace("Library hours cut", "Library hours cut, text only"));
    const nodes: Node[] = [];
    const before = engineRuns;
    const answer = analysePage(JSON.parse(JSON.stringify(takeSnapshot(doc, nodes))), false);
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.value.analysis).toBeUndefined();
    expect(engineRuns, "the engine did not run").toBe(before);
    const model = decodeModel(answer.value.model, nodes);
    expect(model.text).toContain("save about $400,000 a year");
  });

  it("does not analyse the same text twice", () => {
    const text = "“The bridge will reopen in May,” said Ana Ruiz, the transport minister.";
    const before = engineRuns;
    const a = analyseText(text);
    const b = analyseText(text);
    expect(engineRuns).toBe(before + 1);
    expect(a.ok && b.ok && a.value.analysis === b.value.analysis).toBe(true);
    analyseText(`${text} “It will be ready,” she added.`);
    expect(engineRuns).toBe(before + 2);
  });

  it("answers bad input with a message", () => {
    expect(analysePage({ nope: 1 })).toEqual({ ok: false, error: "The page could not be read." });
    const broken = analysePage({ title: "", meta: {}, tree: [0, 0] });
    expect(broken.ok === false && broken.error).toMatch(/could not be read: .*malformed/);
    expect(analyseText(42)).toEqual({ ok: false, error: "Nothing to analyse." });
    const huge = analyseText("a".repeat(4_000_001));
    expect(huge.ok === false && huge.error).toMatch(/too long to analyse/);
  });
});
