import { describe, expect, it } from "vitest";
import { pageKey } from "../../../src/anchoring/page-key";
import {
  filterValue,
  isFiltering,
  normalizeSite,
  parseQuery,
  quoteValue,
  resolveTag,
  tokenize,
  withFilter,
} from "../../../src/ui/library/query";

describe("parseQuery", () => {
  it("reads the documented example", () => {
    expect(parseQuery('tag:disputed site:example.com speaker:"Jane Doe" budget vote')).toEqual({
      sort: "newest",
      tag: "disputed",
      site: "example.com",
      speaker: "Jane Doe",
      text: "budget vote",
    });
  });

  it("gives just the order for an empty or blank box", () => {
    expect(parseQuery("")).toEqual({ sort: "newest" });
    expect(parseQuery("   \t ", "oldest")).toEqual({ sort: "oldest" });
  });

  it("takes keys in any case and values with spaces when quoted", () => {
    expect(parseQuery('TAG:"needs verification" Speaker:Smith')).toMatchObject({
      tag: "needs verification",
      speaker: "Smith",
    });
  });

  it("folds runs of space inside quoted values", () => {
    expect(parseQuery('speaker:"  Jane   Doe "').speaker).toBe("Jane Doe");
  });

  it("keeps an unclosed quote's value up to the end (the user is still typing)", () => {
    expect(parseQuery('speaker:"Jane Do')).toMatchObject({ speaker: "Jane Do" });
    expect(parseQuery('"half a phrase')).toMatchObject({ text: "half a phrase" });
  });

  it("ignores a key with no value yet", () => {
    expect(parseQuery("budget tag:")).toEqual({ sort: "newest", text: "budget" });
    expect(parseQuery('tag:"" site: speaker:')).toEqual({ sort: "newest" });
  });

  it("treats unknown keys and URLs as words", () => {
    expect(parseQuery("note:later https://example.com/a")).toEqual({
      sort: "newest",
      text: "note:later https://example.com/a",
    });
  });

  it("uses the first tag and speaker, and narrows by the others as words", () => {
    expect(parseQuery("tag:a tag:b speaker:x speaker:y z")).toEqual({
      sort: "newest",
      tag: "a",
      speaker: "x",
      text: "b y z",
    });
  });

  it("uses the first site and drops the others", () => {
    expect(parseQuery("site:a.com site:b.com")).toEqual({ sort: "newest", site: "a.com" });
  });

  it("normalises site values to the bare host", () => {
    expect(parseQuery("site:https://WWW.Example.com:8080/news?id=1#x").site).toBe("example.com");
    expect(parseQuery("site:www.example.co.uk.").site).toBe("example.co.uk");
  });

  it("keeps quoted phrases as words", () => {
    expect(parseQuery('"city budget" vote').text).toBe("city budget vote");
  });

  it("passes the order through", () => {
    expect(parseQuery("x", "oldest").sort).toBe("oldest");
  });
});

describe("tokenize", () => {
  it("splits words, phrases and filters in order", () => {
    expect(tokenize('a tag:b "c d" site:e')).toEqual([
      { key: null, value: "a" },
      { key: "tag", value: "b" },
      { key: null, value: "c d" },
      { key: "site", value: "e" },
    ]);
  });

  it("keeps a quote inside a bare word", () => {
    expect(tokenize('don"t')).toEqual([{ key: null, value: 'don"t' }]);
  });
});

describe("normalizeSite", () => {
  it.each([
    ["example.com", "example.com"],
    ["EXAMPLE.com", "example.com"],
    ["www.example.com", "example.com"],
    ["http://user:pw@www.example.com/path", "example.com"],
    ["news.example.com/", "news.example.com"],
    ["amp.example.com.", "example.com"],
    ["https://www.amp.example.co.uk:8080/x", "example.co.uk"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it("gives the host that page keys carry, so a site filter matches the stored site", () => {
    for (const url of ["https://amp.example.com./a/", "https://WWW.Example.com/a?utm_source=x"]) {
      expect(normalizeSite(url)).toBe(new URL(pageKey(url)).hostname);
    }
  });
});

describe("withFilter", () => {
  it("adds a tag filter in front", () => {
    expect(withFilter("budget", "tag", "disputed")).toBe("tag:disputed budget");
  });

  it("replaces the tag filter where it was, keeping the rest", () => {
    expect(withFilter("budget tag:old site:x.com", "tag", "new")).toBe("budget tag:new site:x.com");
  });

  it("quotes values with spaces", () => {
    expect(withFilter("", "tag", "needs verification")).toBe('tag:"needs verification"');
    expect(parseQuery(withFilter("", "tag", "needs verification")).tag).toBe("needs verification");
  });

  it("removes the filter for null", () => {
    expect(withFilter('tag:a budget "two words"', "tag", null)).toBe('budget "two words"');
  });

  it("round-trips through parseQuery", () => {
    const box = withFilter('speaker:"Jane Doe" site:example.com words', "tag", "anonymous source");
    expect(parseQuery(box)).toEqual({
      sort: "newest",
      tag: "anonymous source",
      speaker: "Jane Doe",
      site: "example.com",
      text: "words",
    });
  });

  it("drops quotes a value can't hold", () => {
    expect(withFilter("", "tag", 'say "no"')).toBe('tag:"say no"');
  });
});

describe("small helpers", () => {
  it("filterValue reads the first value of a key", () => {
    expect(filterValue('x tag:"a b" tag:c', "tag")).toBe("a b");
    expect(filterValue("x", "tag")).toBeUndefined();
  });

  it("isFiltering ignores sort and limit", () => {
    expect(isFiltering({ sort: "oldest", limit: 5 })).toBe(false);
    expect(isFiltering({ site: "a.com" })).toBe(true);
  });

  it("quoteValue quotes only when needed", () => {
    expect(quoteValue("a")).toBe("a");
    expect(quoteValue("a b")).toBe('"a b"');
  });

  it("resolveTag uses the stored spelling of a tag typed in another case", () => {
    expect(resolveTag({ tag: "Disputed" }, ["disputed", "false"])).toEqual({ tag: "disputed" });
    expect(resolveTag({ tag: "Disputed" }, ["Disputed", "disputed"])).toEqual({ tag: "Disputed" });
    expect(resolveTag({ tag: "new" }, ["old"])).toEqual({ tag: "new" });
    expect(resolveTag({}, ["old"])).toEqual({});
  });
});
