/** Shared helpers for the engine's table tests. */
import { analyze, toClaimJson } from "../../../src/engine/index";
import type { ClaimJson } from "../../../src/engine/types";

/** The claims of `text` in the CLI's JSON shape. */
export function claimsOf(text: string): ClaimJson[] {
  return toClaimJson(analyze(text));
}

/** The claims of scored kinds (direct, indirect, mixed). */
export function spoken(text: string): ClaimJson[] {
  return claimsOf(text).filter((c) => c.kind === "direct" || c.kind === "indirect" || c.kind === "mixed");
}

/** Find the claim whose text contains `fragment`. */
export function claimWith(text: string, fragment: string): ClaimJson | undefined {
  return claimsOf(text).find((c) => c.text.includes(fragment));
}

/** A reported statement to open a test text with, so that the text reads as news. */
export const NEWS_LEAD = "The vote is set for Friday, the clerk said.\n\n";

/** The claims of `text` after NEWS_LEAD (the lead's own claim left out). */
export function claimsAfterLead(text: string): ClaimJson[] {
  return claimsOf(NEWS_LEAD + text).filter((c) => c.start >= NEWS_LEAD.length);
}

/** The claim of `text` (after NEWS_LEAD) whose cue is `cue`. */
export function claimByCue(text: string, cue: string): ClaimJson | undefined {
  return claimsAfterLead(text).find((c) => c.cue.text === cue);
}
