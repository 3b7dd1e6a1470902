import { describe, expect, it } from "vitest";
import { claimsAfterLead } from "./helpers";

describe("a role noun before a name is its title", () => {
  it.each([
    ["Mira Dale", "Actress", "Actress Mira Dale said the film had been shot in nine days."],
    ["Tomas Vale", "Striker", "Striker Tomas Vale said the team deserved the win."],
    ["Ivo Brandt", "Goalkeeper", "Goalkeeper Ivo Brandt said he never saw the ball."],
    ["Lena Sorvik", "Architect", "Architect Lena Sorvik said the tower would use recycled steel."],
    ["Paolo Renn", "Chef", "Chef Paolo Renn told reporters that the menu would change weekly."],
    ["Sami Oduya", "Photographer", "Photographer Sami Oduya said the images were taken at dawn."],
    ["Kai Moreau", "Defender", "Defender Kai Moreau said the linesman had made a mistake."],
  ])("%s (%s)", (name, title, text) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
    expect(cs[0]!.speaker.title).toBe(title);
  });
});

describe("a far cue after a coordinated verb phrase", () => {
  it.each([
    [
      "The governor signed the bill, and afterwards told the press that it would save money.",
      "it would save money",
    ],
    ["The governor signed the bill, and afterward said it would save money.", "it would save money"],
    [
      "The council approved the budget, and in a statement said it would hire more staff.",
      "it would hire more staff",
    ],
    [
      "The governor signed the bill on Monday, and in a speech later said it would save money.",
      "it would save money",
    ],
  ])("the sentence's subject speaks: %s", (text, content) => {
    const c = claimsAfterLead(text).find((x) => x.kind === "indirect");
    expect(c?.text).toBe(content);
    expect(c?.speaker.mention.text).toMatch(/^The (?:governor|council)$/);
  });

  it.each([
    ["Felix Marr praised the team and went on to say the season had been a triumph.", "the team"],
    ["The governor signed the bill but went on to warn that it would cost money.", "the bill"],
  ])("the first verb's object ends before the second verb: %s", (text, object) => {
    const cs = claimsAfterLead(text);
    expect(cs.find((x) => x.kind === "belief")?.text).toBe(object);
    expect(cs.filter((x) => x.kind === "indirect")).toHaveLength(1);
  });
});

describe("a role noun the article gave a person in apposition", () => {
  it.each([
    [
      "Ines Parr",
      "Ines Parr, the harbourmaster, closed the port on Monday. The harbourmaster said the storm had damaged two piers.",
    ],
    [
      "Dana Kovic",
      "Dana Kovic, the referee, sent off two players. The referee said the tackles were dangerous.",
    ],
    [
      "Ines Parr",
      "Ines Parr, the lighthouse keeper, saw the wreck. The keeper said the ship had lost power.",
    ],
    [
      "Ines Parr",
      "Ines Parr, the ferrymaster, cancelled the crossing. The ferrymaster said the sea was too rough.",
    ],
    [
      "Olek Brand",
      "Olek Brand, the quartermaster, counted the crates. The quartermaster said half of them were empty.",
    ],
    [
      "Olek Brand",
      "The orchard's groundskeeper, Olek Brand, found the tracks. The groundskeeper said they belonged to a deer.",
    ],
  ])("the role is %s", (name, text) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind === "indirect");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });

  it("a place before a clause gives no one the role", () => {
    const cs = claimsAfterLead(
      "In North Lund, the harbourmaster of the port said the storm had damaged two piers.",
    );
    expect(cs[0]?.speaker.name).not.toBe("North Lund");
  });
});

describe("two sources named together are one speaker", () => {
  it.each([
    ["Janet Okoro and Felix Marr", "Janet Okoro and Felix Marr said the plan was sound."],
    [
      "Janet Okoro and Felix Marr",
      "Janet Okoro and Felix Marr, both of the Tarrow Institute, said the bridge would need new cables.",
    ],
    ["Janet Okoro and Felix Marr", "The proposal was flawed, said Janet Okoro and Felix Marr."],
    [
      "Janet Okoro and Felix Marr",
      "According to Janet Okoro and Felix Marr, the bridge would need new cables.",
    ],
    ["Janet Okoro and Felix Marr", "Janet Okoro and Felix Marr told reporters that the dam was safe."],
    ["the mayor and the police chief", "The mayor and the police chief said the curfew would end on Friday."],
    ["Procter and Gamble", "Procter and Gamble said its sales rose by four percent."],
    // two bodies keep the words between their names
    [
      "Harbor Authority and the Port Council",
      "The Harbor Authority and the Port Council said the ferry would resume in June.",
    ],
  ])("%s", (name, text) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind === "indirect");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });

  it("a later 'they' and the surnames together are the same pair", () => {
    const cs = claimsAfterLead(
      "Janet Okoro and Felix Marr said the plan was sound. They added that the costs would fall. Okoro and Marr said the work would start in June.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(Array(3).fill("Janet Okoro and Felix Marr"));
    expect(new Set(cs.map((c) => c.speaker.type))).toEqual(new Set(["person"]));
  });

  it("unnamed sources together stay unnamed", () => {
    const cs = claimsAfterLead("Two officials and a diplomat said the talks had stalled.");
    expect(cs[0]!.speaker.name).toBe("Two officials and a diplomat");
    expect(cs[0]!.speaker.anonymous).toBe(true);
  });

  it.each([
    [
      "Janet Okoro said the plan was sound, and Felix Marr said it was too costly.",
      ["Janet Okoro", "Felix Marr"],
    ],
    ["Janet Okoro and her husband said the house had flooded twice.", ["Janet Okoro's husband"]],
    [
      "The Department of Parks and Harbor Services said the rule would take effect in March.",
      ["Department of Parks and Harbor Services"],
    ],
    ["Lee met the governor and the mayor said the talks went well.", ["the mayor"]],
  ])("no pair: %s", (text, names) => {
    expect(claimsAfterLead(text).map((c) => c.speaker.name)).toEqual(names);
  });
});

describe("researchers reporting their findings", () => {
  it.each([
    [
      "Researchers at the University of Calder",
      "Researchers at the University of Calder followed 400 walkers for a year. They found that brisk walkers slept better.",
    ],
    [
      "Scientists at the Lund Institute",
      "Scientists at the Lund Institute tracked 90 ferrets. They found that the animals preferred cold water.",
    ],
    [
      "Researchers at the University of Calder",
      "Researchers at the University of Calder found that brisk walkers slept better.",
    ],
    [
      "Economists at the Tarrow Bank",
      "Economists at the Tarrow Bank surveyed 500 firms. They concluded that wages would rise.",
    ],
    [
      "Analysts at Brisk Capital",
      "Analysts at Brisk Capital reviewed the accounts. They said the firm was undervalued.",
    ],
  ])("%s: a claim of the unnamed group", (name, text) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind === "indirect");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
    expect(cs[0]!.speaker.anonymous).toBe(true);
  });

  it("an unnamed study's finding stays no claim", () => {
    const cs = claimsAfterLead("A study found that brisk walkers slept better.");
    expect(cs.map((c) => c.kind)).toEqual(["belief"]);
  });
});

describe("pairs and bodies: the words around them", () => {
  it.each([
    ["Ann Lee and Tom Ash", "Both Ann Lee and Tom Ash said the fees would rise."],
    ["the House and the Senate", "Both the House and the Senate said the plan was weak."],
    // a lower-case "the" opens a body's name as "The" does
    ["Department of Harbor Security", "The fees will rise, said the Department of Harbor Security."],
    // a role given with "a" is the holder's too
    [
      "Olek Brand",
      "Olek Brand, a beekeeper, lost his hives. The beekeeper said the frost had killed the bees.",
    ],
  ])("%s", (name, text) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind === "indirect");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });

  it("a report inside the phrases joins no pair", () => {
    const cs = claimsAfterLead(
      "The board dismissed the story, and both outside engineers and tenants of the Marsh block told Lundpost.info the Norse and Danish claims were untrue.",
    ).filter((c) => c.kind === "indirect");
    expect(cs.map((c) => c.text)).toEqual(["the Norse and Danish claims were untrue"]);
    expect(cs[0]!.speaker.name).toBe("outside engineers and tenants of the Marsh block");
  });
});
