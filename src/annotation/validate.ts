/**
 * Checks that a value received from another context (or read back from an import) is a
 * well-formed Annotation. Receivers never trust what arrives: a page can't reach our messages,
 * but a bug or an old tab can send stale shapes.
 */
import type { Annotation, HighlightColor } from "./types";

export const COLORS: readonly HighlightColor[] = ["yellow", "green", "blue", "pink", "purple"];

const isString = (v: unknown): v is string => typeof v === "string";
const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown) => isString(v) && !Number.isNaN(Date.parse(v));

/** The first thing wrong with `value` as an Annotation, or null when it is one. */
export function annotationProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return "not an object";
  const a = value as Partial<Annotation>;
  if (!isString(a.id) || a.id.length === 0) return "id is missing";
  if (!isString(a.pageKey) || !isString(a.url)) return "pageKey and url must be text";
  if (!isString(a.title)) return "title must be text";
  const q = a.selectors?.quote;
  const p = a.selectors?.position;
  if (!q || !isString(q.exact) || !isString(q.prefix) || !isString(q.suffix))
    return "quote selector is malformed";
  if (q.exact.length === 0) return "the highlighted text is empty";
  const unknownPosition = p?.start === -1 && p.end === -1;
  if (!p || (!unknownPosition && (!isOffset(p.start) || !isOffset(p.end) || p.end < p.start)))
    return "position selector is malformed";
  if (!isString(a.color) || !COLORS.includes(a.color)) return `color must be one of ${COLORS.join(", ")}`;
  if (!isString(a.note)) return "note must be text";
  if (!Array.isArray(a.tags) || !a.tags.every(isString)) return "tags must be a list of text";
  if (!isTime(a.created) || !isTime(a.updated)) return "created and updated must be dates";
  const c = a.claimRef;
  if (
    c !== undefined &&
    (!isString(c.kind) ||
      !isString(c.speaker) ||
      !isString(c.speakerType) ||
      typeof c.anonymous !== "boolean")
  )
    return "claim reference is malformed";
  return null;
}

export function isAnnotation(value: unknown): value is Annotation {
  return annotationProblem(value) === null;
}

/** Tags as the user typed them, cleaned: trimmed, inner space folded, no empties or duplicates (case-insensitive). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, " ").trim().slice(0, 60);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The fact-checker's taxonomy offered first; users add their own tags beside it. */
export const TAXONOMY: readonly string[] = [
  "anonymous source",
  "needs verification",
  "verified",
  "disputed",
  "false",
  "misleading",
  "opinion",
];
