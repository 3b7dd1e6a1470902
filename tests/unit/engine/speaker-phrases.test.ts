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
