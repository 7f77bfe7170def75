#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest (no display
# needed: GUI tests use the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j2
# The libFuzzer targets (README, "Fuzzing"): built with clang in build/fuzz, each run a fixed
# number of times over its committed corpus.
bash fuzz/run.sh
