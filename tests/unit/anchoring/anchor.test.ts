import fc from "fast-check";
import { expect, it, describe as suite } from "vitest";
import { type AnchorResult, anchor, anchorMany } from "../../../src/anchoring/anchor";
import { describe } from "../../../src/anchoring/selectors";
import type { Selectors } from "../../../src/annotation/types";
import { mulberry32 } from "./edit-gen";

const P1 =
  "The Orrin Valley library will close its reading room on Sundays from next month, the county said on Wednesday.";
const P2 =
  'Head librarian Maud Fenwick said the decision was "painful but unavoidable" after the county cut the library budget by a fifth. She said volunteers had offered to keep the room open, but insurance rules did not allow it.';
const P3 =
  "Parents at the Saturday story hour said they had not been consulted. A petition started by a local teacher has gathered more than two thousand signatures in a week.";
const P4 =
  "The county's cultural services manager, Ravi Quintero, said the savings would protect the mobile library, which visits eleven villages. He said no decision had been taken on weekday hours.";
const BASE = [P1, P2, P3, P4].join("\n\n");

function sel(text: string, quote: string, occurrence = 0): Selectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture quote not found: ${quote}`);
  return describe(text, at, at + quote.length);
}

function attachedText(text: string, r: AnchorResult): string | null {
  return r.status === "orphan" ? null : text.slice(r.start, r.end);
}

suite("describe", () => {
  it("keeps up to 32 characters of context each side and the offsets", () => {
    const quote = "painful but unavoidable";
    const s = sel(BASE, quote);
    expect(s.quote.exact).toBe(quote);
    expect(s.quote.prefix).toBe(BASE.slice(s.position.start - 32, s.position.start));
    expect(s.quote.suffix).toBe(BASE.slice(s.position.end, s.position.end + 32));
    expect(BASE.slice(s.position.start, s.position.end)).toBe(quote);
  });

  it("clamps at the ends of the text and swaps reversed offsets", () => {
    const s = describe("Short text here.", 20, 6);
    expect(s.position).toEqual({ start: 6, end: 16 });
    expect(s.quote).toEqual({ exact: "text here.", prefix: "Short ", suffix: "" });
    expect(describe("abc", 0, 1, 5).quote.prefix).toBe("");
  });

  it("never splits a surrogate pair", () => {
    const text = "Fans waved 🎉 flags";
    const s = describe(text, 12, 18);
    expect(s.quote.exact.startsWith("\udc89")).toBe(false);
    expect(describe(text, 0, 4, 8).quote.suffix).toBe(" waved ");
  });
});

suite("anchor: round trip", () => {
  const quotes = [
    "will close its reading room on Sundays",
    "Maud Fenwick",
    "painful but unavoidable",
    P3,
    "He said no decision had been taken on weekday hours.",
  ];
  it.each(quotes)("re-attaches %j exactly on unchanged text", (quote) => {
    const s = sel(BASE, quote);
    const r = anchor(BASE, s);
    expect(r).toEqual({ status: "exact", start: s.position.start, end: s.position.end, score: 1 });
  });

  it("anchorMany anchors a list in order", () => {
    const list = quotes.map((q) => sel(BASE, q));
    const results = anchorMany(BASE, list);
    expect(results.map((r) => r.status)).toEqual(quotes.map(() => "exact"));
  });
});

interface EditCase {
  name: string;
  quote: string;
  edit: (text: string) => string;
  /** The text the annotation should land on afterwards; null = orphan. */
  expected: string | null;
  status?: AnchorResult["status"];
}

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture edit not applicable: ${from}`);
  return text.replace(from, to);
};

const cases: EditCase[] = [
  {
    name: "a word edited inside the quote",
    quote: "A petition started by a local teacher has gathered more than two thousand signatures in a week.",
    edit: replace("local teacher", "retired teacher"),
    expected:
      "A petition started by a retired teacher has gathered more than two thousand signatures in a week.",
    status: "fuzzy",
  },
  {
    name: "a word edited near the quote",
    quote: "painful but unavoidable",
    edit: replace("Head librarian", "Chief librarian"),
    expected: "painful but unavoidable",
  },
  {
    name: "a paragraph inserted before",
    quote: "the savings would protect the mobile library",
    edit: (t) => `Update: the county has confirmed the dates.\n\n${t}`,
    expected: "the savings would protect the mobile library",
    status: "moved",
  },
  {
    name: "a paragraph removed before",
    quote: "had not been consulted",
    edit: replace(`${P2}\n\n`, ""),
    expected: "had not been consulted",
    status: "moved",
  },
  {
    name: "the quote's paragraph removed",
    quote: "A petition started by a local teacher has gathered more than two thousand signatures",
    edit: replace(`${P3}\n\n`, ""),
    expected: null,
  },
  {
    name: "a phrase-sized quote's paragraph removed",
    quote: "insurance rules did not allow it",
    edit: replace(`${P2}\n\n`, ""),
    expected: null,
  },
  {
    name: "whitespace changes inside and around the quote",
    quote: "She said volunteers had offered to keep the room open",
    edit: (t) =>
      t
        .replace("She said volunteers", "She  said\nvolunteers")
        .replace("the room open", "the room\u00a0open"),
    expected: "She  said\nvolunteers had offered to keep the room\u00a0open",
  },
  {
    name: "straight quotes turned typographic",
    quote: 'the decision was "painful but unavoidable" after',
    edit: replace('"painful but unavoidable"', "“painful but unavoidable”"),
    expected: "the decision was “painful but unavoidable” after",
  },
  {
    name: "an apostrophe turned typographic",
    quote: "The county's cultural services manager",
    edit: replace("county's", "county’s"),
    expected: "The county’s cultural services manager",
  },
  {
    name: "a sentence inserted inside the paragraph before the quote",
    quote: "He said no decision had been taken on weekday hours.",
    edit: replace("which visits eleven villages.", "which visits eleven villages. It was bought in 2019."),
    expected: "He said no decision had been taken on weekday hours.",
  },
];

suite("anchor: re-anchoring after edits", () => {
  it.each(cases)("$name", ({ quote, edit, expected, status }) => {
    const s = sel(BASE, quote);
    const text = edit(BASE);
    const r = anchor(text, s);
    expect(attachedText(text, r)).toBe(expected);
    if (status) expect(r.status).toBe(status);
    if (r.status !== "orphan") expect(r.score).toBeGreaterThan(0.75);
  });

  it("a duplicated quote: picks the occurrence whose context matches", () => {
    const quote = "said on Wednesday";
    const s = sel(BASE, quote);
    // The same words now also appear earlier, in a new paragraph with other context.
    const text = `A county spokesperson said on Wednesday that the consultation would reopen.\n\n${BASE}`;
    const r = anchor(text, s);
    expect(r.status).toBe("moved");
    const expectedAt = text.indexOf(quote, text.indexOf(P1));
    expect(r.status !== "orphan" && r.start).toBe(expectedAt);
  });

  it("a duplicated quote at the stored position: still chooses by context", () => {
    const text = "the vote was close. the vote was close. In the end, the vote was close and bitter.";
    const target = text.lastIndexOf("the vote was close");
    const s = describe(text, target, target + "the vote was close".length);
    const edited = `Late result: ${text}`;
    const r = anchor(edited, s);
    expect(r.status !== "orphan" && r.start).toBe(edited.lastIndexOf("the vote was close"));
  });

  it("a quote edited beyond its error budget is orphaned, not stretched onto other words", () => {
    const s = sel(BASE, "insurance rules did not allow it");
    const text = BASE.replace("insurance rules did not allow it", "the fire officer had said no");
    expect(anchor(text, s).status).toBe("orphan");
  });

  it("very short quotes are matched verbatim only", () => {
    const s = sel(BASE, "two");
    const edited = BASE.replace("two thousand", "twp thousand");
    expect(anchor(edited, s).status).toBe("orphan");
    const moved = `Note.\n\n${BASE}`;
    const r = anchor(moved, s);
    expect(r.status).toBe("moved");
    expect(attachedText(moved, r)).toBe("two");
  });

  it("empty quotes and empty texts are orphans", () => {
    expect(
      anchor(BASE, { quote: { exact: "", prefix: "", suffix: "" }, position: { start: 0, end: 0 } }).status,
    ).toBe("orphan");
    expect(anchor("", sel(BASE, "Maud Fenwick")).status).toBe("orphan");
  });

  it("works with a missing or nonsensical stored position", () => {
    const s = sel(BASE, "cultural services manager");
    const text = `Preface.\n\n${BASE}`;
    const want = text.indexOf("cultural services manager");
    for (const position of [
      { start: -5, end: 3 },
      { start: 99999, end: 100010 },
      { start: Number.NaN, end: 2 },
    ]) {
      const r = anchor(text, { quote: s.quote, position });
      expect(r.status !== "orphan" && r.start).toBe(want);
    }
  });
});

suite("anchor: properties", () => {
  const alphabet = fc.constantFrom("a", "b", "c", " ", "\n", ".", '"', "“", "’", "…", "\u00a0", "é");
  const str = (maxLength: number) => fc.string({ unit: alphabet, maxLength });

  it("never throws, and anything attached lies within the text", () => {
    fc.assert(
      fc.property(
        str(400),
        str(60),
        str(40),
        str(40),
        fc.integer({ min: -50, max: 500 }),
        fc.integer({ min: -50, max: 500 }),
        (text, exact, prefix, suffix, start, end) => {
          const r = anchor(text, { quote: { exact, prefix, suffix }, position: { start, end } });
          if (r.status !== "orphan") {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(text.length);
            expect(r.start).toBeLessThanOrEqual(r.end);
            expect(r.score).toBeGreaterThan(0);
            expect(r.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { seed: 424242, numRuns: 600 },
    );
  });

  it("a span described on a text re-attaches exactly to itself", () => {
    fc.assert(
      fc.property(
        str(300).filter((t) => t.length > 2),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const s = describe(text, start, end);
          const r = anchor(text, s);
          expect(r.status).not.toBe("orphan");
          if (r.status !== "orphan") expect(text.slice(r.start, r.end)).toBe(s.quote.exact);
        },
      ),
      { seed: 99, numRuns: 400 },
    );
  });
});

suite("anchor: cost", () => {
  const vocabulary = BASE.split(/\s+/);
  /** Text of random words from the fixture's vocabulary, so passages are not repeated. */
  const makeText = (chars: number) => {
    const rng = mulberry32(5);
    const paragraphs: string[] = [];
    let n = 0;
    while (n < chars) {
      const words: string[] = [];
      const count = 40 + Math.floor(rng() * 60);
      for (let i = 0; i < count; i++) words.push(vocabulary[Math.floor(rng() * vocabulary.length)]!);
      const p = `${words.join(" ")}.`;
      paragraphs.push(p);
      n += p.length + 2;
    }
    return paragraphs.join("\n\n");
  };

  it("re-anchors an edited quote in a 10k-char article in about a millisecond", () => {
    const text = makeText(10_000);
    const at = text.indexOf(" ", 5000) + 1;
    const s = describe(text, at, at + 120);
    const edited = `${text.slice(0, at + 10)}XYZ${text.slice(at + 14)}`;
    // Two texts in turn, so each call also folds its text (no cache hit).
    const texts = [edited, `${edited} `];
    anchor(edited, s);
    const runs = 200;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) {
      const r = anchor(texts[i % 2]!, s);
      expect(r.status).toBe("fuzzy");
    }
    const each = (performance.now() - t0) / runs;
    console.log(`anchoring: fuzzy re-anchor in a 10k-char text: ${each.toFixed(3)} ms each`);
    expect(each).toBeLessThan(20);
  });

  it("handles a 1 MB text: near, far and absent quotes", () => {
    const text = makeText(1_000_000);
    const at = text.indexOf(" ", 600_000) + 1;
    const s = describe(text, at, at + 90);
    const edited = `${text.slice(0, at + 20)}QQ${text.slice(at + 23)}`;
    let t0 = performance.now();
    const near = anchor(edited, s);
    const nearMs = performance.now() - t0;
    expect(near.status).toBe("fuzzy");
    // Stored position far off: the window misses, the whole-text search finds it.
    const far = { quote: s.quote, position: { start: 10, end: 100 } };
    t0 = performance.now();
    const found = anchor(edited, far);
    const farMs = performance.now() - t0;
    expect(found.status !== "orphan" && found.start).toBe(at);
    t0 = performance.now();
    const gone = anchor(edited, {
      quote: { ...s.quote, exact: "Nothing like this sentence is anywhere in the text at all." },
      position: s.position,
    });
    const goneMs = performance.now() - t0;
    expect(gone.status).toBe("orphan");
    console.log(
      `anchoring: 1 MB text: near ${nearMs.toFixed(1)} ms, far ${farMs.toFixed(1)} ms, absent ${goneMs.toFixed(1)} ms`,
    );
    expect(farMs + goneMs).toBeLessThan(3000);
  });
});

suite("anchor: very long quotes", () => {
  it("places a highlighted run of many paragraphs by its ends, after edits inside and around it", () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) =>
      `Paragraph ${i}: ${i % 2 ? P2 : P4}`.replace("a fifth", `a fifth (${i * 7} lines)`),
    );
    const text = paragraphs.join("\n\n");
    const start = text.indexOf("Paragraph 20:");
    const end = text.indexOf("Paragraph 380:");
    const s = describe(text, start, end);
    const edited = `New opening paragraph.\n\n${text.replace("Paragraph 200:", "Paragraph two hundred:")}`;
    const t0 = performance.now();
    const r = anchor(edited, s);
    const ms = performance.now() - t0;
    expect(r.status).toBe("fuzzy");
    expect(r.status !== "orphan" && edited.slice(r.start, r.start + 13)).toBe("Paragraph 20:");
    expect(r.status !== "orphan" && edited.slice(r.end, r.end + 14)).toBe("Paragraph 380:");
    expect(ms).toBeLessThan(1000);
    const cut = edited.slice(0, edited.indexOf("Paragraph 100:"));
    expect(anchor(cut, s).status).toBe("orphan");
  });
});
