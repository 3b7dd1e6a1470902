/**
 * The library's Export menu and Import dialog. Export writes everything, or what the current search
 * shows, as JSON-LD (W3C Web Annotations), CSV or a Markdown report. Import reads a JSON-LD file,
 * shows what it would add, and saves only when the user confirms, all or nothing, with progress and Cancel.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Annotation } from "../../annotation/types";
import { DEFAULT_MAX_BYTES } from "../../formats/import";
import { plural } from "../shared/format";
import { api } from "./api";
import {
  download,
  type ExportFormat,
  exportFile,
  type ImportPreview,
  previewImport,
  toSave,
} from "./transfer";

const SHOWN_PROBLEMS = 200;

export interface ImportExportProps {
  /** What the current search (and page choice) shows. */
  shown: readonly Annotation[];
  /** True when a search or page choice narrows the list, so "this search" means something. */
  filtering: boolean;
  onError: (e: unknown) => void;
  onNotice: (message: string) => void;
}

export function ImportExport({ shown, filtering, onError, onNotice }: ImportExportProps) {
  return (
    <div class="io" role="toolbar" aria-label="Export and import">
      <ExportMenu shown={shown} filtering={filtering} onError={onError} onNotice={onNotice} />
      <ImportButton onError={onError} onNotice={onNotice} />
    </div>
  );
}

const FORMATS: Array<{ format: ExportFormat; label: string; hint: string }> = [
  { format: "jsonld", label: "JSON-LD", hint: "W3C Web Annotations; imports back into Sourcemark" },
  { format: "csv", label: "CSV", hint: "one row per annotation, for spreadsheets" },
  { format: "markdown", label: "Markdown", hint: "a readable report, page by page" },
];

function ExportMenu({ shown, filtering, onError, onNotice }: ImportExportProps) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<"all" | "search">("all");
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const scoped = filtering ? scope : "all";

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("input:checked, button")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !toggle.current?.contains(t)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const [list, pages] = await Promise.all([
        scoped === "search" ? Promise.resolve([...shown]) : api.search({ sort: "newest" }),
        api.pages(),
      ]);
      const file = exportFile(
        format,
        list,
        pages,
        new Date(),
        scoped === "search" ? "Sourcemark annotations (search)" : undefined,
      );
      download(file);
      setOpen(false);
      toggle.current?.focus();
      onNotice(`Exported ${plural(list.length, "annotation")} to ${file.name}.`);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="menu-anchor">
      <button
        type="button"
        ref={toggle}
        data-testid="export"
        aria-expanded={open}
        aria-controls="export-panel"
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            fill="currentColor"
            d="M7.25 1h1.5v7.19l2.22-2.22 1.06 1.06L8 11.06 3.97 7.03l1.06-1.06 2.22 2.22V1ZM2 12.5h12V14H2v-1.5Z"
          />
        </svg>
        Export
        <span class="caret" aria-hidden="true" />
      </button>
      {open && (
        <div class="menu" id="export-panel" ref={panel} data-testid="export-menu">
          <fieldset>
            <legend>What</legend>
            <label>
              <input
                type="radio"
                name="export-scope"
                data-testid="export-scope-all"
                checked={scoped === "all"}
                onChange={() => setScope("all")}
              />{" "}
              Everything
            </label>
            <label class={filtering ? "" : "disabled"}>
              <input
                type="radio"
                name="export-scope"
                data-testid="export-scope-search"
                disabled={!filtering}
                checked={scoped === "search"}
                onChange={() => setScope("search")}
              />{" "}
              What this search shows{filtering ? ` (${shown.length})` : ""}
            </label>
          </fieldset>
          <fieldset>
            <legend>Format</legend>
            {FORMATS.map((f) => (
              <button
                key={f.format}
                type="button"
                class="menu-item"
                data-testid={`export-${f.format}`}
                disabled={busy}
                onClick={() => void run(f.format)}
              >
                <strong>{f.label}</strong>
                <span class="muted">{f.hint}</span>
              </button>
            ))}
          </fieldset>
        </div>
      )}
    </div>
  );
}

type ImportState =
  | { phase: "closed" }
  | { phase: "reading"; fileName: string }
  | { phase: "preview"; fileName: string; preview: ImportPreview; replace: boolean }
  | { phase: "saving"; fileName: string; done: number; total: number }
  | { phase: "stopped"; fileName: string; done: number; total: number; error?: string };

function ImportButton({ onError, onNotice }: Pick<ImportExportProps, "onError" | "onNotice">) {
  const [state, setState] = useState<ImportState>({ phase: "closed" });
  const file = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  const choose = async (f: File | undefined) => {
    if (file.current) file.current.value = ""; // Choosing the same file again still fires.
    if (!f) return;
    if (f.size > DEFAULT_MAX_BYTES) {
      onError(
        `Could not import “${f.name}”: the file is too large to import: it is ${(f.size / 1e6).toFixed(1)} MB and the limit is ${DEFAULT_MAX_BYTES / 1e6} MB.`,
      );
      return;
    }
    setState({ phase: "reading", fileName: f.name });
    try {
      const [text, library] = await Promise.all([f.text(), api.search({})]);
      const result = previewImport(text, library);
      if (!result.ok) {
        setState({ phase: "closed" });
        onError(`Could not import “${f.name}”: ${result.error}`);
        return;
      }
      setState({ phase: "preview", fileName: f.name, preview: result.preview, replace: false });
    } catch (e) {
      setState({ phase: "closed" });
      onError(e);
    }
  };

  /**
   * Saves everything in one transaction in the background, all or nothing: a cancelled or failed
   * import leaves the library exactly as it was. Progress is polled while it runs.
   */
  const confirm = async (list: Annotation[], fileName: string) => {
    cancelled.current = false;
    setState({ phase: "saving", fileName, done: 0, total: list.length });
    const poll = setInterval(async () => {
      const p = await api.importProgress();
      if (p && !cancelled.current) setState({ phase: "saving", fileName, done: p.done, total: list.length });
    }, 150);
    try {
      const done = await api.import(list);
      setState({ phase: "closed" });
      button.current?.focus();
      onNotice(`Imported ${plural(done, "annotation")} from ${fileName}.`);
    } catch (e) {
      setState({
        phase: "stopped",
        fileName,
        done: 0,
        total: list.length,
        ...(cancelled.current ? {} : { error: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      clearInterval(poll);
    }
  };

  const close = () => {
    if (state.phase === "saving") {
      cancelled.current = true; // The background aborts the transaction: nothing is kept.
      void api.cancelImport();
      setState({ ...state });
      return;
    }
    setState({ phase: "closed" });
    button.current?.focus();
  };

  return (
    <>
      <button
        type="button"
        ref={button}
        data-testid="import"
        disabled={state.phase === "reading"}
        onClick={() => file.current?.click()}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            fill="currentColor"
            d="M7.25 11.06V3.87L5.03 6.09 3.97 5.03 8 1l4.03 4.03-1.06 1.06-2.22-2.22v7.19h-1.5ZM2 12.5h12V14H2v-1.5Z"
          />
        </svg>
        {state.phase === "reading" ? "Reading…" : "Import"}
      </button>
      <input
        ref={file}
        type="file"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="import-file"
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {state.phase !== "closed" && state.phase !== "reading" && (
        <ImportDialog
          state={state}
          stopping={cancelled.current}
          onClose={close}
          onChange={setState}
          onConfirm={(list, name) => void confirm(list, name)}
        />
      )}
    </>
  );
}

function ImportDialog({
  state,
  onClose,
  onChange,
  onConfirm,
  stopping,
}: {
  stopping: boolean;
  state: Exclude<ImportState, { phase: "closed" } | { phase: "reading" }>;
  onClose: () => void;
  onChange: (s: ImportState) => void;
  onConfirm: (list: Annotation[], fileName: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  let body: preact.ComponentChildren;
  if (state.phase === "preview") {
    const { preview, replace, fileName } = state;
    const list = toSave(preview, replace);
    const shownProblems = preview.problems.slice(0, SHOWN_PROBLEMS);
    body = (
      <>
        <ul class="plan">
          <li data-testid="import-add-count">
            <strong>{preview.toAdd.length}</strong> new{" "}
            {preview.toAdd.length === 1 ? "annotation" : "annotations"} to add
          </li>
          <li data-testid="import-existing-count">
            <strong>{preview.alreadyThere}</strong> already in your library
          </li>
          {preview.conflicts.length > 0 && (
            <li data-testid="import-conflict-count">
              <strong>{preview.conflicts.length}</strong> already in your library but changed since
              <label class="replace">
                <input
                  type="checkbox"
                  data-testid="import-replace"
                  checked={replace}
                  onChange={(e) => onChange({ ...state, replace: e.currentTarget.checked })}
                />{" "}
                Replace my copies with the file’s version
              </label>
            </li>
          )}
          <li data-testid="import-problem-count" class={preview.problems.length ? "warn" : ""}>
            <strong>{preview.problems.length}</strong>{" "}
            {preview.problems.length === 1 ? "problem" : "problems"}
            {preview.problems.length > 0 && " (these records are skipped)"}
          </li>
        </ul>
        {preview.problems.length > 0 && (
          <details class="problems" open={preview.problems.length <= 5}>
            <summary>Show the problems</summary>
            <ol data-testid="import-problems">
              {shownProblems.map((p) => (
                <li key={`${p.index}:${p.id ?? ""}:${p.message}`}>{p.message}</li>
              ))}
            </ol>
            {preview.problems.length > shownProblems.length && (
              <p class="muted">…and {preview.problems.length - shownProblems.length} more.</p>
            )}
          </details>
        )}
        <p class="muted small">Nothing is saved until you choose Import.</p>
        <div class="dialog-buttons">
          <button type="button" data-testid="import-cancel" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            class="primary"
            data-testid="import-confirm"
            disabled={list.length === 0}
            onClick={() => onConfirm(list, fileName)}
          >
            Import {list.length}
          </button>
        </div>
      </>
    );
  } else if (state.phase === "saving") {
    body = (
      <>
        <label class="progress">
          <span>
            Saving {state.done} of {state.total}…
          </span>
          <progress data-testid="import-progress" max={state.total} value={state.done} />
        </label>
        <div class="dialog-buttons">
          <button type="button" data-testid="import-cancel" disabled={stopping} onClick={onClose}>
            {stopping ? "Stopping…" : "Cancel"}
          </button>
        </div>
      </>
    );
  } else {
    body = (
      <>
        {state.error ? (
          <p role="alert" class="dialog-error" data-testid="import-error">
            {state.error}
          </p>
        ) : (
          <p>Import cancelled.</p>
        )}
        <p data-testid="import-result">Nothing was imported: your library is as it was.</p>
        <div class="dialog-buttons">
          <button type="button" class="primary" data-testid="import-close" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  }

  return (
    <dialog
      ref={dialog}
      class="import-dialog"
      data-testid="import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault(); // Escape: the same as Cancel (which, while saving, aborts the import).
        onClose();
      }}
    >
      <h2 id="import-title">Import “{state.fileName}”</h2>
      {body}
    </dialog>
  );
}
