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
