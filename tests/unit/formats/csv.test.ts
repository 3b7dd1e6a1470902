import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Annotation } from "../../../src/annotation/types";
import { parseCsv, toCsv } from "../../../src/formats/csv";
import { annotationsArb, hostileText, sample } from "./arbitraries";

const HEADER = [
  "id",
  "page_title",
  "url",
  "page_key",
  "quote",
  "prefix",
  "suffix",
  "start",
  "end",
  "color",
  "note",
  "tags",
  "claim_kind",
  "speaker",
  "speaker_type",
  "anonymous",
  "created",
  "updated",
];

/** What a spreadsheet should show in a cell: the text, with an apostrophe if it starts like a formula. */
const shown = (s: string) => (["=", "+", "-", "@", "\t", "\r"].includes(s.charAt(0)) ? `'${s}` : s);

function expectedRow(a: Annotation): string[] {
  const known = a.selectors.position.start >= 0;
  return [
    a.id,
    a.title,
    a.url,
    a.pageKey,
    a.selectors.quote.exact,
    a.selectors.quote.prefix,
    a.selectors.quote.suffix,
    known ? String(a.selectors.position.start) : "",
    known ? String(a.selectors.position.end) : "",
    a.color,
    a.note,
    a.tags.join("; "),
    a.claimRef?.kind ?? "",
    a.claimRef?.speaker ?? "",
    a.claimRef?.speakerType ?? "",
    a.claimRef === undefined ? "" : a.claimRef.anonymous ? "true" : "false",
    a.created,
    a.updated,
  ].map(shown);
}

describe("toCsv", () => {
  it("writes a header and one row per annotation, CRLF line ends, a BOM first", () => {
    const a = sample({ tags: ["budget", "follow up"], note: "ask the clerk" });
    expect(toCsv([a])).toBe(
      `\uFEFF${HEADER.join(",")}\r\n` +
        `${a.id},Council cuts library budget,https://news.example/2026/budget?utm_source=x#top,https://news.example/2026/budget,` +
        "the budget was cut by a third,officials said , last year.,120,149,yellow,ask the clerk,budget; follow up,,,,," +
        "2026-11-20T09:30:00.000Z,2026-11-20T09:30:00.000Z\r\n",
    );
    expect(toCsv([], { bom: false })).toBe(`${HEADER.join(",")}\r\n`);
  });

  it.each([
    ['a "quoted" word', '"a ""quoted"" word"'],
    ["one, two", '"one, two"'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\ronly", '"cr\ronly"'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    [" =x", " =x"],
    ["a=b", "a=b"],
    ["", ""],
  ])("writes the note %j as the field %j", (note, field) => {
    const line = toCsv([sample({ note })], { bom: false }).split("\r\n")[1] ?? "";
    expect(line).toContain(`,yellow,${field},`);
  });

  it("leaves start and end empty when the position is unknown", () => {
    const a = sample({ selectors: { ...sample().selectors, position: { start: -1, end: -1 } } });
    expect(parseCsv(toCsv([a]))[1]?.slice(7, 9)).toEqual(["", ""]);
  });

  it("writes the claim a highlight is linked to", () => {
    const a = sample({
      claimRef: { kind: "direct", speaker: "Elena Vasquez", speakerType: "person", anonymous: false },
    });
    expect(parseCsv(toCsv([a]))[1]?.slice(12, 16)).toEqual(["direct", "Elena Vasquez", "person", "false"]);
  });
});

describe("parseCsv(toCsv(xs))", () => {
  it("gives back every cell, with the apostrophe exactly on cells that start like a formula", () => {
    fc.assert(
      fc.property(annotationsArb(), fc.boolean(), (xs, bom) => {
        expect(parseCsv(toCsv(xs, { bom }))).toEqual([HEADER, ...xs.map(expectedRow)]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("parseCsv", () => {
  it.each<[string, string, string[][]]>([
    ["an empty text", "", []],
    ["one field", "a", [["a"]]],
    [
      "a last row without a line end",
      "a,b\r\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["empty fields", ",,\r\n", [["", "", ""]]],
    ["an empty line", "a\r\n\r\nb\r\n", [["a"], [""], ["b"]]],
    ["LF and CR line ends", "a\nb\rc", [["a"], ["b"], ["c"]]],
    ["quoted separators and doubled quotes", '"a,b","c\r\nd","e""f"\r\n', [["a,b", "c\r\nd", 'e"f']]],
    ["a byte order mark", "\uFEFFid,x\r\n", [["id", "x"]]],
    ["a quote inside an unquoted field", 'a"b,c', [['a"b', "c"]]],
  ])("reads %s", (_label, text, rows) => expect(parseCsv(text)).toEqual(rows));

  it("throws on a quoted field that never closes", () => {
    expect(() => parseCsv('a,"b\r\nc')).toThrow(/never closed/);
  });

  it("reads any single cell back, whatever it holds (below a header: a leading BOM is dropped)", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const csv = `h\r\n${/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s}\r\n`;
        expect(parseCsv(csv)).toEqual([["h"], [s]]);
      }),
    );
  });
});
