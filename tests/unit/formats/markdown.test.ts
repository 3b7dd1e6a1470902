import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  codeSpan,
  escapeInline,
  isBlank,
  isolateBidi,
  type MarkdownPage,
  toMarkdown,
} from "../../../src/formats/markdown";
import { annotationArb, hostileText, sample } from "./arbitraries";

/** The strictest renderer: raw HTML allowed, so any HTML that got through would show as a tag. */
const withHtml = new MarkdownIt({ html: true });
/** A renderer that also turns bare URLs into links. */
const withLinkify = new MarkdownIt({ html: false, linkify: true });

const ALLOWED_TAGS = new Set(["h2", "p", "blockquote", "code", "a", "ul", "li", "strong", "em", "hr"]);
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function tagsIn(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** Text as it reads: bidi controls dropped, NUL as CommonMark shows it, white space folded. */
const fold = (s: string) => s.replace(BIDI, "").replaceAll("\0", "\uFFFD").replace(/\s+/g, " ").trim();

/** The text a reader sees, the page link left out (its text is the renderer's to normalise). */
function visibleText(html: string): string {
  const withoutLinks = html.replace(/<\/h2>\n<p><a href="[^"]*">[^<]*<\/a><\/p>/g, "</h2>");
  const text = withoutLinks.replace(/<\/?(code|strong|em|a)\b[^>]*>/g, "").replace(/<[^>]*>/g, " ");
  return fold(decode(text));
}

const trim = (s: string) => s.trim();

const isHttp = (url: string) => /^https?:\/\/\S/i.test(url.trim());

/**
 * The words the report should show for these pages, in order: the report's layout, spelled out.
 * Texts shown on one line (titles, names, kinds) are trimmed, as in any rendering (white space
 * next to an invisible bidi mark is kept, as the mark is).
 */
function expectedText(pages: MarkdownPage[]): string {
  const out: string[] = [];
  const label = (speaker: string, anonymous: boolean) =>
    `${isBlank(speaker) ? "Unknown source" : trim(speaker)}${anonymous ? " (anonymous source)" : ""}`;
  for (const p of pages) {
    out.push(isBlank(p.title) ? "Untitled page" : trim(p.title));
    if (!isBlank(p.url) && !isHttp(p.url)) out.push(`URL: ${trim(p.url)}`);
    if (p.claims) {
      out.push("Who said what");
      if (p.claims.length === 0) out.push("No attributed claims were found.");
      const groups = new Map<string, typeof p.claims>();
      for (const c of p.claims) {
        const key = JSON.stringify([c.speaker.replace(/\s+/g, " ").trim(), c.anonymous]);
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      for (const list of groups.values()) {
        out.push(label(list[0]!.speaker, list[0]!.anonymous));
        for (const c of list) out.push(c.text, isBlank(c.kind) ? "" : `(${trim(c.kind)})`);
      }
    }
    out.push("Highlights");
    if (p.annotations.length === 0) out.push("None.");
    for (const a of p.annotations) {
      out.push(a.selectors.quote.exact);
      if (a.claimRef) {
        out.push(
          `Claim: ${isBlank(a.claimRef.kind) ? "" : `${trim(a.claimRef.kind)}, `}said by ${label(a.claimRef.speaker, a.claimRef.anonymous)}`,
        );
      }
      if (!isBlank(a.note)) out.push(`Note: ${a.note}`);
      const tags = a.tags.filter((t) => !isBlank(t));
      if (tags.length > 0) out.push(`Tags: ${tags.join(", ")}`);
    }
  }
  return fold(out.join(" "));
}

const claimArb = fc.record({
  speaker: hostileText,
  anonymous: fc.boolean(),
  kind: fc.oneof(fc.constantFrom("direct", "indirect", "refusal"), hostileText),
  text: hostileText,
});

const pageArb: fc.Arbitrary<MarkdownPage> = fc
  .record({
    title: hostileText,
    url: fc.oneof(
      fc.webUrl(),
      hostileText,
      fc.constantFrom("javascript:alert(1)", "http://a.example/<b>x</b>", " https://b.example/ x"),
    ),
    annotations: fc.array(annotationArb(), { maxLength: 4 }),
    claims: fc.option(fc.array(claimArb, { maxLength: 5 }), { nil: undefined }),
  })
  .map(({ claims, ...rest }) => (claims ? { ...rest, claims } : rest));

/** Checks that each line's bidi controls are balanced: nothing closes what it did not open, all closed. */
function bidiBalanced(line: string): boolean {
  const stack: string[] = [];
  for (const ch of line) {
    if ("\u202A\u202B\u202D\u202E".includes(ch)) stack.push("e");
    else if ("\u2066\u2067\u2068".includes(ch)) stack.push("i");
    else if (ch === "\u202C") {
      if (stack.pop() !== "e") return false;
    } else if (ch === "\u2069") {
      const at = stack.lastIndexOf("i");
      if (at < 0) return false;
      stack.length = at;
    }
  }
  return stack.length === 0;
}

describe("toMarkdown", () => {
  it("writes a report a person can read", () => {
    const a = sample({
      note: "Check the minutes.\nThey say otherwise.",
      tags: ["budget", "needs source"],
      claimRef: {
        kind: "indirect",
        speaker: "a council official",
        speakerType: "anonymous",
        anonymous: true,
      },
    });
    const md = toMarkdown([
      {
        title: "Council cuts library budget",
        url: "https://news.example/2026/budget",
        annotations: [a],
        claims: [
          { speaker: "Elena Vasquez", anonymous: false, kind: "direct", text: "We had no choice." },
          {
            speaker: "a council official",
            anonymous: true,
            kind: "indirect",
            text: "The cut was planned for months.",
          },
        ],
      },
    ]);
    expect(md).toBe(
      [
        "## Council cuts library budget",
        "",
        "<https://news.example/2026/budget>",
        "",
        "**Who said what**",
        "",
        "**Elena Vasquez**",
        "",
        "> We had no choice.",
        ">",
        "> *\\(direct\\)*",
        "",
        "**a council official** (anonymous source)",
        "",
        "> The cut was planned for months.",
        ">",
        "> *\\(indirect\\)*",
        "",
        "**Highlights**",
        "",
        "> the budget was cut by a third",
        "",
        "**Claim:** indirect, said by **a council official** (anonymous source)",
        "",
        "**Note:** Check the minutes.",
        "They say otherwise.",
        "",
        "Tags: `budget`, `needs source`",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"],
    ["**not bold** _nor this_", "\\*\\*not bold\\*\\* \\_nor this\\_"],
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["[link](javascript:alert(1))", "\\[link\\]\\(javascript:alert\\(1\\)\\)"],
    ["&amp; stays &amp;", "&amp;amp; stays &amp;amp;"],
    ["a|b ~~c~~ `d` \\e", "a\\|b \\~\\~c\\~\\~ \\`d\\` \\\\e"],
    ["  indented  ", "indented"],
    ["U.S. officials", "U.S. officials"],
  ])("escapes %j as %j", (text, md) => expect(escapeInline(text)).toBe(md));

  it.each([
    ["plain", "`plain`"],
    ["a`b", "``a`b``"],
    ["`edge`", "`` `edge` ``"],
    [" spaced ", "`  spaced  `"],
  ])("writes the tag %j as the code span %j", (tag, md) => expect(codeSpan(tag)).toBe(md));

  it("links only http(s) addresses", () => {
    const link = (url: string) => toMarkdown([{ title: "t", url, annotations: [] }]).split("\n")[2];
    expect(link("https://a.example/x?y=1")).toBe("<https://a.example/x?y=1>");
    expect(link("http://a.example/<b> c")).toBe("<http://a.example/%3Cb%3E%20c>");
    expect(link("javascript:alert(1)")).toBe("URL: javascript:alert\\(1\\)");
  });

  it("keeps bidi controls but isolates them so they cannot reorder the report", () => {
    expect(isolateBidi("plain")).toBe("plain");
    expect(isolateBidi("عربي")).toBe("\u2068عربي\u2069");
    // An override left open is closed; a stray PDI that would close our isolate early is dropped.
    expect(isolateBidi("\u2069\u202Eevil")).toBe("\u2068\u202Eevil\u202C\u2069");
    expect(isolateBidi("\u2067a\u202Bb\u2069c")).toBe("\u2068\u2067a\u202Bb\u2069c\u2069");
    const md = toMarkdown([
      { title: "\u202Etitle", url: "", annotations: [sample({ note: "\u202Enote", tags: ["\u202Etag"] })] },
    ]);
    expect(md).toContain("## \u2068\u202Etitle\u202C\u2069\n");
    expect(md).toContain("Tags: `\u2068\u202Etag\u202C\u2069`");
  });

  it("for any texts: renders the same text, injects no HTML and leaks no bidi control", () => {
    fc.assert(
      fc.property(fc.array(pageArb, { minLength: 1, maxLength: 3 }), (pages) => {
        const md = toMarkdown(pages);
        const html = withHtml.render(md);
        const stray = tagsIn(html).filter((t) => !ALLOWED_TAGS.has(t));
        expect(stray, html).toEqual([]);
        expect(visibleText(html)).toBe(expectedText(pages));
        expect(md.split("\n").filter((line) => !bidiBalanced(line))).toEqual([]);
        expect(tagsIn(withLinkify.render(md)).filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("links each page once, and only to http(s)", () => {
    fc.assert(
      fc.property(pageArb, (p) => {
        const hrefs = [...withHtml.render(toMarkdown([p])).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
        expect(hrefs).toHaveLength(isHttp(p.url) ? 1 : 0);
        for (const h of hrefs) expect(h).toMatch(/^https?:\/\//i);
      }),
    );
  });

  it("says so when there is nothing", () => {
    expect(toMarkdown([])).toBe("No annotations.\n");
    const md = toMarkdown([{ title: " ", url: "", annotations: [], claims: [] }]);
    expect(md).toBe(
      "## Untitled page\n\n**Who said what**\n\nNo attributed claims were found.\n\n**Highlights**\n\nNone.\n",
    );
  });
});
