/**
 * A checker for the parts of the W3C Web Annotation Data Model that Sourcemark writes and reads:
 * required fields and their types, selector and body shapes, motivations, and date-times. It is no
 * full JSON-LD processor; it exists so tests can hold our export (and the examples we accept) to the
 * model. Each error is one line: a path into the object, then what is wrong.
 */

import { ANNO_CONTEXT } from "./jsonld";

/** The motivations (and body purposes) the model defines. */
export const MOTIVATIONS: readonly string[] = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];

/** The selector classes the model defines. */
export const SELECTOR_TYPES: readonly string[] = [
  "FragmentSelector",
  "CssSelector",
  "XPathSelector",
  "TextQuoteSelector",
  "TextPositionSelector",
  "DataPositionSelector",
  "SvgSelector",
  "RangeSelector",
];

const XSD_DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether `s` is an xsd:dateTime with a real calendar date ("2026-02-30T..." is not). */
export function isXsdDateTime(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = XSD_DATE_TIME.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  if (day > days) return false;
  if (hour === 24) return minute === 0 && second === 0 && !m[7];
  if (hour > 23 || minute > 59 || second > 59) return false;
  const tz = m[8];
  if (tz && tz !== "Z") {
    const [h, mm] = tz.slice(1).split(":").map(Number) as [number, number];
    if (h > 14 || mm > 59 || (h === 14 && mm !== 0)) return false;
  }
  return true;
}

/** Whether `s` looks like an absolute IRI: a scheme, a colon, and no spaces or forbidden characters. */
export function isIri(s: unknown): s is string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
  return typeof s === "string" && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]*$/.test(s);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const typesOf = (v: unknown): string[] => asList(v).filter((t): t is string => typeof t === "string");
const isNonNegativeInteger = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= 0;

function checkContext(obj: Record<string, unknown>, errors: string[]): void {
  const ctx = obj["@context"];
  if (ctx === undefined) errors.push(`@context: missing; it must include ${ANNO_CONTEXT}`);
  else if (!asList(ctx).includes(ANNO_CONTEXT)) errors.push(`@context: does not include ${ANNO_CONTEXT}`);
}

function checkSelector(sel: unknown, path: string, errors: string[], depth = 0): void {
  if (depth > 16) {
    errors.push(`${path}: selectors nested more than 16 levels deep; not checked further`);
    return;
  }
  if (!isObject(sel)) {
    errors.push(`${path}: a selector must be an object`);
    return;
  }
  const type = sel.type;
  if (typeof type !== "string") {
    errors.push(`${path}.type: missing`);
    return;
  }
  if (!SELECTOR_TYPES.includes(type))
    errors.push(`${path}.type: "${type}" is not a selector type of the model`);
  switch (type) {
    case "TextQuoteSelector":
      if (typeof sel.exact !== "string") errors.push(`${path}.exact: must be a string`);
      for (const k of ["prefix", "suffix"] as const) {
        if (sel[k] !== undefined && typeof sel[k] !== "string") errors.push(`${path}.${k}: must be a string`);
      }
      break;
    case "TextPositionSelector":
    case "DataPositionSelector":
      if (!isNonNegativeInteger(sel.start)) errors.push(`${path}.start: must be a non-negative integer`);
      if (!isNonNegativeInteger(sel.end)) errors.push(`${path}.end: must be a non-negative integer`);
      if (isNonNegativeInteger(sel.start) && isNonNegativeInteger(sel.end) && sel.start > sel.end) {
        errors.push(`${path}: start (${sel.start}) is after end (${sel.end})`);
      }
      break;
    case "FragmentSelector":
    case "CssSelector":
    case "XPathSelector":
      if (typeof sel.value !== "string") errors.push(`${path}.value: must be a string`);
      break;
    case "SvgSelector":
      if (typeof sel.value !== "string" && !isIri(sel.id)) errors.push(`${path}: needs a value or an id`);
      break;
    case "RangeSelector":
      checkSelector(sel.startSelector, `${path}.startSelector`, errors, depth + 1);
      checkSelector(sel.endSelector, `${path}.endSelector`, errors, depth + 1);
      break;
  }
  if (sel.refinedBy !== undefined) {
    asList(sel.refinedBy).forEach((r, i) => {
      checkSelector(r, `${path}.refinedBy[${i}]`, errors, depth + 1);
    });
  }
}

function checkPurpose(purpose: unknown, path: string, errors: string[]): void {
  if (purpose === undefined) return;
  for (const p of asList(purpose)) {
    if (typeof p !== "string" || !MOTIVATIONS.includes(p)) {
      errors.push(`${path}: ${JSON.stringify(p)} is not a motivation of the model`);
    }
  }
}

function checkBody(body: unknown, path: string, errors: string[]): void {
  if (typeof body === "string") {
    if (!isIri(body)) errors.push(`${path}: a body given as a string must be an IRI`);
    return;
  }
  if (!isObject(body)) {
    errors.push(`${path}: a body must be an IRI or an object`);
    return;
  }
  const types = typesOf(body.type);
  if (types.includes("TextualBody")) {
    if (typeof body.value !== "string") errors.push(`${path}.value: a TextualBody must have a string value`);
    if (body.format !== undefined && typeof body.format !== "string")
      errors.push(`${path}.format: must be a string`);
    if (body.language !== undefined && typeof body.language !== "string") {
      errors.push(`${path}.language: must be a string`);
    }
  } else if (types.includes("SpecificResource")) {
    if (!isIri(body.source) && !isObject(body.source))
      errors.push(`${path}.source: must be an IRI or a resource`);
  } else if (body.id !== undefined && !isIri(body.id)) {
    errors.push(`${path}.id: must be an IRI`);
  }
  checkPurpose(body.purpose, `${path}.purpose`, errors);
}

function checkTarget(target: unknown, path: string, errors: string[]): void {
  if (typeof target === "string") {
    if (!isIri(target)) errors.push(`${path}: a target given as a string must be an IRI`);
    return;
  }
  if (!isObject(target)) {
    errors.push(`${path}: a target must be an IRI or an object`);
    return;
  }
  if (target.source === undefined) {
    if (!isIri(target.id)) errors.push(`${path}: needs a source IRI (or an id, for a whole resource)`);
    return;
  }
  const source = isObject(target.source) ? target.source.id : target.source;
  if (!isIri(source)) errors.push(`${path}.source: must be an IRI`);
  if (target.selector !== undefined) {
    const list = asList(target.selector);
    if (list.length === 0) errors.push(`${path}.selector: is empty`);
    list.forEach((s, i) => {
      checkSelector(
        s,
        Array.isArray(target.selector) ? `${path}.selector[${i}]` : `${path}.selector`,
        errors,
      );
    });
  }
  checkPurpose(target.purpose, `${path}.purpose`, errors);
}

function checkAnnotation(a: unknown, path: string, errors: string[], needsContext: boolean): void {
  if (!isObject(a)) {
    errors.push(`${path || "annotation"}: must be an object`);
    return;
  }
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (needsContext) checkContext(a, errors);
  if (!isIri(a.id)) errors.push(`${at("id")}: must be an IRI`);
  if (!typesOf(a.type).includes("Annotation")) errors.push(`${at("type")}: must be "Annotation"`);
  if (a.motivation !== undefined) {
    for (const m of asList(a.motivation)) {
      if (typeof m !== "string" || !MOTIVATIONS.includes(m)) {
        errors.push(`${at("motivation")}: ${JSON.stringify(m)} is not a motivation of the model`);
      }
    }
  }
  for (const k of ["created", "modified", "generated"] as const) {
    if (a[k] !== undefined && !isXsdDateTime(a[k])) errors.push(`${at(k)}: must be an xsd:dateTime`);
  }
  if (a.target === undefined || (Array.isArray(a.target) && a.target.length === 0)) {
    errors.push(`${at("target")}: missing; an Annotation must have a target`);
  } else {
    asList(a.target).forEach((t, i) => {
      checkTarget(t, Array.isArray(a.target) ? `${at("target")}[${i}]` : at("target"), errors);
    });
  }
  if (a.body !== undefined) {
    asList(a.body).forEach((b, i) => {
      checkBody(b, Array.isArray(a.body) ? `${at("body")}[${i}]` : at("body"), errors);
    });
    if (a.bodyValue !== undefined) errors.push(`${at("bodyValue")}: must not be given together with body`);
  } else if (a.bodyValue !== undefined && typeof a.bodyValue !== "string") {
    errors.push(`${at("bodyValue")}: must be a string`);
  }
}

function checkPage(p: unknown, path: string, errors: string[], needsContext: boolean): void {
  if (!isObject(p)) {
    errors.push(`${path || "page"}: must be an object`);
    return;
  }
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (needsContext) checkContext(p, errors);
  if (!typesOf(p.type).includes("AnnotationPage")) errors.push(`${at("type")}: must be "AnnotationPage"`);
  if (p.id !== undefined && !isIri(p.id)) errors.push(`${at("id")}: must be an IRI`);
  if (p.startIndex !== undefined && !isNonNegativeInteger(p.startIndex)) {
    errors.push(`${at("startIndex")}: must be a non-negative integer`);
  }
  if (!Array.isArray(p.items)) {
    errors.push(`${at("items")}: must be a list of annotations`);
    return;
  }
  p.items.forEach((item, i) => {
    checkAnnotation(item, `${at("items")}[${i}]`, errors, false);
  });
}

/**
 * Checks an Annotation, an AnnotationPage or an AnnotationCollection (with its first page embedded
 * or linked) against the model. Returns the errors found; an empty list means valid.
 */
export function validateWebAnnotation(obj: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(obj)) return ["the document must be a JSON object"];
  const types = typesOf(obj.type);
  if (types.includes("AnnotationCollection")) {
    checkContext(obj, errors);
    if (!isIri(obj.id)) errors.push("id: a collection must have an IRI");
    if (obj.label !== undefined && typeof obj.label !== "string") errors.push("label: must be a string");
    if (obj.total !== undefined && !isNonNegativeInteger(obj.total))
      errors.push("total: must be a non-negative integer");
    if (obj.generated !== undefined && !isXsdDateTime(obj.generated))
      errors.push("generated: must be an xsd:dateTime");
    if (typeof obj.first === "string") {
      if (!isIri(obj.first)) errors.push("first: must be an IRI or an AnnotationPage");
    } else if (obj.first !== undefined) {
      checkPage(obj.first, "first", errors, false);
      if (isObject(obj.first) && Array.isArray(obj.first.items) && obj.first.next === undefined) {
        if (isNonNegativeInteger(obj.total) && obj.total !== obj.first.items.length) {
          errors.push(`total: says ${obj.total} but the only page holds ${obj.first.items.length}`);
        }
      }
    } else if (obj.total !== 0) {
      errors.push("first: a non-empty collection must have a first page");
    }
  } else if (types.includes("AnnotationPage")) {
    checkPage(obj, "", errors, true);
  } else {
    checkAnnotation(obj, "", errors, true);
  }
  return errors;
}
