import { describe, expect, it } from "vitest";
import { isSaid, sourceClass } from "../../../src/engine/kinds";

describe("kinds", () => {
  it("only statements are said", () => {
    expect(["direct", "indirect", "mixed"].every((kind) => isSaid({ kind } as never))).toBe(true);
    expect(["belief", "refusal", "question"].some((kind) => isSaid({ kind } as never))).toBe(false);
  });

  it.each([
    [{ anonymous: true, type: "person" }, "anonymous"],
    [{ anonymous: false, type: "anonymous" }, "anonymous"],
    [{ anonymous: true, type: "organization" }, "anonymous"],
    [{ anonymous: false, type: "organization" }, "organization"],
    [{ anonymous: false, type: "person" }, "named"],
    [undefined, "named"],
  ] as const)("a source %j is shown as %s, in the page and in the popup alike", (speaker, shown) => {
    expect(sourceClass(speaker as never)).toBe(shown);
  });
});
