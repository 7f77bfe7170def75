#!/usr/bin/env bash
# Instructions per request (not a test): the user-space instructions that the anchor and
# mid-server execute per request of each route of bench/run.sh, counted by valgrind's callgrind
# over all threads. Unlike req/s and CPU time, the count does not move with the load of a shared
# box (one binary gives the same figure to within 1 %), so it tells whether a change to the code
# made a route cheaper. It leaves out the kernel's work (socket and file I/O), which the anchor
# pays too, and under callgrind every thread runs about fifty times slower: turns batch more
# requests than they would at full speed, so compare builds with each other, never with run.sh.
#
#   bench/instructions.sh [path/to/mid-server] [path/to/bench_anchor]
#
# Environment: DURATION (6s per route), CONNECTIONS (16). Needs valgrind, wrk and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
real_server=${1:-$root/build/release/app/mid-server}
real_anchor=${2:-$root/build/release/bench/anchor/bench_anchor}
DURATION=${DURATION:-6s}
CONNECTIONS=${CONNECTIONS:-16}
START_TIMEOUT=${START_TIMEOUT:-60}

die() { echo "bench: $*" >&2; exit 1; }
for tool in valgrind callgrind_control callgrind_annotate wrk curl; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install valgrind wrk curl)"
done
[ -x "$real_server" ] || die "no mid-server at $real_server (cmake --build --preset release --target mid-server)"
[ -x "$real_anchor" ] || die "no bench_anchor at $real_anchor (cmake --build --preset release --target bench_anchor)"

# shellcheck source=bench/lib.sh
. "$here/lib.sh"
bench_workdir "$(mktemp -d -t mid-instructions.XXXXXX)"

# lib.sh starts $server and $anchor: both run under callgrind, counting from the first request.
for program in server anchor; do
  real=real_$program
  cat >"$work/$program" <<EOF
#!/bin/sh
exec valgrind --tool=callgrind --callgrind-out-file="$work/$program.%p.out" "${!real}" "\$@"
EOF
  chmod +x "$work/$program"
done
server=$work/server
anchor=$work/anchor

start_server
create_client_and_consent
auth=("${client_auth[@]}")
start_anchor "$base/v1/consents/$consent_id" "${auth[@]}"

# Instructions of process $1 per request of wrk against URL $2 (body $3 makes it a POST):
# a warm-up, then the counters zeroed, the run, and the counters dumped.
instructions_per_request() {
  local who=$1 url=$2 body=${3:-}
  MID_BENCH_BODY=$body wrk -t1 -c"$CONNECTIONS" -d2s -s "$here/mid.lua" "${auth[@]}" "$url" >/dev/null
  callgrind_control --zero "$who" >/dev/null 2>&1
  local line
  line=$(MID_BENCH_BODY=$body wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$here/mid.lua" "${auth[@]}" "$url" |
    grep '^MIDBENCH ')
  callgrind_control --dump "$who" >/dev/null 2>&1
  sleep 0.5
  local dump total
  dump=$(ls -t "$work"/*."$who".out* | head -n1)
  total=$(callgrind_annotate "$dump" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
  awk -v t="$total" -v n="$(field "$line" requests)" 'BEGIN { printf "%.0f", t / n }'
}

anchor_ir=$(instructions_per_request "$apid" "$anchor_base/")
echo "| route | instructions per request (user space, all threads) | anchor ÷ route |"
echo "|---|---:|---:|"
echo "| (n) anchor: bare \`QAbstractHttpServer\`, same bytes | $anchor_ir | 1.00 |"
for route in a b c; do
  case $route in
    a) name='(a) `GET /healthz`'; url=$base/healthz; body="" ;;
    b) name='(b) `GET /v1/consents/:id`'; url=$base/v1/consents/$consent_id; body="" ;;
    c) name='(c) `POST /v1/consents/auth`'; url=$base/v1/consents/auth; body=$create_body ;;
  esac
  ir=$(instructions_per_request "$pid" "$url" "$body")
  echo "| $name | $ir | $(ratio "$anchor_ir" "$ir") |"
done
