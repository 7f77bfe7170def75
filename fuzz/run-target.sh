#!/usr/bin/env bash
# One fuzz CTest: run-target.sh <fuzz binary> <committed corpus> <work dir> [libFuzzer flags]
# Runs the target with a fixed seed over the committed corpus and the inputs earlier runs of
# this build directory found (<work dir>/found), writing new inputs there and any crash, leak or
# timeout file to <work dir>/ (never into the source tree). Fails when libFuzzer reports one.
set -euo pipefail
binary="$1" corpus="$2" work="$3"
shift 3
mkdir -p "$work/found"
# ASan's own checks on top of libFuzzer's; symbolized stacks for the log.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$symbolizer}"
export QT_QPA_PLATFORM=offscreen
exec "$binary" -seed=1 -print_final_stats=1 -artifact_prefix="$work/" "$@" "$work/found" "$corpus"
