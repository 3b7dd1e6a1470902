#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive: Debian's Chromium (always) and, with --firefox,
# Debian's Firefox ESR. Idempotent: does nothing for a browser that is already installed.
set -euo pipefail

want=(chromium)
for arg in "$@"; do
  case "$arg" in
    --firefox) want+=(firefox-esr) ;;
    -h | --help)
      echo "usage: scripts/install-browsers.sh [--firefox]"
      exit 0
      ;;
    *)
      echo "install-browsers: unknown option $arg" >&2
      exit 2
      ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  if [ -x "/usr/bin/$pkg" ]; then
    echo "install-browsers: $pkg already installed ($("/usr/bin/$pkg" --version 2>/dev/null | head -n 1))"
  else
    missing+=("$pkg")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-browsers: ${missing[*]} missing and not root (no sudo). Install with:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browsers: ${missing[*]} missing and apt-get not found; install them with your package manager," >&2
  echo "or point SOURCEMARK_CHROMIUM at a Chromium binary." >&2
  exit 1
fi

echo "install-browsers: installing ${missing[*]} with apt-get ..."
log=$(mktemp)
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  echo "install-browsers: apt-get failed (full log: $log)" >&2
  exit 1
fi
rm -f "$log"
for pkg in "${missing[@]}"; do
  echo "install-browsers: installed $pkg ($("/usr/bin/$pkg" --version 2>/dev/null | head -n 1))"
done
