import { describe, expect, it } from "vitest";
import { claimsAfterLead } from "./helpers";

// Constructions from obituaries, match reports, police stories, social-media rows and interviews,
// in the project's own sentences (invented names and places).
describe("civic genres: speakers", () => {
  const cases: Array<{ name: string; text: string; content: string; speaker: string; anonymous?: boolean }> =
    [
      {
        name: "a name after its title words opens the sentence: the next 'she' is hers",
        text: "Harlow captain Orrin Tesk said the pitch had been heavy. Kestrel head coach Marit Sallow was less impressed. She said her side had been denied a penalty.",
        content: "her side had been denied a penalty",
        speaker: "Marit Sallow",
      },
      {
        name: "a given name known as a man's: a 'she' in his reported clause does not make him a woman",
        text: "Gerald Pennick said she had always argued fairly. “I lost more appeals to her than I can count,” he said.",
        content: "I lost more appeals to her than I can count,",
        speaker: "Gerald Pennick",
      },
      {
        name: "a shop assistant as an unnamed source",
        text: "A shop assistant told the broadcaster that bread had sold out by noon.",
        content: "bread had sold out by noon",
        speaker: "a shop assistant",
        anonymous: true,
      },
      {
        name: "a family after its clause",
        text: "The cyclist was taken to hospital with a broken arm, the family said.",
        content: "The cyclist was taken to hospital with a broken arm",
        speaker: "the family",
        anonymous: true,
      },
    ];
  for (const c of cases)
    it(c.name, () => {
      const cl = claimsAfterLead(c.text).find((x) => x.text === c.content);
      expect(cl?.speaker.name.toLowerCase()).toBe(c.speaker.toLowerCase());
      if (c.anonymous) expect(cl?.speaker.anonymous).toBe(true);
    });
});

describe("civic genres: no claims", () => {
  it("'declined to comment on reports that ...' is a refusal, the reports are no claim of the refuser", () => {
    const cs = claimsAfterLead(
      "A club spokesman declined to comment on reports that the manager had resigned.",
    );
    expect(cs.map((c) => c.kind)).toEqual(["refusal"]);
  });
  it("'laughed at claims that ...' reports no claim of the one laughing", () => {
    expect(claimsAfterLead("The minister laughed at claims that the ferry deal had collapsed.")).toEqual([]);
  });
  it("'posted the clip on Instagram' names a post, not what it said", () => {
    expect(claimsAfterLead("Vera Lund, 27, posted the clip on Instagram on Sunday.")).toEqual([]);
  });
  it("'posted on Instagram that ...' still reports", () => {
    const cs = claimsAfterLead("Vera Lund posted on Instagram that she had been wrong.");
    expect(cs.map((c) => c.text)).toEqual(["she had been wrong"]);
  });
});
