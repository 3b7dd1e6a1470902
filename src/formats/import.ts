/**
 * Import: reads back our JSON-LD export, and W3C Web Annotations written by other tools, into
 * Annotations. A file that is unusable as a whole (too large, not JSON, JSON of another shape) is one
 * error; a record that is wrong is one problem, and the good records still import. Unknown fields are
 * ignored. `planImport` then tells the user what is new and what is already in the library.
 *
 * Decisions (see README.md):
 * - A target without a TextPositionSelector imports with position {start: -1, end: -1}: "unknown",
 *   so anchoring falls back to searching for the quote. The export leaves such a position out.
 * - An id "urn:uuid:X" imports as X; any other id (or none) gets a fresh UUID.
 * - A record with any wrong field is skipped whole, with one problem naming the field.
 */

import { pageKey as pageKeyOf } from "../anchoring/page-key";
import type { Annotation, ClaimRef, HighlightColor } from "../annotation/types";
import { findJsonSyntaxError } from "./json-syntax";
import { ID_PREFIX } from "./jsonld";
import { isXsdDateTime } from "./validate";

/** A record that was not imported. `index` is 0-based in the file's list; the message counts from 1. */
export interface Problem {
  index: number;
  id?: string;
  message: string;
}

export type ImportResult =
  | { ok: true; annotations: Annotation[]; problems: Problem[] }
  | { ok: false; error: string };

export interface ImportOptions {
  /** The largest file accepted, in bytes of UTF-8 (default 20 MB = 20,000,000 bytes). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20_000_000;

const COLORS: readonly HighlightColor[] = ["yellow", "green", "blue", "pink", "purple"];
/** How deep we follow selectors' refinedBy chains (deeper ones are not read). */
const MAX_REFINEMENTS = 16;
const EXPECTED = "expected a W3C Web Annotation collection (such as a Sourcemark JSON-LD export)";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (v: unknown): string[] => asList(v).filter((t): t is string => typeof t === "string");
const hasType = (v: Json, t: string) =>
  typesOf(v.type).some((x) => x === t || x === `oa:${t}` || x === `as:${t}`);

/** A size for messages: "50 MB", "2.5 MB", "800 kB", "20 bytes" (MB = 10^6 bytes). */
function formatSize(bytes: number, round: "nearest" | "floor" = "nearest"): string {
  const r = round === "floor" ? Math.floor : Math.round;
  if (bytes >= 1_000_000) {
    const tenths = r(bytes / 100_000);
    return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
  }
  if (bytes >= 1000) return `${r(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

/** UTF-8 length of `s`, stopping early once past `limit`. */
function utf8Length(s: string, limit: number): number {
  let n = 0;
  for (let k = 0; k < s.length && n <= limit; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v;
}

/** "a JSON array of 3 numbers", "a JSON object with keys "a", "b"", ... for the shape error. */
export function describeJson(v: unknown): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return "an empty JSON array";
    const counts = new Map<string, number>();
    for (const x of v) counts.set(kindOf(x), (counts.get(kindOf(x)) ?? 0) + 1);
    const name = (k: string, n: number) => (k === "null" ? plural(n, "null") : plural(n, k));
    if (counts.size === 1) {
      const [k] = [...counts.keys()];
      return `a JSON array of ${name(k!, v.length)}`;
    }
    return `a JSON array of ${plural(v.length, "item")} (${[...counts].map(([k, n]) => name(k, n)).join(", ")})`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (typeof v.type === "string") return `a JSON object of type ${JSON.stringify(v.type.slice(0, 60))}`;
    if (keys.length === 0) return "an empty JSON object";
    const shown = keys.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40)));
    return `a JSON object with ${keys.length === 1 ? "key" : "keys"} ${shown.join(", ")}${keys.length > 5 ? ", …" : ""}`;
  }
  if (v === null) return "JSON null";
  if (typeof v === "string") return "a JSON string";
  return `the JSON ${typeof v} ${String(v)}`;
}

/** A hint for text that is plainly something other than JSON. */
function sniff(text: string): string | null {
  const head = text.trimStart().slice(0, 300).toLowerCase();
  if (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /^<(head|body|div|p|meta)\b/.test(head)
  ) {
    return "This looks like an HTML page, not a JSON file.";
  }
  if (head.startsWith("<?xml") || head.startsWith("<"))
    return "This looks like XML or HTML, not a JSON file.";
  const firstLine = head.split(/\r\n|\r|\n/, 1)[0] ?? "";
  if (firstLine.startsWith("id,page_title,")) {
    return "This is a Sourcemark CSV export; CSV is for spreadsheets and cannot be imported. Import the JSON-LD export instead.";
  }
  if (head.startsWith("#")) return "This looks like a Markdown report, not a JSON file.";
  if (/^[^{[]/.test(firstLine) && firstLine.includes(","))
    return "This looks like CSV or plain text, not a JSON file.";
  return null;
}

/** Reads one record; returns the annotation or the reason it cannot be imported. */
function readAnnotation(
  raw: unknown,
  now: string,
): { annotation: Annotation; rawId?: string } | { error: string; id?: string } {
  if (!isObject(raw)) return { error: `is ${describeJson(raw)}, not an annotation` };
  const rawId = raw.id ?? raw["@id"];
  const shownId = typeof rawId === "string" ? rawId : undefined;
  const bad = (error: string) => ({ error, ...(shownId !== undefined ? { id: shownId } : {}) });
  if (rawId !== undefined && typeof rawId !== "string")
    return bad(`its id is ${describeJson(rawId)}, not an IRI`);
  if (raw.type !== undefined && !hasType(raw, "Annotation")) {
    return bad(`is of type ${JSON.stringify(raw.type)}, not an Annotation`);
  }

  // Target: the first one with a TextQuoteSelector.
  const targets = asList(raw.target);
  if (targets.length === 0) return bad("has no target");
  let target: Json | undefined;
  let quoteSel: Json | undefined;
  let positionSel: Json | undefined;
  for (const t of targets) {
    if (!isObject(t)) continue;
    const selectors: unknown[] = [];
    const collect = (s: unknown, depth: number) => {
      for (const x of asList(s)) {
        if (!isObject(x)) continue;
        selectors.push(x);
        if (x.refinedBy !== undefined && depth < MAX_REFINEMENTS) collect(x.refinedBy, depth + 1);
      }
    };
    collect(t.selector, 0);
    const q = selectors.find((s): s is Json => isObject(s) && hasType(s, "TextQuoteSelector"));
    if (q) {
      target = t;
      quoteSel = q;
      positionSel = selectors.find((s): s is Json => isObject(s) && hasType(s, "TextPositionSelector"));
      break;
    }
  }
  if (!target || !quoteSel) {
    return bad(
      targets.every((t) => typeof t === "string")
        ? "its target is a whole page (a bare IRI) with no TextQuoteSelector; Sourcemark needs the quoted text"
        : "target has no TextQuoteSelector",
    );
  }
  const source = isObject(target.source) ? (target.source.id ?? target.source["@id"]) : target.source;
  if (typeof source !== "string") {
    return bad(
      source === undefined
        ? "its target has no source URL"
        : `its target source is ${describeJson(source)}, not a URL`,
    );
  }
  const { exact, prefix = "", suffix = "" } = quoteSel;
  if (typeof exact !== "string") {
    return bad(
      exact === undefined
        ? "its TextQuoteSelector has no exact text"
        : `its quoted text (exact) is ${describeJson(exact)}, not text`,
    );
  }
  if (typeof prefix !== "string") return bad(`its quote prefix is ${describeJson(prefix)}, not text`);
  if (typeof suffix !== "string") return bad(`its quote suffix is ${describeJson(suffix)}, not text`);

  let position = { start: -1, end: -1 };
  if (positionSel) {
    const { start, end } = positionSel;
    const ok = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
    if (!ok(start) || !ok(end))
      return bad("its TextPositionSelector start and end are not non-negative whole numbers");
    if (start > end) return bad(`its TextPositionSelector starts (${start}) after it ends (${end})`);
    position = { start, end };
  }

  // Bodies: notes and tags. A body without a purpose takes the annotation's motivation.
  const motivations = typesOf(raw.motivation);
  let note: string | undefined;
  const tags: string[] = [];
  const bodies = asList(raw.body);
  for (const [k, b] of bodies.entries()) {
    if (!isObject(b)) continue; // an IRI body (an external resource) says nothing we can keep
    const textual = hasType(b, "TextualBody") || (b.type === undefined && "value" in b);
    if (!textual) continue;
    const where = bodies.length > 1 ? `body ${k + 1}` : "its body";
    if (typeof b.value !== "string")
      return bad(`${where} has a value that is ${describeJson(b.value)}, not text`);
    if (b.purpose !== undefined && typeOfList(b.purpose) !== "strings")
      return bad(`${where} has a purpose that is not text`);
    const purposes = b.purpose === undefined ? motivations : typesOf(b.purpose);
    if (purposes.includes("tagging") || purposes.includes("oa:tagging")) tags.push(b.value);
    else note = note === undefined ? b.value : `${note}\n\n${b.value}`;
  }
  if (raw.bodyValue !== undefined) {
    if (typeof raw.bodyValue !== "string")
      return bad(`its bodyValue is ${describeJson(raw.bodyValue)}, not text`);
    if (motivations.includes("tagging") && note === undefined) tags.push(raw.bodyValue);
    else note = note === undefined ? raw.bodyValue : `${note}\n\n${raw.bodyValue}`;
  }

  // Dates.
  const { created, modified } = raw;
  if (created !== undefined && !isXsdDateTime(created))
    return bad(`its created date ${JSON.stringify(created)} is not a date-time`);
  if (modified !== undefined && !isXsdDateTime(modified))
    return bad(`its modified date ${JSON.stringify(modified)} is not a date-time`);
  const createdAt = created ?? modified ?? now;

  // Our extension terms: on the target or on the annotation.
  const ext = (key: string): unknown => target[`sm:${key}`] ?? raw[`sm:${key}`];
  const pageKey = ext("pageKey");
  if (pageKey !== undefined && typeof pageKey !== "string")
    return bad(`its sm:pageKey is ${describeJson(pageKey)}, not text`);
  const title = ext("pageTitle");
  if (title !== undefined && typeof title !== "string")
    return bad(`its sm:pageTitle is ${describeJson(title)}, not text`);
  const color = ext("color") ?? "yellow";
  if (typeof color !== "string" || !COLORS.includes(color as HighlightColor)) {
    return bad(`its colour ${JSON.stringify(color)} is not one of ${COLORS.join(", ")}`);
  }
  const claim = ext("claim");
  let claimRef: ClaimRef | undefined;
  if (claim !== undefined) {
    if (!isObject(claim)) return bad(`its sm:claim is ${describeJson(claim)}, not an object`);
    const { kind, speaker, speakerType, anonymous } = claim;
    if (
      typeof kind !== "string" ||
      typeof speaker !== "string" ||
      typeof speakerType !== "string" ||
      typeof anonymous !== "boolean"
    ) {
      return bad("its sm:claim needs text kind, speaker and speakerType and a true/false anonymous");
    }
    claimRef = { kind, speaker, speakerType, anonymous };
  }

  const declaredId =
    typeof rawId === "string" && rawId.startsWith(ID_PREFIX) && rawId.length > ID_PREFIX.length
      ? rawId.slice(ID_PREFIX.length)
      : undefined;
  const annotation: Annotation = {
    id: declaredId ?? globalThis.crypto.randomUUID(),
    pageKey: pageKey ?? pageKeyOf(source),
    url: source,
    title: title ?? "",
    selectors: { quote: { exact, prefix, suffix }, position },
    color: color as HighlightColor,
    note: note ?? "",
    tags,
    created: createdAt,
    updated: modified ?? createdAt,
  };
  if (claimRef) annotation.claimRef = claimRef;
  return shownId !== undefined ? { annotation, rawId: shownId } : { annotation };
}

function typeOfList(v: unknown): "strings" | "other" {
  return asList(v).every((x) => typeof x === "string") && (typeof v === "string" || Array.isArray(v))
    ? "strings"
    : "other";
}

const looksLikeAnnotation = (v: unknown) =>
  isObject(v) && (hasType(v, "Annotation") || v.target !== undefined);

/** Finds the list of records in a parsed document, or says why there is none. */
function recordsOf(doc: unknown): { items: unknown[] } | { error: string } {
  const shapeError = () => ({ error: `The file holds ${describeJson(doc)}; ${EXPECTED}.` });
  if (Array.isArray(doc)) {
    if (doc.length > 0 && !doc.some(looksLikeAnnotation)) {
      return { error: `The file holds ${describeJson(doc)}, none of them a Web Annotation; ${EXPECTED}.` };
    }
    return { items: doc };
  }
  if (!isObject(doc)) return shapeError();
  if (Array.isArray(doc["@graph"])) return recordsOf(doc["@graph"]);
  if (hasType(doc, "AnnotationCollection") || (doc.type === undefined && doc.first !== undefined)) {
    if (Array.isArray(doc.items)) return { items: doc.items };
    if (doc.first === undefined) {
      return doc.total === 0 || doc.total === undefined
        ? { items: [] }
        : {
            error: `The collection says it holds ${String(doc.total)} annotations but includes none of them.`,
          };
    }
    if (typeof doc.first === "string") {
      return {
        error: `The collection does not include its annotations: its first page is only a link (${doc.first.slice(0, 200)}). Export it with the annotations embedded.`,
      };
    }
    const items: unknown[] = [];
    const seen = new Set<unknown>();
    let page: unknown = doc.first;
    while (isObject(page) && !seen.has(page)) {
      seen.add(page);
      if (!Array.isArray(page.items)) return { error: "The collection's page has no list of items." };
      items.push(...page.items);
      page = page.next;
    }
    return { items };
  }
  if (hasType(doc, "AnnotationPage") || (doc.type === undefined && Array.isArray(doc.items))) {
    if (!Array.isArray(doc.items)) return { error: "The annotation page has no list of items." };
    return { items: doc.items };
  }
  if (looksLikeAnnotation(doc)) return { items: [doc] };
  return shapeError();
}

/**
 * Parses an import file. Accepts our AnnotationCollection, an AnnotationPage, a single Annotation or a
 * plain array of Annotations, from Sourcemark or from any tool writing W3C Web Annotations with
 * TextQuoteSelectors.
 */
export function parseImport(text: string, opts: ImportOptions = {}): ImportResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // A string's UTF-8 size is at least its length in code units, so most checks need no counting.
  if (text.length > maxBytes) {
    // Its length in code units is a lower bound of its size in bytes; counting more would only take time.
    return {
      ok: false,
      error: `The file is too large to import: it is at least ${formatSize(text.length, "floor")} and the limit is ${formatSize(maxBytes)}.`,
    };
  }
  if (text.length * 3 > maxBytes) {
    const size = utf8Length(text, maxBytes);
    if (size > maxBytes) {
      return {
        ok: false,
        error: `The file is too large to import: it is over ${formatSize(maxBytes)}, the limit.`,
      };
    }
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, error: "The file is empty." };

  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    const where = findJsonSyntaxError(body);
    const hint = sniff(body);
    const detail = where
      ? `${where.message} at line ${where.line}, column ${where.column} (${where.line}:${where.column})`
      : e instanceof Error
        ? e.message
        : String(e);
    return { ok: false, error: `${hint ? `${hint} ` : ""}The file is not valid JSON: ${detail}.` };
  }

  const found = recordsOf(doc);
  if ("error" in found) return { ok: false, error: found.error };

  const now = new Date().toISOString();
  const annotations: Annotation[] = [];
  const problems: Problem[] = [];
  const seenIds = new Map<string, number>();
  found.items.forEach((raw, index) => {
    let r: ReturnType<typeof readAnnotation>;
    try {
      r = readAnnotation(raw, now);
    } catch (e) {
      r = { error: `could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
    if ("error" in r) {
      const label = r.id !== undefined ? `item ${index + 1} (${r.id.slice(0, 100)})` : `item ${index + 1}`;
      problems.push({ index, ...(r.id !== undefined ? { id: r.id } : {}), message: `${label}: ${r.error}` });
      return;
    }
    // Ids as the file writes them (a foreign IRI gets a fresh UUID, so compare before that).
    const id = r.rawId ?? ID_PREFIX + r.annotation.id;
    const first = seenIds.get(id);
    if (first !== undefined) {
      problems.push({
        index,
        id,
        message: `item ${index + 1} (${id.slice(0, 100)}): has the same id as item ${first + 1}; only the first was kept`,
      });
      return;
    }
    seenIds.set(id, index);
    annotations.push(r.annotation);
  });
  return { ok: true, annotations, problems };
}

export interface ImportPlan {
  /** New annotations, to be added. */
  toAdd: Annotation[];
  /** Already in the library: the same id, or the same page, quote and position under another id. */
  alreadyThere: Annotation[];
  /** The same id as a library annotation whose content differs (e.g. its note was edited since). */
  conflicts: Array<{ incoming: Annotation; existing: Annotation }>;
}

const contentKey = (a: Annotation) =>
  JSON.stringify([a.pageKey, a.selectors.quote.exact, a.selectors.position.start, a.selectors.position.end]);

function sameContent(a: Annotation, b: Annotation): boolean {
  return (
    a.pageKey === b.pageKey &&
    a.url === b.url &&
    a.title === b.title &&
    a.color === b.color &&
    a.note === b.note &&
    a.created === b.created &&
    a.updated === b.updated &&
    JSON.stringify(a.selectors) === JSON.stringify(b.selectors) &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags) &&
    JSON.stringify(a.claimRef ?? null) === JSON.stringify(b.claimRef ?? null)
  );
}

/**
 * What importing `incoming` would do to the library: `existing` is the library by id (a Map also lets
 * us find content duplicates and edited copies; a Set of ids finds only same-id records).
 */
export function planImport(
  incoming: Annotation[],
  existing: Map<string, Annotation> | Set<string>,
): ImportPlan {
  const plan: ImportPlan = { toAdd: [], alreadyThere: [], conflicts: [] };
  const known = new Set<string>();
  if (existing instanceof Map) for (const a of existing.values()) known.add(contentKey(a));
  const addedIds = new Set<string>();
  for (const a of incoming) {
    if (existing.has(a.id)) {
      const old = existing instanceof Map ? existing.get(a.id) : undefined;
      if (old && !sameContent(a, old)) plan.conflicts.push({ incoming: a, existing: old });
      else plan.alreadyThere.push(a);
      continue;
    }
    const key = contentKey(a);
    if (known.has(key) || addedIds.has(a.id)) {
      plan.alreadyThere.push(a);
      continue;
    }
    known.add(key);
    addedIds.add(a.id);
    plan.toAdd.push(a);
  }
  return plan;
}
