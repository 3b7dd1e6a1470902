/**
 * Finding and starting Debian's Chromium, shared by the end-to-end tests and the benchmarks.
 */
import { existsSync } from "node:fs";

/** The flags Chromium needs on this machine (no sandbox as root, no network but loopback). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium to use: $SOURCEMARK_CHROMIUM, else the usual install paths. Throws (so tests fail,
 * never skip) when there is none: scripts/install-browsers.sh installs Debian's.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.SOURCEMARK_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SOURCEMARK_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${CANDIDATES.join(", ")}). Run scripts/install-browsers.sh ` +
        "or set SOURCEMARK_CHROMIUM to a Chromium binary.",
    );
  }
  return found;
}
