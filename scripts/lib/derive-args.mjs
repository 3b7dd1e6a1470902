/**
 * What the scripts that derive lexicons from PolNeAR (derive-cues.mjs, derive-weak-cues.mjs) share:
 * the repository root, their `--name value` options, and the train split they read.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const args = process.argv.slice(2);

/** The value after `--name` on the command line, else `dflt`. */
export function opt(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
}

/** The PolNeAR train split (`--train FILE` to use another). */
export const trainFile = opt(
  "--train",
  join(root, "..", "shared", "datasets", "polnear", "json", "polnear_train.json"),
);
