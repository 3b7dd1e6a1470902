// The stretch between a subject and its reporting verb: inserts after the subject (appositives,
// "as well as" phrases, relative clauses) and chains of auxiliaries, adverbs and negation.
import { describe, expect, it } from "vitest";
import { claimsAfterLead } from "./helpers";

const cases: Array<{ name: string; text: string; content: string; speaker: string; kind?: string }> = [
  {
    name: "an insert the appositive grammar does not know, then an auxiliary",
    text: "Ray Tillman, now a paid radio host, has denied that he knew about the leak.",
    content: "he knew about the leak",
    speaker: "Ray Tillman",
  },
  {
    name: "'as well as' phrase, then auxiliary and adverb",
    text: "The city, as well as its lawyers, has always maintained that the bridge was safe.",
    content: "the bridge was safe",
    speaker: "the city",
  },
  {
    name: "'along with' phrase, then auxiliary",
    text: "Ray Tillman, along with several other mayors, has argued that the tax is unfair.",
    content: "the tax is unfair",
    speaker: "Ray Tillman",
  },
  {
    name: "a discourse adverb between commas, then auxiliary",
    text: "Ray Tillman, however, has said that the bridge is unsafe.",
    content: "the bridge is unsafe",
    speaker: "Ray Tillman",
  },
  {
    name: "a catenative verb before the cue: 'is trying to show'",
    text: "Ray Tillman is trying to show that the bridge is safe.",
    content: "the bridge is safe",
    speaker: "Ray Tillman",
    kind: "belief",
  },
  {
    name: "'has begun to argue'",
    text: "Ray Tillman has begun to argue that the bridge is unsafe.",
    content: "the bridge is unsafe",
    speaker: "Ray Tillman",
  },
  {
    name: "'has yet to explain'",
    text: "Ray Tillman has yet to explain why the bridge was closed.",
    content: "why the bridge was closed",
    speaker: "Ray Tillman",
  },
  {
    name: "a participle after 'before' takes the sentence's subject",
    text: "Ray Tillman toured the site before insisting that the bridge was safe.",
    content: "the bridge was safe",
    speaker: "Ray Tillman",
  },
  {
    name: "a participle after 'while'",
    text: "Ray Tillman visited the plant while arguing that the bridge was safe.",
    content: "the bridge was safe",
    speaker: "Ray Tillman",
  },
  {
    name: "a reduced relative whose agent follows 'by'",
    text: "The engineers hired by the county insisted that the bridge was safe.",
    content: "the bridge was safe",
    speaker: "the engineers",
  },
  {
    name: "a reduced relative ending at a time phrase",
    text: "Voters interviewed this week said that the ferry should keep running.",
    content: "the ferry should keep running",
    speaker: "Voters",
  },
  {
    name: "a short insert between commas after the auxiliary",
    text: "Ray Tillman had, for years, insisted that the bridge was safe.",
    content: "the bridge was safe",
    speaker: "Ray Tillman",
  },
  {
    name: "a phrase of time after the auxiliary",
    text: "Ray Tillman has in the past insisted that the bridge was safe.",
    content: "the bridge was safe",
    speaker: "Ray Tillman",
  },
  {
    name: "a span of time with 'ago'",
    text: "Ray Tillman about three days ago said that the bridge was unsafe.",
    content: "the bridge was unsafe",
    speaker: "Ray Tillman",
  },
  {
    name: "'was the first to argue'",
    text: "Ray Tillman was the first to argue that the bridge was unsafe.",
    content: "the bridge was unsafe",
    speaker: "Ray Tillman",
  },
  {
    name: "a long parenthesis after the name",
    text: "Sen. Ella Brandt (a Vermont Democrat so young she is often taken for an intern) says the plan was rushed.",
    content: "the plan was rushed",
    speaker: "Ella Brandt",
  },
  {
    name: "an insert between double hyphens",
    text: "The three judges -- Ms. Harlan, Mr. Voss and Mr. Kemp -- agreed that the law was vague.",
    content: "the law was vague",
    speaker: "three judges",
  },
  {
    name: "an attitude verb after an insert takes the opening phrase, not its object, as source",
    text: "Ray Tillman, as he did last year, opposed the levy.",
    content: "the levy",
    speaker: "Ray Tillman",
    kind: "belief",
  },
  {
    name: "a relative clause with its own cue and a quote, the comma inside the closing mark",
    text: "Ray Tillman, who has called the plan “a trap,” said the mayor was a lackey.",
    content: "the mayor was a lackey",
    speaker: "Ray Tillman",
  },
  {
    name: "a name between dashes after a description is the speaker",
    text: "A former governor — Ray Tillman, who lost the 2008 race — said the plan was flawed.",
    content: "the plan was flawed",
    speaker: "Ray Tillman",
  },
];

describe("between a subject and its verb", () => {
  it.each(cases)("$name", ({ text, content, speaker, kind }) => {
    const cs = claimsAfterLead(text);
    const c = cs.find((x) => x.text.includes(content));
    expect(c, `no claim with ${content} in ${JSON.stringify(cs.map((x) => x.text))}`).toBeDefined();
    expect(c!.speaker.name.replace(/^the /i, "")).toBe(speaker.replace(/^the /i, ""));
    expect(c!.kind).toBe(kind ?? "indirect");
  });

  it("takes no appositive's name as the subject of an infinitive of purpose: ', to try to convince'", () => {
    const cs = claimsAfterLead(
      "Ella Brandt met the mayor's lawyer, Ray Tillman, to try to convince him that the dam was safe.",
    );
    expect(cs.some((c) => c.speaker.name === "Ray Tillman")).toBe(false);
  });

  it("reads no speech in a participle with a plain object after 'while': 'while maintaining its image'", () => {
    const cs = claimsAfterLead("The bakery cut its prices while maintaining its name for quality.");
    expect(cs).toEqual([]);
  });

  it("names no source 'The' for an unnamed document, and still the firm before its report", () => {
    const cs = claimsAfterLead(
      "The data suggests that most of the grant went to two firms. The Harwick Ledger survey suggests that most voters back the dam.",
    );
    expect(cs.map((c) => c.speaker.name)).not.toContain("The");
    expect(cs.find((c) => c.text.includes("most voters back the dam"))?.speaker.name).toBe("Harwick Ledger");
  });

  it("reads the phrase before a relative 'that' with an auxiliary, and 'Those who ...', as the subject", () => {
    const cs = claimsAfterLead(
      "The panel that has studied the canal argues that it cannot be widened. Those who have fished the lake for years argue that the dam hurt the trout.",
    );
    expect(cs.find((c) => c.text.includes("it cannot be widened"))?.speaker.name.toLowerCase()).toBe(
      "the panel",
    );
    expect(cs.find((c) => c.text.includes("the dam hurt the trout"))?.speaker.name).toBe(
      "Those who have fished the lake for years",
    );
  });

  it("takes no relative clause's own verb as a cue of the phrase before it", () => {
    const cs = claimsAfterLead("Those who have backed the levy so far mostly live in two towns.");
    expect(cs).toEqual([]);
  });

  it("takes the phrase before a relative clause, not the clause's object, as the subject", () => {
    const cs = claimsAfterLead(
      "The retired nurse who wrote the letter to the council says she will not vote for Dale Morrow.",
    );
    const c = cs.find((x) => x.text.includes("she will not vote"));
    expect(c?.speaker.name.toLowerCase()).toBe("the retired nurse");
  });

  it("ends the second verb's content of a relative clause at the clause's comma", () => {
    const cs = claimsAfterLead(
      "Ray Tillman, who endorsed Ella Brandt in May and said he would campaign with her, insisted the dam was safe.",
    );
    const c = cs.find((x) => x.text.includes("he would campaign with her"));
    expect(c?.text).toBe("he would campaign with her");
    expect(c?.speaker.name).toBe("Ray Tillman");
    expect(cs.find((x) => x.text === "the dam was safe")?.speaker.name).toBe("Ray Tillman");
  });

  it("makes no report of a passive after an insert: 'X, a host, was named in ...'", () => {
    const cs = claimsAfterLead("Ray Tillman, a radio host, was named on Monday in a lawsuit over the dam.");
    expect(cs).toEqual([]);
  });
});
