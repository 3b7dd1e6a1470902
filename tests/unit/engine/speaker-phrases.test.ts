import { describe, expect, it } from "vitest";
import { claimsAfterLead } from "./helpers";

describe("a role noun before a name is its title", () => {
  it.each([
    ["Mira Dale", "Actress", "Actress Mira Dale said the film had been shot in nine days."],
    ["Tomas Vale", "Striker", "Striker Tomas Vale said the team deserved the win."],
    ["Ivo Brandt", "Goalkeeper", "Goalkeeper Ivo Brandt said he had not seen the ball."],
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
