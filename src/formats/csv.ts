/**
 * CSV export for spreadsheets (RFC 4180), and a parser for it. Rows end with CRLF; a field is quoted
 * when it holds a '"', ',', CR or LF, with quotes doubled. The file starts with a UTF-8 byte order
 * mark so that Excel reads it as UTF-8 (leave it out with `{ bom: false }`).
 *
 * Spreadsheet safety (OWASP, CSV injection): a cell that starts with '=', '+', '-', '@', a tab or a
 * CR would be read as a formula, so it is written with an apostrophe in front ("=1+1" becomes
 * "'=1+1"). The apostrophe is part of the exported text; nothing else is changed. An unknown position
 * (-1, see import.ts) is written as empty start and end cells.
 */

import type { Annotation } from "../annotation/types";
import { hasPosition } from "./jsonld";

export const CSV_COLUMNS = [
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
] as const;

/** How tags are joined in the tags cell. */
export const TAG_SEPARATOR = "; ";

/** A cell with the apostrophe a spreadsheet needs to take it as text, when it starts like a formula. */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One field as RFC 4180 writes it. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The cells of one annotation, in CSV_COLUMNS order, before the spreadsheet-safety prefix. */
export function csvCells(a: Annotation): string[] {
  const pos = hasPosition(a);
  return [
    a.id,
    a.title,
    a.url,
    a.pageKey,
    a.selectors.quote.exact,
    a.selectors.quote.prefix,
    a.selectors.quote.suffix,
    pos ? String(a.selectors.position.start) : "",
    pos ? String(a.selectors.position.end) : "",
    a.color,
    a.note,
    a.tags.join(TAG_SEPARATOR),
    a.claimRef?.kind ?? "",
    a.claimRef?.speaker ?? "",
    a.claimRef?.speakerType ?? "",
    a.claimRef ? String(a.claimRef.anonymous) : "",
    a.created,
    a.updated,
  ];
}

/** The annotations as a CSV file: a header row, then one row per annotation. */
export function toCsv(annotations: Annotation[], opts: { bom?: boolean } = {}): string {
  const rows = [[...CSV_COLUMNS], ...annotations.map(csvCells)];
  const text = rows.map((row) => `${row.map((c) => csvField(spreadsheetSafe(c))).join(",")}\r\n`).join("");
  return (opts.bom ?? true) ? `\uFEFF${text}` : text;
}

/**
 * Parses CSV (RFC 4180; LF or CR alone also end a row) into rows of cells. A leading byte order
 * mark is dropped; a last row without a line end is kept; a quoted field left open throws.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = s.length;
  if (n === 0) return rows;
  for (;;) {
    // One field, starting at i.
    let cell = "";
    if (s[i] === '"') {
      const open = i;
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) throw new Error(`CSV: a quoted field opened at offset ${open} is never closed`);
        cell += s.slice(i, q);
        if (s[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator is kept as is (lenient).
      const m = /[,\r\n]/g;
      m.lastIndex = i;
      const next = m.exec(s);
      const stop = next ? next.index : n;
      cell += s.slice(i, stop);
      i = stop;
    } else {
      const m = /[,\r\n]/g;
      m.lastIndex = i;
      const next = m.exec(s);
      const stop = next ? next.index : n;
      cell = s.slice(i, stop);
      i = stop;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const sep = s[i];
    if (sep === ",") {
      i++;
      continue;
    }
    // A line end: CRLF, LF or CR.
    i += sep === "\r" && s[i + 1] === "\n" ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}
