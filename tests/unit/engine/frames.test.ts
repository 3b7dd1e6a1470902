import { describe, expect, it } from "vitest";
import { claimsOf, claimsAfterLead as inText, NEWS_LEAD } from "./helpers";

// Sentences written for the project: frames that interrupt or close a reported clause, and what
// stands between a quote and its frame.

describe("a frame closed by a semicolon", () => {
  const cases: Array<{ text: string; content: string; source: string }> = [
    {
      text: "To carry the county, a candidate needs a third of the rural vote, local analysts say; in 2012 the mayor won with a quarter.",
      content: "To carry the county, a candidate needs a third of the rural vote",
      source: "local analysts",
    },
    {
      text: "The levy will pass, said Ann Lee; the mayor disagreed.",
      content: "The levy will pass",
      source: "Ann Lee",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = inText(c.text).find((x) => x.cue.text === "say" || x.cue.text === "said");
      expect(cl?.text).toBe(c.content);
      expect(cl?.speaker.mention.text).toBe(c.source);
    });
  it("still ends a reported clause at a semicolon after it", () => {
    const cl = inText("Ann Lee said the levy would pass; the mayor disagreed.").find(
      (x) => x.cue.text === "said",
    );
    expect(cl?.text).toBe("the levy would pass");
  });
});

describe("an inverted frame whose source has an appositive and a relative clause", () => {
  const text =
    "That will not be enough, said Howard Reel, a senior analyst at Kestrel, who notes that the firm has vowed to cut costs.";
  it("reports the content before the frame", () => {
    const cl = inText(text).find((x) => x.cue.text === "said");
    expect(cl?.text).toBe("That will not be enough");
    expect(cl?.speaker.name).toBe("Howard Reel");
  });
  it("gives the relative clause's report to the named source, not to the appositive", () => {
    const cl = inText(text).find((x) => x.cue.text === "notes");
    expect(cl?.text).toBe("the firm has vowed to cut costs");
    expect(cl?.speaker.name).toBe("Howard Reel");
    expect(cl?.speaker.title).toBe("a senior analyst at Kestrel");
  });
});

describe("a quote introduced by a colon at the end of its speaker's sentence", () => {
  it("takes the sentence's subject even when a cue-like word stands in the sentence", () => {
    const text =
      "Ruth Amos runs the orchard.\n\nAmos summed up the trip from a small orchard in the hills to the fruit counter of a big store: “It is old town meets new town with the chain.”";
    const cl = inText(text).find((x) => x.text.startsWith("It is old town"));
    expect(cl?.kind).toBe("direct");
    expect(cl?.speaker.name).toBe("Ruth Amos");
  });
  it("leaves a colon before a short quoted title alone", () => {
    expect(inText("The exhibit has a name: “Old Town.”").filter((x) => x.kind === "direct")).toEqual([]);
  });
});

describe("a frame after a quote with a phrase of manner or time", () => {
  for (const text of [
    "“If the council had listened, I would be in jail,” Mr. Dunn said by phone on Tuesday.",
    "“If the council had listened, I would be in jail,” Mr. Dunn, 81, said by phone on Tuesday.",
    "“If the council had listened, I would be in jail,” Mr. Dunn said amid loud applause from the crowd.",
  ])
    it(text, () => {
      const cl = inText(text).find((x) => x.kind === "direct");
      expect(cl?.text).toBe("If the council had listened, I would be in jail,");
      expect(cl?.speaker.name).toBe("Dunn");
    });
});

describe("a frame with no clause after it reports the content before it", () => {
  const cases: Array<{ text: string; content: string; source: string }> = [
    {
      text: "The ferry had cut the waiting list by half, Mayor Ida Kross said in a recorded note to the guild.",
      content: "The ferry had cut the waiting list by half",
      source: "Ida Kross",
    },
    {
      text: "A new bridge would not only ease traffic, Ida Kross said, but also cut the commute.",
      content: "A new bridge would not only ease traffic, Ida Kross said, but also cut the commute",
      source: "Ida Kross",
    },
    {
      text: "Nor does the council have any plans, aides say, to change the harbor fees.",
      content: "Nor does the council have any plans, aides say, to change the harbor fees",
      source: "aides",
    },
    {
      text: "Tolls have gone up over the years, drivers say, especially on the coast road.",
      content: "Tolls have gone up over the years, drivers say, especially on the coast road",
      source: "drivers",
    },
    {
      text: "The pier was also closed to walkers, her lawyer said.",
      content: "The pier was also closed to walkers",
      source: "her lawyer",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = inText(c.text).find((x) => /^(?:said|say)$/.test(x.cue.text));
      expect(cl?.text).toBe(c.content);
      expect(cl?.speaker.mention.text).toBe(c.source);
    });
  it("not an opening phrase of time or place", () => {
    const cl = inText("During the fair in Lund, Ida Kross said in a letter to the guild.").find(
      (x) => x.cue.text === "said",
    );
    expect(cl).toBeUndefined();
  });
});

describe("what stands between a subject and its reporting verb", () => {
  const cases: Array<{ text: string; content: string; source: string }> = [
    {
      text: "Many farmers interviewed at the fair this week, including Mr. Odell, said they would back the levy.",
      content: "they would back the levy",
      source: "Many farmers",
    },
    {
      text: "Many speakers at the vigil — including farmers, nurses and teachers — said the loss was painful.",
      content: "the loss was painful",
      source: "Many speakers at the vigil",
    },
    {
      text: "The harbor board, in a broad push to help fishermen, has said it would cut the dock fees.",
      content: "it would cut the dock fees",
      source: "The harbor board",
    },
    {
      text: "Ida Kross praised the plan but later said it would fail.",
      content: "it would fail",
      source: "Ida Kross",
    },
    {
      text: "Ida Kross paused for a moment, then said the pier would reopen.",
      content: "the pier would reopen",
      source: "Ida Kross",
    },
    {
      text: "Ida Kross denied the charge on Friday, yet said the audit was late.",
      content: "the audit was late",
      source: "Ida Kross",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = inText(c.text).find((x) => x.cue.text === "said");
      expect(cl?.text).toBe(c.content);
      expect(cl?.speaker.mention.text).toBe(c.source);
    });
  it("a sentence opening with 'Then': the participle's subject follows it", () => {
    const cl = inText("Then the harbor master walked out, saying the dock was unsafe.").find(
      (x) => x.cue.text === "saying",
    );
    expect(cl?.text).toBe("the dock was unsafe");
    expect(cl?.speaker.mention.text).toBe("the harbor master");
  });
  const fronted: Array<[string, string]> = [
    [
      "Shortly after the vote, the harbor master walked out, saying the dock was unsafe.",
      "the harbor master",
    ],
    ["More recently, the harbor master has changed course, saying the dock was unsafe.", "the harbor master"],
    ["That evening, the harbor master walked out, saying the dock was unsafe.", "the harbor master"],
    ["Lund (AFP) – The harbor master walked out, saying the dock was unsafe.", "The harbor master"],
    ["And even the harbor master walked out, saying the dock was unsafe.", "the harbor master"],
    // a clause, not a fronted phrase, before the comma
    ["Ida Kross left the hall Monday evening, saying the dock was unsafe.", "Ida Kross"],
    ["Carly Mott left the hall in a hurry, saying the dock was unsafe.", "Carly Mott"],
  ];
  for (const [text, source] of fronted)
    it(`the participle's subject after what opens the sentence: ${text}`, () => {
      const cl = inText(text).find((x) => x.cue.text === "saying");
      expect(cl?.text).toBe("the dock was unsafe");
      expect(cl?.speaker.mention.text).toBe(source);
    });
  it("a report in a fronted clause does not give the later participle its source", () => {
    const cl = inText(
      "While most of the pilots called for a strike, Ida Kross kept to the union's line, noting that the talks were close.",
    ).find((x) => x.cue.text === "noting");
    expect(cl?.text).toBe("the talks were close");
    expect(cl?.speaker.mention.text).toBe("Ida Kross");
  });
  it.each([
    ["Ida Kross went on the radio to say the pier would reopen.", "Ida Kross"],
    ["Ida Kross stood at a rally here to say the pier would reopen.", "Ida Kross"],
    ["Ida Kross posted on Friday to say the pier would reopen.", "Ida Kross"],
  ])("a purpose infinitive after a place or a time is its subject's: %s", (text, source) => {
    const cl = inText(text).find((x) => x.cue.text === "say");
    expect(cl?.text).toBe("the pier would reopen");
    expect(cl?.speaker.mention.text).toBe(source);
  });
  it("an object before the infinitive is not passed over ('asked the clerk on Friday to say')", () => {
    const cl = inText("Ida Kross asked the clerk on Friday to say whether the pier would reopen.").find(
      (x) => x.cue.text === "say",
    );
    expect(cl?.speaker.mention.text).not.toBe("Ida Kross");
  });
  it("'not yet' before the verb is no link to an earlier verb", () => {
    const cl = inText("Ida Kross met the board but will not yet say whether the pier is safe.").find(
      (x) => x.cue.text === "say",
    );
    expect(cl).toBeUndefined();
  });
  it("a span of time after the verb is no object: 'has said for weeks'", () => {
    const cl = inText("Ida Kross has said for weeks the pier is unsafe.").find((x) => x.cue.text === "said");
    expect(cl?.text).toBe("the pier is unsafe");
  });
  it("a participle after the verb's phrase is no content of it", () => {
    const cl = inText("Ida Kross replied to the claims in a post, threatening legal action.").find(
      (x) => x.cue.text === "replied",
    );
    expect(cl).toBeUndefined();
  });
  it("a finite verb with an object is no reduced relative", () => {
    const cl = inText("The firm published a note that said the pier was unsafe.").find(
      (x) => x.cue.text === "said",
    );
    expect(cl?.speaker.mention.text).not.toBe("The firm");
  });
  it("a reduced relative does not run over a reporting verb and its clause", () => {
    const cs = inText(
      "A survey conducted for the ferry board by Tallow Bay Research found that riders under 30 preferred the night boats.",
    );
    const found = cs.find((x) => x.cue.text === "found");
    expect(found?.text).toBe("riders under 30 preferred the night boats");
    expect(found?.speaker.name).toBe("Tallow Bay Research");
    expect(cs.find((x) => x.cue.text === "preferred")).toBeUndefined();
  });
  it("a verb with its 'that' clause is no reduced relative: '... confirmed that X but said Y'", () => {
    const cs = inText(
      "A senior harbour official confirmed that the review was under way but said no decision had been made.",
    );
    expect(cs.map((c) => c.text)).toEqual(["the review was under way", "no decision had been made"]);
  });
  it("a reduced relative still holds a noun of speech: '..., a person briefed on the call said'", () => {
    const cl = inText(
      "The ferry board will cut the night boats, a second person briefed on the board's phone call said.",
    ).find((x) => x.cue.text === "said");
    expect(cl?.speaker.anonymous).toBe(true);
    expect(cl?.speaker.mention.text).toMatch(/^a second person/);
  });
});

describe("the object of 'told'", () => {
  it.each([
    ["Some councillors urged the government to block the sale.", "to block the sale"],
    ["Ann Lee told the crew to stay home.", "to stay home"],
  ])("'%s': what they were told to do, not the object's words", (text, content) => {
    expect(inText(text)[0]?.text).toBe(content);
  });
  it.each(["jurors", "shareholders", "mourners", "growers"])(
    "'told %s she had ...': whom, not what",
    (who) => {
      const cl = inText(`Ada Brenn told ${who} she had raised the alarm twice.`).find(
        (x) => x.cue.text === "told",
      );
      expect(cl?.text).toBe("she had raised the alarm twice");
    },
  );
  it("a long object with a relative clause keeps the quote's frame", () => {
    const cl = inText(
      "“We will not close the depot,” Mr. Obrey told the council and dozens listening on the radio who could tell whom he meant.",
    ).find((x) => x.cue.text === "told");
    expect(cl?.text).toBe("We will not close the depot,");
    expect(cl?.kind).toBe("direct");
  });
  it("a possessive object before an adverbial clause: the content is before the frame", () => {
    const cl = inText(
      "None of this is for me, Mayor Ida Kross told her closest aides as she wrote the toast.",
    ).find((x) => x.cue.text === "told");
    expect(cl?.text).toBe("None of this is for me");
  });
  it("an object's relative clause up to a comma before the quote", () => {
    const cl = inText(
      "But, Ida Kross told the growers who met in the town of Lund, “no one should doubt our pledge.”",
    ).find((x) => x.cue.text === "told");
    expect(cl?.text).toBe("no one should doubt our pledge.");
  });
  it("what they were told to do, past a place", () => {
    const cl = inText("Ida Kross tells her voters at a rally in Lund to stay at the polls all day.").find(
      (x) => x.cue.text === "tells",
    );
    expect(cl?.text).toBe("to stay at the polls all day");
  });
  it("the object ends before a second subject", () => {
    const cl = inText("Ida Kross told the board the plan was late.").find((x) => x.cue.text === "told");
    expect(cl?.text).toBe("the plan was late");
  });
});

describe("an adverb in -ly after the verb of a quote's frame", () => {
  const cases = [
    "“We have had better fairs than this one,” Joe Hask said matter-of-factly as the choir sang.",
    "“We have had better fairs than this one,” local farmer Joe Hask, wearing a straw hat, said quietly as the band played.",
  ];
  for (const text of cases)
    it(text, () => {
      const cl = inText(text).find((x) => x.cue.text === "said");
      expect(cl?.kind).toBe("direct");
      expect(cl?.text).toBe("We have had better fairs than this one,");
      expect(cl?.speaker.name).toBe("Joe Hask");
    });
});

describe("a second report of the same sentence joined by 'and' with a pronoun subject", () => {
  const text = "Ruth Amos said the orchard was sold, and she argued that the town had lost its best grower.";
  it("ends the first report before 'and she argued'", () => {
    const cl = inText(text).find((x) => x.cue.text === "said");
    expect(cl?.text).toBe("the orchard was sold");
  });
  it("gives the second report the pronoun as its mention", () => {
    const cl = inText(text).find((x) => x.cue.text.startsWith("argued"));
    expect(cl?.text).toBe("the town had lost its best grower");
    expect(cl?.speaker.mention.text).toBe("she");
    expect(cl?.speaker.name).toBe("Ruth Amos");
  });
});

describe("an adverb 'since' between the subject and its verb", () => {
  it("keeps the frame of 'has since said'", () => {
    const cl = inText("Ruth Amos has since said she would sell the orchard to the town.").find(
      (x) => x.cue.text === "said",
    );
    expect(cl?.text).toBe("she would sell the orchard to the town");
    expect(cl?.speaker.name).toBe("Ruth Amos");
  });
});

describe("a report inside a clause fronted by a subordinator", () => {
  it("ends at the clause's comma: 'Although she has said almost nothing on it, ...'", () => {
    const cls = inText(
      "Although she has said almost nothing on the levy, friends of Ruth Amos say she backs it.",
    );
    expect(cls.find((x) => x.cue.text === "said")?.text).toBe("almost nothing on the levy");
    expect(cls.find((x) => x.cue.text === "say")?.text).toBe("she backs it");
  });
  it("reports nothing past that comma: 'When they were announced, Amos said ...'", () => {
    const cls = inText("When the results were announced, Ruth Amos said the count was fair.");
    expect(cls.map((x) => x.text)).toEqual(["the count was fair"]);
    expect(cls[0]?.speaker.mention.text).toBe("Ruth Amos");
  });
  it("still reports the main clause after 'As the paper reported,'", () => {
    const cls = inText("As the Gazette reported, the orchard was sold in May.");
    expect(cls[0]?.text).toBe("the orchard was sold in May");
  });
});

describe("a report inside a fronted 'if' clause", () => {
  it("ends at the clause's comma", () => {
    const cl = inText("If Ruth Amos says the deal is dead, many growers will close their orchards.").find(
      (x) => x.cue.text === "says",
    );
    expect(cl?.text).toBe("the deal is dead");
  });
});

describe("a statement's participle and agent after the verb", () => {
  it("'said in a brief statement released by her office that ...': the clause after 'that'", () => {
    const cs = inText(
      "Ida Kross said in a brief statement released by her office that she would not sign the bill.",
    );
    expect(cs.map((c) => c.text)).toEqual(["she would not sign the bill"]);
  });
  it.each([
    "Ida Kross said in a memo to staff seen by the Harbour Courant that the company remained committed.",
    "Ida Kross wrote in an email obtained by the Harbour Courant that the company remained committed.",
  ])("a medium's 'seen by', 'obtained by': %s", (text) => {
    expect(inText(text).map((c) => c.text)).toEqual(["the company remained committed"]);
  });
  it("'“...,” she said in a statement issued by her office.': the quote only", () => {
    const cs = inText("“I will not sign it,” Ida Kross said in a statement issued by her office.");
    expect(cs.map((c) => c.text)).toEqual(["I will not sign it,"]);
  });
});

describe("a connective set off by commas after the verb", () => {
  it.each(["however", "though", "nonetheless"])("'She cautioned, %s, that ...'", (word) => {
    const cl = inText(`Ida Kross cautioned, ${word}, that the survey could not prove cause and effect.`)[0];
    expect(cl?.text).toBe("the survey could not prove cause and effect");
  });
});

describe("a belief repeating a claim", () => {
  it("'argued in her opening statement that ...' is one claim, not a claim and a belief", () => {
    const cs = inText(
      "His lawyer, Denise Park, argued in her opening statement that the billing errors were a contractor's work.",
    );
    expect(cs.map((c) => c.kind)).toEqual(["indirect"]);
    expect(cs[0]?.speaker.name).toBe("Denise Park");
  });
});

describe("'would not say' and its kin are refusals", () => {
  it.each([
    ["The ferry company would not say how many boats were affected.", "how many boats were affected"],
    ["The ferry company wouldn't say how many boats were affected.", "how many boats were affected"],
    ["The ferry company would not disclose the exact figure but called it small.", "the exact figure"],
  ])("%s", (text, refused) => {
    const cs = claimsOf(`${NEWS_LEAD}\n\n${text}`);
    const r = cs.find((c) => c.kind === "refusal");
    expect(r?.text).toBe(refused);
    expect(r?.speaker.name).toBe("the ferry company");
  });

  it("'the company' after another business is named goes to that one", () => {
    const text = `${NEWS_LEAD}\n\nDunlow Freight cut 60 jobs last year (the firm would not disclose how many). Tarn Mills reported a loss in May.\n\nBut the company also reported debt of $70 million.`;
    expect(claimsOf(text).find((c) => c.text.startsWith("debt of"))?.speaker.name).toBe("Tarn Mills");
  });
});

describe("'forecast' reports, as 'predicted' does", () => {
  it("'Norrland Bank forecast in a note to clients that ...'", () => {
    const cl = inText("Norrland Bank forecast in a note to clients on Monday that rates would fall.")[0];
    expect(cl?.kind).toBe("indirect");
    expect(cl?.text).toBe("rates would fall");
  });
});

describe("a quote inside a refusal", () => {
  it.each([
    'A ferry company spokeswoman declined to comment on "rumors or speculation."',
    "A ferry company spokeswoman declined to comment on “rumors or speculation.”",
  ])("is what was refused, no one's claim: %s", (sentence) => {
    const cs = inText(`The fares will rise in March, people familiar with the plan said. ${sentence}`);
    expect(cs.map((c) => c.kind)).toEqual(["indirect", "refusal"]);
  });
});
