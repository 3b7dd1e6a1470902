/**
 * The selection toolbar and the annotation editor, inside the overlay's closed shadow root.
 * - Select text in the article: a small bar of colours appears under the selection; a colour
 *   highlights it, "Note" highlights and opens the editor.
 * - Click a highlight of your own: the editor opens (colour, note, tags with autocomplete, delete).
 * Everything is plain DOM (no framework in the content script) and reachable by keyboard; Escape
 * closes. Layout is fixed so that it never moves the page.
 */
import type { Annotation, HighlightColor } from "../annotation/types";
import { COLORS, TAXONOMY } from "../annotation/validate";
import { overlayRoot, overlayStyle } from "./overlay";

const SWATCH: Record<HighlightColor, string> = {
  yellow: "#ffe93b",
  green: "#81e689",
  blue: "#78beff",
  pink: "#ff96c8",
  purple: "#bea0ff",
};

/** The bar sits BAR_GAP px under the selection's last line; sizes in px. */
const BAR_GAP = 8;
const BAR_PADDING = 4;
const BUTTON_SIZE = 24;
const BUTTON_GAP = 4;

const STYLE = `
.bar, .editor { position: fixed; z-index: 2147483647; background: #1f2328; color: #f6f8fa;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.3); }
.bar { display: flex; gap: ${BUTTON_GAP}px; padding: ${BAR_PADDING}px; }
button { font: inherit; color: inherit; cursor: pointer; border: 0; border-radius: 6px; background: #30363d; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #58a6ff; outline-offset: 1px; }
.swatch { width: ${BUTTON_SIZE}px; height: ${BUTTON_SIZE}px; padding: 0; border: 2px solid transparent; }
.swatch[aria-pressed="true"] { border-color: #f6f8fa; }
.text { height: ${BUTTON_SIZE}px; padding: 0 8px; }
.editor { width: 320px; padding: 10px; display: grid; gap: 8px; }
.row { display: flex; gap: 4px; align-items: center; flex-wrap: wrap; }
textarea, input { width: 100%; font: inherit; color: #f6f8fa; background: #0d1117; border: 1px solid #30363d;
  border-radius: 6px; padding: 6px; }
textarea { min-height: 64px; resize: vertical; }
.chip { display: inline-flex; align-items: center; gap: 2px; padding: 0 2px 0 8px; border-radius: 999px; background: #30363d; font-size: 12px; }
.chip button { background: none; padding: 0 6px; }
.quick button { font-size: 12px; padding: 2px 8px; }
.quick button[aria-pressed="true"] { background: #1f6feb; }
.actions { display: flex; justify-content: space-between; }
.danger { background: #8e1519; padding: 4px 10px; }
.primary { background: #1f6feb; padding: 4px 10px; }
.status { color: #ffa198; font-size: 12px; min-height: 1em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export interface ToolbarActions {
  /** Highlights the current selection in `color`; resolves to the new annotation, or null. */
  highlight(color: HighlightColor): Promise<Annotation | null>;
  save(annotation: Annotation): Promise<Annotation>;
  remove(id: string): Promise<void>;
  /** Tags in use, for autocomplete. */
  tags(): Promise<string[]>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export class Toolbar {
  private bar: HTMLDivElement | null = null;
  private editor: HTMLDivElement | null = null;
  private styled: ShadowRoot | null = null;

  constructor(private readonly actions: ToolbarActions) {}

  private root(): ShadowRoot {
    const root = overlayRoot();
    if (this.styled !== root) {
      overlayStyle(STYLE);
      this.styled = root;
    }
    return root;
  }

  /** Shows the colour bar under `rect` (the selection's last line box). */
  showBar(rect: DOMRect): void {
    this.hideBar();
    const bar = el("div", { className: "bar" });
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Sourcemark: highlight the selection");
    for (const color of COLORS) {
      const b = el("button", { className: "swatch", title: `Highlight (${color})`, type: "button" });
      b.style.background = SWATCH[color];
      b.setAttribute("aria-label", `Highlight in ${color}`);
      b.dataset.color = color;
      // mousedown would clear the page's selection before click; keep it.
      b.addEventListener("mousedown", (e) => e.preventDefault());
      b.addEventListener("click", () => void this.highlight(color, false));
      bar.append(b);
    }
    const note = el("button", { className: "text", type: "button", textContent: "Note" });
    note.addEventListener("mousedown", (e) => e.preventDefault());
    note.addEventListener("click", () => void this.highlight("yellow", true));
    bar.append(note);
    const width = COLORS.length * (BUTTON_SIZE + BUTTON_GAP) + 60;
    bar.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
    bar.style.top = `${Math.min(rect.bottom + BAR_GAP, window.innerHeight - BUTTON_SIZE - 2 * BAR_PADDING - 8)}px`;
    this.root().append(bar);
    this.bar = bar;
  }

  hideBar(): void {
    this.bar?.remove();
    this.bar = null;
  }

  get open(): boolean {
    return this.bar !== null || this.editor !== null;
  }

  /** True when `event` happened inside the toolbar or editor (so the page handler should ignore it). */
  owns(event: Event): boolean {
    return event.composedPath().some((n) => n === this.bar || n === this.editor);
  }

  private async highlight(color: HighlightColor, withNote: boolean): Promise<void> {
    const rect = this.bar?.getBoundingClientRect();
    this.hideBar();
    const annotation = await this.actions.highlight(color).catch((e: unknown) => {
      this.flashError(e, rect);
      return null;
    });
    if (annotation && withNote && rect) this.openEditor(annotation, rect, "note");
  }

  private flashError(e: unknown, rect: DOMRect | undefined): void {
    const message = e instanceof Error ? e.message : String(e);
    const box = el("div", { className: "editor" }, el("div", { className: "status", textContent: message }));
    box.setAttribute("role", "alert");
    box.style.left = `${rect?.left ?? 16}px`;
    box.style.top = `${rect?.top ?? 16}px`;
    this.root().append(box);
    setTimeout(() => box.remove(), 6000);
  }

  /** Opens the editor for `annotation` near `rect`, focusing the note or the tag field. */
  openEditor(annotation: Annotation, rect: DOMRect, focus: "note" | "tags" = "note"): void {
    this.closeEditor();
    let current = annotation;
    const status = el("div", { className: "status" });
    status.setAttribute("role", "status");
    const persist = async (next: Annotation) => {
      try {
        current = await this.actions.save(next);
        status.textContent = "";
      } catch (e) {
        status.textContent = e instanceof Error ? e.message : String(e);
      }
    };

    const colours = el("div", { className: "row" });
    colours.setAttribute("role", "group");
    colours.setAttribute("aria-label", "Colour");
    for (const color of COLORS) {
      const b = el("button", { className: "swatch", type: "button", title: color });
      b.style.background = SWATCH[color];
      b.setAttribute("aria-label", color);
      b.setAttribute("aria-pressed", String(color === current.color));
      b.addEventListener("click", () => {
        for (const other of colours.querySelectorAll("button"))
          other.setAttribute("aria-pressed", String(other === b));
        void persist({ ...current, color });
      });
      colours.append(b);
    }

    const note = el("textarea", { value: current.note, placeholder: "Add a note…" });
    note.setAttribute("aria-label", "Note");
    let timer: ReturnType<typeof setTimeout> | undefined;
    note.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => void persist({ ...current, note: note.value }), 400);
    });

    const chips = el("div", { className: "row" });
    const quick = el("div", { className: "row quick" });
    quick.setAttribute("role", "group");
    quick.setAttribute("aria-label", "Fact-check tags");
    const renderTags = () => {
      chips.replaceChildren(
        ...current.tags.map((tag) => {
          const x = el("button", { type: "button", textContent: "×", title: `Remove tag ${tag}` });
          x.setAttribute("aria-label", `Remove tag ${tag}`);
          x.addEventListener(
            "click",
            () => void persist({ ...current, tags: current.tags.filter((t) => t !== tag) }).then(renderTags),
          );
          return el("span", { className: "chip" }, tag, x);
        }),
      );
      for (const b of quick.querySelectorAll("button")) {
        b.setAttribute(
          "aria-pressed",
          String(current.tags.some((t) => t.toLowerCase() === b.textContent?.toLowerCase())),
        );
      }
    };
    for (const tag of TAXONOMY) {
      const b = el("button", { type: "button", textContent: tag });
      b.addEventListener("click", () => {
        const has = current.tags.some((t) => t.toLowerCase() === tag);
        void persist({
          ...current,
          tags: has ? current.tags.filter((t) => t.toLowerCase() !== tag) : [...current.tags, tag],
        }).then(renderTags);
      });
      quick.append(b);
    }
    const listId = `sourcemark-tags-${Math.random().toString(36).slice(2)}`;
    const datalist = el("datalist", { id: listId });
    void this.actions.tags().then((tags) => {
      const all = [...new Set([...TAXONOMY, ...tags])];
      datalist.replaceChildren(...all.map((t) => el("option", { value: t })));
    });
    const tagInput = el("input", { type: "text", placeholder: "Add a tag and press Enter" });
    tagInput.setAttribute("list", listId);
    tagInput.setAttribute("aria-label", "Add a tag");
    tagInput.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || !tagInput.value.trim()) return;
      e.preventDefault();
      const tag = tagInput.value.trim();
      tagInput.value = "";
      void persist({ ...current, tags: [...current.tags, tag] }).then(renderTags);
    });
    renderTags();

    const del = el("button", { className: "danger", type: "button", textContent: "Delete" });
    del.addEventListener("click", async () => {
      try {
        await this.actions.remove(current.id);
        this.closeEditor();
      } catch (e) {
        status.textContent = e instanceof Error ? e.message : String(e);
      }
    });
    const done = el("button", { className: "primary", type: "button", textContent: "Done" });
    done.addEventListener("click", async () => {
      clearTimeout(timer);
      if (note.value !== current.note) await persist({ ...current, note: note.value });
      this.closeEditor();
    });

    const editor = el(
      "div",
      { className: "editor" },
      colours,
      note,
      quick,
      chips,
      tagInput,
      datalist,
      status,
      el("div", { className: "actions" }, del, done),
    );
    editor.setAttribute("role", "dialog");
    editor.setAttribute("aria-label", "Sourcemark annotation");
    editor.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        done.click();
      }
    });
    editor.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 328))}px`;
    editor.style.top = `${rect.bottom + 300 > window.innerHeight ? Math.max(8, rect.top - 300) : rect.bottom + BAR_GAP}px`;
    this.root().append(editor);
    this.editor = editor;
    (focus === "note" ? note : tagInput).focus();
  }

  closeEditor(): void {
    this.editor?.remove();
    this.editor = null;
  }

  hide(): void {
    this.hideBar();
    this.closeEditor();
  }
}
