import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSaid } from "../../../src/engine/kinds";
import { claimsOf } from "./helpers";

// Invented articles (tests/fixtures/articles/sources) with the speakers the page spec expects:
// surnames shared in a family, "she" and "he" alternating, "the company" beside "the agency", a
// governor named after her title, acronyms, anonymous sources and their reasons, refusals.
const dir = join(import.meta.dirname, "../../fixtures/articles/sources");
interface Expected {
  kind: string;
  text: string;
  speaker: string;
  anonymous?: boolean;
  reason?: string;
  todo?: string;
}
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected[]>;
const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, "");

for (const [file, claims] of Object.entries(expected)) {
  if (file.startsWith("$")) continue;
  describe(file, () => {
    const got = claimsOf(readFileSync(join(dir, file), "utf8"));
    for (const e of claims) {
      const name = `${e.kind} by ${e.speaker}: ${e.text}${e.reason ? ` (${e.reason})` : ""}`;
      if (e.todo) {
        it.todo(`${name} — ${e.todo}`);
        continue;
      }
      it(name, () => {
        const c = got.find((x) => x.text.includes(e.text));
        expect(
          c,
          JSON.stringify(got.map((x) => [x.kind, x.text.slice(0, 40), x.speaker.name])),
        ).toBeDefined();
        expect(c!.kind).toBe(e.kind);
        expect(norm(c!.speaker.name)).toBe(norm(e.speaker));
        expect(c!.speaker.anonymous).toBe(e.anonymous ?? false);
        if (e.reason) expect(c!.speaker.reason ?? "").toContain(e.reason);
      });
    }
    it("reports nothing else as said", () => {
      const extra = got.filter((c) => isSaid(c) && !claims.some((e) => c.text.includes(e.text)));
      expect(extra.map((c) => c.text)).toEqual([]);
    });
  });
}
