import { describe, expect, it } from "vitest";
import type { Claim, Speaker } from "../../../src/engine/types";
import { formatShare, whoSaidWhat } from "../../../src/ui/popup/who-said-what";
import { excerpt } from "../../../src/ui/shared/format";

const span = (text: string, start = 0) => ({ text, start, end: start + text.length });
const speaker = (id: string, name: string, extra: Partial<Speaker> = {}): Speaker => ({
  id,
  name,
  type: "person",
  anonymous: false,
  mentions: [],
  ...extra,
});
const claim = (id: string, speakerId: string, start: number, kind: Claim["kind"] = "direct"): Claim => ({
  id,
  kind,
  text: `claim ${id}`,
  start,
  end: start + 5,
  cue: span("said", start + 6),
  speakerId,
  mention: span("she", start + 11),
});

describe("whoSaidWhat", () => {
  const speakers = [
    speaker("s1", "Elena Vasquez"),
    speaker("s2", "a city official", { type: "anonymous", anonymous: true }),
    speaker("s3", "The Riverton Gazette", { type: "organization" }),
  ];

  it("groups claims by speaker, most-quoted first, ties in order of appearance", () => {
    const w = whoSaidWhat(
      [
        claim("a", "s3", 10),
        claim("b", "s1", 50),
        claim("c", "s2", 5),
        claim("d", "s1", 20),
        claim("e", "s2", 90),
      ],
      speakers,
    );
    expect(w.groups.map((g) => [g.speaker.name, g.claims.map((c) => c.id)])).toEqual([
      ["a city official", ["c", "e"]],
      ["Elena Vasquez", ["d", "b"]],
      ["The Riverton Gazette", ["a"]],
    ]);
    expect(w.claimCount).toBe(5);
    expect(w.anonymousCount).toBe(2);
    expect(w.anonymousShare).toBeCloseTo(0.4);
  });

  it("keeps refusals apart and out of the counts", () => {
    const w = whoSaidWhat([claim("a", "s1", 0), claim("r", "s3", 40, "refusal")], speakers);
    expect(w.claimCount).toBe(1);
    expect(w.groups).toHaveLength(1);
    expect(w.refusals.map((g) => g.speaker.name)).toEqual(["The Riverton Gazette"]);
  });

  it('lists only what was said: beliefs ("studies show") are not claims here', () => {
    const w = whoSaidWhat([claim("a", "s1", 0), claim("b", "s2", 40, "belief")], speakers);
    expect(w.claimCount).toBe(1);
    expect(w.groups.map((g) => g.speaker.name)).toEqual(["Elena Vasquez"]);
    expect(w.anonymousShare).toBe(0);
  });

  it("reports an empty page as no claims and a 0 share", () => {
    const w = whoSaidWhat([], speakers);
    expect(w).toMatchObject({ claimCount: 0, anonymousCount: 0, anonymousShare: 0, groups: [] });
  });

  it("puts claims whose speaker is missing under an unknown source rather than dropping them", () => {
    const w = whoSaidWhat([claim("a", "nobody", 0)], speakers);
    expect(w.groups[0]?.speaker.name).toBe("Unknown source");
  });
});

describe("formatShare", () => {
  it.each([
    [0, "0%"],
    [0.004, "<1%"],
    [0.25, "25%"],
    [2 / 3, "67%"],
    [1, "100%"],
  ])("%d → %s", (share, text) => expect(formatShare(share)).toBe(text));
});

describe("excerpt", () => {
  it("folds whitespace", () => expect(excerpt("  a\n\n b \t c ")).toBe("a b c"));
  it("cuts long text at a word and marks the cut", () => {
    const long = "word ".repeat(60);
    const out = excerpt(long, 50);
    expect(out.endsWith("…")).toBe(true);
    expect(out.length).toBeLessThanOrEqual(51);
    expect(out).not.toMatch(/wor…$/);
  });
});
