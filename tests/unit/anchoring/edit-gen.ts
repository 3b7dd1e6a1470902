/**
 * Deterministic generator of edits to article fixtures, tracking where an annotated span goes, for
 * the anchoring acceptance test. All inserted text is invented here and shares no sentence with the
 * fixtures, so a deleted span can never reappear verbatim.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Edit {
  kind: string;
  /** Replace text[from, to) with `insert`. */
  from: number;
  to: number;
  insert: string;
}

/** Where the span is after edits: `strict` = its surviving characters; `loose` also counts text
 * that replaced part of it at an edge. Both null once the span is gone. */
export interface Truth {
  strict: Range | null;
  loose: Range | null;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from empty list");
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const WORDS = [
  "reportedly",
  "formally",
  "quietly",
  "again",
  "eventually",
  "broadly",
  "separately",
  "later",
  "notably",
  "apparently",
  "regional",
  "provisional",
  "revised",
];

const SENTENCES = [
  "A spokesperson for the regional transport office declined to comment on the timetable.",
  "The figures have not been independently verified.",
  "Officials expect to publish a fuller account later this week.",
  "This article has been updated with a response from the ministry.",
  "Several of those present left before the session ended.",
  "An earlier version of this story misstated the date of the hearing.",
  "Correspondents in the capital said the mood was subdued.",
];

const PARAGRAPHS = [
  "Correction: an earlier version of this article gave the wrong title for one of the officials quoted. It has been amended.",
  "Sign up to our weekly briefing to get the most important local stories in your inbox every Thursday morning.",
  "In a separate development, the transport office announced that resurfacing works on the coastal road would begin in the spring and last around six weeks, with overnight closures on weekdays only.",
  "Readers can send questions about this story to the newsroom, which will answer a selection of them in a follow-up piece next week.",
];

interface Piece extends Range {
  paragraph: number;
}

export function paragraphs(text: string): Piece[] {
  const out: Piece[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let i = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, paragraph: i++ });
  }
  return out;
}

export function sentences(text: string): Piece[] {
  const out: Piece[] = [];
  for (const p of paragraphs(text)) {
    const body = text.slice(p.start, p.end);
    const re = /\S(?:[^.!?]|[.!?](?!["”’]?\s))*[.!?]?["”’]?/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, paragraph: p.paragraph });
    }
  }
  return out;
}

export function words(text: string): Range[] {
  const out: Range[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A span to annotate: a whole sentence or a 3–8 word phrase, unique in the text. */
export function pickSpan(text: string, rng: Rng): Range {
  const all = sentences(text).filter((s) => s.paragraph > 0 && s.end - s.start >= 20);
  for (;;) {
    const sentence = rng.pick(all);
    let span: Range = sentence;
    if (rng.chance(0.5)) {
      const ws = words(text.slice(sentence.start, sentence.end));
      if (ws.length < 4) continue;
      const count = Math.min(ws.length, 3 + rng.int(6));
      const first = rng.int(ws.length - count + 1);
      span = {
        start: sentence.start + ws[first]!.start,
        end: sentence.start + ws[first + count - 1]!.end,
      };
    }
    const exact = text.slice(span.start, span.end);
    if (exact.trim().length < 12) continue;
    if (text.indexOf(exact) !== text.lastIndexOf(exact)) continue;
    return span;
  }
}

type Region = "before" | "inside" | "after";

function inRegion(r: Range, span: Range, region: Region): boolean {
  if (region === "before") return r.end <= span.start;
  if (region === "after") return r.start >= span.end;
  return r.start >= span.start && r.end <= span.end;
}

function near(r: Range, span: Range): boolean {
  return r.end >= span.start - 150 && r.start <= span.end + 150;
}

function choose(items: Range[], span: Range, rng: Rng): Range | null {
  if (items.length === 0) return null;
  const close = items.filter((r) => near(r, span));
  return rng.pick(close.length > 0 && rng.chance(0.6) ? close : items);
}

/** One random edit of `text` relative to `span`, or null if the drawn kind does not apply. */
export function randomEdit(text: string, span: Range, rng: Rng): Edit | null {
  const region: Region = rng.pick(["before", "inside", "after", "before", "after"] as const);
  const roll = rng.int(100);
  if (roll < 12) {
    const p = paragraphs(text).find((q) => q.start <= span.start && span.end <= q.end);
    if (!p) return null;
    return {
      kind: "delete span's paragraph",
      from: p.start,
      to: Math.min(text.length, p.end + 2),
      insert: "",
    };
  }
  if (roll < 16) {
    const s = sentences(text).find((q) => q.start <= span.start && span.end <= q.end);
    if (!s) return null;
    return { kind: "rewrite span's sentence", from: s.start, to: s.end, insert: rng.pick(SENTENCES) };
  }
  if (roll < 52) {
    const ws = words(text).filter((w) => inRegion(w, span, region));
    const w = choose(ws, span, rng);
    if (!w) return null;
    const op = rng.int(3);
    const kind = `${["insert", "delete", "replace"][op]} word ${region}`;
    if (op === 0) return { kind, from: w.start, to: w.start, insert: `${rng.pick(WORDS)} ` };
    if (op === 1) {
      const to = text[w.end] === " " ? w.end + 1 : w.end;
      return { kind, from: w.start, to, insert: "" };
    }
    return { kind, from: w.start, to: w.end, insert: rng.pick(WORDS) };
  }
  if (roll < 58) {
    // A word at an edge of the span deleted or replaced: the edit overlaps the span's boundary.
    const ws = words(text).filter((w) => inRegion(w, span, "inside"));
    if (ws.length < 3) return null;
    const w = rng.chance(0.5) ? ws[0]! : ws[ws.length - 1]!;
    return rng.chance(0.5)
      ? { kind: "replace edge word", from: w.start, to: w.end, insert: rng.pick(WORDS) }
      : { kind: "delete edge word", from: w.start, to: w.end, insert: "" };
  }
  if (roll < 64) {
    // Typography and whitespace: curly/straight quotes, doubled spaces, a line break.
    const inside = text.slice(span.start, span.end);
    const choices: Edit[] = [];
    for (const [i, ch] of [...inside].entries()) {
      const at = span.start + i;
      if (ch === '"') choices.push({ kind: "straight → curly quote", from: at, to: at + 1, insert: "“" });
      if (ch === "“" || ch === "”")
        choices.push({ kind: "curly → straight quote", from: at, to: at + 1, insert: '"' });
      if (ch === "’")
        choices.push({ kind: "curly → straight apostrophe", from: at, to: at + 1, insert: "'" });
      if (ch === " ")
        choices.push({
          kind: "whitespace change",
          from: at,
          to: at + 1,
          insert: rng.pick(["  ", "\n", " \u00a0"]),
        });
    }
    return choices.length > 0 ? rng.pick(choices) : null;
  }
  if (roll < 82) {
    if (region === "inside") return null;
    const ss = sentences(text).filter((s) => inRegion(s, span, region));
    const s = choose(ss, span, rng);
    if (!s) return null;
    const op = rng.int(3);
    const kind = `${["insert", "delete", "replace"][op]} sentence ${region}`;
    if (op === 0) return { kind, from: s.start, to: s.start, insert: `${rng.pick(SENTENCES)} ` };
    if (op === 1) {
      let to = s.end;
      while (text[to] === " ") to++;
      return { kind, from: s.start, to, insert: "" };
    }
    return { kind, from: s.start, to: s.end, insert: rng.pick(SENTENCES) };
  }
  if (region === "inside") return null;
  const ps = paragraphs(text).filter((p) => inRegion(p, span, region));
  const p = choose(ps, span, rng);
  if (!p) return null;
  if (rng.chance(0.5)) {
    return {
      kind: `insert paragraph ${region}`,
      from: p.start,
      to: p.start,
      insert: `${rng.pick(PARAGRAPHS)}\n\n`,
    };
  }
  return {
    kind: `delete paragraph ${region}`,
    from: p.start,
    to: Math.min(text.length, p.end + 2),
    insert: "",
  };
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.from) + e.insert + text.slice(e.to);
}

function mapRange(r: Range | null, e: Edit, loose: boolean): Range | null {
  if (!r) return null;
  const { start: s, end: t } = r;
  const ins = e.insert.length;
  const delta = ins - (e.to - e.from);
  if (e.from === e.to) {
    if (e.from <= s) return { start: s + ins, end: t + ins };
    if (e.from >= t) return r;
    return { start: s, end: t + ins };
  }
  if (e.to <= s) return { start: s + delta, end: t + delta };
  if (e.from >= t) return r;
  if (e.from <= s && e.to >= t) return null;
  let out: Range;
  if (e.from <= s) out = loose ? { start: e.from, end: t + delta } : { start: e.from + ins, end: t + delta };
  else if (e.to >= t) out = loose ? { start: s, end: e.from + ins } : { start: s, end: e.from };
  else out = { start: s, end: t + delta };
  return out.end > out.start ? out : null;
}

export function track(truth: Truth, e: Edit): Truth {
  const strict = mapRange(truth.strict, e, false);
  return { strict, loose: strict ? mapRange(truth.loose, e, true) : null };
}

/** Dice coefficient of two ranges over characters. */
export function dice(a: Range, b: Range): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const total = a.end - a.start + (b.end - b.start);
  return total === 0 ? 0 : (2 * overlap) / total;
}
