#!/usr/bin/env bash
# Installs what geokg's optional features and their tests need on Debian/Ubuntu:
#   - Graphviz (`dot`, `sfdp`) to draw exports as SVG, PNG and PDF;
#   - Chromium, which the tests use to open the exported HTML page headless.
# Extraction itself needs nothing beyond the Rust toolchain. Programs already present are
# left alone; apt runs through sudo when not root. Safe to run again.
set -euo pipefail

need=()
if command -v dot >/dev/null 2>&1 && command -v sfdp >/dev/null 2>&1; then
  echo "graphviz: $(dot -V 2>&1)"
else
  need+=(graphviz)
fi
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null || echo present)"
else
  need+=(chromium)
fi
if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: please install ${need[*]} with your system's package manager" >&2
  echo "setup: (the tests that need them are skipped with a message meanwhile)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: not root and no sudo: install ${need[*]} as root" >&2
    exit 1
  fi
fi
echo "setup: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
command -v dot >/dev/null && dot -V
command -v chromium >/dev/null && chromium --version 2>/dev/null || true
