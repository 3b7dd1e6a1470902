/** The anonymity detector: the stated reason a source is unnamed ("who was not authorized to comment"). */
import { ANON_REASON_ANY, ANON_REASON_END, SPEECH } from "./lexicon";
import type { Span } from "./types";

/** ", saying she feared the crowd, said": an aside of motive after a reason, then the main verb. */
const MOTIVE_ASIDE = /^(,\s+(?:saying|explaining|citing)\s[^,.;“”"]{3,120}),\s+(\p{L}+)/u;

/** The first stated reason for anonymity in text[from, to), trimmed to its clause. */
export function findAnonymityReason(text: string, from: number, to: number): Span | undefined {
  if (to <= from) return undefined;
  const slice = text.slice(from, to);
  const m = ANON_REASON_ANY.exec(slice);
  if (!m) return undefined;
  let s = from + m.index;
  let e = s + m[0].length;
  // a reason ends at a conjoined second clause ("... to comment and insisted on anonymity")
  const and = text.slice(s, e).search(/\s(?:and|but)\s/);
  if (and > 12) e = s + and;
  // and at the main verb after a reason with no comma ("A juror who asked not to be named said ...")
  const verb = text.slice(s, e).search(ANON_REASON_END);
  if (verb > 12) e = s + verb;
  // with its motive, given in an aside before the main verb ("who declined to give her name, saying
  // she did not want to be involved, said"): the aside is the reason's, not a report
  const aside = MOTIVE_ASIDE.exec(text.slice(e, Math.min(to, e + 160)));
  if (aside && SPEECH.has(aside[2]!.toLowerCase())) e += aside[1]!.length;
  while (s < e && /[\s,]/.test(text[s]!)) s++;
  while (e > s && /[\s,.;]/.test(text[e - 1]!)) e--;
  if (e <= s) return undefined;
  return { text: text.slice(s, e), start: s, end: e };
}
