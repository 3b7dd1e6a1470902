import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engine/index";
import { mergeWindows, splitIntoWindows } from "../../../src/engine/windows";

const PARAGRAPHS = [
  "“The pier will reopen in May,” Harbour Master Ines Calloway said on Monday.",
  "A port official, who was not authorized to speak publicly, said the repairs had cost twice the estimate.",
  "Calloway said the ferry timetable would return to normal by the summer.",
  "The Gull Point Tribune reported that the contractor had asked for more time.",
];

describe("splitIntoWindows", () => {
  it("cuts at paragraph breaks and covers the whole text without gaps", () => {
    const text = Array.from({ length: 40 }, (_, i) => PARAGRAPHS[i % 4]).join("\n\n");
    const windows = splitIntoWindows(text, 500);
    expect(windows.length).toBeGreaterThan(3);
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i]!.start).toBe(windows[i - 1]!.end);
      expect(text.slice(windows[i]!.start, windows[i]!.start + 2)).toBe("\n\n");
    }
  });

  it("leaves a text shorter than a window whole", () => {
    expect(splitIntoWindows("short", 100)).toEqual([{ start: 0, end: 5 }]);
  });

  it("cuts inside a paragraph longer than a window rather than never ending", () => {
    const windows = splitIntoWindows("x".repeat(1050), 100);
    expect(windows).toHaveLength(11);
  });
});

describe("mergeWindows", () => {
  it("gives the same claims, with offsets into the whole text, and one speaker per person", () => {
    const text = [...PARAGRAPHS, ...PARAGRAPHS].join("\n\n");
    const windows = splitIntoWindows(text, text.length / 2 + 10);
    expect(windows).toHaveLength(2);
    const merged = mergeWindows(
      windows.map((w) => ({ start: w.start, analysis: analyze(text.slice(w.start, w.end)) })),
    );
    const whole = analyze(text);
    expect(merged.claims.map((c) => [c.kind, c.start, c.end])).toEqual(
      whole.claims.map((c) => [c.kind, c.start, c.end]),
    );
    for (const c of merged.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
      expect(merged.speakers.some((s) => s.id === c.speakerId)).toBe(true);
    }
    const names = merged.speakers.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(merged.claims.map((c) => c.id)).size).toBe(merged.claims.length);
  });
});
