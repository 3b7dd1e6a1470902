import { describe, expect, it } from "vitest";
import { claimByCue, claimsOf, NEWS_LEAD as lead } from "./helpers";

// Sentences written for the project: constructions of PolNeAR's broader attribution (beliefs, stances,
// plans) and their negative cases.

const find = claimByCue;

describe("an honorific makes a lone surname at the sentence start a name", () => {
  it("reads 'Mr. Hale said' as Hale's report", () => {
    const cl = find("Mr. Hale said the ferry would run late.", "said");
    expect(cl?.text).toBe("the ferry would run late");
    expect(cl?.speaker.mention.text).toBe("Hale");
  });
  it("still reads a lone capitalised imperative as no speaker", () => {
    expect(claimsOf("Stir the soup and add salt. Taste says it all.").length).toBe(0);
  });
});

describe("'which' at the cue stands for the phrase before it", () => {
  it("reads 'the union, which opposes the toll' as the union's stance", () => {
    const cl = find("The union, which opposes the toll, met on Monday.", "opposes");
    expect(cl?.text).toBe("the toll");
    expect(cl?.speaker.mention.text).toBe("which");
    expect(cl?.speaker.name.toLowerCase()).toBe("the union");
  });
  it("takes no 'which responded with ..., further ...' as a report", () => {
    const cs = claimsOf(
      `${lead}The army shelled the port town, which responded with its own fire, further raising fears.`,
    );
    expect(cs.some((c) => c.speaker.mention.text === "which")).toBe(false);
  });
  it("takes no 'which' after a phrase that is no source", () => {
    expect(find("The river, which floods the road each spring, rose again.", "floods")).toBeUndefined();
  });
});

describe("unquoted judgments with a 'call' verb: naming is reported speech, praise and scorn are beliefs", () => {
  const cases: Array<{ text: string; cue: string; content: string; kind: string }> = [
    {
      text: "Rosa Quint praised the harbour plan.",
      cue: "praised",
      content: "the harbour plan",
      kind: "belief",
    },
    { text: "Rosa Quint dismissed the audit.", cue: "dismissed", content: "the audit", kind: "belief" },
    { text: "The treasurer called him careless.", cue: "called", content: "him careless", kind: "indirect" },
    {
      text: "Rosa Quint called the levy a mistake.",
      cue: "called",
      content: "the levy a mistake",
      kind: "indirect",
    },
    // an adjective after a plain object: a judgment too
    {
      text: "Rosa Quint called the ferry contract reckless.",
      cue: "called",
      content: "the ferry contract reckless",
      kind: "indirect",
    },
    {
      text: "Rosa Quint calls Ivo Brandt unqualified.",
      cue: "calls",
      content: "Ivo Brandt unqualified",
      kind: "indirect",
    },
    {
      text: "Rosa Quint described the budget as thin.",
      cue: "described",
      content: "the budget as thin",
      kind: "indirect",
    },
    {
      text: "Rosa Quint described it as a small but growing fund.",
      cue: "described",
      content: "it as a small but growing fund",
      kind: "indirect",
    },
    {
      text: "Rosa Quint dismissed the audit as a stunt.",
      cue: "dismissed",
      content: "the audit as a stunt",
      kind: "indirect",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = find(c.text, c.cue);
      expect(cl?.text).toBe(c.content);
      expect(cl?.kind).toBe(c.kind);
    });
  it("keeps a quoted name after a pronoun object", () => {
    const cl = find("Rosa Quint called it “a fiasco.”", "called");
    expect(cl?.text).toContain("a fiasco");
    expect(cl?.kind).not.toBe("belief");
  });
  for (const text of [
    "Rosa Quint called the police.",
    "Rosa Quint called him back on Monday.",
    "Rosa Quint called a meeting of the board.",
    "Rosa Quint called the harbor office.",
    "Rosa Quint called the town's elected officials.",
    "Rosa Quint called it off.",
  ])
    it(`no claim: ${text}`, () => {
      expect(find(text, "called")).toBeUndefined();
    });
});

describe("an intention with its infinitive ('vowed to ...') is a belief", () => {
  const cases: Array<{ text: string; cue: string; content: string }> = [
    { text: "Rosa Quint vowed to cut the ferry fare.", cue: "vowed", content: "to cut the ferry fare" },
    { text: "Rosa Quint plans to run for the council.", cue: "plans", content: "to run for the council" },
    {
      text: "Rosa Quint refused to release the audit, and her aides left.",
      cue: "refused",
      content: "to release the audit",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = find(c.text, c.cue);
      expect(cl?.text).toBe(c.content);
      expect(cl?.kind).toBe("belief");
    });
  it("keeps 'vowed that ...' reported speech", () => {
    expect(find("Rosa Quint vowed that the fare would fall.", "vowed")?.kind).toBe("indirect");
  });
  it("keeps a refusal to comment a refusal", () => {
    expect(claimsOf(`${lead}Rosa Quint refused to comment.`).some((c) => c.kind === "belief")).toBe(false);
  });
  for (const text of ["Rosa Quint agreed to the terms.", "Rosa Quint planned the route to the coast."])
    it(`no infinitive: ${text}`, () => {
      expect(claimsOf(lead + text).some((c) => c.text.startsWith("to "))).toBe(false);
    });
});

describe("content before a finding's verb", () => {
  it("reads 'X, the survey found' as the survey's finding", () => {
    const cl = find("Turnout fell in every ward, the county survey found.", "found");
    expect(cl?.text).toBe("Turnout fell in every ward");
    expect(cl?.speaker.mention.text).toBe("the county survey");
  });
  it("takes no adverbial before it as content", () => {
    const cl = find("In a survey of 40 towns, the county found a gap.", "found");
    expect(cl?.text ?? "").not.toContain("In a survey");
  });
});

describe("an adverb in -ly between the subject and its cue", () => {
  it("reads 'pointedly rejected' as a stance of the subject", () => {
    const cl = find("Rosa Quint pointedly rejected the toll.", "rejected");
    expect(cl?.text).toBe("the toll");
    expect(cl?.speaker.mention.text).toBe("Rosa Quint");
  });
  it("does not skip a noun in -ly", () => {
    const cl = find("The county assembly supported the toll.", "supported");
    expect(cl?.speaker.mention.text ?? "").not.toBe("The county");
  });
});

describe("frames with an adverbial or a parenthesis", () => {
  it("joins a quote broken by 'said of the plan'", () => {
    const cs = claimsOf(`${lead}“It looks fine to me,” Rosa Quint said of the plan, “because it is cheap.”`);
    const cl = cs.find((c) => c.text.includes("It looks fine to me"));
    expect(cl?.speaker.mention.text).toBe("Rosa Quint");
    expect(cl?.text).toContain("because it is cheap");
  });
  it("keeps a frame whose verb has its own clause out of a quote", () => {
    const cs = claimsOf(`${lead}“Harbour Days,” Rosa Quint said the festival would return.`);
    expect(cs.some((c) => c.text === "Harbour Days")).toBe(false);
  });
  it("reads the name before '(R-Ohio),' as the subject", () => {
    const cl = find("Gov. Rosa Quint (R-Ohio), said the vote was close.", "said");
    expect(cl?.speaker.mention.text).toBe("Rosa Quint");
    expect(cl?.text).toBe("the vote was close");
  });
});

describe("weak belief cues (derived: lexicon/weak-cues.json)", () => {
  it("keeps no belief whose cue is listed as weak", () => {
    expect(find("Rosa Quint enjoys the support of farmers.", "enjoys")).toBeUndefined();
  });
  it("keeps a belief with a cue that is not listed", () => {
    expect(find("Rosa Quint opposes the toll.", "opposes")?.kind).toBe("belief");
  });
});

describe("the author's beliefs in news text", () => {
  it("reports 'I think ...' in a text where sources speak, as a belief", () => {
    const cl = find("I think the toll is too high.", "think");
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("the toll is too high");
    expect(cl?.speaker.mention.text).toBe("I");
  });
  it("reports no author's belief in a text where no one speaks", () => {
    expect(claimsOf("I think the toll is too high. We know the road is busy.")).toHaveLength(0);
  });
  it("reports no 'you know'", () => {
    expect(find("You know the road is busy.", "know")).toBeUndefined();
  });
  it("reports no author's speech ('I said')", () => {
    expect(find("I said the toll was too high.", "said")).toBeUndefined();
  });
});

describe("attitude participles and 'tend to'", () => {
  it("reads 'a group backing X' after a preposition as the group's stance", () => {
    const cl = find("Ann Vell gave money to a group backing Rosa Quint.", "backing");
    expect(cl?.speaker.mention.text).toBe("a group");
    expect(cl?.text).toBe("Rosa Quint");
  });
  it("keeps the speech participle's subject out of a prepositional object", () => {
    const cl = find("A letter from the mayor saying the toll would rise was read aloud.", "saying");
    expect(cl?.speaker.mention.text ?? "").not.toBe("the mayor");
  });
  it("reads 'tended to support' as a stance of the subject", () => {
    const cl = find("Rural voters tended to support Rosa Quint.", "support");
    expect(cl?.speaker.mention.text).toBe("Rural voters");
  });
});

describe("any phrase after 'according to' is its source", () => {
  it("takes a document the lexicon does not list", () => {
    const cl = find("The toll will rise in May, according to the leaked memo.", "according to");
    expect(cl?.speaker.mention.text).toBe("the leaked memo");
    expect(cl?.text).toBe("The toll will rise in May");
  });
  it("ends the phrase before a clause", () => {
    const cl = find("According to the minutes that the clerk kept, the toll will rise.", "According to");
    expect(cl?.speaker.mention.text).toBe("the minutes");
  });
  it("takes no lowercase phrase without a determiner", () => {
    expect(find("The toll rose according to plan.", "according to")).toBeUndefined();
  });
});

describe("a poll named at the end of its finding", () => {
  it("reads 'X led Y by 8 points in a new poll' as the poll's finding", () => {
    const cl = find("Rosa Quint led Ann Vell by eight points in a new poll.", "in");
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("Rosa Quint led Ann Vell by eight points");
    expect(cl?.speaker.mention.text).toBe("a new poll");
  });
  it("keeps a poll's tail words in the source", () => {
    expect(
      find("Turnout rose in every ward in a county survey released Monday.", "in")?.speaker.mention.text,
    ).toBe("a county survey released Monday");
  });
  it("takes no 'in' phrase whose head is not the finding word", () => {
    expect(find("The bridge was built in the survey era.", "in")).toBeUndefined();
  });
});

describe("more subjects of reported speech", () => {
  const cases: Array<{ text: string; cue: string; content: string; mention: string }> = [
    {
      text: "Ann Vell however said the toll would rise.",
      cue: "said",
      content: "the toll would rise",
      mention: "Ann Vell",
    },
    {
      text: "Campaign workers here said they had canvassed every ward.",
      cue: "said",
      content: "they had canvassed every ward",
      mention: "Campaign workers",
    },
    {
      text: "About four in 10 said they were angry.",
      cue: "said",
      content: "they were angry",
      mention: "About four in 10",
    },
    {
      text: "More than a third of voters said the toll was unfair.",
      cue: "said",
      content: "the toll was unfair",
      mention: "More than a third of voters",
    },
    {
      text: "Each side said the other would pay.",
      cue: "said",
      content: "the other would pay",
      mention: "Each side",
    },
    {
      text: "Ann Vell went after Rosa Quint on Monday, saying she would raise the toll.",
      cue: "saying",
      content: "she would raise the toll",
      mention: "Ann Vell",
    },
    {
      text: "Ann Vell changed her pick on the spot – saying she was rooting for the Hawks.",
      cue: "saying",
      content: "she was rooting for the Hawks",
      mention: "Ann Vell",
    },
  ];
  for (const c of cases)
    it(c.text, () => {
      const cl = find(c.text, c.cue);
      expect(cl?.text).toBe(c.content);
      expect(cl?.speaker.mention.text).toBe(c.mention);
    });
  it("takes no 'saying' with a plain object", () => {
    expect(find("Ann Vell waved to the crowd, saying goodbye.", "saying")).toBeUndefined();
  });
  it("reads 'the third candidate' as no share", () => {
    expect(find("The third candidate said she was angry.", "said")?.speaker.mention.text).toBe(
      "The third candidate",
    );
  });
});

describe("an infinitive opened by a quote mark", () => {
  it("reads 'vowed to “end the toll”' as an intention", () => {
    expect(find("Rosa Quint vowed to “end the toll” next year.", "vowed")?.text).toContain("end the toll");
  });
});

describe("programme titles and approximate numbers", () => {
  it("reads the clause after 'said on “Title” that'", () => {
    const cl = find("Ann Vell said on “Harbour Hour” that she would run.", "said");
    expect(cl?.text).toBe("she would run");
    expect(cl?.kind).toBe("indirect");
  });
  it("keeps a quote after 'said on the radio:' a direct claim", () => {
    expect(find("Ann Vell said on the radio: “I will run.”", "said")?.kind).toBe("direct");
  });
  it("reads 'About 9 percent said' with the share as the source", () => {
    // the approximation is part of the share, as in "about half of the members"
    expect(find("About 9 percent said they had no preference.", "said")?.speaker.mention.text).toBe(
      "About 9 percent",
    );
  });
  it("keeps 'a letter about the mayor said' the letter's", () => {
    expect(
      find("A letter about the mayor said the toll would rise.", "said")?.speaker.mention.text ?? "",
    ).not.toBe("the mayor");
  });
});

describe("the writer's aside after a complete reported clause", () => {
  it("ends the content before ', which raised ...'", () => {
    expect(find("Ann Vell said the toll would rise in May, which alarmed drivers.", "said")?.text).toBe(
      "the toll would rise in May",
    );
  });
  it("keeps a relative clause inside the reported clause's subject", () => {
    expect(find("Ann Vell said the plan, which costs $5 million, was too dear.", "said")?.text).toBe(
      "the plan, which costs $5 million, was too dear",
    );
  });
  it("ends the content before ', who ...' about a person named at the end of the clause", () => {
    expect(
      find("Ann Vell said the board had hired Tom Reed, who ran the ferry line for a decade.", "said")?.text,
    ).toBe("the board had hired Tom Reed");
  });
  it("keeps ', who ...,' inside the reported clause's subject", () => {
    expect(
      find("Ann Vell said that Tom Reed, who ran the ferry line, is now helping the board.", "said")?.text,
    ).toBe("Tom Reed, who ran the ferry line, is now helping the board");
  });
  it("ends an object before 'and' and the speaker's next verb of attitude ('and accused ...')", () => {
    expect(
      find("Ann Vell denied the charges and accused the mayor of lying about the budget.", "denied")?.text,
    ).toBe("the charges");
  });
  it.each([
    [
      "Ann Vell said the ferry fares were unfair and called for a public vote.",
      "the ferry fares were unfair",
    ],
    [
      "The union said the depot had cut shifts and accused the board of hiding the totals.",
      "the depot had cut shifts",
    ],
    ["Ann Vell said the pier was unsafe and urged the council to close it.", "the pier was unsafe"],
  ])("ends a reported clause before 'and' and the speaker's next act toward others: %s", (text, content) => {
    expect(find(text, "said")?.text).toBe(content);
  });
  it.each([
    [
      "Cases of the fever have risen to 30, the ministry said on Monday, the most since the ward opened.",
      "Cases of the fever have risen to 30",
    ],
    [
      "The ferry will stop running in May, the operator said in a notice, a blow to island shops.",
      "The ferry will stop running in May",
    ],
  ])(
    "takes the clause before a frame with words of its own, not the phrase after it: %s",
    (text, content) => {
      expect(find(text, "said")?.text).toBe(content);
    },
  );
  it("keeps a frame inside its content ('It was, he said, ...')", () => {
    expect(find("The levy was, Ann Vell said, the worst idea of the year.", "said")?.text).toContain(
      "the worst idea",
    );
  });
  it("keeps 'and called into question' inside the reported clause", () => {
    expect(find("Ann Vell said the audit was thin and called into question the totals.", "said")?.text).toBe(
      "the audit was thin and called into question the totals",
    );
  });
  it("keeps 'and' with a verb inside a reported clause ('the crews were tired and wanted rest')", () => {
    expect(find("Ann Vell said the crews were tired and wanted a long rest.", "said")?.text).toBe(
      "the crews were tired and wanted a long rest",
    );
  });
  it("ends a quoted judgment at its quote closed after a comma ('“reckless,” a word ...')", () => {
    expect(
      find("Ann Vell called the toll plan “reckless,” a word her rivals had used all week.", "called")?.text,
    ).toBe("the toll plan “reckless,”");
  });
  it("keeps a list of quoted judgments", () => {
    expect(find("Ann Vell called the mayor a “liar,” a “bully” and “rude.”", "called")?.text).toBe(
      "the mayor a “liar,” a “bully” and “rude.”",
    );
  });
  it("keeps a 'which' clause closed by a comma when the report goes on after it", () => {
    expect(
      find(
        "Ann Vell said she phoned the mayor after the vote, which settled the levy, to thank him for his help.",
        "said",
      )?.text,
    ).toBe("she phoned the mayor after the vote, which settled the levy, to thank him for his help");
  });
  it("ends the content before a participle clause with its object (', leading to ...')", () => {
    expect(
      find("Ann Vell said the board closed the ferry line, leading to long queues at the bridge.", "said")
        ?.text,
    ).toBe("the board closed the ferry line");
  });
  it("ends the content before ', but' and a new subject with its own verb", () => {
    expect(
      find(
        "Ann Vell said the ferry would run all winter, but there is little money left for repairs.",
        "said",
      )?.text,
    ).toBe("the ferry would run all winter");
  });
  it("keeps ', but that ...', a second reported clause", () => {
    expect(
      find("Ann Vell said the council would back the levy, but that it needed more time.", "said")?.text,
    ).toBe("the council would back the levy, but that it needed more time");
  });
  it("ends the content before a lone dash and the writer's comment ('— even though ...')", () => {
    expect(
      find(
        "Ann Vell said the harbor team would win the cup — even though she had backed the rowers in May.",
        "said",
      )?.text,
    ).toBe("the harbor team would win the cup");
  });
  it("keeps a hyphen before 'and' ('low- and middle-income')", () => {
    expect(find("Ann Vell said the levy would hit low- and middle-income families.", "said")?.text).toBe(
      "the levy would hit low- and middle-income families",
    );
  });
  it("ends the content before a participle clause after a quote closed after its comma", () => {
    expect(
      find("Ann Vell said the toll was “unfair,” drawing a sharp reply from the mayor.", "said")?.text,
    ).toBe("the toll was “unfair,”");
  });
  it("ends the sentence after an abbreviation before a sentence opener ('the U.S. The plan ...')", () => {
    expect(
      find("Ann Vell said the boats should stay out of the U.S. The plan has drawn sharp criticism.", "said")
        ?.text,
    ).toBe("the boats should stay out of the U.S.");
  });
  it("keeps a name after an abbreviation ('the U.S. Senate')", () => {
    expect(find("Ann Vell said the U.S. Senate would vote on the toll next week.", "said")?.text).toBe(
      "the U.S. Senate would vote on the toll next week",
    );
  });
  it("ends a noun phrase object before a participle clause with its object", () => {
    expect(
      find("Ann Vell announced a new ferry route, drawing a rebuke from the council.", "announced")?.text,
    ).toBe("a new ferry route");
  });
  it("keeps a list of the subject's verbs across semicolons", () => {
    expect(
      find(
        "Ann Vell said the harbor crews had cleared the old pier; repaired the crane; and painted the sheds.",
        "said",
      )?.text,
    ).toBe("the harbor crews had cleared the old pier; repaired the crane; and painted the sheds");
  });
  it("keeps an adjective after a comma ('real, lasting harm')", () => {
    expect(find("Ann Vell said the floods have done real, lasting harm to the town.", "said")?.text).toBe(
      "the floods have done real, lasting harm to the town",
    );
  });
});

describe("passive attitudes with an agent", () => {
  it("reads 'the levy was endorsed by the council' as the council's stance", () => {
    const cl = find("The harbour levy was endorsed by the council.", "endorsed");
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("The harbour levy");
    expect(cl?.speaker.mention.text).toBe("the council");
  });
  it("skips adverbs and auxiliaries", () => {
    const cl = find("Ann Vell has been sharply criticized by her rivals.", "criticized");
    expect(cl?.text).toBe("Ann Vell");
    expect(cl?.speaker.mention.text).toBe("her rivals");
  });
  it("makes no claim of a passive without an agent, nor the subject its source", () => {
    expect(find("The levy was endorsed last week.", "endorsed")).toBeUndefined();
  });
});

describe("the sentence's subject for a later verb or participle", () => {
  it("takes the name, not a later capitalised word, for '... and called'", () => {
    const cl = find(
      "Ann Vell took the stage Tuesday at the Grand Hotel and called the plan “rotten.”",
      "called",
    );
    expect(cl?.speaker.mention.text).toBe("Ann Vell");
  });
  it("reads '“...,” saying X ...' as the subject's report, not X's", () => {
    const cl = find(
      "Ann Vell defended “city values,” saying the city embodied the best of the state.",
      "saying",
    );
    expect(cl?.speaker.mention.text).toBe("Ann Vell");
    expect(cl?.text).toBe("the city embodied the best of the state");
  });
  it("keeps an inverted subject after 'said'", () => {
    expect(find("“We will win,” said Ann Vell.", "said")?.speaker.mention.text).toBe("Ann Vell");
  });
});

describe("a reporting verb inside a noun phrase is a clause's verb", () => {
  it("does not read 'Ann Vell urged voters' as one phrase", () => {
    const cs = claimsOf(`${lead}Ann Vell urged voters to reject the toll.`);
    expect(cs.some((c) => c.speaker.mention.text.includes("urged"))).toBe(false);
  });
  it("keeps an adjective in -ed before the head", () => {
    expect(find("Worried voters said the toll was unfair.", "said")?.speaker.mention.text).toBe(
      "Worried voters",
    );
  });
});

describe("an aside between dashes after the cue", () => {
  it("reads the clause after '— ... — that'", () => {
    expect(find("Ann Vell said — on the radio, of all places — that she would run.", "said")?.text).toBe(
      "she would run",
    );
  });
  it("keeps a dash phrase without 'that' in the content", () => {
    expect(find("Ann Vell said the toll — a flat fee — would rise.", "said")?.text).toBe(
      "the toll — a flat fee — would rise",
    );
  });
});

describe("what a refusal withheld", () => {
  it("takes 'to say whether ...' as the content of 'declined to say'", () => {
    const cl = claimsOf(`${lead}Ann Vell declined to say whether the toll would rise.`).find(
      (c) => c.kind === "refusal",
    );
    expect(cl?.text).toBe("to say whether the toll would rise");
  });
  it("takes what was refused as the content ('declined [to comment]')", () => {
    const cl = claimsOf(`${lead}Ann Vell declined to comment.`).find((c) => c.kind === "refusal");
    expect(cl?.text).toBe("to comment");
    expect(cl?.cue.text).toBe("declined to comment");
  });
  it("takes the unanswered request as the content ('did not respond to [a request for comment]')", () => {
    const cl = claimsOf(`${lead}The ferry board did not respond to a request for comment.`).find(
      (c) => c.kind === "refusal",
    );
    expect(cl?.text).toBe("a request for comment");
  });
  it("reads 'declined to disclose / give a figure' as a refusal, not a report of the object", () => {
    const cs = claimsOf(
      `${lead}The ferry board declined to disclose the price. Ann Vell refused to give a date.`,
    );
    expect(cs.filter((c) => c.kind === "refusal").map((c) => c.text)).toEqual([
      "to disclose the price",
      "to give a date",
    ]);
    expect(cs.some((c) => c.kind === "indirect" && c.text === "the price")).toBe(false);
  });
  it("keeps 'refused to give up' an intention", () => {
    const cs = claimsOf(`${lead}Ann Vell refused to give up the fight.`);
    expect(cs.some((c) => c.kind === "refusal")).toBe(false);
  });
  it("keeps a refusal with nothing after it its own content ('would not comment')", () => {
    const cl = claimsOf(`${lead}Ann Vell would not comment.`).find((c) => c.kind === "refusal");
    expect(cl?.text).toBe("would not comment");
  });
});

describe("statement and stance nouns after a possessive (cues.json possessiveNouns)", () => {
  it("reads 'Ann Vell's support of the levy' as her stance", () => {
    const cl = find("The council met despite Ann Vell's support of the levy.", "support");
    expect(cl?.kind).toBe("belief");
    expect(cl?.text).toBe("the levy");
  });
  it("reads 'her decision to run' as an intention", () => {
    expect(find("The council met after her decision to run for mayor.", "decision")?.text).toBe(
      "to run for mayor",
    );
  });
  it("takes no noun without a possessive source", () => {
    expect(find("The decision to close the road angered drivers.", "decision")).toBeUndefined();
  });
});

describe("a cue word after a possessive name is a noun", () => {
  it("makes no verb of 'support' in 'Ann Vell's support'", () => {
    const cs = claimsOf(`${lead}The council met despite Ann Vell's support of the levy.`);
    expect(cs.some((c) => c.speaker.mention.text.startsWith("The council"))).toBe(false);
  });
});

describe("a stance that names its object in the source's words ('rejected X as “Z”') is reported speech", () => {
  it("makes 'rejected the audit as “a cheap stunt,”' a mixed claim ending with the quote", () => {
    const cl = claimByCue(
      "Rosa Quint rejected the audit as “a cheap stunt,” and the board agreed.",
      "rejected",
    );
    expect(cl?.kind).toBe("mixed");
    expect(cl?.text).toBe("the audit as “a cheap stunt,”");
  });
  it("keeps a stance with a quoted name a belief ('supported the “Buy Local” plan')", () => {
    expect(claimByCue("Rosa Quint supported the “Buy Local” plan.", "supported")?.kind).toBe("belief");
  });
});
