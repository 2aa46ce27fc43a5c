#!/usr/bin/env bash
# Installs what the Python package's tests and the Spark example need on Debian/Ubuntu:
#   - Java 17 (openjdk-17-jre-headless) for PySpark in local mode;
#   - pyspark, pyarrow, pandas, networkx, pytest and maturin from PyPI.
# What is present is left alone; safe to run again. Then `pip install ./python`.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
  echo "java: $(java -version 2>&1 | head -1)"
elif command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
else
  echo "setup-python: please install Java 17 for PySpark" >&2
fi
PY="${PYTHON:-python3}"
missing=()
for m in pyspark:pyspark pyarrow:pyarrow pandas:pandas networkx:networkx pytest:pytest maturin:maturin; do
  mod="${m%%:*}"; pkg="${m##*:}"
  if ! "$PY" -c "import $mod" >/dev/null 2>&1; then missing+=("$pkg"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup-python: installing ${missing[*]}"
  "$PY" -m pip install -q "${missing[@]}"
fi
"$PY" -c "import pyspark, pyarrow, pandas, networkx, pytest; print('pyspark', pyspark.__version__, 'pyarrow', pyarrow.__version__, 'pandas', pandas.__version__)"
