import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spoken } from "./helpers";

// Short articles written for the project (invented people and places) that exercise the quote
// constructions: broken, nested and multi-paragraph quotes, speakers named only nearby, titles and scare
// quotes, mixed claims, single and straight marks. Each article's claims are in its .json beside it,
// in the page gold's shape; `known: true` marks a claim the engine still misses or gives to the wrong
// speaker, `knownExtras` the texts it still finds that are no claims.

const DIR = join(__dirname, "../../fixtures/articles/quotes");

interface Gold {
  kind: string;
  text: string;
  speaker: string;
  aliases?: string[];
  optional?: boolean;
  known?: boolean;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/** Dice overlap of two texts' word multisets, as the page scorer computes it. */
function dice(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const bag = new Map<string, number>();
  for (const w of wa) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length || 1);
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, "");

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt"))) {
  const slug = file.replace(/\.txt$/, "");
  const text = readFileSync(join(DIR, file), "utf8");
  const doc = JSON.parse(readFileSync(join(DIR, `${slug}.json`), "utf8"));
  const gold: Gold[] = doc.claims;
  // claims the engine still finds wrongly (none would be best)
  const knownExtras: string[] = doc.knownExtras ?? [];
  const preds = spoken(text);
  const best = (g: Gold) => {
    let pick: (typeof preds)[number] | undefined;
    let score = 0.5;
    for (const p of preds) {
      const d = dice(g.text, p.text);
      if (d >= score) {
        score = d;
        pick = p;
      }
    }
    return pick;
  };
  describe(slug, () => {
    for (const g of gold.filter((x) => !x.optional)) {
      const run = g.known ? it.fails : it;
      run(`${g.speaker}: ${g.text.slice(0, 60)}`, () => {
        const p = best(g);
        expect(p?.text).toBeDefined();
        expect([g.speaker, ...(g.aliases ?? [])].map(norm)).toContain(norm(p!.speaker.name));
      });
    }
    it("no claim beyond the gold ones (and the known extras)", () => {
      const extra = preds.filter((p) => !gold.some((g) => dice(g.text, p.text) >= 0.5)).map((p) => p.text);
      expect(extra).toEqual(knownExtras);
    });
  });
}
