import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import type { TextModel } from "../../../src/page/types";

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), "utf8");
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function page(bodyHtml: string, head = "<title>Test page</title>"): Document {
  return parse(`<!doctype html><html lang="en"><head>${head}</head><body>${bodyHtml}</body></html>`);
}

const WS = /[ \t\n\r\f\u00a0]/;

/**
 * Checks the TextModel's invariants; returns a list of problems (empty when all hold):
 * every character outside the block separators is mapped, and maps to the same character in its text
 * node (a collapsed space to a white-space character); slices are ordered, disjoint, and their maps
 * increase; blocks are ordered, non-empty, trimmed, and joined by "\n\n".
 */
export function checkModel(model: TextModel): string[] {
  const problems: string[] = [];
  const { text, slices, blocks } = model;
  const covered = new Uint8Array(text.length);
  let prevEnd = 0;
  for (const [k, s] of slices.entries()) {
    if (s.start < prevEnd) problems.push(`slice ${k} overlaps the previous one`);
    prevEnd = s.end;
    if (s.map.length !== s.end - s.start + 1) problems.push(`slice ${k}: map length ${s.map.length}`);
    for (let i = s.start; i < s.end; i++) {
      covered[i] = 1;
      const off = s.map[i - s.start] as number;
      const want = text[i] as string;
      const got = s.node.data[off];
      if (got === undefined) problems.push(`offset ${i}: node offset ${off} out of range`);
      else if (want === " " ? !WS.test(got) : got !== want) {
        problems.push(`offset ${i}: text ${JSON.stringify(want)} but node has ${JSON.stringify(got)}`);
      }
      if (i > s.start && off <= (s.map[i - s.start - 1] as number))
        problems.push(`slice ${k}: map not increasing`);
    }
    const last = s.map[s.map.length - 1] as number;
    if (s.end > s.start && last !== (s.map[s.map.length - 2] as number) + 1) {
      problems.push(`slice ${k}: last map entry is not just after the slice`);
    }
  }
  let expectStart = 0;
  for (const [k, b] of blocks.entries()) {
    if (b.start !== expectStart) problems.push(`block ${k} starts at ${b.start}, expected ${expectStart}`);
    if (b.end <= b.start) problems.push(`block ${k} is empty`);
    const t = text.slice(b.start, b.end);
    if (t !== t.trim()) problems.push(`block ${k} is not trimmed`);
    if (/\s\s|\n/.test(t)) problems.push(`block ${k} has uncollapsed white space`);
    if (k + 1 < blocks.length && text.slice(b.end, b.end + 2) !== "\n\n")
      problems.push(`block ${k} not followed by \\n\\n`);
    expectStart = b.end + 2;
    for (let i = b.start; i < b.end; i++)
      if (!covered[i]) problems.push(`offset ${i} (in block ${k}) is not mapped`);
  }
  const lastBlock = blocks[blocks.length - 1];
  if ((lastBlock?.end ?? 0) !== text.length) problems.push("the last block does not end the text");
  return problems.slice(0, 20);
}

/** The text of the DOM between two points, in document order (for checking ranges in linkedom). */
export function textBetween(
  root: Node,
  start: { node: Text; offset: number },
  end: { node: Text; offset: number },
): string {
  let out = "";
  let on = false;
  const visit = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const t = n as Text;
      let from = 0;
      let to = t.data.length;
      if (t === start.node) {
        on = true;
        from = start.offset;
      }
      if (t === end.node) to = end.offset;
      if (on) out += t.data.slice(from, to);
      if (t === end.node) return true;
      return false;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (visit(c)) return true;
    return false;
  };
  visit(root);
  return out;
}
