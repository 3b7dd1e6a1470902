/**
 * A readable Markdown report: per page its title, its link, who said what (when the page's claims are
 * given) and the user's highlights with their notes and tags.
 *
 * Every text that comes from a page or a user is escaped so that a CommonMark renderer shows it as
 * the same text, never as markup or HTML:
 * - '&', '<', '>' become entities; \ ` * _ { } [ ] ( ) # | ~ ! are backslash-escaped everywhere, and
 *   '-', '+', '=' at the start of a line and '.' after a line's leading digits (so no list, heading,
 *   rule or setext underline can start);
 * - each line is trimmed (indentation could make a code block, two trailing spaces a line break), and
 *   a multi-line text keeps its lines inside its own block quote or paragraph;
 * - NUL becomes U+FFFD, as CommonMark does anyway;
 * - tags are code spans, fenced with more backticks than the tag holds.
 *
 * Bidirectional text: a user text that holds right-to-left characters or bidi controls (U+200E/F,
 * U+061C, U+202A–U+202E, U+2066–U+2069) is kept, but made unable to reorder the report around it: its
 * unmatched closers (PDF, PDI) are dropped, its unclosed embeddings and isolates are closed at the end
 * of each line, and each line is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (as HTML's
 * <bdi> does). Plain left-to-right text is written without any added character.
 */

import type { Annotation } from "../annotation/types";

export interface MarkdownClaim {
  speaker: string;
  anonymous: boolean;
  kind: string;
  text: string;
}

export interface MarkdownPage {
  title: string;
  url: string;
  annotations: Annotation[];
  claims?: MarkdownClaim[];
}

const FSI = "\u2068";
const PDI = "\u2069";
const PDF = "\u202C";
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Whether a text has nothing to show: only whitespace and bidi controls. */
export function isBlank(s: string): boolean {
  return s.replace(BIDI_CONTROLS, "").trim() === "";
}

/**
 * Balances a line's bidi controls: drops closers with nothing to close, closes what is left open,
 * and wraps the result in an isolate when it has right-to-left text or controls.
 */
export function isolateBidi(line: string): string {
  if (!NEEDS_ISOLATION.test(line)) return line;
  const stack: Array<"embedding" | "isolate"> = [];
  let out = "";
  for (const ch of line) {
    switch (ch) {
      case "\u202A":
      case "\u202B":
      case "\u202D":
      case "\u202E":
        stack.push("embedding");
        out += ch;
        break;
      case "\u2066":
      case "\u2067":
      case "\u2068":
        stack.push("isolate");
        out += ch;
        break;
      case PDF:
        if (stack.at(-1) === "embedding") {
          stack.pop();
          out += ch;
        }
        break;
      case PDI: {
        const at = stack.lastIndexOf("isolate");
        if (at >= 0) {
          stack.length = at; // a PDI also ends the embeddings opened inside its isolate
          out += ch;
        }
        break;
      }
      default:
        out += ch;
    }
  }
  for (let k = stack.length - 1; k >= 0; k--) out += stack[k] === "isolate" ? PDI : PDF;
  return FSI + out + PDI;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** One line of user text as Markdown that renders as the same text (the line must hold no line end). */
export function escapeLine(line: string): string {
  const text = line.replaceAll("\0", "\uFFFD").trim();
  const escaped = text
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\\`*_{}[\]()#|~!]/g, "\\$&")
    .replace(/^[-+=]/, "\\$&")
    .replace(/^(\d+)\./, "$1\\.");
  return isolateBidi(escaped);
}

/** A text shown on one line (a title, a name): its line ends and runs of white space fold to a space. */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/[\t\n\v\f\r ]+/g, " "));
}

/** The lines of a multi-line text, each escaped; blank lines stay blank (they separate paragraphs). */
function escapedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (isBlank(line) ? "" : escapeLine(line)));
}

/** A block quote of a multi-line text. */
function blockQuote(text: string, after: string[] = []): string {
  const lines = escapedLines(text);
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  const all = after.length > 0 ? [...lines, ...(lines.length > 0 ? [""] : []), ...after] : lines;
  if (all.length === 0) return ">";
  return all.map((l) => (l === "" ? ">" : `> ${l}`)).join("\n");
}

/** Paragraphs of a multi-line text, the first starting with `lead`. */
function paragraphs(lead: string, text: string): string {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of escapedLines(text)) {
    if (line === "") {
      if (current.length > 0) out.push(current.join("\n"));
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current.join("\n"));
  if (out.length === 0) return lead.trim();
  out[0] = lead + out[0];
  return out.join("\n\n");
}

/** A code span that shows `text` literally, whatever backticks it holds. */
export function codeSpan(text: string): string {
  const content = isolateBidi(text.replaceAll("\0", "\uFFFD").replace(/[\r\n]+/g, " "));
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== "" ? " " : "";
  return fence + pad + content + pad + fence;
}

/** The page's address: a link when it is http(s), else plain escaped text. */
function pageLink(url: string): string {
  if (/^https?:\/\/\S/i.test(url)) {
    const safe = url.replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters cannot be in a link
      /[\u0000-\u0020\u007f<>\s\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => (c.length === 1 && (c.charCodeAt(0) & 0xf800) === 0xd800 ? "%EF%BF%BD" : encodeURIComponent(c)),
    );
    return `<${safe}>`;
  }
  return `URL: ${escapeInline(url)}`;
}

function speakerLabel(speaker: string, anonymous: boolean): string {
  const name = isBlank(speaker) ? "Unknown source" : escapeInline(speaker);
  return `**${name}**${anonymous ? " (anonymous source)" : ""}`;
}

function whoSaidWhat(claims: MarkdownClaim[]): string[] {
  const blocks = ["**Who said what**"];
  if (claims.length === 0) return [...blocks, "No attributed claims were found."];
  const groups = new Map<string, MarkdownClaim[]>();
  for (const c of claims) {
    const key = JSON.stringify([c.speaker.replace(/\s+/g, " ").trim(), c.anonymous]);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  for (const list of groups.values()) {
    const first = list[0]!;
    blocks.push(speakerLabel(first.speaker, first.anonymous));
    for (const c of list)
      blocks.push(blockQuote(c.text, isBlank(c.kind) ? [] : [`*\\(${escapeInline(c.kind)}\\)*`]));
  }
  return blocks;
}

function highlight(a: Annotation): string[] {
  const blocks = [blockQuote(a.selectors.quote.exact)];
  if (a.claimRef) {
    const kind = isBlank(a.claimRef.kind) ? "" : `${escapeInline(a.claimRef.kind)}, `;
    blocks.push(`**Claim:** ${kind}said by ${speakerLabel(a.claimRef.speaker, a.claimRef.anonymous)}`);
  }
  if (!isBlank(a.note)) blocks.push(paragraphs("**Note:** ", a.note));
  const tags = a.tags.filter((t) => !isBlank(t));
  if (tags.length > 0) blocks.push(`Tags: ${tags.map(codeSpan).join(", ")}`);
  return blocks;
}

function page(p: MarkdownPage): string {
  const blocks = [`## ${isBlank(p.title) ? "Untitled page" : escapeInline(p.title)}`];
  if (!isBlank(p.url)) blocks.push(pageLink(p.url.trim()));
  if (p.claims) blocks.push(...whoSaidWhat(p.claims));
  blocks.push("**Highlights**");
  if (p.annotations.length === 0) blocks.push("None.");
  for (const a of p.annotations) blocks.push(...highlight(a));
  return blocks.join("\n\n");
}

/** The report: one section per page, separated by rules. */
export function toMarkdown(pages: MarkdownPage[]): string {
  if (pages.length === 0) return "No annotations.\n";
  return `${pages.map(page).join("\n\n---\n\n")}\n`;
}
