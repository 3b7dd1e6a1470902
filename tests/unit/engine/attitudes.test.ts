import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

// Sentences written for the project: beliefs, stances and findings (PolNeAR's broader attribution),
// and texts where they are not attributions at all.

describe("findings in a text with no reported speech", () => {
  const guide =
    "Soak the lentils overnight before you cook them.\n\n" +
    "Studies show that soaking cuts the cooking time by half. Some research suggests that it also makes the lentils easier to digest.\n\n" +
    "One small study in 30 adults found that a bowl of lentils kept people full for hours.";
  it("reports nothing on a recipe or health page", () => {
    expect(claimsOf(guide)).toHaveLength(0);
  });
  it("keeps findings in a news text where sources speak", () => {
    const news =
      "The county will fund a new lentil farm, the mayor said on Tuesday.\n\n" +
      "Studies show that the crop needs little water, and the farm board agreed.";
    const cs = claimsOf(news);
    expect(cs.some((c) => c.kind === "belief" && c.text.includes("the crop needs little water"))).toBe(true);
  });
  it("keeps a named person's belief", () => {
    const cs = claimsOf("Maria Lopez believes the bridge will open late.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("belief");
  });
});

describe("the author's own voice", () => {
  it("makes no claim of 'I believe' or 'we think'", () => {
    expect(claimsOf("I believe the bridge will open late. We think the council knows it.")).toHaveLength(0);
  });
});
