/**
 * Passive attitudes with their agent: "the levy was endorsed by the council", "she has been
 * criticized by her rivals". The agent after "by" is the source and the passive's subject the
 * content, as PolNeAR annotates them. Without "by" a passive names no source and is left alone.
 */
import type { Token } from "./tokens";

export interface Passive {
  /** The first auxiliary ("has" of "has been criticized"): the content ends before it. */
  auxTok: number;
  /** The token "by". */
  byTok: number;
}

/** The forms of "be" (a passive's auxiliary). */
export const BE = /^(?:is|are|was|were|be|been|being)$/;
const BEFORE_BE =
  /^(?:has|have|had|will|would|could|can|may|might|should|must|not|also|often|never|already)$/;

/** The passive around the cue at [cueTok, lastTok] (a participle in -ed or -en), if any. */
export function passiveAt(
  t: Token[],
  cueTok: number,
  lastTok: number,
  sf: number,
  st: number,
): Passive | null {
  const cue = t[cueTok]!;
  if (!/(?:ed|en|wn)$/.test(cue.l)) return null;
  let k = cueTok - 1;
  while (k > sf && t[k]!.t === "w" && t[k]!.l.endsWith("ly")) k--;
  if (k <= sf || t[k]!.t !== "w" || !BE.test(t[k]!.l)) return null;
  while (k - 1 > sf && t[k - 1]!.t === "w" && (BEFORE_BE.test(t[k - 1]!.l) || BE.test(t[k - 1]!.l))) k--;
  // "by" within a few words after the cue: "endorsed in May by the council"
  for (let j = lastTok + 1; j < st && j <= lastTok + 6; j++) {
    const x = t[j]!;
    if (x.t !== "w") return null;
    if (x.l === "by") return j + 1 < st ? { auxTok: k, byTok: j } : null;
  }
  return null;
}
