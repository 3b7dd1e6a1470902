import { describe, expect, it } from "vitest";
import { findArticle, isLikelyArticle, pageLanguage } from "../../../src/page/article-finder";
import { fixture, page, parse } from "./helpers";

describe("findArticle", () => {
  it("finds the story body, not the comments or the sidebar", () => {
    const doc = parse(fixture("news-article.html"));
    const el = findArticle(doc);
    expect(el).not.toBeNull();
    expect(el?.textContent).toContain("postponed its vote");
    expect(el?.textContent).toContain("A new vote is expected next month.");
    expect(el?.textContent).not.toContain("eleven years");
    expect(el?.textContent).not.toContain("Town hall clock");
  });

  it("prefers the paragraph-dense container over a link-dense one", () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<p><a href="/${i}">A long teaser headline number ${i} for a story</a></p>`,
    );
    const paras = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Sentence ${i} of the article body, which goes on for a while, as article sentences do.</p>`,
    );
    const doc = page(`<div id="links">${links.join("")}</div><div id="story">${paras.join("")}</div>`);
    expect(findArticle(doc)?.id).toBe("story");
  });
});

describe("isLikelyArticle", () => {
  it("is true on a news article", () => {
    expect(isLikelyArticle(parse(fixture("news-article.html")))).toBe(true);
  });

  it("is false on a shop front page and on a search results page", () => {
    expect(isLikelyArticle(parse(fixture("shop-front.html")))).toBe(false);
    expect(isLikelyArticle(parse(fixture("link-list.html")))).toBe(false);
  });

  it("is true on a plain page with several substantial paragraphs", () => {
    const p =
      "<p>This is a paragraph of a plain article page, with enough words in it to count as real prose text.</p>";
    expect(isLikelyArticle(page(p.repeat(4)))).toBe(true);
    expect(isLikelyArticle(page(p.repeat(2)))).toBe(false);
  });

  it("trusts og:type article or JSON-LD when there is some prose", () => {
    const p =
      "<p>This is a paragraph of a plain article page, with enough words in it to count as real prose text.</p>";
    expect(isLikelyArticle(page(p, '<meta property="og:type" content="article">'))).toBe(true);
    expect(
      isLikelyArticle(
        page(p, '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'),
      ),
    ).toBe(true);
    expect(isLikelyArticle(page("<p>Short.</p>", '<meta property="og:type" content="article">'))).toBe(false);
  });
});

describe("pageLanguage", () => {
  it("reads the primary subtag of <html lang>", () => {
    expect(pageLanguage(parse(fixture("news-article.html")))).toBe("en");
    expect(pageLanguage(parse('<html lang="FR-ca"><body></body></html>'))).toBe("fr");
    expect(pageLanguage(parse("<html><body></body></html>"))).toBeNull();
  });
});
