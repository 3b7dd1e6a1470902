/**
 * fast-check generators for the format tests: annotations whose texts mix hostile pieces (CSV and
 * formula characters, Markdown and HTML, bidi controls, emoji, lone surrogates, NUL) with random text.
 */

import fc from "fast-check";
import type { Annotation, ClaimRef, HighlightColor } from "../../../src/annotation/types";

/** Pieces that have broken exporters before. */
export const HOSTILE = [
  "",
  " ",
  "  ",
  "\t",
  '"',
  '""',
  ",",
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "=cmd|' /C calc'!A0",
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "\u202E",
  "\u202B",
  "\u202C",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200E",
  "\u200F",
  "\u061C",
  "עברית",
  "العربية",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<!-- x -->",
  "</p>",
  "&amp;",
  "&lt;b&gt;",
  "&#60;",
  "😀",
  "👩🏽‍💻",
  "e\u0301",
  "\uFEFF",
  "\u00A0",
  "\u2028",
  "\u0000",
  "\\",
  "\\\n",
  "*",
  "**bold**",
  "_",
  "`",
  "``",
  "```",
  "~~~",
  "~~s~~",
  "#",
  "# ",
  "## h",
  "- ",
  "+ ",
  "* ",
  "1. ",
  "2) ",
  "> ",
  ">",
  "---",
  "===",
  "***",
  "    code",
  "|",
  "| a | b |\n|---|---|",
  "[x](javascript:alert(1))",
  "[ref]: http://evil.example",
  "![i](x.png)",
  "<http://a.example>",
  "http://b.example",
  "{.class}",
  "$x$",
  "  \n",
];

/** Code units, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A text made of hostile pieces and random strings. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 2, arbitrary: fc.string() },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

export const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

const position = fc.oneof(
  fc.constant({ start: -1, end: -1 }),
  fc
    .tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 5000 }))
    .map(([start, len]) => ({ start, end: start + len })),
);

const color = fc.constantFrom<HighlightColor>("yellow", "green", "blue", "pink", "purple");

const claimRef: fc.Arbitrary<ClaimRef> = fc.record({
  kind: fc.oneof(fc.constantFrom("direct", "indirect", "refusal"), hostileText),
  speaker: hostileText,
  speakerType: fc.oneof(fc.constantFrom("person", "organization", "anonymous"), hostileText),
  anonymous: fc.boolean(),
});

/** One annotation; `url` decides what kind of addresses it has. */
export function annotationArb(
  url: fc.Arbitrary<string> = fc.oneof(fc.webUrl(), hostileText),
): fc.Arbitrary<Annotation> {
  return fc
    .record({
      id: fc.uuid(),
      pageKey: fc.oneof(fc.webUrl(), hostileText),
      url,
      title: hostileText,
      exact: hostileText,
      prefix: hostileText,
      suffix: hostileText,
      position,
      color,
      note: hostileText,
      tags: fc.array(hostileText, { maxLength: 4 }),
      claimRef: fc.option(claimRef, { nil: undefined }),
      created: isoDate,
      updated: isoDate,
    })
    .map(({ exact, prefix, suffix, position, claimRef, ...rest }) => {
      const a: Annotation = { ...rest, selectors: { quote: { exact, prefix, suffix }, position } };
      if (claimRef) a.claimRef = claimRef;
      return a;
    });
}

/** A list of annotations with distinct ids. */
export function annotationsArb(url?: fc.Arbitrary<string>, maxLength = 8): fc.Arbitrary<Annotation[]> {
  return fc.uniqueArray(annotationArb(url), { selector: (a) => a.id, maxLength });
}

/** A fixed annotation for table tests. */
export function sample(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: "3f0c9a52-8d2e-4c51-9b7a-1e2f3a4b5c6d",
    pageKey: "https://news.example/2026/budget",
    url: "https://news.example/2026/budget?utm_source=x#top",
    title: "Council cuts library budget",
    selectors: {
      quote: { exact: "the budget was cut by a third", prefix: "officials said ", suffix: " last year." },
      position: { start: 120, end: 149 },
    },
    color: "yellow",
    note: "",
    tags: [],
    created: "2026-11-20T09:30:00.000Z",
    updated: "2026-11-20T09:30:00.000Z",
    ...overrides,
  };
}
