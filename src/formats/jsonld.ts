/**
 * Export to the W3C Web Annotation Data Model, serialised as JSON-LD: one AnnotationCollection
 * holding one embedded AnnotationPage. What the model has no word for (colour, page key, page title,
 * the claim a highlight is linked to) goes under our own `sm:` namespace, declared in the
 * `@context`; see README.md beside this file. `parseImport` (import.ts) reads it back field for field.
 */

import type { Annotation } from "../annotation/types";

/** The Web Annotation JSON-LD context every export names first. */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** Our namespace for the terms the Web Annotation vocabulary does not have. */
export const SM_NAMESPACE = "https://sourcemark.dev/ns#";

/**
 * Our extension context. The export writes the compact IRIs (`sm:color`, ...); the short terms are
 * declared too so that a consumer compacting with this context gets readable names.
 */
export const SM_CONTEXT = {
  sm: SM_NAMESPACE,
  color: "sm:color",
  pageKey: "sm:pageKey",
  pageTitle: "sm:pageTitle",
  claim: "sm:claim",
  kind: "sm:claimKind",
  speaker: "sm:speaker",
  speakerType: "sm:speakerType",
  anonymous: "sm:anonymous",
} as const;

/** The prefix that turns our annotation ids (UUIDs) into IRIs. */
export const ID_PREFIX = "urn:uuid:";

export interface JsonLdMeta {
  /** A label for the collection (default "Sourcemark annotations"). */
  label?: string;
  /** When the export was made (xsd:dateTime); left out when not given. */
  generated?: string;
  /** The collection's IRI; a fresh urn:uuid when not given. */
  id?: string;
}

/** Bodies as we write them: always TextualBody. */
export interface TextualBodyJson {
  type: "TextualBody";
  value: string;
  format?: "text/plain";
  purpose: "commenting" | "tagging";
}

/**
 * Motivation: "commenting" when the annotation has a note, else "tagging" when it has tags,
 * else "highlighting". Each body also says its own purpose, so a reader needs only the bodies.
 */
export function motivationOf(a: Annotation): "commenting" | "tagging" | "highlighting" {
  if (a.note !== "") return "commenting";
  if (a.tags.length > 0) return "tagging";
  return "highlighting";
}

/** Whether a stored position is a real one (imports without a TextPositionSelector keep -1/-1). */
export function hasPosition(a: Annotation): boolean {
  const { start, end } = a.selectors.position;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end;
}

/** One annotation as a W3C Web Annotation (without `@context`: it sits inside the collection). */
export function annotationToJsonLd(a: Annotation): Record<string, unknown> {
  const body: TextualBodyJson[] = [];
  if (a.note !== "")
    body.push({ type: "TextualBody", value: a.note, format: "text/plain", purpose: "commenting" });
  for (const tag of a.tags) body.push({ type: "TextualBody", value: tag, purpose: "tagging" });

  const selector: Record<string, unknown>[] = [
    {
      type: "TextQuoteSelector",
      exact: a.selectors.quote.exact,
      prefix: a.selectors.quote.prefix,
      suffix: a.selectors.quote.suffix,
    },
  ];
  if (hasPosition(a)) {
    selector.push({
      type: "TextPositionSelector",
      start: a.selectors.position.start,
      end: a.selectors.position.end,
    });
  }

  const out: Record<string, unknown> = {
    id: ID_PREFIX + a.id,
    type: "Annotation",
    motivation: motivationOf(a),
    created: a.created,
    modified: a.updated,
  };
  if (body.length > 0) out.body = body;
  out.target = { source: a.url, selector, "sm:pageKey": a.pageKey, "sm:pageTitle": a.title };
  out["sm:color"] = a.color;
  if (a.claimRef) {
    const { kind, speaker, speakerType, anonymous } = a.claimRef;
    out["sm:claim"] = { kind, speaker, speakerType, anonymous };
  }
  return out;
}

/** The user's annotations as one AnnotationCollection with its items in one embedded page. */
export function toJsonLd(annotations: Annotation[], meta: JsonLdMeta = {}): Record<string, unknown> {
  const id = meta.id ?? ID_PREFIX + globalThis.crypto.randomUUID();
  const collection: Record<string, unknown> = {
    "@context": [ANNO_CONTEXT, SM_CONTEXT],
    id,
    type: "AnnotationCollection",
    label: meta.label ?? "Sourcemark annotations",
    total: annotations.length,
    generator: { id: "https://sourcemark.dev/", type: "Software", name: "Sourcemark" },
  };
  if (meta.generated !== undefined) collection.generated = meta.generated;
  collection.first = {
    id: `${id}#page-1`,
    type: "AnnotationPage",
    startIndex: 0,
    items: annotations.map(annotationToJsonLd),
  };
  return collection;
}
