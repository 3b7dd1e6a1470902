/**
 * Paints claims with the CSS Custom Highlight API: one Highlight per kind of source, so the page's
 * DOM and layout are never touched. Keeps each claim's ranges for hit-testing and scrolling.
 */

import { isSaid, sourceClass } from "../engine/kinds";
import type { Analysis, Claim, Speaker } from "../engine/types";
import { rangeFor } from "../page/text-model";
import type { TextModel } from "../page/types";

export type HighlightName = "sourcemark-named" | "sourcemark-anonymous" | "sourcemark-organization";
export const FLASH = "sourcemark-flash";
const NAMES: HighlightName[] = ["sourcemark-named", "sourcemark-anonymous", "sourcemark-organization"];

/** Which highlight a speaker's claims go under. */
export function highlightFor(speaker: Speaker | undefined): HighlightName {
  return `sourcemark-${sourceClass(speaker)}`;
}

export interface PaintedClaim {
  claim: Claim;
  speaker: Speaker | undefined;
  ranges: Range[];
}

/** True where the browser has the Custom Highlight API (Chrome 105+, Firefox 140+). */
export function canHighlight(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export class Painter {
  private painted: PaintedClaim[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces whatever was painted with the claims of `analysis`; returns what was painted. */
  paint(model: TextModel, analysis: Analysis): PaintedClaim[] {
    this.clear();
    const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
    const groups = new Map<HighlightName, Range[]>(NAMES.map((n) => [n, []]));
    for (const claim of analysis.claims) {
      if (!isSaid(claim)) continue;
      const speaker = speakers.get(claim.speakerId);
      const pieces = claim.parts?.length ? claim.parts : [{ start: claim.start, end: claim.end }];
      const ranges: Range[] = [];
      for (const p of pieces) {
        const range = rangeFor(model, p.start, p.end);
        if (range && !range.collapsed) ranges.push(range);
      }
      if (ranges.length === 0) continue;
      this.painted.push({ claim, speaker, ranges });
      groups.get(highlightFor(speaker))!.push(...ranges);
    }
    if (canHighlight()) {
      for (const [name, ranges] of groups) {
        if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
      }
    }
    return this.painted;
  }

  get claims(): readonly PaintedClaim[] {
    return this.painted;
  }

  find(claimId: string): PaintedClaim | undefined {
    return this.painted.find((p) => p.claim.id === claimId);
  }

  /** Briefly emphasises one claim (after the popup scrolled to it). */
  flash(claimId: string, ms = 1600): void {
    const painted = this.find(claimId);
    if (painted) this.flashRanges(painted.ranges, ms);
  }

  /** Briefly emphasises any ranges (a claim, or one of the user's highlights). */
  flashRanges(ranges: Range[], ms = 1600): void {
    if (!canHighlight() || ranges.length === 0) return;
    const flash = new Highlight(...ranges);
    flash.priority = 10;
    CSS.highlights.set(FLASH, flash);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), ms);
  }

  clear(): void {
    this.painted = [];
    clearTimeout(this.flashTimer);
    if (!canHighlight()) return;
    for (const name of [...NAMES, FLASH]) CSS.highlights.delete(name);
  }
}
