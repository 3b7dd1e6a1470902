import { describe, expect, it } from "vitest";
import { pageKey, registrableSite } from "../../../src/anchoring/page-key";

const table: [string, string | null, string, string][] = [
  // [url, canonical, expected key, why]
  ["https://example.com/news/story", null, "https://example.com/news/story", "already normal"],
  ["https://example.com/news/story#comments", null, "https://example.com/news/story", "fragment dropped"],
  [
    "HTTPS://News.Example.COM/Story",
    null,
    "https://news.example.com/Story",
    "scheme and host lowercased, path kept",
  ],
  ["http://example.com/a", null, "https://example.com/a", "http keyed as https"],
  ["https://www.example.com/a", null, "https://example.com/a", "www. dropped"],
  ["https://example.com:443/a", null, "https://example.com/a", "default https port dropped"],
  ["http://example.com:80/a", null, "https://example.com/a", "default http port dropped"],
  ["https://example.com:8443/a", null, "https://example.com:8443/a", "other ports kept"],
  ["https://example.com/news/story/", null, "https://example.com/news/story", "trailing slash dropped"],
  ["https://example.com/", null, "https://example.com/", "root keeps its slash"],
  ["https://example.com", null, "https://example.com/", "root gains its slash"],
  [
    "https://example.com/a?utm_source=newsletter&utm_medium=email&id=7",
    null,
    "https://example.com/a?id=7",
    "utm_* dropped",
  ],
  [
    "https://example.com/a?fbclid=IwAR0x&gclid=abc&dclid=1&mc_cid=2&mc_eid=3&igshid=4&_ga=5",
    null,
    "https://example.com/a",
    "click ids dropped",
  ],
  [
    "https://example.com/a?ref=twitter&ref_src=twsrc&cmpid=rss&ocid=msn&smid=tw-share&__twitter_impression=true",
    null,
    "https://example.com/a",
    "referral parameters dropped",
  ],
  [
    "https://example.com/a?UTM_Campaign=x&page=2",
    null,
    "https://example.com/a?page=2",
    "case-insensitive names",
  ],
  ["https://example.com/search?q=b&page=2&a=1", null, "https://example.com/search?a=1&page=2&q=b", "sorted"],
  ["https://example.com/s?q=a%20b", null, "https://example.com/s?q=a+b", "query re-encoded consistently"],
  ["https://example.com/s?q=a+b", null, "https://example.com/s?q=a+b", "same key for + and %20"],
  ["https://example.com/news/amp/story", null, "https://example.com/news/story", "/amp/ segment dropped"],
  ["https://example.com/news/story/amp", null, "https://example.com/news/story", "trailing /amp dropped"],
  ["https://example.com/news/story/amp/", null, "https://example.com/news/story", "trailing /amp/ dropped"],
  ["https://example.com/news/story.amp", null, "https://example.com/news/story", ".amp suffix dropped"],
  [
    "https://example.com/news/story.amp.html",
    null,
    "https://example.com/news/story.html",
    ".amp.html → .html",
  ],
  ["https://example.com/news/story?amp=1", null, "https://example.com/news/story", "?amp=1 dropped"],
  ["https://example.com/news/story?amp", null, "https://example.com/news/story", "bare ?amp dropped"],
  ["https://example.com/s?outputType=amp&id=3", null, "https://example.com/s?id=3", "outputType=amp dropped"],
  [
    "https://example.com/s?outputType=print",
    null,
    "https://example.com/s?outputType=print",
    "other outputType kept",
  ],
  ["https://amp.example.com/news/story", null, "https://example.com/news/story", "amp. host prefix dropped"],
  [
    "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story/amp?utm_source=x",
    null,
    "https://example.com/news/story",
    "Google AMP cache unwrapped",
  ],
  [
    "https://www-example-com.cdn.ampproject.org/v/s/www.example.com/news/story?amp_js_v=0.1",
    null,
    "https://example.com/news/story?amp_js_v=0.1",
    "AMP viewer form unwrapped",
  ],
  [
    "https://www.google.com/amp/s/www.example.com/news/story.amp",
    null,
    "https://example.com/news/story",
    "Google AMP viewer unwrapped",
  ],
  ["https://user:pw@example.com/a", null, "https://example.com/a", "credentials dropped"],
  // Canonical links.
  [
    "https://example.com/news/story?utm_source=x",
    "https://example.com/news/2026/11/story",
    "https://example.com/news/2026/11/story",
    "same-site canonical preferred",
  ],
  [
    "https://m.example.com/story",
    "https://www.example.com/story/#top",
    "https://example.com/story",
    "canonical on another subdomain of the same site",
  ],
  [
    "https://example.com/p?id=9",
    "/articles/9",
    "https://example.com/articles/9",
    "relative canonical resolved",
  ],
  [
    "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story/amp",
    "https://www.example.com/news/story",
    "https://example.com/news/story",
    "AMP cache page with its canonical",
  ],
  [
    "https://partner-site.org/wire/story-123",
    "https://original-publisher.com/story",
    "https://partner-site.org/wire/story-123",
    "cross-site canonical ignored (syndication)",
  ],
  [
    "https://example.com/news/story",
    "https://example.com/",
    "https://example.com/news/story",
    "canonical to the home page ignored",
  ],
  [
    "https://example.com/news/story",
    "javascript:alert(1)",
    "https://example.com/news/story",
    "non-http canonical ignored",
  ],
  ["https://example.com/news/story", "", "https://example.com/news/story", "empty canonical ignored"],
  [
    "https://news.example.co.uk/a",
    "https://www.example.co.uk/a",
    "https://example.co.uk/a",
    "multi-label public suffix",
  ],
  [
    "https://example.co.uk/a",
    "https://other.co.uk/a",
    "https://example.co.uk/a",
    "different sites under co.uk",
  ],
  // Not http(s).
  ["file:///home/me/article.html#p3", null, "file:///home/me/article.html", "file URL: fragment dropped"],
  ["not a url", null, "not a url", "garbage returned as is"],
];

describe("pageKey", () => {
  it.each(table)("%s (canonical %s) → %s: %s", (url, canonical, expected) => {
    expect(pageKey(url, canonical)).toBe(expected);
  });

  it("gives one key to the many forms of one article", () => {
    const forms = [
      "http://www.example.com/politics/vote-count/?utm_source=twitter&utm_medium=social#comments",
      "https://example.com/politics/vote-count",
      "https://amp.example.com/politics/vote-count/amp",
      "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/politics/vote-count?amp=1",
      "https://example.com/politics/vote-count?fbclid=abc123",
    ];
    expect(new Set(forms.map((u) => pageKey(u))).size).toBe(1);
  });

  it("registrableSite", () => {
    expect(registrableSite("a.b.example.com")).toBe("example.com");
    expect(registrableSite("news.bbc.co.uk")).toBe("bbc.co.uk");
    expect(registrableSite("127.0.0.1")).toBe("127.0.0.1");
  });
});
