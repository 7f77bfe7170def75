#!/usr/bin/env bash
# Console benchmark (not a test): the GUI thread's event-loop delay while wrk drives the
# embedded server's API with authenticated consent reads and creations.
#
#   bench/console-loop.sh [build-dir] [panel]   (default build/release and Dashboard;
#                                                builds target loop_delay)
#
# Environment: DURATION seconds (20), CONNECTIONS (16). Needs wrk and Xvfb (or a display).
# Target: p99 under 16 ms (one frame at 60 Hz).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build/release}
panel=${2:-Dashboard}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
cmake --build "$build" --target loop_delay -j2 >/dev/null
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
runner=()
if [ -z "${DISPLAY:-}" ]; then runner=(xvfb-run -a -s "-screen 0 1400x900x24"); fi
"${runner[@]}" "$build/bench/console/loop_delay" "$DURATION" "$work/report" "$panel" >"$work/out" 2>"$work/err" &
for _ in $(seq 100); do grep -q READY "$work/out" 2>/dev/null && break; sleep 0.2; done
read -r _ url key client consent < <(grep READY "$work/out")
sleep 2
# Half reads of one consent, half creations: the server thread stays saturated.
cat >"$work/load.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local h = {["Authorization"] = "Bearer $key", ["X-Client-ID"] = "$client",
             ["Content-Type"] = "application/json"}
  if n % 2 == 0 then return wrk.format("GET", "/v1/consents/$consent", h) end
  return wrk.format("POST", "/v1/consents/auth", h, '{"recipient":"+33612345678"}')
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$work/load.lua" "$url" | tee "$work/wrk"
wait
echo
echo "| panel | load (req/s) | GUI loop delay p50 | p99 | max |"
echo "|---|---|---|---|---|"
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
p50=$(awk '/p50_ms/ {print $2}' "$work/report"); p99=$(awk '/p99_ms/ {print $2}' "$work/report")
max=$(awk '/max_ms/ {print $2}' "$work/report")
echo "| $panel | $rps | $p50 ms | $p99 ms | $max ms |"
