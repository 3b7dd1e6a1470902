import { describe, expect, it } from "vitest";
import { claimsAfterLead, claimsOf } from "./helpers";

// Sentences written for the project: quote frames with no verb (a name and a colon), with a phrasal
// verb ('shot back'), and 'as X put it'.

const lead = "The vote is set for Friday, the clerk said.\n\n";

describe("a name and a colon before a quote", () => {
  it("a titled name with a party tag", () => {
    const cs = claimsAfterLead("Sen. Ruth Kell (D-Ore.): “I have not heard anyone cite that figure before.”");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.speaker.name).toBe("Ruth Kell");
  });
  it("two surnames, each before its own quote", () => {
    const cs = claimsAfterLead(
      'Ruth Kell and Omar Tate reject the plan.\n\nKell: "Our aim is to rebuild the pier." Tate: "The task is to raise it, not patch it."',
    );
    expect(cs.find((c) => c.text.includes("rebuild the pier"))?.speaker.name).toBe("Ruth Kell");
    expect(cs.find((c) => c.text.includes("raise it"))?.speaker.name).toBe("Omar Tate");
  });
  it("after a heading and a dash", () => {
    const c = claimsAfterLead(
      "PIER TALKS STALL - Ruth M. Kell: “The pier talks have stalled again this week.”",
    )[0];
    expect(c?.speaker.name).toBe("Ruth M. Kell");
  });
  it("not a label or heading: 'Photo:', 'Follow ... on Twitter:'", () => {
    const later = (s: string) => claimsAfterLead(`The pier opened in May.\n\n${s}`);
    expect(later("Photo: “The pier at dawn, before the storm came in.”")).toHaveLength(0);
    expect(later("Follow Ruth Kell on Twitter: “The pier at dawn, before the storm.”")).toHaveLength(0);
  });
});

describe("transcript lines", () => {
  it("a line with a report inside it is still the speaker's", () => {
    const text = `${lead}The host spoke first.\n\nRUTH KELL: Here is a mayor who said he would never raise the fares. He is now raising them.`;
    const cl = claimsOf(text).find((x) => x.text.startsWith("Here is a mayor"));
    expect(cl?.speaker.name).toBe("Ruth Kell");
  });
  it("a name in mixed case opening the line", () => {
    const text = `${lead}Ruth Kell and Omar Tate spoke on the panel.\n\nKell: Well, the pier is weak and everyone knows it.`;
    expect(claimsOf(text).find((x) => x.text.startsWith("Well, the pier"))?.speaker.name).toBe("Ruth Kell");
  });
  it("a heading in capitals is not a speaker", () => {
    const text = `${lead}The host spoke first.\n\nQUIET HARBOR: The port was built to handle the grain trade, and it did.`;
    expect(claimsOf(text).some((x) => /harbor/i.test(x.speaker.name))).toBe(false);
  });
});

describe("a phrasal speech verb frames a quote", () => {
  it.each([
    ["Dana Pell shot back, “I could have stayed home, but I chose to run.”", "I could have stayed home"],
    ["“I could have stayed home, but I chose to run,” Dana Pell fired back.", "I could have stayed home"],
    ["Dana Pell chimed in, “We all knew the old dam would fail one day.”", "We all knew"],
    ["Dana Pell summed it up: “The dam will fail unless we act now.”", "The dam will fail"],
    ["As Dana Pell put it, “The dam will fail unless we act now.”", "The dam will fail"],
    ["“The dam will fail unless we act now,” as Dana Pell put it.", "The dam will fail"],
  ])("%s", (text, quote) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.text.startsWith(quote)).toBe(true);
    expect(cs[0]!.speaker.name).toBe("Dana Pell");
  });
  it("and a 'that' clause", () => {
    const c = claimsAfterLead("Dana Pell shot back that the old dam would hold for years.")[0];
    expect(c?.text).toBe("the old dam would hold for years");
  });
  it("but not the phrase after it, nor the verb alone", () => {
    expect(claimsAfterLead("Local leaders fired back at the plan, including Dana Pell.")).toHaveLength(0);
    expect(claimsAfterLead("The guard shot the lock off the gate and walked in.")).toHaveLength(0);
  });
  it("'as X promised to ...' after a quote is no frame of it", () => {
    const cs = claimsAfterLead("He praised “the honest voice” as he promised to fix the old dam.");
    expect(cs.some((c) => c.kind === "direct" && c.speaker.mention.text === "he")).toBe(false);
  });
});

describe("a frame with its verb first", () => {
  it.each([
    ["Said Dana Pell, who grew up near the river, “Our whole street cheered for the town.”", "Dana Pell"],
    [
      "Dana Pell spoke last.\n\nContinued Pell: “So I think it is a very real problem for the town.”",
      "Dana Pell",
    ],
  ])("%s", (text, speaker) => {
    const c = claimsAfterLead(text).find((x) => x.kind === "direct");
    expect(c?.speaker.name).toBe(speaker);
  });
});

describe("a headline in the source-colon form", () => {
  const body = "\n\nThe vote is set for Friday, the clerk said, and the count will start at noon.";
  const head = (h: string) => claimsOf(h + body).find((c) => c.start < h.length);
  it("a poll or report as its source", () => {
    expect(head("Poll: Dove Leads Reyes by Four Points in River County")?.speaker.name).toMatch(/poll/i);
  });
  it("a page label and a dash before the source", () => {
    expect(head("EXCLUSIVE – Ruth Kell: Do Not Trust the Ballot Scanners")?.speaker.name).toBe("Ruth Kell");
  });
  it("a cue inside what was said does not stop it", () => {
    const c = head("Ruth Kell: I Am Sure River Voters Will Say No to the Dam");
    expect(c?.speaker.name).toBe("Ruth Kell");
    expect(c?.text.startsWith("I Am Sure")).toBe(true);
  });
  it("'The Latest:' is a label", () => {
    expect(head("The Latest: Dove Wins the River County Caucuses")?.speaker.name ?? "").not.toMatch(
      /latest/i,
    );
  });
});

describe("a quote right after the verb that opens a longer clause", () => {
  it.each([
    ["Dana Pell said “it makes me mad” every time she thinks about the old dam.", "every time she thinks"],
    ["Dana Pell says “the tide is turning our way” despite her loss in the county.", "despite her loss"],
  ])("%s", (text, tail) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("mixed");
    expect(cs[0]!.text).toContain(tail);
  });
  it("a quote ending its clause stays direct: 'said “I hope not” to reporters'", () => {
    const cs = claimsAfterLead("Dana Pell said “I hope not” to reporters on Monday.");
    expect(cs[0]?.kind).toBe("direct");
    expect(cs[0]?.text).toBe("I hope not");
  });
});

describe("an embedded post and its signature", () => {
  const sig = "— Dana Pell (@danapell) September 1, 2016";
  it("the post's text before the signature, in one block", () => {
    const text = `${lead}<post id="7">The dam vote is rigged and everyone in this county knows it. ${sig}</post>.`;
    const c = claimsOf(text).find((x) => x.text.startsWith("The dam vote"));
    expect(c?.speaker.name).toBe("Dana Pell");
    expect(c?.text).not.toContain("@danapell");
  });
  it("the block before a signature on its own line", () => {
    const text = `${lead}The dam vote is rigged and everyone in this county knows it.\n\n${sig}\n\nThe count starts at noon.`;
    const c = claimsOf(text).find((x) => x.text.startsWith("The dam vote"));
    expect(c?.speaker.name).toBe("Dana Pell");
  });
});

describe("a signature line under a quoted paragraph", () => {
  it("'-Dana Pell, Salem.' signs the quote above it", () => {
    const text = `${lead}"This talk of a corrupt mayor comes up at every meeting, and it has to end."\n\n-Dana Pell, Salem.\n\nThe count starts at noon.`;
    const cs = claimsOf(text).filter((x) => x.text.startsWith("This talk of"));
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Dana Pell");
  });
});

describe("a reported clause ends before a quote with a frame of its own", () => {
  it("after a dash: 'suggested A - “B,” she said - and left'", () => {
    const cs = claimsAfterLead(
      "Ann Dove suggested the plan was weak - “Again, we need the details,” she said - and left.",
    );
    expect(cs.find((c) => c.cue.text === "suggested")?.text).toBe("the plan was weak");
    expect(cs.find((c) => c.text.startsWith("Again"))?.kind).toBe("direct");
  });
  it("with the adverbial clause before the frame", () => {
    const cs = claimsAfterLead(
      "Ann Dove said the plan was weak, and when asked whether she would vote for it, she said, “I hope not.”",
    );
    expect(cs.find((c) => c.cue.text === "said" && !c.text.includes("hope"))?.text).toBe("the plan was weak");
  });
  it("not a relative frame: 'what she calls “...”' stays in the clause", () => {
    const cs = claimsAfterLead("Ann Dove said the town wants more of what she calls “plain answers.”");
    expect(cs[0]?.text).toContain("what she calls");
  });
});

describe("a verb of the manner of speaking frames a quote only", () => {
  it.each([
    ["“It is a joke,” Dana Pell scoffed.", "It is a joke,"],
    ["Dana Pell snapped, “Go back to your county.”", "Go back to your county."],
    ["“This is fantastic!” beamed Dana Pell, who drove in from Salem.", "This is fantastic!"],
    // reading a letter or a statement aloud
    [
      "“Our ferry is small but it is not empty,” Dana Pell read from the letter.",
      "Our ferry is small but it is not empty,",
    ],
  ])("%s", (text, quote) => {
    const cs = claimsAfterLead(text);
    expect(cs.map((c) => [c.text, c.speaker.name])).toEqual([[quote, "Dana Pell"]]);
  });
  it("no phrase after it, no noun of the same form", () => {
    expect(claimsAfterLead("The crowd laughed at the joke and left.")).toHaveLength(0);
    expect(claimsAfterLead("Dana Pell read the letter aloud to the crowd.")).toHaveLength(0);
    expect(claimsAfterLead("One of the reasons the mayor objected may be the cost of the dam.")).toHaveLength(
      0,
    );
  });
});

describe("a programme's title as the object of 'told'", () => {
  it("the clause after 'that' is what was said", () => {
    const cs = claimsAfterLead("Dana Pell told ''Salem Today'' that the plan would fail.");
    expect(cs.map((c) => c.text)).toEqual(["the plan would fail"]);
  });
});
