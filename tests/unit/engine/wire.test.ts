import { describe, expect, it } from "vitest";
import { claimsAfterLead } from "./helpers";

// Constructions of wire and newspaper copy: Washington politics, markets, translated stories, tabloids,
// press conferences, court rulings and breaking news (invented names, places and bodies).

describe("a party and state before a relative clause is an appositive, not the speaker", () => {
  it.each([
    ["Ana Ruiz", "Sen. Ana Ruiz, D-Calif., who leads the group, said the bill was dead."],
    ["Tom Bale", "Rep. Tom Bale, R-Ohio, who chairs the panel, told reporters the vote would slip."],
  ])("%s", (name, text) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("'the note said' is the unnamed source's that issued the note", () => {
  it.each([
    [
      "In a note to clients, analysts at Morrow Capital said they expected the rand to slip. “We see two more cuts,” the note said.",
      "analysts at Morrow Capital",
    ],
    [
      "A spokesman said in a short statement the plant would close. “We regret the decision,” the statement said.",
      "a spokesman",
    ],
  ])("%s", (text, name) => {
    const q = claimsAfterLead(text).find((c) => c.kind === "direct");
    expect(q!.speaker.name).toBe(name);
    expect(q!.speaker.anonymous).toBe(true);
  });
});

describe("a given name alone stands for the one full name it opens", () => {
  it.each([
    [
      "The singer Marisa Quell starred in the film. Marisa posted a video last night. “I’m not fine,” she said.",
      "Marisa Quell",
    ],
    ["Tomas Brevik scored twice on Sunday. “It was a good day,” Tomas said.", "Tomas Brevik"],
    ["Tomas Brevik and Tomas Olund both scored. “It was a good day,” Tomas said.", "Tomas"],
  ])("%s", (text, name) => {
    const q = claimsAfterLead(text).find((c) => c.kind === "direct");
    expect(q!.speaker.name).toBe(name);
  });
});

describe("a fronted past participle's phrase is no subject, nor part of a gesture sentence's length", () => {
  it.each([
    "Pressed on the decision to cancel the second match at the end of the season, Lena Holt paused. “You saw it. I saw it.”",
    "Questioned about the choice of a new stadium in the north of the city, Lena Holt shook her head. “We will see.”",
    "Pressed on the referee's decision to rule out a late goal in extra time, Lena Holt declined to comment on the official. “You saw it.”",
  ])("%s", (text) => {
    const q = claimsAfterLead(text).find((c) => c.kind === "direct");
    expect(q!.speaker.name).toBe("Lena Holt");
  });
});

describe("after 'X asked Y', the pronoun that answers is Y's", () => {
  it.each([
    [
      "Coach Jon Ferraby won the cup. “Is this your best day?” a reporter asked Ferraby.\n\n“Ask me tomorrow,” he replied.",
      "Jon Ferraby",
    ],
    ["A reporter asked Mayor Ruth Okafor about the fee. “It is too high,” she said.", "Ruth Okafor"],
    // (a pronoun of the other gender stays with the asker)
    ["Tom Ward asked Ann Lee about the fee. “It is too high,” he said.", "Tom Ward"],
  ])("%s", (text, name) => {
    const q = claimsAfterLead(text)
      .filter((c) => c.kind === "direct")
      .at(-1);
    expect(q!.speaker.name).toBe(name);
  });
});

describe("a court's ruling with its tally, and its name ending 'Court of Appeal'", () => {
  it.each([
    [
      "The Third District Court of Appeal ruled 2-1 on Tuesday that the fees were lawful.",
      "Third District Court of Appeal",
    ],
    ["The Marlow Court ruled that the fees were lawful.", "Marlow Court"],
  ])("%s", (text, name) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.text).toBe("the fees were lawful");
    expect(cs[0]!.speaker.name).toBe(name);
  });
  it.each(["The senator ruled out a run for governor.", "The judge ruled in favor of the city."])(
    "no claim: %s",
    (text) => {
      expect(claimsAfterLead(text).filter((c) => c.kind !== "belief")).toHaveLength(0);
    },
  );
});

describe("a fronted participle's place or client is not what was said", () => {
  it.each([
    "Writing for the majority, Judge Ada Reyes said the board had acted within its powers.",
    "Testifying before the panel, Ada Reyes said the board had acted within its powers.",
  ])("%s", (text) => {
    const cs = claimsAfterLead(text);
    expect(cs.map((c) => c.text)).toEqual(["the board had acted within its powers"]);
  });
});

describe("'declared a state of emergency' is an act, not a statement", () => {
  it.each([
    "The governor has declared a state of emergency in three counties.",
    "The mayor declared a curfew on Monday night.",
  ])("%s", (text) => {
    expect(claimsAfterLead(text)).toHaveLength(0);
  });
  it("a declared clause still reports", () => {
    expect(claimsAfterLead("The mayor declared that the bridge was unsafe.")).toHaveLength(1);
  });
});

describe("a clock time's 'p.m.' ends its sentence before a capital, but not before a zone or a day", () => {
  it("a new sentence after 'p.m.'", () => {
    const cs = claimsAfterLead(
      "The notice gave the opening time as 2 p.m. Park officials said the gates would open at 3 p.m.",
    );
    const c = cs.find((x) => x.text.startsWith("the gates"));
    expect(c!.speaker.name).toBe("Park officials");
  });
  it.each([
    "The mayor said the meeting would start at 5 p.m. Eastern on Friday.",
    "Police said the road closed at 9 a.m. Tuesday and would reopen soon.",
  ])("%s", (text) => {
    expect(claimsAfterLead(text)).toHaveLength(1);
  });
});

describe("after 'X asked Y', a pronoun that asks again is still X's", () => {
  it("He asked ... again", () => {
    const text =
      "Counsel Tom Ward asked Ann Lee about the fund. He asked Lee whether the board had known, but her lawyer said the question was out of bounds.";
    const q = claimsAfterLead(text).find((c) => c.text.startsWith("whether"));
    expect(q!.speaker.name).toBe("Tom Ward");
  });
});

describe("'ruled' with a phrase or a particle, not a clause, reports nothing", () => {
  it.each([
    "A state appeals court ruled Friday against the county's rules for clearing voters from its rolls, a blow to the clerk.",
    "But the regulators have firmly ruled that out.",
  ])("%s", (text) => {
    expect(claimsAfterLead(text).filter((c) => c.kind !== "belief")).toHaveLength(0);
  });
});

describe("tabloid and local-news speakers", () => {
  it.each([
    [
      "Pop star Jade Marlow has split from her boyfriend. Jade told pals: ‘I’m better off alone.’",
      "Jade Marlow",
      "I’m better off alone.",
    ],
    [
      "A rep for the singer said: ‘We don’t comment on private matters.’",
      "a rep for the singer",
      "We don’t comment on private matters.",
    ],
    ["Witness Ama Lund, who was walking her dog, said she saw flames.", "Ama Lund", "she saw flames"],
    ["Neighbour Tom Reed said the smoke was thick.", "Tom Reed", "the smoke was thick"],
  ])("%s", (text, name, said) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind !== "belief");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.text).toBe(said);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("'in a research note that ...' names the medium: 'a research' is no subject", () => {
  it.each([
    "Morrow Capital said in a research note that it expected two more cuts.",
    "The bank wrote in a client note that rates would fall.",
    "Analysts at the bank said in their weekly note that rates would fall.",
  ])("%s", (text) => {
    expect(claimsAfterLead(text)).toHaveLength(1);
  });
  it("a verb after 'in the region' stays one", () => {
    const cs = claimsAfterLead("Doctors in the region report that shifts are long.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Doctors in the region"]);
  });
});
