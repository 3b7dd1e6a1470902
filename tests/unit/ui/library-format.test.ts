import { describe, expect, it } from "vitest";
import {
  canonicalTags,
  excerpt,
  exportFileName,
  formatWhen,
  plural,
  safeHref,
  splitTags,
} from "../../../src/ui/shared/format";

describe("library format helpers", () => {
  it("excerpt cuts at a word and adds an ellipsis", () => {
    expect(excerpt("short  text\n here")).toBe("short text here");
    const cut = excerpt("one two three four five six seven", 20);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(21);
    expect(cut).toBe("one two three four…");
  });

  it("plural", () => {
    expect(plural(1, "page")).toBe("1 page");
    expect(plural(0, "page")).toBe("0 pages");
    expect(plural(2, "match", "matches")).toBe("2 matches");
  });

  it("formatWhen is relative for the last hour and the last two days", () => {
    const now = new Date(2026, 10, 25, 14, 0);
    expect(formatWhen(new Date(2026, 10, 25, 13, 59, 30).toISOString(), now, "en-GB")).toBe("just now");
    expect(formatWhen(new Date(2026, 10, 25, 13, 35).toISOString(), now, "en-GB")).toBe("25 min ago");
    expect(formatWhen(new Date(2026, 10, 25, 9, 5).toISOString(), now, "en-GB")).toBe("today 09:05");
    expect(formatWhen(new Date(2026, 10, 24, 23, 15).toISOString(), now, "en-GB")).toBe("yesterday 23:15");
    expect(formatWhen(new Date(2026, 9, 2, 12).toISOString(), now, "en-GB")).toBe("2 Oct");
    expect(formatWhen(new Date(2025, 11, 14, 12).toISOString(), now, "en-GB")).toBe("14 Dec 2025");
    expect(formatWhen("not a date", now)).toBe("");
  });

  it("exportFileName uses the local date", () => {
    expect(exportFileName("jsonld", new Date(2026, 10, 25, 23, 59))).toBe("sourcemark-2026-11-25.jsonld");
    expect(exportFileName("csv", new Date(2026, 0, 5), "search")).toBe("sourcemark-2026-01-05-search.csv");
  });

  it("splitTags splits on commas and lines only", () => {
    expect(splitTags(" needs verification, disputed ,, \nfalse")).toEqual([
      "needs verification",
      "disputed",
      "false",
    ]);
    expect(splitTags("  ")).toEqual([]);
  });

  it("canonicalTags takes the spelling in use", () => {
    expect(
      canonicalTags(["Disputed", " needs  Verification", "new"], ["disputed", "needs verification"]),
    ).toEqual(["disputed", "needs verification", "new"]);
  });

  it("safeHref allows only http and https", () => {
    expect(safeHref("https://example.com/a b")).toBe("https://example.com/a%20b");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,x")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
  });
});
