import { describe, expect, it } from "vitest";
import { claimsAfterLead, claimsOf } from "./helpers";

// Constructions from hospital strikes, research press stories, housing reports, storm updates,
// festivals, product recalls and rail strikes, in the project's own sentences (invented names).
describe("society genres: speakers", () => {
  const cases: Array<{ name: string; text: string; content: string; speaker: string }> = [
    {
      name: "a name inside the quote is not the 'he' who says it",
      text: "Okonjo said the visit had moved him. “When Father Lorcan phoned me, I said yes at once,” he said.",
      content: "When Father Lorcan phoned me, I said yes at once,",
      speaker: "Okonjo",
    },
    {
      name: "a titled name with its place of work after a role noun is the subject",
      text: "The report's co-author, Prof. Emeka Lindqvist of the University of Osterby, said the team had checked the data twice.",
      content: "the team had checked the data twice",
      speaker: "Emeka Lindqvist",
    },
    {
      name: "'the team' in a reported clause is no 'he'",
      text: "Emeka Lindqvist said the team had ruled out wing size. “The town bees were, if anything, smaller,” he wrote.",
      content: "The town bees were, if anything, smaller,",
      speaker: "Emeka Lindqvist",
    },
    {
      name: "a two-word body's name is no short form of another body ending in the same word",
      text: "Norrland Bank said a recovery was unlikely this year. Later, the Calder Central Bank said it saw no sign of panic.",
      content: "a recovery was unlikely this year",
      speaker: "Norrland Bank",
    },
    {
      name: "'the company' is not the product after 'its'",
      text: "Brightwell Group said it was recalling the charger sold with its Lumo phone. The company said the fault was rare.",
      content: "the fault was rare",
      speaker: "Brightwell Group",
    },
    {
      name: "'the company' is the business named by its word ('Electronics'), not a later name",
      text: "Brightwell Electronics said it would recall the charger. Customers of Halden Mobile were told to wait. The company said the fault was rare.",
      content: "the fault was rare",
      speaker: "Brightwell Electronics",
    },
    {
      name: "'according to X, which said ...': the relative clause reports X",
      text: "The river rose two metres at Osby, according to the Water Agency, which said nine flood warnings remained in force.",
      content: "nine flood warnings remained in force",
      speaker: "Water Agency",
    },
    {
      name: "'organisers' (British spelling) are a source",
      text: "Police put the crowd at 8,000, while the organisers said the figure was closer to 15,000.",
      content: "the figure was closer to 15,000",
      speaker: "the organisers",
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const cl = claimsAfterLead(c.text).find((x) => x.text === c.content);
      expect(cl?.speaker.name.toLowerCase()).toBe(c.speaker.toLowerCase());
    });
});

describe("society genres: contents", () => {
  it("'according to X, though Y said ...': the clause after 'though' is no part of X's claim", () => {
    const cs = claimsAfterLead(
      "The crowd numbered about 9,000, according to Tarnby Police, though organisers said they counted twice as many.",
    );
    expect(cs.map((c) => c.text)).toEqual(["The crowd numbered about 9,000", "they counted twice as many"]);
  });
});

describe("society genres: no claims", () => {
  it("a storm's name before a headline colon is no source", () => {
    const text =
      "Storm Ilsa: rivers rise across the valley as thousands lose power\n\nStorm Ilsa brought heavy rain overnight.";
    expect(claimsOf(text)).toEqual([]);
  });
  it("a capitalised name after 'which it calls' is no quote", () => {
    const cs = claimsAfterLead(
      "The union said it would strike again. Its campaign, which it calls ‘Fair Pay, Full Wards’, began in 2021.",
    );
    expect(cs.map((c) => c.text)).toEqual(["it would strike again"]);
  });
  it("a judgment after 'which he called' stays a claim", () => {
    const cs = claimsAfterLead(
      "Ann Voss said the plan had failed, which she called “a waste of everyone's time.”",
    );
    expect(cs.some((c) => c.text.includes("a waste of everyone"))).toBe(true);
  });
});
