/**
 * Which painted claim is under the pointer or the caret. Highlights receive no events, so we ask
 * the browser for the caret position at a point and check it against the claims' ranges.
 */
import type { PaintedClaim } from "./painter";

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): Caret | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === "function") {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(ranges: Range[], x: number, y: number): DOMRect | null {
  for (const range of ranges) {
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
    }
  }
  return null;
}

/** The claim under viewport point (x, y), with the line box it was hit on. */
export function claimAtPoint(
  claims: readonly PaintedClaim[],
  x: number,
  y: number,
): { painted: PaintedClaim; rect: DOMRect } | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  for (const painted of claims) {
    if (!painted.ranges.some((r) => r.isPointInRange(caret.node, caret.offset))) continue;
    // The caret snaps to the nearest text even in margins: require the point to be on the text.
    const rect = rectsContain(painted.ranges, x, y);
    if (rect) return { painted, rect };
  }
  return null;
}

/** The claim containing a DOM position (the selection's focus, when the reader moves by keyboard). */
export function claimAtPosition(
  claims: readonly PaintedClaim[],
  node: Node,
  offset: number,
): PaintedClaim | null {
  for (const painted of claims) {
    if (painted.ranges.some((r) => r.isPointInRange(node, offset))) return painted;
  }
  return null;
}
