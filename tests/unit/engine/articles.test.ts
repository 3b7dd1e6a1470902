import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimsOf, spoken } from "./helpers";

// Short articles written for the project (invented people and places). quotes/ exercises the quote
// constructions: broken, nested and multi-paragraph quotes, speakers named only nearby, titles and
// scare quotes, mixed claims, single and straight marks. reported/ exercises reported speech: long and
// coordinated 'that' clauses, sources after the clause, statements, organisations, media and documents
// as sources, passives. sources/ exercises speakers: shared surnames, alternating "she" and "he", role
// nouns, acronyms, anonymous sources with their stated reasons. anonymous/ leans on unnamed sources
// and many speakers; formats/ holds interviews, transcripts, live blogs, lists, captions and wire
// layouts. Refusals are listed apart under `refusals` and must come out as their own kind. Each
// article's claims are in its .json beside it, in the page gold's shape, with: `prefix` (the text is
// the claim's opening words, matched as such), `type: "anonymous"` and `reason` (the source must be
// flagged anonymous, its reason must contain this), `known: true` (a claim the engine still gets
// wrong), `knownExtras` (texts it still finds that are no claims).
const ROOT = join(__dirname, "../../fixtures/articles");
// every folder of articles (the top-level files belong to the anchoring tests)
const FOLDERS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

interface Gold {
  kind: string;
  text: string;
  speaker: string;
  aliases?: string[];
  type?: string;
  reason?: string;
  prefix?: boolean;
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

const files = FOLDERS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(ROOT, dir, f)),
);

for (const path of files) {
  const slug = path.replace(/^.*\/(\w+)\/([^/]+)\.txt$/, "$1/$2");
  const text = readFileSync(path, "utf8");
  const doc = JSON.parse(readFileSync(path.replace(/\.txt$/, ".json"), "utf8"));
  const gold: Gold[] = doc.claims;
  const refusals: Gold[] = doc.refusals ?? [];
  // claims the engine still finds wrongly (none would be best)
  const knownExtras: string[] = doc.knownExtras ?? [];
  const all = claimsOf(text);
  const preds = spoken(text);
  // a claim's text matches as the page scorer matches it (Dice >= 0.5), or by its opening words
  const matches = (g: Gold, text: string) =>
    g.prefix ? norm(text).includes(norm(g.text)) : dice(g.text, text) >= 0.5;
  const best = (g: Gold) => {
    let pick: (typeof preds)[number] | undefined;
    let score = 0;
    for (const p of preds) {
      const d = dice(g.text, p.text);
      if (matches(g, p.text) && d >= score) {
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
        if (g.type === "anonymous") expect(p!.speaker.anonymous).toBe(true);
        if (g.reason) expect(p!.speaker.reason ?? "").toContain(g.reason);
      });
    }
    for (const g of refusals.filter((x) => !x.optional)) {
      const run = g.known ? it.fails : it;
      run(`refusal, ${g.speaker}: ${g.text.slice(0, 60)}`, () => {
        const p = all.find((c) => c.kind === "refusal" && (!g.text || matches(g, c.text)));
        expect(p?.text).toBeDefined();
        expect([g.speaker, ...(g.aliases ?? [])].map(norm)).toContain(norm(p!.speaker.name));
      });
    }
    it("no claim beyond the gold ones (and the known extras)", () => {
      const extra = preds.filter((p) => !gold.some((g) => matches(g, p.text))).map((p) => p.text);
      expect(extra).toEqual(knownExtras);
    });
  });
}
