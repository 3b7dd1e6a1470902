/**
 * The user's annotations on this page: loaded from the background, re-anchored on the current
 * article text (position, then exact, then fuzzy), painted as highlights, and created from the
 * selection. What no longer anchors is kept as an orphan and listed, never dropped.
 */
import { anchor } from "../anchoring/anchor";
import { pageKey } from "../anchoring/page-key";
import { describe } from "../anchoring/selectors";
import type { Annotation, ClaimRef, HighlightColor } from "../annotation/types";
import { COLORS, cleanTags } from "../annotation/validate";
import type { Claim, Speaker } from "../engine/types";
import { offsetsForRange } from "../page/selection";
import { rangeFor } from "../page/text-model";
import type { TextModel } from "../page/types";
import { onAnnotationsChanged } from "../platform/annotation-changes";
import { type Result, sendToBackground, unwrap } from "../platform/messages";
import { canHighlight } from "./painter";

export interface Anchored {
  annotation: Annotation;
  /** Where it is on this version of the page; null for an orphan. */
  range: Range | null;
  start: number;
  end: number;
}

/** The key this page's annotations are kept under: the canonical link's URL when the page gives one. */
export function currentPageKey(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href ?? null;
  return pageKey(location.href, canonical);
}

const highlightName = (color: HighlightColor) => `sourcemark-user-${color}`;

export class UserAnnotations {
  readonly key = currentPageKey();
  private list: Anchored[] = [];
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly getModel: () => TextModel) {}

  get anchored(): readonly Anchored[] {
    return this.list;
  }

  get orphans(): Annotation[] {
    return this.list.filter((a) => !a.range).map((a) => a.annotation);
  }

  /** Loads and paints this page's annotations, and follows changes made in other tabs or the library. */
  async start(): Promise<void> {
    await this.reload();
    this.unsubscribe = onAnnotationsChanged((keys) => {
      if (keys.includes(this.key)) void this.reload();
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.list = [];
    this.paint();
  }

  async reload(): Promise<void> {
    const result = await sendToBackground("content/annotations-for-page", { pageKey: this.key });
    if (!result.ok) {
      console.warn("Sourcemark:", result.error);
      return;
    }
    this.place(result.value);
  }

  /** Anchors `annotations` on the current text and paints them. */
  place(annotations: Annotation[]): void {
    const model = this.getModel();
    this.list = annotations.map((annotation) => {
      const found = anchor(model.text, annotation.selectors);
      if (found.status === "orphan") return { annotation, range: null, start: -1, end: -1 };
      return {
        annotation,
        range: rangeFor(model, found.start, found.end),
        start: found.start,
        end: found.end,
      };
    });
    this.paint();
  }

  private paint(): void {
    if (!canHighlight()) return;
    for (const color of COLORS) {
      const ranges = this.list
        .filter((a) => a.range && a.annotation.color === color)
        .map((a) => a.range as Range);
      if (ranges.length === 0) CSS.highlights.delete(highlightName(color));
      else {
        const h = new Highlight(...ranges);
        h.priority = 5;
        CSS.highlights.set(highlightName(color), h);
      }
    }
  }

  find(id: string): Anchored | undefined {
    return this.list.find((a) => a.annotation.id === id);
  }

  /** The annotation exactly covering [start, end), if any. */
  at(start: number, end: number): Anchored | undefined {
    return this.list.find((a) => a.start === start && a.end === end);
  }

  /** A new annotation for [start, end) of the article text (not yet saved). */
  make(start: number, end: number, init: { color?: HighlightColor; claimRef?: ClaimRef } = {}): Annotation {
    const model = this.getModel();
    const now = new Date().toISOString();
    return {
      id: crypto.randomUUID(),
      pageKey: this.key,
      url: location.href,
      title: model.title || document.title,
      selectors: describe(model.text, start, end),
      color: init.color ?? "yellow",
      note: "",
      tags: [],
      ...(init.claimRef ? { claimRef: init.claimRef } : {}),
      created: now,
      updated: now,
    };
  }

  /** Highlights the current selection; null when nothing of the article is selected. */
  async highlightSelection(
    color: HighlightColor = "yellow",
    claimAt?: (s: number, e: number) => ClaimRef | undefined,
  ): Promise<Annotation | null> {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const offsets = offsetsForRange(this.getModel(), selection.getRangeAt(0));
    if (!offsets) return null;
    const existing = this.at(offsets.start, offsets.end);
    if (existing) return existing.annotation;
    const claimRef = claimAt?.(offsets.start, offsets.end);
    return this.save(this.make(offsets.start, offsets.end, { color, ...(claimRef ? { claimRef } : {}) }));
  }

  /** Saves (adds or updates) an annotation and shows it at once. */
  async save(annotation: Annotation): Promise<Annotation> {
    const next = { ...annotation, tags: cleanTags(annotation.tags), updated: new Date().toISOString() };
    const saved = unwrap(await sendToBackground("content/save-annotation", { annotation: next }));
    const others = this.list.filter((a) => a.annotation.id !== saved.id).map((a) => a.annotation);
    this.place([...others, saved]);
    return saved;
  }

  async remove(id: string): Promise<Result<Annotation[]>> {
    const result = await sendToBackground("content/delete-annotation", { id });
    if (result.ok) this.place(this.list.filter((a) => a.annotation.id !== id).map((a) => a.annotation));
    return result;
  }

  /** Adds `tag` to the annotation on `claim`, creating that annotation when there is none. */
  async tagClaim(claim: Claim, speaker: Speaker | undefined, tag: string): Promise<Annotation> {
    const existing = this.at(claim.start, claim.end)?.annotation;
    const base =
      existing ??
      this.make(claim.start, claim.end, {
        claimRef: {
          kind: claim.kind,
          speaker: speaker?.name ?? "",
          speakerType: speaker?.type ?? "unknown",
          anonymous: speaker?.anonymous ?? false,
        },
      });
    const has = base.tags.some((t) => t.toLowerCase() === tag.toLowerCase());
    return this.save({
      ...base,
      tags: has ? base.tags.filter((t) => t.toLowerCase() !== tag.toLowerCase()) : [...base.tags, tag],
    });
  }
}
