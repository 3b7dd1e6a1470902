/**
 * From the DOM back to the TextModel: the text offsets a Range covers (the user's selection), the
 * inverse of rangeFor. Parts of the range outside the article are left out.
 */
import type { NodeSlice, TextModel } from "./types";

/** The model offset of a position inside one slice's node: the first model character at or after it. */
function offsetInSlice(s: NodeSlice, nodeOffset: number): number {
  // map is non-decreasing; find the first i with map[i] >= nodeOffset.
  let lo = 0;
  let hi = s.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.map[mid] as number) < nodeOffset) lo = mid + 1;
    else hi = mid;
  }
  return s.start + lo;
}

/**
 * The [start, end) text offsets of the article text that `range` covers, or null when it covers
 * none (a selection in a menu, or collapsed). Trimmed of white space at both ends.
 */
export function offsetsForRange(model: TextModel, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  let start = -1;
  let end = -1;
  for (const s of model.slices) {
    if (!range.intersectsNode(s.node)) {
      if (start >= 0) break; // slices are in document order: past the range
      continue;
    }
    const from = s.node === range.startContainer ? offsetInSlice(s, range.startOffset) : s.start;
    const to = s.node === range.endContainer ? offsetInSlice(s, range.endOffset) : s.end;
    if (to <= from) continue;
    if (start < 0) start = from;
    end = to;
  }
  if (start < 0) return null;
  while (start < end && /\s/.test(model.text[start] as string)) start++;
  while (end > start && /\s/.test(model.text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}
