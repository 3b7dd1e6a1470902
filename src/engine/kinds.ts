/**
 * Which kinds of claim are someone's words. The engine also reports refusals to comment and
 * beliefs (thoughts, stances, "studies show"), for the CLI and span scoring; the extension paints
 * and lists only what was said.
 */
import type { Claim, ClaimKind } from "./types";

const SAID: ReadonlySet<ClaimKind> = new Set<ClaimKind>(["direct", "indirect", "mixed"]);

/** True for a direct, reported or partly quoted statement. */
export function isSaid(claim: Pick<Claim, "kind">): boolean {
  return SAID.has(claim.kind);
}
