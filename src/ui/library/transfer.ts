/**
 * Export and import for the library, the parts that need no UI: building the files, grouping
 * annotations by page for the Markdown report, and turning a parsed import into a plan the user
 * confirms. Pure (apart from `download`), so it is unit-tested.
 */
import type { Annotation } from "../../annotation/types";
import { annotationProblem } from "../../annotation/validate";
import { toCsv } from "../../formats/csv";
import { type ImportPlan, type Problem, parseImport, planImport } from "../../formats/import";
import { toJsonLd } from "../../formats/jsonld";
import { type MarkdownPage, toMarkdown } from "../../formats/markdown";
import type { PageRecord } from "../../store/schema";
import { excerpt, exportFileName } from "../shared/format";

export type ExportFormat = "jsonld" | "csv" | "markdown";

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The annotations grouped by page for the Markdown report: pages in `pages` order, then text order. */
export function markdownPages(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
): MarkdownPage[] {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byPage.get(a.pageKey);
    if (list) list.push(a);
    else byPage.set(a.pageKey, [a]);
  }
  const order = new Map(pages.map((p, i) => [p.pageKey, i]));
  const rank = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...byPage]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, list]) => {
      const record = pages.find((p) => p.pageKey === key);
      const sorted = [...list].sort((x, y) => x.selectors.position.start - y.selectors.position.start);
      const first = sorted[0]!;
      return { title: record?.title || first.title, url: record?.url || first.url, annotations: sorted };
    });
}

/** The file for `format`, named by today's date. */
export function exportFile(
  format: ExportFormat,
  annotations: Annotation[],
  pages: readonly PageRecord[],
  now: Date = new Date(),
  label?: string,
): ExportFile {
  switch (format) {
    case "jsonld":
      return {
        name: exportFileName("jsonld", now),
        type: "application/ld+json",
        text: `${JSON.stringify(toJsonLd(annotations, { generated: now.toISOString(), ...(label ? { label } : {}) }), null, 2)}\n`,
      };
    case "csv":
      return { name: exportFileName("csv", now), type: "text/csv;charset=utf-8", text: toCsv(annotations) };
    case "markdown":
      return {
        name: exportFileName("md", now),
        type: "text/markdown;charset=utf-8",
        text: toMarkdown(markdownPages(annotations, pages)),
      };
  }
}

/** Saves `file` through the browser's download (a Blob, an object URL and an `<a download>`). */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface ImportPreview {
  /** What saving adds. */
  toAdd: Annotation[];
  /** Already in the library, unchanged. */
  alreadyThere: number;
  /** Same id as one in the library but edited differently: kept as is unless the user chooses otherwise. */
  conflicts: ImportPlan["conflicts"];
  /** Records that will not be imported, with where they are in the file. */
  problems: Problem[];
}

/**
 * What importing `text` would do, given the library's annotations. Records the background would
 * refuse to save are listed as problems rather than failing the import half-way.
 */
export function previewImport(
  text: string,
  library: readonly Annotation[],
  maxBytes?: number,
): { ok: true; preview: ImportPreview } | { ok: false; error: string } {
  const parsed = parseImport(text, maxBytes === undefined ? {} : { maxBytes });
  if (!parsed.ok) return parsed;
  const problems = [...parsed.problems];
  // parseImport keeps the good records in file order and names the others, so each record's place
  // in the file is the next index that is not a problem.
  const skipped = new Set(parsed.problems.map((p) => p.index));
  let index = -1;
  const saveable: Annotation[] = [];
  for (const a of parsed.annotations) {
    do index++;
    while (skipped.has(index));
    const problem = annotationProblem(a);
    if (problem) {
      problems.push({
        index,
        id: a.id,
        message: `item ${index + 1} (“${excerpt(a.selectors?.quote?.exact ?? "", 40)}”): Sourcemark can’t save it: ${problem}`,
      });
    } else saveable.push(a);
  }
  const plan = planImport(saveable, new Map(library.map((a) => [a.id, a])));
  problems.sort((a, b) => a.index - b.index);
  return {
    ok: true,
    preview: {
      toAdd: plan.toAdd,
      alreadyThere: plan.alreadyThere.length,
      conflicts: plan.conflicts,
      problems,
    },
  };
}

/** What "Import N" saves: the new annotations, plus the file's version of conflicts when chosen. */
export function toSave(preview: ImportPreview, replaceConflicts: boolean): Annotation[] {
  return replaceConflicts ? [...preview.toAdd, ...preview.conflicts.map((c) => c.incoming)] : preview.toAdd;
}
