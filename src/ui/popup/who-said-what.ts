/**
 * Pure shaping of a page report for the popup: speakers grouped with their claims, and how much
 * of the article rests on anonymous sources. No DOM, no extension API: unit-tested directly.
 */

import { isSaid } from "../../engine/kinds";
import type { Claim, Speaker } from "../../engine/types";

export interface SpeakerGroup {
  speaker: Speaker;
  claims: Claim[];
}

export interface WhoSaidWhat {
  groups: SpeakerGroup[];
  /** Refusals to comment, kept apart: they are not claims. */
  refusals: SpeakerGroup[];
  claimCount: number;
  anonymousCount: number;
  /** Share of claims resting on anonymous sources, 0..1 (0 when there are no claims). */
  anonymousShare: number;
}

const UNKNOWN: Speaker = { id: "?", name: "Unknown source", type: "unknown", anonymous: false, mentions: [] };

function group(claims: Claim[], speakers: Map<string, Speaker>): SpeakerGroup[] {
  const byId = new Map<string, SpeakerGroup>();
  for (const claim of claims) {
    const speaker = speakers.get(claim.speakerId) ?? UNKNOWN;
    let g = byId.get(speaker.id);
    if (!g) {
      g = { speaker, claims: [] };
      byId.set(speaker.id, g);
    }
    g.claims.push(claim);
  }
  // Most-quoted first; ties keep the order in which the article introduces them.
  return [...byId.values()]
    .map((g) => ({ ...g, claims: [...g.claims].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => b.claims.length - a.claims.length || a.claims[0]!.start - b.claims[0]!.start);
}

export function whoSaidWhat(claims: Claim[], speakerList: Speaker[]): WhoSaidWhat {
  const speakers = new Map(speakerList.map((s) => [s.id, s]));
  const real = claims.filter(isSaid);
  const anonymousCount = real.filter((c) => speakers.get(c.speakerId)?.anonymous).length;
  return {
    groups: group(real, speakers),
    refusals: group(
      claims.filter((c) => c.kind === "refusal"),
      speakers,
    ),
    claimCount: real.length,
    anonymousCount,
    anonymousShare: real.length ? anonymousCount / real.length : 0,
  };
}

/** "42%" — rounded, but never shows 0% when some claims are anonymous. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return "<1%";
  return `${Math.round(share * 100)}%`;
}
