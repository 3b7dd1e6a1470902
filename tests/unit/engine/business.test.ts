import { describe, expect, it } from "vitest";
import { claimsAfterLead } from "./helpers";

// Constructions of business, court and committee reporting (invented names and bodies).

describe("a weekday after a body's name is when it acted, not part of its name", () => {
  it.each([
    [
      "Tarn Water Office",
      "The Tarn Water Office on Thursday opened an inquiry into the planned $3 billion takeover, saying the deal could raise bills.",
    ],
    ["Brenlow Rail Authority", "The Brenlow Rail Authority on Monday said the line would reopen in May."],
    [
      "Pellham Harbour Board",
      "The Pellham Harbour Board on Friday approved the new fees, saying they would pay for dredging.",
    ],
  ])("%s", (name, text) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind === "indirect");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("an ampersand inside a firm's name", () => {
  it.each([
    ["Analysts at Morrow & Pike noted that sales were weak.", /Morrow & Pike/],
    ["Economists at Dunn & Vesey said that the currency would weaken.", /Dunn & Vesey/],
  ])("%s", (text, name) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention.text).toMatch(name);
  });
});

describe("a chamber or a confederation is a body's name with its 'of' phrase", () => {
  it.each([
    [
      "Tarn Chamber of Commerce",
      "The Tarn Chamber of Commerce, which represents 900 firms, said it understood the decision.",
    ],
    ["Confederation of Orland Farmers", "The Confederation of Orland Farmers said the levy was unfair."],
  ])("%s", (name, text) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("a group's two coordinated reports: the first is no reduced relative", () => {
  it.each([
    [
      "The economists noted that wages were high and said that inflation could prove sticky.",
      ["wages were high", "inflation could prove sticky"],
    ],
    [
      "Analysts at the bank added that margins had shrunk and warned that costs would rise.",
      ["margins had shrunk", "costs would rise"],
    ],
  ])("%s", (text, contents) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind === "indirect");
    expect(cs.map((c) => c.text)).toEqual(contents);
  });

  it("a reduced relative before the cue still holds its phrase", () => {
    const cs = claimsAfterLead("The voters interviewed that week said the race was close.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention.text).toBe("The voters");
  });
});

describe("whom a speaker told, then a place: the place is no claim", () => {
  it.each([
    [
      "“We held the line,” union president Mara Kell told a rally outside the Dunmore depot after the result was read out.",
      "Mara Kell",
    ],
    ["“The strike is over,” Tobin Searle told the crowd outside the plant gates.", "Tobin Searle"],
  ])("%s", (text, name) => {
    const cs = claimsAfterLead(text);
    expect(cs.map((c) => c.kind)).toEqual(["direct"]);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("reminded someone that ...", () => {
  it.each([
    [
      "Judge Orla Fenwick told the jurors to ignore the press and reminded them that the burden of proof lay with the state.",
      "the burden of proof lay with the state",
    ],
    ["The coach reminded his players that the season was long.", "the season was long"],
  ])("%s", (text, content) => {
    expect(claimsAfterLead(text).find((c) => c.kind === "indirect")?.text).toBe(content);
  });

  it("no claim without a clause or a quote", () => {
    expect(claimsAfterLead("The smell of the harbour reminded him of his childhood.")).toEqual([]);
  });
});

describe("put it to someone that ...", () => {
  it.each([
    [
      "The chair, Wendy Osgood, put it to the ministry's most senior official that the figures had been hidden.",
      "the figures had been hidden",
      "Wendy Osgood",
    ],
    [
      "Counsel Ivo Marsh put it to the witness that she had never seen the letter.",
      "she had never seen the letter",
      "Ivo Marsh",
    ],
  ])("%s", (text, content, name) => {
    const c = claimsAfterLead(text).find((x) => x.kind === "indirect");
    expect(c?.text).toBe(content);
    expect(c?.speaker.name).toBe(name);
  });

  it("'as she put it' still frames its quote", () => {
    const cs = claimsAfterLead("Lena Moss was blunt. As she put it to reporters, “We are finished here.”");
    expect(cs.find((c) => c.kind === "direct")?.speaker.name).toBe("Lena Moss");
  });
});

describe("an unnamed source's second report in the sentence stays unnamed", () => {
  it.each([
    "Economists at Sallow & Finch noted that wages rose and warned in a research note that prices could prove “sticky.”",
    "Analysts at the brokerage noted that margins shrank and warned in a note to clients that costs would rise.",
  ])("%s", (text) => {
    const cs = claimsAfterLead(text).filter((c) => c.kind !== "belief");
    expect(cs).toHaveLength(2);
    for (const c of cs) expect(c.speaker.anonymous).toBe(true);
  });
});

describe("'the employee' after an unnamed group of employees is one of them", () => {
  it("anonymous, with the group's stated reason", () => {
    const cs = claimsAfterLead(
      "The cuts fell hardest on support staff, according to two employees, who asked not to be named because they feared retaliation. “It was brutal,” the employee said.",
    );
    const c = cs.find((x) => x.kind === "direct");
    expect(c?.speaker.anonymous).toBe(true);
    expect(c?.speaker.reason).toContain("feared retaliation");
  });

  it("a named person's role is still that person", () => {
    const cs = claimsAfterLead(
      "Two nurses described the delays to the board. The head nurse, Ada Pryce, was asked about them. The nurse said the wait had doubled.",
    );
    expect(cs.find((c) => c.kind === "indirect")?.speaker.anonymous).toBe(false);
  });
});

describe("office and trade nouns as speakers", () => {
  it.each([
    [
      "A former bookkeeper at Tarn Mills testified that the owner had lied.",
      "a former bookkeeper at Tarn Mills",
    ],
    ["A surveyor for the council said the wall was unsafe.", "a surveyor for the council"],
  ])("%s", (text, name) => {
    const cs = claimsAfterLead(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("the one asked, after 'Asked by X ...,', is who a later pronoun means", () => {
  it.each([
    [
      "The housing minister, Carys Vell, said the review would be published. Asked by Ms Doran whether she still trusted the builder, the minister paused. “I trust the people on site,” she said eventually.",
      "Carys Vell",
    ],
    ["Asked by Ann Lee whether the plan would work, Tom Ash paused. “It will,” he said.", "Tom Ash"],
  ])("%s", (text, name) => {
    expect(claimsAfterLead(text).find((c) => c.kind === "direct")?.speaker.name).toBe(name);
  });
});

describe("a stated reason for anonymity", () => {
  it("in the next sentence, after its pronoun", () => {
    const c = claimsAfterLead(
      "People close to the talks said the buyer had asked for more time. They asked not to be named because the talks were private.",
    ).find((x) => x.kind === "indirect");
    expect(c?.speaker.anonymous).toBe(true);
    expect(c?.speaker.reason).toContain("the talks were private");
  });

  it("a passive inside the reason does not end it", () => {
    const c = claimsAfterLead(
      "A nurse at the clinic, who asked not to be named because staff had been told not to speak to reporters, said two wards had closed.",
    ).find((x) => x.kind === "indirect");
    expect(c?.speaker.reason).toContain("staff had been told not to speak to reporters");
  });
});

describe("the subject of a clause after 'after' or 'because'", () => {
  it.each([
    ["Shares of Tarn Foods fell after the company reported that profit had dropped.", "the company"],
    ["Bond prices slid because the central bank said that rates would stay high.", "the central bank"],
  ])("%s", (text, mention) => {
    const c = claimsAfterLead(text).find((x) => x.kind === "indirect");
    expect(c?.speaker.mention.text).toBe(mention);
  });
});

describe("'the companies' after two bodies named together", () => {
  it("is that pair, not an unnamed group", () => {
    const c = claimsAfterLead(
      "Marrow and Quint said in a joint statement that they were confident. The deal needs approval, and the companies have said they expect to complete it by June.",
    ).find((x) => x.text.startsWith("they expect"));
    expect(c?.speaker.name).toBe("Marrow and Quint");
    expect(c?.speaker.anonymous).toBe(false);
  });
});
