/**
 * Which kinds of claim are someone's words. The engine also reports refusals to comment and
 * beliefs (thoughts, stances, "studies show"), for the CLI and span scoring; the extension paints
 * and lists only what was said.
 */
import type { Claim, ClaimKind, Speaker } from "./types";

const SAID: ReadonlySet<ClaimKind> = new Set<ClaimKind>(["direct", "indirect", "mixed"]);

/** True for a direct, reported or partly quoted statement. */
export function isSaid(claim: Pick<Claim, "kind">): boolean {
  return SAID.has(claim.kind);
}

/** How a source is shown (highlight colour, popup group): anonymous first, then organisations, else named. */
export type SourceClass = "named" | "anonymous" | "organization";

export function sourceClass(speaker: Pick<Speaker, "anonymous" | "type"> | undefined): SourceClass {
  if (!speaker) return "named";
  if (speaker.anonymous || speaker.type === "anonymous") return "anonymous";
  return speaker.type === "organization" ? "organization" : "named";
}
