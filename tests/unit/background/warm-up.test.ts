import { describe, expect, it } from "vitest";
import { warmUp } from "../../../src/background/warm-up";
import { isSaid } from "../../../src/engine/kinds";

describe("the background's warm-up", () => {
  it("runs the finder and the engine over its sample once, through every kind of sourcing", () => {
    const analysis = warmUp();
    expect(analysis).not.toBeNull();
    if (!analysis) return;
    const kinds = new Set(analysis.claims.map((c) => c.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(["direct", "indirect", "refusal"]));
    const said = analysis.claims.filter(isSaid);
    const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
    expect(said.some((c) => speakers.get(c.speakerId)?.anonymous)).toBe(true);
    expect(said.some((c) => speakers.get(c.speakerId)?.name === "Ilse Marwood")).toBe(true);
    expect(warmUp(), "a second call does nothing").toBeNull();
  });
});
