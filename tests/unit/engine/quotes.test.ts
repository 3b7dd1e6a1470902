import { describe, expect, it } from "vitest";
import { claimByCue, claimsAfterLead, claimWith, spoken } from "./helpers";

// Sentences written for the project: every shape of quotation and its frame.
const cases: Array<{ name: string; text: string; quote: string; speaker: string; kind?: string }> = [
  {
    name: "curly quote, speaker after",
    text: "“The bridge will open in May,” Maria Lopez said.",
    quote: "The bridge will open in May,",
    speaker: "Maria Lopez",
  },
  {
    name: "straight quote, inverted frame",
    text: '"We have no money left for the pool," said Tom Becker, the town treasurer.',
    quote: "We have no money left for the pool,",
    speaker: "Tom Becker",
  },
  {
    name: "frame before with a colon",
    text: "Ana Silva put it simply to the council: “Nobody reads the minutes.”",
    quote: "Nobody reads the minutes.",
    speaker: "Ana Silva",
  },
  {
    name: "frame before: told reporters",
    text: "Victor Hale told reporters, “The report is late because the data is late.”",
    quote: "The report is late because the data is late.",
    speaker: "Victor Hale",
  },
  {
    name: "doubled apostrophes as double marks (wire style)",
    text: "''We will rebuild the pier by June,'' said Nora Blake, the harbor master.",
    quote: "We will rebuild the pier by June,",
    speaker: "Nora Blake",
  },
  {
    name: "single curly quotes (British style)",
    text: "‘The trains will run on time this winter,’ said Nora Blake, the rail minister.",
    quote: "The trains will run on time this winter,",
    speaker: "Nora Blake",
  },
  {
    name: "surname resolves to the full name",
    text: "Jon Pratt runs the county library.\n\n“Books are not going away,” Pratt said.",
    quote: "Books are not going away,",
    speaker: "Jon Pratt",
  },
  {
    name: "pronoun resolves to the last named person",
    text: "Aaron Field, a historian at the city museum, disagreed.\n\n“You cannot rebuild the old harbor. All you can do is keep what is left,” he said.",
    quote: "All you can do is keep what is left",
    speaker: "Aaron Field",
  },
  {
    name: "she resolves past a man to a woman",
    text: "Laura Kent met Peter Olsen on Monday. “The deal is done and we are glad,” she said.",
    quote: "The deal is done and we are glad,",
    speaker: "Laura Kent",
  },
  {
    name: "frame followed by a participle aside",
    text: "Ruth Amos runs the campaign office.\n\n“It gets easier every week to train the volunteers,” she said, crediting the new sign-up app.",
    quote: "It gets easier every week to train the volunteers,",
    speaker: "Ruth Amos",
  },
  {
    name: "frame followed by an appositive remark",
    text: "''I am not a born campaigner, in case nobody noticed,'' Mrs. Ruth Amos said at the forum with Mr. Dale, a candid admission.",
    quote: "I am not a born campaigner, in case nobody noticed,",
    speaker: "Ruth Amos",
  },
  {
    name: "quote with a nested quotation",
    text: "“My father used to say ‘never sell the farm,’ and I never did,” said Helen Dorr.",
    quote: "never sell the farm",
    speaker: "Helen Dorr",
  },
];

describe("quotes", () => {
  it.each(cases)("$name", ({ text, quote, speaker, kind }) => {
    const c = claimWith(text, quote);
    expect(c, `no claim with ${quote}`).toBeDefined();
    expect(c!.speaker.name).toBe(speaker);
    expect(c!.kind).toBe(kind ?? "direct");
  });

  it("keeps a double quote nested in a single one (British style) inside it", () => {
    const cs = spoken("'I told the harbour master, \"Not this week,\" and he agreed,' said Maud Penrose.");
    expect(cs.map((c) => [c.text, c.speaker.name])).toEqual([
      ['I told the harbour master, "Not this week," and he agreed,', "Maud Penrose"],
    ]);
  });

  it("joins a quote broken by its frame within one sentence", () => {
    const text = "“I think,” Maria Lopez said, “that the plan is too expensive for a town this size.”";
    const cs = spoken(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.parts).toHaveLength(2);
    expect(cs[0]!.speaker.name).toBe("Maria Lopez");
  });

  it("gives a second quote after the frame the same speaker", () => {
    const text =
      "“The roof leaks,” Tom Becker said. “Nobody has fixed it in ten years and the rain is getting worse.”";
    const cs = spoken(text);
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker.name)).toEqual(["Tom Becker", "Tom Becker"]);
  });

  it("keeps a quote running over paragraphs as one claim", () => {
    const text =
      "Ana Silva described the night of the storm.\n\n“The water came up to the second step, then the third.\n\n“By morning the whole street was a river, and we had lost the car,” she said.";
    const cs = spoken(text);
    const q = cs.find((c) => c.text.includes("second step"));
    expect(q).toBeDefined();
    expect(q!.text).toContain("lost the car");
    expect(q!.parts?.length).toBe(2);
    expect(q!.speaker.name).toBe("Ana Silva");
  });

  it("gives a quote-only paragraph the speaker of the paragraph before", () => {
    const text =
      "Victor Hale said the council would vote next week.\n\n“We have waited long enough for this and the people want an answer.”";
    const cs = spoken(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker.name).toBe("Victor Hale");
  });
});

describe("two people of one surname", () => {
  it("the bare surname stays with the one it named first", () => {
    const text =
      "Vera Halloran keeps bees above the harbour. “The hives came through the frost,” Halloran said.\n\nHer brother, Hugo Halloran, sells the honey. “People queue for it,” he said.\n\n“We could sell twice as much,” Halloran said, pointing at the empty shelves.";
    const cs = spoken(text);
    expect(cs.find((c) => c.text.startsWith("People queue"))?.speaker.name).toBe("Hugo Halloran");
    expect(cs.find((c) => c.text.startsWith("We could sell"))?.speaker.name).toBe("Vera Halloran");
  });
  it("a relative introduced as one leaves the surname to the person before", () => {
    const text =
      "Ivo Brannick, who ran the ferry for forty years, has retired. His daughter, Petra Brannick, confirmed the news.\n\nBrannick started as a deckhand. He once told a reporter that the tides were his only boss.\n\n“The river decides,” he said.";
    const cs = spoken(text);
    expect(cs.find((c) => c.text.startsWith("the tides"))?.speaker.name).toBe("Ivo Brannick");
    expect(cs.find((c) => c.text.startsWith("The river"))?.speaker.name).toBe("Ivo Brannick");
  });
});

describe("a short sentence of a person's gesture before a quote", () => {
  it("hands the quote to that person, he or she", () => {
    const text =
      "Joanna Quist and Simon Brandt run the bakery together.\n\n“We bake at four,” Brandt said.\n\nShe shook her head. “He bakes at five and tells everyone it is four.”\n\nQuist paused. “The bread is good, though.”";
    const cs = spoken(text);
    expect(cs.find((c) => c.text.startsWith("He bakes"))?.speaker.name).toBe("Joanna Quist");
    expect(cs.find((c) => c.text.startsWith("The bread"))?.speaker.name).toBe("Joanna Quist");
  });
  it("after another's claim, a gesture sentence of its own hands the next quote over", () => {
    const text =
      "Joanna Quist and Simon Brandt met at the pier. “The ferry stays,” she said. He shook his head. “Not at this price.”";
    const cs = spoken(text);
    expect(cs.find((c) => c.text.startsWith("The ferry"))?.speaker.name).toBe("Joanna Quist");
    expect(cs.find((c) => c.text.startsWith("Not at this"))?.speaker.name).toBe("Simon Brandt");
  });
  it("a story's opening quote is the person the next sentence names", () => {
    const text =
      "Weavers of Dunmore\n\n“I learned on my mother's loom.” Ilse Varga still keeps that loom in her shop on Pell Street, though it has not been used for years.";
    expect(spoken(text).find((c) => c.text.startsWith("I learned"))?.speaker.name).toBe("Ilse Varga");
  });
  it("not a body's action", () => {
    const text =
      "The harbour board voted to close the pier.\n\nThe board met on Friday. “A sad day for the whole town.”";
    expect(spoken(text).some((c) => c.text.startsWith("A sad day"))).toBe(false);
  });
});

describe("scare quotes and titles are not claims", () => {
  it.each([
    "The mayor's so-called “green plan” was dropped in March.",
    "She starred in “The Long Road Home” before moving to the stage.",
    "The so-called “reform” was dropped after a year.",
  ])("%s", (text) => {
    expect(spoken(text)).toEqual([]);
  });
});

describe("a title in quotes beside a speech verb", () => {
  it.each([
    "Rosa Lind, who starred in “Salt and Iron” before moving to the stage, said the film ran too long.",
    "Rosa Lind, who wrote the memoir “A House on Pike Street” before moving to the stage, said the film ran too long.",
    "Rosa Lind, who wrote “A House on Pike Street,” said the film ran too long.",
  ])("only the report of the main clause: %s", (text) => {
    const cs = claimsAfterLead(text);
    expect(cs.map((c) => [c.text, c.speaker.name])).toEqual([["the film ran too long", "Rosa Lind"]]);
  });
  it("a relative clause ends at the comma inside its quote's closing mark", () => {
    const cs = claimsAfterLead(
      "Rosa Lind, who told the board the pier was “a sinking ship,” said the vote should wait.",
    );
    expect(cs.map((c) => c.text)).toEqual(["the pier was “a sinking ship,”", "the vote should wait"]);
    expect(cs.every((c) => c.speaker.name === "Rosa Lind")).toBe(true);
  });
  it("writing a work named by its title is no claim", () => {
    expect(claimsAfterLead("Rosa Lind wrote the memoir “A House on Pike Street” in 2019.")).toEqual([]);
  });
  it("a quote in a title-case headline is still speech", () => {
    expect(spoken("Board Tells Mayor Pier Plan Is ‘A Waste Of Money,’ Reports Say")).toHaveLength(1);
  });
});

describe("a quote's frame and its speaker", () => {
  it("a frame reported by an outlet keeps the quote's speaker ('..., he said, according to the Ledger')", () => {
    const cs = claimsAfterLead(
      "Mayor Tom Reed spoke at the harbor on Monday. “We will build the bridge before the winter,” he said, according to the Oxford Ledger.",
    );
    const q = cs.find((c) => c.kind === "direct" && c.text.startsWith("We will build"));
    expect(q?.speaker.name).toBe("Tom Reed");
    // the outlet still reports the words with their frame
    expect(cs.find((c) => c.cue.text === "according to")?.speaker.name).toBe("Oxford Ledger");
  });

  it("a quote framed before and after by one source is one direct claim", () => {
    for (const text of [
      "Ann Dove declared: “We will build the bridge before the snow comes,” she said.",
      "The mayor, Ann Dove, told the council: “We will build the bridge before the snow comes,” Dove said.",
    ]) {
      const cs = claimsAfterLead(text).filter((c) => c.kind !== "belief");
      expect(cs, text).toHaveLength(1);
      expect(cs[0]!.kind).toBe("direct");
      expect(cs[0]!.text).toBe("We will build the bridge before the snow comes,");
      expect(cs[0]!.speaker.name).toBe("Ann Dove");
    }
  });

  it("a quote after a colon that has its own frame after it is that frame's claim", () => {
    const cs = claimsAfterLead(
      "Dora Kemp seemed annoyed: “It is a public notice! Just post it,” she wrote.\n\nPiet Alder defended the ferry timetable in a letter to the board: “Nobody misses a boat that leaves on time,” the captain wrote.",
    );
    expect(cs.map((c) => [c.kind, c.text])).toContainEqual([
      "direct",
      "It is a public notice! Just post it,",
    ]);
    const d = cs.find((c) => c.text.startsWith("Nobody misses"));
    expect(d?.kind).toBe("direct");
    expect(d?.text).toBe("Nobody misses a boat that leaves on time,");
  });

  it("a question closed by its mark takes 'X said of ... in ..., when ...' as its frame", () => {
    const cs = claimsAfterLead(
      "“I love the ferry,” Ann Lee said in May after Harbourline cut two routes.\n\n“Who asked them to run the town?” Tom Reyes said of Harbourline in June, when the company raised its fares.",
    );
    expect(cs.find((c) => c.text.startsWith("Who asked them"))?.speaker.name).toBe("Tom Reyes");
  });

  it.each([
    "“They are open to new ideas,” Ann Lee, the director of ferry planning, said.",
    "“They are open to new ideas,” Ann Lee, Harbourline’s director of ferries, said of the board.",
  ])("a frame whose subject has a long appositive: %s", (text) => {
    const cs = claimsAfterLead(`Mara Holt spoke first.\n\n${text}`);
    expect(cs.find((c) => c.text.startsWith("They are open"))?.speaker.name).toBe("Ann Lee");
  });

  it("a quote framed before by its speaker and after by an outlet keeps its speaker", () => {
    const cs = claimsAfterLead(
      "Ann Dove said: “There will be no exceptions for the ferry,” the Oxford Ledger reported.",
    );
    expect(cs.find((c) => c.text.startsWith("There will be"))?.speaker.name).toBe("Ann Dove");
  });

  it("a quote closed by its own stop takes a long frame of a subject and appositive", () => {
    const cases: Array<[string, string]> = [
      ["“Why not?” Ann Dove, the mayor of a small river town, asked the council.", "Why not?"],
      [
        "“We are ready for the flood.” Ann Dove, the mayor of a small river town, told the council.",
        "We are ready",
      ],
    ];
    for (const [text, quote] of cases) {
      const q = claimsAfterLead(text).find((c) => c.text.startsWith(quote));
      expect(q?.speaker.name, text).toBe("Ann Dove");
    }
  });

  it.each([
    [
      "Tom Reed runs the bakery on Main Street. “We will stay open all winter,” the 46-year-old said.",
      "Tom Reed",
    ],
    [
      "“We will stay open all winter,” the organizer of a small rally said.",
      "the organizer of a small rally",
    ],
    ["“We will stay open all winter,” Tom Reed, now 79 and living in Dover, Del., said.", "Tom Reed"],
    // a party and state tag in parentheses, its abbreviation's period before the closing mark
    ["“We will stay open all winter,” Tom Reed (D-Del.) said.", "Tom Reed"],
    ["“We will stay open all winter,” Sen. Tom Reed (R-Ore.) told reporters.", "Tom Reed"],
    [
      "“We will stay open all winter,” Ann Dove, 67, a retired bus driver in Salem, Pa., said in a phone interview.",
      "Ann Dove",
    ],
    [
      "Tom Reed says he is ready after a woman in Salem, Massachusetts, told him the shop should stay open all winter.",
      "a woman in Salem",
    ],
  ])("a source the phrase grammar reads before its verb: %s", (text, speaker) => {
    const c = claimsAfterLead(text).find(
      (x) => x.text.includes("open all winter") && !x.text.includes("told"),
    );
    expect(c?.speaker.name).toBe(speaker);
  });

  it("a date after the frame's verb is no content of it ('said Dec. 6 on a radio show')", () => {
    const cs = claimsAfterLead(
      "“We need a new bridge and we need it soon,” Ann Dove said Dec. 6 on a morning radio show. On Dec. 7, Tom Reed said the bridge could wait.",
    );
    expect(cs.find((c) => c.text.startsWith("We need"))?.speaker.name).toBe("Ann Dove");
    expect(cs.some((c) => c.text.startsWith("Dec."))).toBe(false);
  });

  it("a participle after 'said' is an aside of the frame ('said replying to a caller on the radio')", () => {
    const cs = claimsAfterLead(
      "Ann Dove spoke first.\n\n“Someone put this to me last spring, and I said the word carries legal weight,” Tom Reed said replying to a caller on a Salem radio show.",
    );
    expect(cs.find((c) => c.text.startsWith("Someone put this"))?.speaker.name).toBe("Tom Reed");
  });

  it.each([
    "“I cannot believe how calm it has been up here,” Tom Reed said 20 minutes into the hearing.",
    "“It reminds us how much this vote matters,” Tom Reed said Friday evening at the county forum, which was held in the gym.",
    "“It is theft, plain theft,” Tom Reed, the chief aide of the mayor, said just before dawn on a local radio station.",
  ])("a time after the frame's verb is no clause of it: %s", (text) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.speaker.name).toBe("Tom Reed");
  });

  it("an indefinite object of 'told' before a time keeps the quote's frame", () => {
    const cs = claimsAfterLead(
      "“That is a fair worry, because they are very loyal,” Ann Dove, 69, told a radio station Monday when asked about the vote.",
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.speaker.name).toBe("Ann Dove");
  });

  it("a subject pronoun after the place of 'told' opens the reported clause", () => {
    const c = claimByCue(
      "Ann Dove told a small gathering in Salem she will protect the bridge while her rival wants to tear it down.",
      "told",
    );
    expect(c?.text.startsWith("she will protect the bridge")).toBe(true);
  });
});

describe("a quote of a word or two that is a sentence of its own, after a framed quote", () => {
  it.each([
    ["“The hill saved the orchard,” Tom Rue said. “This time.”", "This time.", "Tom Rue"],
    ["“We will rebuild the pier,” said Ana Brill. “Promise.”", "Promise.", "Ana Brill"],
  ])("%s", (text, quote, speaker) => {
    const cl = claimsAfterLead(text).find((c) => c.text === quote);
    expect(cl?.kind).toBe("direct");
    expect(cl?.speaker.name).toBe(speaker);
  });

  it.each([
    // mid-sentence, no capital, no stop of its own: a scare quote
    "“We will rebuild the pier,” said Ana Brill, who called the delay “a shame” afterwards.",
    // no quote claimed just before it
    "The ferry left at dawn. “Finally.”",
  ])("not in: %s", (text) => {
    expect(claimsAfterLead(text).filter((c) => /^(?:Finally\.|a shame)$/.test(c.text))).toEqual([]);
  });
});

describe("present-tense verbs of the manner of speaking, as features use them", () => {
  it.each(["grumbles", "frets", "marvels", "muses"])("'A rival baker %s that ...'", (verb) => {
    const cl = claimsAfterLead(
      `A rival baker, who asked not to be named, ${verb} that her prices are too high.`,
    )[0];
    expect(cl?.text).toBe("her prices are too high");
    expect(cl?.speaker.anonymous).toBe(true);
  });
  it.each(["shrugs", "sighs", "chuckles", "laughs"])("'“...,” she %s.'", (verb) => {
    const cl = claimsAfterLead(`“Bigger means worse,” Lucia Ferro ${verb}.`)[0];
    expect(cl?.text).toBe("Bigger means worse,");
    expect(cl?.speaker.name).toBe("Lucia Ferro");
  });
  it("'drew laughs from the stands' is no frame", () => {
    expect(claimsAfterLead("The clown drew laughs from the stands.")).toEqual([]);
  });
});
