/**
 * A poll or survey named at the end of its finding: "Lee led Hart by eight points in a new poll",
 * "Turnout rose in the county's survey released Monday". The phrase after the last "in" holds a
 * finding's head (lexicon roles.json findingHeads) within its first words; what comes before is the
 * finding. PolNeAR annotates these as attributions with "in" as the cue.
 */
import { FINDING_HEADS } from "./lexicon";
import type { Token } from "./tokens";

export interface FindingTail {
  /** The token "in" (the cue). */
  inTok: number;
  /** The source phrase: tokens [from, to]. */
  from: number;
  to: number;
  /** The token index of the finding's head word. */
  head: number;
}

const STOP = /^[.!?;:…]+$/;
/** Words that may follow a finding's head inside its phrase. */
const TAIL = /^(?:released|published|conducted|taken|out|of|from|by|for|with|on|in|this|last|earlier|,)$/;

/** The "in <poll>" phrase that ends sentence [sf, st), if any. */
export function findingTail(
  t: Token[],
  sf: number,
  st: number,
  quoted: (i: number) => boolean,
): FindingTail | null {
  let end = st;
  while (end > sf && t[end - 1]!.t === "p" && STOP.test(t[end - 1]!.text)) end--;
  // the last "in" within a dozen words of the sentence's end, with only words after it
  for (let k = end - 2; k > sf + 2 && k >= end - 14; k--) {
    const x = t[k]!;
    if (x.t !== "w" || quoted(k)) return null;
    if (x.l !== "in") continue;
    let head = -1;
    for (let h = k + 1; h < end && h <= k + 7; h++) if (FINDING_HEADS.has(t[h]!.l)) head = h;
    // the head ends its noun phrase ("a new poll", "polls released Monday"), not "the survey era"
    if (head < 0 || (head + 1 < end && !TAIL.test(t[head + 1]!.l))) return null;
    return { inTok: k, from: k + 1, to: end - 1, head };
  }
  return null;
}
