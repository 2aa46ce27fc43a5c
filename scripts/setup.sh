#!/usr/bin/env bash
# Installs what geokg's optional features need on Debian: Graphviz's `dot` for rendering
# diagrams to SVG/PNG. Extraction itself needs nothing beyond the Rust toolchain.
set -euo pipefail
if command -v dot >/dev/null 2>&1; then
  echo "graphviz: $(dot -V 2>&1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends graphviz
dot -V
