import type { Selectors } from "../annotation/types";

export const DEFAULT_CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair (towards `dir`). */
function snap(text: string, pos: number, dir: -1 | 1): number {
  if (pos > 0 && pos < text.length && isLowSurrogate(text.charCodeAt(pos))) {
    if (isHighSurrogate(text.charCodeAt(pos - 1))) return dir < 0 ? pos - 1 : pos + 1;
  }
  return pos;
}

/**
 * The selectors of `text[start, end)`: a W3C TextQuoteSelector (the quote with up to
 * `contextLength` characters of context each side) and a TextPositionSelector. Offsets are clamped
 * to the text and never split a surrogate pair.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): Selectors {
  const len = text.length;
  const clamp = (n: number) => Math.min(len, Math.max(0, Number.isFinite(n) ? Math.trunc(n) : 0));
  let s = clamp(Math.min(start, end));
  let e = clamp(Math.max(start, end));
  s = snap(text, s, -1);
  e = snap(text, e, 1);
  const ctx = Math.max(0, Math.trunc(contextLength));
  const prefixStart = snap(text, Math.max(0, s - ctx), 1);
  const suffixEnd = snap(text, Math.min(len, e + ctx), -1);
  return {
    quote: {
      exact: text.slice(s, e),
      prefix: text.slice(Math.min(prefixStart, s), s),
      suffix: text.slice(e, Math.max(suffixEnd, e)),
    },
    position: { start: s, end: e },
  };
}
