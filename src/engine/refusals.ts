/**
 * What a refusal refused: "declined to comment on the vote" refused "to comment on the vote"; "did
 * not respond to a request for comment" left "a request for comment" unanswered. PolNeAR marks that
 * as the refusal's content (the cue is the refusing verb).
 */
import type { Token } from "./tokens";

const REFUSING = /^(?:declin|refus)/;
const ANSWERING = /^(?:respond|repl|return|answer|comment)/;
const PARTICLE = new Set(["to", "on", "about"]);

/** The first token of what the refusal at [cueTok, lastTok] refused, or -1. */
export function refusedRange(t: Token[], cueTok: number, lastTok: number, st: number): number {
  for (let k = cueTok; k <= lastTok && k < st; k++) {
    const w = t[k]!.l;
    // "declined to comment": the infinitive is what was refused
    if (REFUSING.test(w)) return k + 1 < st ? k + 1 : -1;
    if (ANSWERING.test(w)) {
      let c = Math.max(k + 1, lastTok + 1);
      if (PARTICLE.has(t[c]?.l ?? "")) c++;
      return c < st && t[c]!.t === "w" ? c : -1;
    }
  }
  return -1;
}
