/**
 * Where a generated bundle of this checkout lives: node_modules/.cache/sourcemark/<name>-<checkout>.mjs.
 * One file per checkout, because git worktrees may share one node_modules (a symlink), and a bundle
 * built from another checkout's sources must never be taken for this one's.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";

/** The cache file `name` for the checkout at `root` (absolute). */
export function cachePath(root, name) {
  const tag = createHash("sha1").update(root).digest("hex").slice(0, 8);
  return join(root, "node_modules", ".cache", "sourcemark", `${name}-${tag}.mjs`);
}
