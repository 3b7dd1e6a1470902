import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newsGrade } from "../../../src/engine/genre";
import { spoken } from "./helpers";

// Texts written for the project (invented people and places): pages that are not news (recipes,
// product pages, docs, forum threads, guides, encyclopedic entries, blogs, fiction, legal terms,
// listings), news in other languages with English quotes inside, and short news articles as
// controls. Speech cues abound in the first two kinds, and none of them is a news attribution.

const DIR = join(__dirname, "../../fixtures/texts");
const known: Record<string, number> = JSON.parse(readFileSync(join(DIR, "known.json"), "utf8"));
const files = (sub: string) =>
  readdirSync(join(DIR, sub))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `${sub}/${f}`);
const read = (f: string) => readFileSync(join(DIR, f), "utf8");

describe("no claims on text that is not news", () => {
  for (const f of [...files("nonnews"), ...files("foreign")]) {
    it(f, () => {
      // at most the known count, and exactly it while it is known (lower it when a fix lands)
      expect(spoken(read(f)).length).toBe(known[f] ?? 0);
    });
  }
});

describe("news controls keep their claims", () => {
  for (const f of files("news")) {
    it(f, () => {
      expect(spoken(read(f)).length).toBeGreaterThanOrEqual(4);
    });
  }
});

describe("news-grade sources", () => {
  const person = (name: string) => ({
    id: "s1",
    name,
    type: "person" as const,
    anonymous: false,
    mentions: [],
  });
  const text =
    "Harborline founder Tessa Varga spoke on Tuesday. Nell came in late. Varga said the sale went well.";
  it("takes a surname that the text gives in full somewhere", () => {
    expect(newsGrade(text, person("Varga"))).toBe(true);
  });
  it("does not take a first name never given in full, nor 'my sister'", () => {
    expect(newsGrade(text, person("Nell"))).toBe(false);
    expect(newsGrade(text, person("My sister"))).toBe(false);
  });
});
