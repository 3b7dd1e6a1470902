/**
 * Reports inside reports: "X said Y told her ...". The reporting source has the claim, its content the
 * whole reported clause with the inner report in it; the inner speaker gets no claim of its own (the
 * page spec makes it optional, and PolNeAR marks none inside another's content).
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const cases: Array<{ name: string; text: string; content: string; speaker: string; kind?: string }> = [
  {
    name: "X said Y told",
    text: "Harriet Voss said Calder Brine told her the grant was tied to the audit.",
    content: "Calder Brine told her the grant was tied to the audit",
    speaker: "Harriet Voss",
  },
  {
    name: "X testified that Y said",
    text: "Mayor Ilse Brandt testified that Oren Walsh said the bridge was unsafe.",
    content: "Oren Walsh said the bridge was unsafe",
    speaker: "Ilse Brandt",
  },
  {
    name: "according to X, Y said",
    text: "According to Nadia Ferro, Pieter Lunde said the vote would be delayed.",
    content: "Pieter Lunde said the vote would be delayed",
    speaker: "Nadia Ferro",
  },
  {
    name: "X said polls show",
    text: "Tomas Reyk said polls show the levy will pass.",
    content: "polls show the levy will pass",
    speaker: "Tomas Reyk",
  },
  {
    name: "X said Y called the plan a quoted name",
    text: "Gwen Astor said Bram Kettle called the plan “a disaster.”",
    content: "Bram Kettle called the plan “a disaster.”",
    speaker: "Gwen Astor",
    kind: "mixed",
  },
  {
    name: "CONTENT with its own report, X said",
    text: "Ivo Strand had told him the dam could fail, Marta Quell said.",
    content: "Ivo Strand had told him the dam could fail",
    speaker: "Marta Quell",
  },
  {
    name: "X noted Y said, no 'that'",
    text: "In asking to reopen the case, the union noted Mayor Ann Lode said the workers had been paid.",
    content: "Mayor Ann Lode said the workers had been paid",
    speaker: "the union",
  },
  {
    name: "an outlet reported Y will endorse, no 'that'",
    text: "The Harbor Gazette reported Ina Moll will endorse the sheriff at a rally on Friday.",
    content: "Ina Moll will endorse the sheriff at a rally on Friday",
    speaker: "Harbor Gazette",
  },
  {
    name: "a subject with an appositive reports, X reported",
    text: "Ida Rhee, the clinic's director, noted that the fees had doubled, reported the Harbor Gazette.",
    content: "Ida Rhee, the clinic's director, noted that the fees had doubled",
    speaker: "Harbor Gazette",
  },
  {
    name: "as reported by X, CLAUSE with a finding of its own",
    text: "As reported by the Harbor Gazette, investigators found over 300 ballots in a storage room.",
    content: "investigators found over 300 ballots in a storage room",
    speaker: "Harbor Gazette",
  },
  {
    name: "CLAUSE, as first reported by X",
    text: "Ina Moll told donors she would run for mayor, as first reported by the Harbor Gazette.",
    content: "Ina Moll told donors she would run for mayor",
    speaker: "Harbor Gazette",
  },
  {
    name: "a surname the text gives nowhere else opens the sentence: X said that Y told",
    text: "Morvath said that Selden told him the aid was tied to the inquiry.",
    content: "Selden told him the aid was tied to the inquiry",
    speaker: "Morvath",
  },
  {
    name: "a surname the text gives nowhere else opens the sentence: X said polls show",
    text: "Lenz said polls show the tax will pass.",
    content: "polls show the tax will pass",
    speaker: "Lenz",
  },
  // controls: the inner verb reports nothing
  {
    name: "control: a report published on a day said",
    text: "A radio report published Thursday said Mayor Ann Lode used a private phone for city business.",
    content: "Mayor Ann Lode used a private phone for city business",
    speaker: "a radio report published",
  },
  {
    name: "control: a participle aside with a request",
    text: "Ida Rhee, a nurse, asked that her name be withheld, said the fees had doubled.",
    content: "the fees had doubled",
    speaker: "Ida Rhee",
  },
  {
    name: "control: X said Y left the party",
    text: "Gwen Astor said Bram Kettle left the party in March.",
    content: "Bram Kettle left the party in March",
    speaker: "Gwen Astor",
  },
  {
    name: "control: a speech verb as a modifier after a determiner",
    text: "The noted author Ann Lode said the plan will fail.",
    content: "the plan will fail",
    speaker: "Ann Lode",
  },
];

describe("reports inside reports", () => {
  it("does not read a passive 'was first reported by' as a frame", () => {
    expect(claimsOf("The story was first reported by the Harbor Gazette.")).toEqual([]);
  });

  it.each(cases)("$name", ({ text, content, speaker, kind }) => {
    const all = claimsOf(text);
    const c = all.find((x) => x.text === content);
    expect(c, `no claim "${content}" in ${JSON.stringify(all.map((x) => x.text))}`).toBeDefined();
    expect(c!.speaker.name.replace(/^the /i, "")).toBe(speaker.replace(/^the /i, ""));
    expect(c!.kind).toBe(kind ?? "indirect");
    // no claim of the inner speaker inside the outer content
    expect(all.filter((x) => x !== c && x.start >= c!.start && x.end <= c!.end)).toEqual([]);
  });
});
