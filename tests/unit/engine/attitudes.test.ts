import { describe, expect, it } from "vitest";
import { claimsOf, NEWS_LEAD as lead } from "./helpers";

// Sentences written for the project: beliefs, stances and findings (PolNeAR's broader attribution),
// and texts where they are not attributions at all.

describe("findings in a text with no reported speech", () => {
  const guide =
    "Soak the lentils overnight before you cook them.\n\n" +
    "Studies show that soaking cuts the cooking time by half. Some research suggests that it also makes the lentils easier to digest.\n\n" +
    "One small study in 30 adults found that a bowl of lentils kept people full for hours.";
  it("reports nothing on a recipe or health page", () => {
    expect(claimsOf(guide)).toHaveLength(0);
  });
  it("keeps findings in a news text where sources speak", () => {
    const news =
      "The county will fund a new lentil farm, the mayor said on Tuesday.\n\n" +
      "Studies show that the crop needs little water, and the farm board agreed.";
    const cs = claimsOf(news);
    expect(cs.some((c) => c.kind === "belief" && c.text.includes("the crop needs little water"))).toBe(true);
  });
  it("keeps a named person's belief", () => {
    const cs = claimsOf("Maria Lopez believes the bridge will open late.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("belief");
  });
});

describe("the author's own voice", () => {
  it("makes no claim of 'I believe' or 'we think'", () => {
    expect(claimsOf("I believe the bridge will open late. We think the council knows it.")).toHaveLength(0);
  });
});

describe("group and poll subjects", () => {
  const cases: Array<{ text: string; content: string; mention: string }> = [
    {
      text: "Most of the delegates said the rules were unfair.",
      content: "the rules were unfair",
      mention: "Most of the delegates",
    },
    {
      text: "A majority of farmers said the subsidy came too late.",
      content: "the subsidy came too late",
      mention: "A majority of farmers",
    },
    {
      text: "Two in three said they would vote for the levy.",
      content: "they would vote for the levy",
      mention: "Two in three",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = claimsOf(lead + c.text).find((x) => x.text.includes(c.content));
      expect(cl?.speaker.mention.text).toBe(c.mention);
    });
});

describe("attitudes with short objects", () => {
  it("reads 'blasted the statement' as a stance", () => {
    const cl = claimsOf(`${lead}The union leader blasted the statement.`).find(
      (x) => x.cue.text === "blasted",
    );
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("the statement");
  });
  it("does not read 'added two routes' as speech", () => {
    expect(claimsOf(`${lead}The city added two routes.`).some((x) => x.cue.text === "added")).toBe(false);
  });
});

describe("relative pronoun at the cue", () => {
  it("marks 'who' as the mention, the antecedent as the speaker", () => {
    const cl = claimsOf("The treasurer, who said the budget was short, resigned on Monday.")[0];
    expect(cl?.text).toBe("the budget was short");
    expect(cl?.speaker.mention.text).toBe("who");
    expect(cl?.speaker.name.toLowerCase()).toBe("the treasurer");
  });
  it("does not make 'which responded with' a claim", () => {
    const cs = claimsOf("The army shelled the port, which responded with its own strikes, the mayor said.");
    expect(cs.some((c) => c.speaker.mention.text === "which")).toBe(false);
  });
});

describe("attitude verbs derived from annotated text (lexicon/attitudes.json)", () => {
  it("reads 'railed against' as a stance of its subject", () => {
    const cl = claimsOf(`${lead}The mayor railed against the new parking fees.`).find((x) =>
      x.cue.text.startsWith("railed"),
    );
    expect(cl?.kind).toBe("belief");
    expect(cl?.speaker.mention.text).toBe("The mayor");
  });
  it("does not read the noun after a determiner as a cue", () => {
    const cs = claimsOf(`${lead}The questioned witness left early.`);
    expect(cs.some((x) => x.cue.text === "questioned")).toBe(false);
  });
});

describe("an attitude in an infinitive after a catenative ('has yet to endorse')", () => {
  it.each([
    ["Tom Reed has yet to endorse Ann Lee for mayor.", "endorse", "Ann Lee for mayor"],
    ["Tom Reed was willing to defend the ferry levy.", "defend", "the ferry levy"],
  ])("%s", (text, cue, content) => {
    const cl = claimsOf(`${lead}${text}`).find((x) => x.cue.text === cue);
    expect(cl?.text).toBe(content);
    expect(cl?.speaker.mention.text).toBe("Tom Reed");
  });
  it("not past a comma and another 'to'", () => {
    const cs = claimsOf(`${lead}Tom Reed met the builder, Ann Lee, to try to persuade her to wait.`);
    expect(cs.some((x) => x.cue.text === "persuade" && x.speaker.mention.text === "Ann Lee")).toBe(false);
  });
});

describe("support or criticism from a group ('Lee has strong support among farmers')", () => {
  it.each([
    ["Ann Lee has strong support among dairy farmers.", "Ann Lee", "dairy farmers"],
    ["Tom Reed drew more backing from the dock unions.", "Tom Reed", "the dock unions"],
    ["Ann Lee came under sharp criticism from the harbor board.", "Ann Lee", "the harbor board"],
  ])("%s", (text, content, mention) => {
    const cl = claimsOf(`${lead}${text}`).find((x) => x.text === content);
    expect(cl?.kind).toBe("belief");
    expect(cl?.speaker.mention.text).toBe(mention);
  });
  it("needs a verb of having or winning it ('support from the state ended')", () => {
    const cs = claimsOf(`${lead}Ann Lee said the support from the state ended in May.`);
    expect(cs.some((x) => x.cue.text === "support")).toBe(false);
  });
});

describe("nominal cues after a possessive source", () => {
  it("Lee's claim that ...", () => {
    const cl = claimsOf(`${lead}Ann Lee's claim that the fund is empty surprised the board.`).find(
      (x) => x.cue.text === "claim",
    );
    expect(cl?.kind).toBe("belief");
    expect(cl?.text.startsWith("the fund is empty")).toBe(true);
    expect(cl?.speaker.mention.text).toBe("Lee's");
  });
  it("in her view, ...", () => {
    const cl = claimsOf(`${lead}Ann Lee runs the fund. In her view, the fund is too small.`).find(
      (x) => x.cue.text === "view",
    );
    expect(cl?.text).toBe("the fund is too small");
    expect(cl?.speaker.mention.text).toBe("her");
    expect(cl?.speaker.name).toBe("Ann Lee");
  });
  it.each([
    ["Ann Lee ran again. Her support for the farm levy, though, never wavered.", "support", "the farm levy"],
    ["Tom Reed repeated his case against the new runway at the hearing.", "case", ""],
    ["Ann Lee made her opposition toward the tunnel plain.", "opposition", "the tunnel plain"],
  ])("a preposition opens the content: %s", (text, cue, content) => {
    const cl = claimsOf(`${lead}${text}`).find((x) => x.cue.text === cue);
    if (!content) expect(cl).toBeUndefined();
    else expect(cl?.text).toBe(content);
  });
  it("the preposition's object ends before the clause's verb", () => {
    const cl = claimsOf(`${lead}Ann Lee's support for the farm levy has never wavered.`).find(
      (x) => x.cue.text === "support",
    );
    expect(cl?.text).toBe("the farm levy");
    expect(cl?.speaker.mention.text).toBe("Lee's");
  });
  it("a short adverbial may stand before 'that': 'her claim during the debate that ...'", () => {
    const cl = claimsOf(
      `${lead}Ann Lee spoke last. Her claim during the forum that the ferry was safe drew jeers.`,
    ).find((x) => x.cue.text === "claim");
    expect(cl?.text.startsWith("the ferry was safe")).toBe(true);
    expect(cl?.speaker.mention.text).toBe("Her");
  });
  it("needs a possessive source: 'the claim that ...' is no one's", () => {
    const cs = claimsOf(`${lead}The claim that the fund is empty is false.`);
    expect(cs.some((x) => x.cue.text === "claim")).toBe(false);
  });
  it("needs a complement: 'his view of the river' is a sight, not a stance", () => {
    const cs = claimsOf(`${lead}Ann Lee painted all day. Her view was of the river.`);
    expect(cs.some((x) => x.cue.text === "view")).toBe(false);
  });
});

describe("a subject separated from its verb by an insert", () => {
  it.each([
    ["Ruth Kell, citing the new figures, said the clinic would close in June.", "Ruth Kell"],
    [
      "Ruth Kell, the city's head of parks and public gardens, said the clinic would close in June.",
      "Ruth Kell",
    ],
    ["Sen. Ruth Kell (D), an early critic of the plan, said the clinic would close in June.", "Ruth Kell"],
  ])("%s", (text, speaker) => {
    const cl = claimsOf(lead + text).find((x) => x.text.includes("the clinic would close"));
    expect(cl?.speaker.name).toBe(speaker);
  });
  it("keeps an inverted frame that ends the sentence", () => {
    const cl = claimsOf(`${lead}The clinic will close, said Ruth Kell.`).find((x) =>
      x.text.includes("clinic"),
    );
    expect(cl?.speaker.name).toBe("Ruth Kell");
  });
});

describe("cues with a preposition (lexicon/attitudes.json withParticle)", () => {
  it("'called for' takes its object as the content", () => {
    const cl = claimsOf(`${lead}The mayor called for a recount.`).find((x) => x.cue.text === "called for");
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("a recount");
  });
  it("'called on the phone' is no attitude", () => {
    expect(claimsOf(`${lead}The mayor called on Tuesday.`).some((x) => x.cue.text.startsWith("called"))).toBe(
      false,
    );
  });
});

describe("the object of an attitude ends where the phrase does", () => {
  it.each([
    ["The union endorsed Ruth Kell, a nurse who has never run for office.", "Ruth Kell"],
    ["The mayor blamed the flood on the old pumps but later apologized.", "the flood on the old pumps"],
    ["The council backed the plan on Tuesday after a long debate.", "the plan"],
    ["The mayor praised the ferry crew on Twitter.", "the ferry crew"],
    ["The mayor welcomed the new budget in a statement to the council.", "the new budget"],
  ])("%s", (text, content) => {
    const cl = claimsOf(lead + text).find((x) => x.kind === "belief");
    expect(cl?.text).toBe(content);
  });
});

describe("a medium inside an object that goes on", () => {
  it("keeps 'described herself in an interview as ...' whole", () => {
    const cl = claimsOf(`${lead}The mayor described herself in an interview as a plain harbor worker.`).find(
      (x) => x.cue.text === "described",
    );
    expect(cl?.text).toBe("herself in an interview as a plain harbor worker");
  });
});

describe("questions and requests (kind question)", () => {
  it("asked the mayor whether ...", () => {
    const cl = claimsOf(`${lead}A reporter asked the mayor whether the pier would reopen.`).find(
      (x) => x.kind === "question",
    );
    expect(cl?.text).toBe("whether the pier would reopen");
  });
  it("asked the council to ...", () => {
    const cl = claimsOf(`${lead}Ruth Kell asked the council to delay the vote.`).find(
      (x) => x.kind === "question",
    );
    expect(cl?.text).toBe("the council to delay the vote");
    expect(cl?.speaker.name).toBe("Ruth Kell");
  });
  it("'asked about the pier' alone is no question", () => {
    expect(claimsOf(`${lead}Ruth Kell asked about the pier.`).some((x) => x.kind === "question")).toBe(false);
  });
});

describe("a poll opening the sentence", () => {
  it("In the new X poll, ...", () => {
    const cl = claimsOf(`${lead}In the new Harbor Institute poll, most voters back the levy.`).find(
      (x) => x.cue.text === "In",
    );
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("most voters back the levy");
    expect(cl?.speaker.mention.text).toBe("the new Harbor Institute poll");
  });
  it("'In a report released Monday, the agency said ...': the report is where the agency spoke", () => {
    const cls = claimsOf(`${lead}In a report published Monday, the agency said exports had doubled.`);
    expect(cls.some((x) => x.cue.text === "In")).toBe(false);
    expect(cls.find((x) => x.text === "exports had doubled")?.speaker.mention.text).toBe("the agency");
  });
  it("'a statement released Tuesday': a document does not release itself", () => {
    const cls = claimsOf(
      `${lead}In a statement released Tuesday, the day bids closed, Halvard Steel said it had offered the lowest price.`,
    );
    expect(cls.some((x) => x.cue.text === "released")).toBe(false);
    expect(cls.find((x) => x.text.startsWith("it had offered"))?.speaker.name).toBe("Halvard Steel");
  });
  it("'In the kitchen, ...' is no finding", () => {
    expect(
      claimsOf(`${lead}In the kitchen, the cook salted the soup.`).some((x) => x.cue.text === "In"),
    ).toBe(false);
  });
});

describe("a frame inside the reported clause", () => {
  it("The plan, the mayor said, would cost too much.", () => {
    const cl = claimsOf(`${lead}The plan, the mayor said, would cost too much.`).find((x) =>
      x.text.includes("would cost"),
    );
    expect(cl?.parts?.map((p) => cl.text.length && p.end - p.start)).toHaveLength(2);
    expect(cl?.text.startsWith("The plan")).toBe(true);
  });
  it("keeps a frame between two clauses out of the first", () => {
    const cl = claimsOf(`${lead}On Friday, the mayor said, the ferry will be late.`).find((x) =>
      x.text.includes("ferry"),
    );
    expect(cl?.text.startsWith("On Friday")).toBe(false);
  });
});

describe("more speaker heads", () => {
  it.each([
    ["Several mayors said the grant was too small.", "Several mayors"],
    ["The crowd chanted that the grant was too small.", "The crowd"],
    ["The grant was too small, the weather said.", null],
    ["An editorial in the Harbor Gazette argued that the grant was too small.", "An editorial"],
  ])("%s", (text, mention) => {
    const cl = claimsOf(lead + text).find((x) => x.text.includes("the grant was too small"));
    if (mention === null) expect(cl).toBeUndefined();
    else expect(cl?.speaker.mention.text.startsWith(mention)).toBe(true);
  });
});

describe("long document sources after 'according to'", () => {
  it("takes the whole phrase as the source mention", () => {
    const cl = claimsOf(
      `${lead}The levy leads by ten points, according to a Harbor College/Gazette poll released Sunday.`,
    ).find((x) => x.cue.text === "according to");
    expect(cl?.text).toBe("The levy leads by ten points");
    expect(cl?.speaker.mention.text).toBe("a Harbor College/Gazette poll released Sunday");
  });
  it("needs a document word", () => {
    const cs = claimsOf(`${lead}The levy passed, according to plan and on time.`);
    expect(cs.some((x) => x.cue.text === "according to")).toBe(false);
  });
});

describe("small frame and clause fixes", () => {
  it("“...,” she told a cheering crowd, then ...: a frame with an object", () => {
    const cl = claimsOf(`${lead}“We have work to do,” she told a cheering crowd, then left the stage.`).find(
      (x) => x.text.includes("work to do"),
    );
    expect(cl?.kind).toBe("direct");
  });
  it("said about half of ...: a quantity opens the clause", () => {
    const cl = claimsOf(`${lead}The budget office said about half of the gap came from tax cuts.`).find((x) =>
      x.text.includes("half of the gap"),
    );
    expect(cl?.kind).toBe("indirect");
  });
  it("most of them said ...", () => {
    const cl = claimsOf(`${lead}Most of them said they would stay.`).find((x) =>
      x.text.includes("would stay"),
    );
    expect(cl?.speaker.mention.text).toBe("Most of them");
  });
});

describe("attitude participles and document subjects", () => {
  it("..., hoping to ...: the sentence's subject", () => {
    const cl = claimsOf(
      `${lead}Ruth Kell toured the harbor on Monday, hoping to win the fishermen's vote.`,
    ).find((x) => x.cue.text === "hoping");
    expect(cl?.kind).toBe("belief");
    expect(cl?.speaker.name).toBe("Ruth Kell");
  });
  it("'..., adding two routes' stays no claim", () => {
    expect(
      claimsOf(`${lead}The city cut fares, adding two routes.`).some((x) => x.cue.text === "adding"),
    ).toBe(false);
  });
  it("A study by X found ...; a poll last month showed ...", () => {
    const cs = claimsOf(
      `${lead}A study by the Harbor Institute found the pier was unsafe. A Gazette poll last month showed Kell ahead by ten points.`,
    );
    expect(cs.find((x) => x.cue.text === "found")?.speaker.mention.text).toBe(
      "A study by the Harbor Institute",
    );
    expect(cs.find((x) => x.cue.text === "showed")?.text).toBe("Kell ahead by ten points");
  });
});

describe("views with 'as'", () => {
  it("voters see the mayor as ...", () => {
    const cl = claimsOf(`${lead}Many voters see the mayor as a careful manager.`).find(
      (x) => x.cue.text === "see",
    );
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("the mayor as a careful manager");
  });
  it("'saw the harbor' without 'as' is no view", () => {
    expect(claimsOf(`${lead}The mayor saw the harbor from the hill.`).some((x) => x.cue.text === "saw")).toBe(
      false,
    );
  });
});

describe("where a reported clause ends", () => {
  it("at a new clause after a complete one", () => {
    const cl = claimsOf(
      `${lead}Ruth Kell said she would hold a hearing, it is unlikely to change the vote.`,
    ).find((x) => x.text.includes("hearing"));
    expect(cl?.text).toBe("she would hold a hearing");
  });
  it("not after an opening 'if' clause", () => {
    const cl = claimsOf(`${lead}Ruth Kell said even if the pier opens, the ferry will stay.`).find((x) =>
      x.text.includes("pier"),
    );
    expect(cl?.text).toBe("even if the pier opens, the ferry will stay");
  });
  it("at '... but said ...'", () => {
    const cl = claimsOf(
      `${lead}Ruth Kell said she met the mayor twice but said neither meeting helped.`,
    ).find((x) => x.text.includes("met the mayor"));
    expect(cl?.text).toBe("she met the mayor twice");
  });
});

describe("a partial quote after words of its clause", () => {
  it("the mayor “made a mistake,” Kell said: mixed, from the clause start", () => {
    const cl = claimsOf(`${lead}The mayor “made a costly mistake,” Ruth Kell said.`).find((x) =>
      x.text.includes("costly mistake"),
    );
    expect(cl?.kind).toBe("mixed");
    expect(cl?.text.startsWith("The mayor")).toBe(true);
  });
  it("a quote after a comma stays direct", () => {
    const cl = claimsOf(`${lead}Asked about the pier, “It will open in May,” Ruth Kell said.`).find((x) =>
      x.text.includes("open in May"),
    );
    expect(cl?.kind).toBe("direct");
  });
});

describe("an attitude's object is not an inverted subject", () => {
  it("Kell, for her part, sided with the fishermen.", () => {
    const cl = claimsOf(`${lead}The board met Ruth Kell. Kell, for her part, sided with the fishermen.`).find(
      (x) => x.cue.text === "sided with",
    );
    expect(cl?.speaker.name).toBe("Ruth Kell");
    expect(cl?.text).toBe("the fishermen");
  });
});

describe("negation", () => {
  it("a negated attitude is still one: 'did not support'", () => {
    const cl = claimsOf(`${lead}The mayor did not support the pier plan.`).find(
      (x) => x.cue.text === "support",
    );
    expect(cl?.speaker.mention.text).toBe("The mayor");
  });
  it("a negated report of speech is no claim: 'did not say'", () => {
    expect(
      claimsOf(`${lead}The mayor did not say the pier was closed.`).some((x) => x.text.includes("pier")),
    ).toBe(false);
  });
});

describe("plain noun phrases hold attitudes", () => {
  it.each([
    ["The party leadership fears that the levy will fail.", "The party leadership"],
    ["The couple worried that the pier would close.", "The couple"],
  ])("%s", (text, mention) => {
    const cl = claimsOf(lead + text).find((x) => x.kind === "belief");
    expect(cl?.speaker.mention.text).toBe(mention);
  });
  it("does not take 'he' for a plain phrase", () => {
    const text = `${lead}Ruth Kell said her client would not accept a deal offered by the city. He said the deal was unfair.`;
    const cl = claimsOf(text).find((x) => x.text.includes("the deal was unfair"));
    expect(cl?.speaker.name).not.toMatch(/deal/);
  });
  it("speech keeps the stricter grammar: 'the couple said' needs a known head", () => {
    expect(
      claimsOf(`${lead}The weather report said it would rain.`).some((x) => x.speaker.name === "the weather"),
    ).toBe(false);
  });
});

describe("transcript lines", () => {
  it("RUTH KELL: ... is Ruth Kell's", () => {
    const text = `${lead}The host asked about the pier.\n\nRUTH KELL: The pier will open in May, and the ferry will run.`;
    const cl = claimsOf(text).find((x) => x.text.includes("pier will open"));
    expect(cl?.speaker.name).toBe("Ruth Kell");
  });
  it("UPDATE: is a label, not a speaker", () => {
    const text = `${lead}The host asked about the pier.\n\nUPDATE: The pier will open in May, the city said.`;
    expect(claimsOf(text).some((x) => x.speaker.name.toLowerCase() === "update")).toBe(false);
  });
});

describe("a quote opening the paragraph before its frame", () => {
  it("takes the speaker of the paragraph's framed quote", () => {
    const text = `${lead}Ruth Kell spoke first.\n\n“We are sorry about the pier.” “We will rebuild it,” the mayor said.`;
    const cl = claimsOf(text).find((x) => x.text.includes("sorry about the pier"));
    expect(cl?.speaker.name.toLowerCase()).toBe("the mayor");
  });
});

describe("title-case headlines", () => {
  it("Mayor Kell Backs New Pier Plan", () => {
    const cl = claimsOf(`Mayor Ruth Kell Endorses New Pier Plan\n\n${lead}`).find(
      (x) => x.cue.text === "Endorses",
    );
    expect(cl?.kind).toBe("belief");
    expect(cl?.speaker.name).toBe("Ruth Kell");
  });
  it("a capitalised verb in running text is still a name", () => {
    const cs = claimsOf(
      `${lead}The talk was given by Ruth Kell at the Hope Center on Monday and lasted an hour.`,
    );
    expect(cs.some((x) => x.cue.text === "Hope")).toBe(false);
  });
});

describe("content before the frame", () => {
  it("'..., he insisted on getting them out' is no 'CONTENT, X said' frame", () => {
    const cs = claimsOf(
      `${lead}If the city sells the pier, he insisted on getting the fishermen a new dock.`,
    );
    expect(cs.some((x) => x.text.startsWith("If the city sells"))).toBe(false);
  });
  it("'..., he said outside City Hall on Tuesday.' still is", () => {
    const cl = claimsOf(`${lead}The pier will open in May, he said outside City Hall on Tuesday.`).find((x) =>
      x.text.includes("pier"),
    );
    expect(cl?.text).toBe("The pier will open in May");
  });
});

describe("the author's voice in a contraction", () => {
  it('makes no claim of "I\'m thrilled to ..."', () => {
    expect(
      claimsOf(`${lead}I'm thrilled to announce the new pier.`).some((x) => x.cue.text === "thrilled"),
    ).toBe(false);
  });
});

describe("restrictive relative clauses", () => {
  it("many voters who live here said ...: the phrase before 'who' speaks", () => {
    const cl = claimsOf(`${lead}Many voters who live near the pier said the ferry was late.`).find((x) =>
      x.text.includes("ferry"),
    );
    expect(cl?.speaker.mention.text).toBe("Many voters");
  });
  it("voters who support the levy said ...: the attitude ends at the main verb", () => {
    const cl = claimsOf(`${lead}Many voters who support the levy said the ferry was late.`).find(
      (x) => x.cue.text === "support",
    );
    expect(cl?.text).toBe("the levy");
  });
});
