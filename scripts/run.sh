#!/usr/bin/env bash
# Installs what is missing, builds a release, and runs the main program: mid-console where
# a display exists and the console is built, mid-server otherwise. Extra arguments go to
# the program, e.g. scripts/run.sh --listen 0.0.0.0:8080 --demo
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

bin=build/release/app
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/mid-console" ]; then
  exec "$bin/mid-console" "$@"
fi
exec "$bin/mid-server" "$@"
