import { describe, expect, it } from "vitest";
import { claimsAfterLead, claimsOf, spoken } from "./helpers";

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
        name: "a given name of unknown gender: a 'she' opening his reported clause teaches him none",
        text: "Tobin Marsh said she had always argued fairly. “I lost more appeals to her than I can count,” he said.",
        content: "I lost more appeals to her than I can count,",
        speaker: "Tobin Marsh",
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
  it("a comma inside a quoted chant ends no phrase after the verb: no claim opens mid-quote", () => {
    const cs = claimsAfterLead(
      "The crowd answered with ‘We are the Mill, we are on our way’ until the whistle.",
    );
    expect(cs.filter((c) => c.text.startsWith("we are on our way"))).toEqual([]);
  });
  it("'posted the clip on Instagram' names a post, not what it said", () => {
    expect(claimsAfterLead("Vera Lund, 27, posted the clip on Instagram on Sunday.")).toEqual([]);
  });
  it("'posted on X accusing ...' reports the poster's accusation", () => {
    const cs = claimsAfterLead("Vera Lund posted on X accusing the label of bullying her.");
    expect(cs.map((c) => [c.text, c.speaker.name])).toEqual([
      ["accusing the label of bullying her", "Vera Lund"],
    ]);
  });
  it("'posted on Instagram that ...' still reports", () => {
    const cs = claimsAfterLead("Vera Lund posted on Instagram that she had been wrong.");
    expect(cs.map((c) => c.text)).toEqual(["she had been wrong"]);
  });
});

describe("civic genres: interviews without Q and A labels", () => {
  const interview = [
    "Nadia Ferrow has kept the lighthouse at Skelling Point for twenty years. She spoke to us on the gallery. The conversation has been edited.",
    "How did you start?",
    "By accident. I answered an advert in the paper and nobody else applied.",
    "Do you get lonely?",
    "Never. I have the radio, the gulls and far too many visitors in August.",
    "What will you do when it is automated?",
    "Grow potatoes, I expect. My garden has waited long enough.",
    "The harbour board said the light would be automated next spring.",
  ].join("\n\n");
  it("the answers are the interviewee's words", () => {
    const cs = spoken(interview);
    expect(cs.filter((c) => c.speaker.name === "Nadia Ferrow").map((c) => c.text.slice(0, 12))).toEqual([
      "By accident.",
      "Never. I hav",
      "Grow potatoe",
    ]);
    expect(cs.some((c) => c.text.startsWith("the light would be automated"))).toBe(true);
  });
  it("an explainer's questions, answered in the author's voice, make no interview", () => {
    const explainer = [
      "Why are bus fares rising in Corrow?",
      "Fares will rise by a tenth in May, the transit board said.",
      "What is behind the rise?",
      "Fuel and wages cost more than they did two years ago.",
      "Who pays most?",
      "Riders in the outer suburbs, who take the longest trips.",
      "Will fares fall again?",
      "Not soon, most forecasters expect.",
    ].join("\n\n");
    expect(claimsOf(explainer).filter((c) => c.kind === "direct")).toEqual([]);
  });
});
