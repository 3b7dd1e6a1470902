/**
 * Very long pages are analysed in windows, so that the engine's cost stays linear and no single call
 * runs long. A window ends at a paragraph break; speakers found in several windows
 * are merged by name, so the popup still shows one person once. Coreference does not cross a
 * window boundary, which is why windows are far longer than any article: only pages that are not
 * single articles (endless feeds, archives) are ever split.
 */
import type { Analysis, Speaker } from "./types";

/** Windows of about `maxChars`, cut at paragraph breaks ("\n\n") where one is near. */
export function splitIntoWindows(text: string, maxChars: number): Array<{ start: number; end: number }> {
  const windows: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const limit = start + maxChars;
    let cut = text.lastIndexOf("\n\n", limit);
    if (cut <= start + maxChars / 2) cut = text.lastIndexOf("\n", limit);
    if (cut <= start + maxChars / 2) cut = limit;
    windows.push({ start, end: cut });
    start = cut;
  }
  windows.push({ start, end: text.length });
  return windows;
}

function shift<T extends { start: number; end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** Joins the analyses of windows into one, with offsets into the whole text. */
export function mergeWindows(parts: Array<{ start: number; analysis: Analysis }>): Analysis {
  const speakers = new Map<string, Speaker>();
  const idMap = new Map<string, string>();
  const claims: Analysis["claims"] = [];
  let english = false;
  parts.forEach(({ start, analysis }, w) => {
    if (analysis.language === "en") english = true;
    for (const s of analysis.speakers) {
      const key = `${s.type}|${s.anonymous}|${s.name.toLowerCase()}`;
      const mentions = s.mentions.map((m) => shift(m, start));
      const existing = speakers.get(key);
      if (existing) {
        existing.mentions.push(...mentions);
        idMap.set(`${w}:${s.id}`, existing.id);
        continue;
      }
      const id = w === 0 ? s.id : `w${w}-${s.id}`;
      speakers.set(key, {
        ...s,
        id,
        mentions,
        ...(s.anonymityReason ? { anonymityReason: shift(s.anonymityReason, start) } : {}),
      });
      idMap.set(`${w}:${s.id}`, id);
    }
    for (const c of analysis.claims) {
      claims.push({
        ...c,
        id: w === 0 ? c.id : `w${w}-${c.id}`,
        start: c.start + start,
        end: c.end + start,
        ...(c.parts ? { parts: c.parts.map((p) => shift(p, start)) } : {}),
        cue: shift(c.cue, start),
        mention: shift(c.mention, start),
        speakerId: idMap.get(`${w}:${c.speakerId}`) ?? c.speakerId,
      });
    }
  });
  return { language: english ? "en" : "other", claims, speakers: [...speakers.values()] };
}
