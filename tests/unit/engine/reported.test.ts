import { describe, expect, it } from "vitest";
import { claimsAfterLead, claimsOf, claimWith, spoken } from "./helpers";

const cases: Array<{
  name: string;
  text: string;
  content: string;
  speaker: string;
  kind?: string;
  cue?: string;
}> = [
  {
    name: "X said that",
    text: "Maria Lopez said that the school would close in June.",
    content: "the school would close in June",
    speaker: "Maria Lopez",
    cue: "said",
  },
  {
    name: "X said without that",
    text: "Tom Becker said the roads were safe again.",
    content: "the roads were safe again",
    speaker: "Tom Becker",
  },
  {
    name: "content first, X said",
    text: "The roads were safe again, Tom Becker said on Tuesday.",
    content: "The roads were safe again",
    speaker: "Tom Becker",
  },
  {
    name: "content first, said X",
    text: "The budget is balanced for the first time in years, said Ana Silva.",
    content: "The budget is balanced for the first time in years",
    speaker: "Ana Silva",
  },
  {
    name: "a quantity after the verb: said over N",
    text: "Tom Becker said over 300 families had left the valley.",
    content: "over 300 families had left the valley",
    speaker: "Tom Becker",
  },
  {
    name: "told reporters",
    text: "Victor Hale told reporters the vote would be delayed.",
    content: "the vote would be delayed",
    speaker: "Victor Hale",
    cue: "told",
  },
  {
    name: "according to X, ...",
    text: "According to Nora Blake, the museum lost half its visitors.",
    content: "the museum lost half its visitors",
    speaker: "Nora Blake",
    cue: "according to",
  },
  {
    name: "..., according to X",
    text: "The museum lost half its visitors, according to Nora Blake.",
    content: "The museum lost half its visitors",
    speaker: "Nora Blake",
  },
  {
    name: "said in a statement",
    text: "The Harbor Authority said in a statement on Friday that the ferry would resume.",
    content: "the ferry would resume",
    speaker: "Harbor Authority",
  },
  {
    name: "added",
    text: "Helen Dorr added that nobody had been hurt.",
    content: "nobody had been hurt",
    speaker: "Helen Dorr",
    cue: "added",
  },
  {
    name: "warned",
    text: "Peter Olsen warned that prices could rise again.",
    content: "prices could rise again",
    speaker: "Peter Olsen",
  },
  {
    name: "tweeted",
    text: "Laura Kent tweeted that the concert was sold out.",
    content: "the concert was sold out",
    speaker: "Laura Kent",
  },
  {
    name: "announced",
    text: "The Riverside Hospital announced that it would hire forty nurses.",
    content: "it would hire forty nurses",
    speaker: "Riverside Hospital",
  },
  {
    name: "participle after a frame",
    text: "“We are ready,” Maria Lopez said, adding that the team had trained for a year.",
    content: "the team had trained for a year",
    speaker: "Maria Lopez",
    cue: "adding",
  },
  {
    name: "mixed: reported clause with a partial quote",
    text: "Tom Becker said the plan was “dead on arrival” and would not pass.",
    content: "the plan was “dead on arrival” and would not pass",
    speaker: "Tom Becker",
    kind: "mixed",
  },
  {
    name: "headline form",
    text: "Town Will Close Its Last Pool, Mayor Says",
    content: "Town Will Close Its Last Pool",
    speaker: "Mayor",
  },
  {
    name: "media as a source",
    text: "The Daily Ledger was first to report that the mill would close.",
    content: "the mill would close",
    speaker: "The Daily Ledger",
  },
  {
    name: "added with a clause",
    text: "Ruth Abernathy added the ferry would run twice a day in winter.",
    content: "the ferry would run twice a day in winter",
    speaker: "Ruth Abernathy",
    cue: "added",
  },
  {
    name: "a frame with a place phrase to the end of the sentence",
    text: "“The pier is safe,” Harbourmaster Ines Calloway said at a news conference outside the ferry terminal on Monday.",
    content: "The pier is safe,",
    speaker: "Ines Calloway",
    kind: "direct",
  },
  {
    name: "called Y “Z”",
    text: "Ana Silva called the new tax “a gift to the rich.”",
    content: "the new tax “a gift to the rich.",
    speaker: "Ana Silva",
    kind: "mixed",
  },
];

describe("reported speech", () => {
  it.each(cases)("$name", ({ text, content, speaker, kind, cue }) => {
    const c = claimWith(text, content);
    expect(
      c,
      `no claim with ${content} in ${JSON.stringify(claimsOf(text).map((x) => x.text))}`,
    ).toBeDefined();
    expect(c!.speaker.name.replace(/^the /i, "")).toBe(speaker.replace(/^the /i, ""));
    expect(c!.kind).toBe(kind ?? "indirect");
    if (cue) expect(c!.cue.text.toLowerCase()).toBe(cue);
  });

  it.each([
    "The Tarlow Water Board said in a letter to growers, dated Monday, that the wells would be metered.",
    "The Tarlow Water Board said in a memo, sent to staff on Monday, that the wells would be metered.",
  ])("starts the clause after a participle's phrase about the letter: %s", (text) => {
    expect(spoken(text).map((c) => c.text)).toEqual(["the wells would be metered"]);
  });

  it("keeps the title from an appositive", () => {
    const c = claimWith(
      "Jon Pratt, director of the coastal program at the Brightwater Institute, said the dunes were shrinking.",
      "the dunes were shrinking",
    );
    expect(c?.speaker.name).toBe("Jon Pratt");
    expect(c?.speaker.title).toContain("director of the coastal program");
  });

  it("does not make a noun into a cue", () => {
    expect(spoken("The warning may reflect a wider desire for talks.")).toEqual([]);
  });

  it.each([
    "Since the flood, the school board has added three bus routes to the west bank.",
    "The county added a second snowplow route for the winter, and buses now leave earlier.",
  ])("does not take 'added' with a plain object for speech: %s", (text) => {
    expect(spoken(text)).toEqual([]);
  });

  it("does not report a negated statement as a claim", () => {
    expect(spoken("Peter Olsen never said that.")).toEqual([]);
  });

  it("takes the governing frame, not a nested verb", () => {
    const cs = spoken("The city warned the builder that the permit had lapsed, a council member said.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.anonymous).toBe(true);
  });
});

describe("beliefs", () => {
  it("reports a belief as kind belief", () => {
    const c = claimWith("Maria Lopez believes the vote will be close.", "the vote will be close");
    expect(c?.kind).toBe("belief");
  });
});

describe("a refusal after the report is the speaker's own, not part of it", () => {
  it.each([
    ["Ravel said the deal was close but declined to say if the contract was signed.", "the deal was close"],
    ["Ida Morrow said the talks were useful, and she declined to comment further.", "the talks were useful"],
    ["The union said the vote was fair and refused to discuss the ballot count.", "the vote was fair"],
  ])("%s", (sentence, content) => {
    const cls = claimsAfterLead(sentence);
    expect(cls.find((c) => c.kind === "indirect")?.text).toBe(content);
    expect(cls.some((c) => c.kind === "refusal")).toBe(true);
  });
  it("'said only that ...' starts after 'that'", () => {
    const cl = claimsAfterLead("Ida Morrow said only that the talks had been useful.")[0];
    expect(cl?.text).toBe("the talks had been useful");
  });
});

describe("a name in apposition inside a subordinate clause", () => {
  it("'... after her opponent, Gareth Harrow, conceded.' is no report of the sentence", () => {
    expect(claimsAfterLead("Ana Ruiz won the seat after her opponent, Gareth Harrow, conceded.")).toEqual([]);
  });
  it.each([
    "The deal will close after the vote, Tom Ilves said.",
    "The deal will close after the vote, the chairman, Tom Ilves, said.",
    "The deal will close after the vote, Tom Ilves, the chairman, said.",
  ])("still reads '%s' as a report", (sentence) => {
    expect(claimsAfterLead(sentence)[0]?.text).toBe("The deal will close after the vote");
  });
});

describe("'recall' with a plain object", () => {
  it("is no report in a headline or after a body its object shows", () => {
    const text =
      "Velmara recalls ambassador as border row deepens\n\nBRESKOV, Jan. 14 — Velmara recalled its ambassador from Ostrakia on Tuesday, two days after a clash at the river.";
    expect(claimsOf(text)).toEqual([]);
  });
  it("a person's memory with a plain object still is one", () => {
    expect(claimsAfterLead("Mara Linde recalled the winter the river froze.")[0]?.speaker.name).toBe(
      "Mara Linde",
    );
  });
});

describe("a medium, then a day", () => {
  it("'said in a statement on Friday evening that ...' starts after 'that'", () => {
    const cl = claimsAfterLead(
      "The club said in a statement on Friday evening that it had received no offer.",
    )[0];
    expect(cl?.text).toBe("it had received no offer");
  });
});
