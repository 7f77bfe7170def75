#!/usr/bin/env bash
# The fuzz targets as CI runs them (README, "Fuzzing"): configures build/fuzz with clang
# (MID_FUZZ=ON: the backend layers instrumented for libFuzzer, ASan and UBSan), builds every
# target and runs their CTests, each a fixed number of runs over its committed corpus.
#   fuzz/run.sh [ctest arguments]      e.g. fuzz/run.sh -R fuzz/jws
# scripts/test.sh runs it after the main suite. MID_FUZZ_BUILD_DIR chooses another build dir.
set -euo pipefail
cd "$(dirname "$0")/.."

build="${MID_FUZZ_BUILD_DIR:-build/fuzz}"
cxx="${MID_FUZZ_CXX:-clang++-14}"
if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "fuzz: $cxx is missing; run scripts/install-deps.sh" >&2
  exit 1
fi
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DMID_FUZZ=ON -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" -j2
ctest --test-dir "$build" -j2 --output-on-failure "$@"
