#!/usr/bin/env bash
# MID server benchmark (not a test): throughput and latency of three routes through the same
# QAbstractHttpServer pipeline, each as a ratio to a bare Qt route (the anchor) measured in the
# same run, then a durability check of consent creation under SIGKILL.
#
#   bench/run.sh [path/to/mid-server] [path/to/bench_anchor]
#
# It builds nothing: give it a Release build (default build/release/app/mid-server and
# build/release/bench/anchor/bench_anchor):
#   cmake --preset release && cmake --build --preset release --target mid-server bench_anchor
#
# What it does, on loopback only:
#   1. starts mid-server on a free 127.0.0.1 port with a temporary data dir and --bootstrap-token;
#   2. creates an enterprise client without rateLimits (unlimited: limits do not distort the
#      numbers) and one consent to read;
#   3. saves the server's raw answer to that consent's GET and starts bench/anchor on it: a bare
#      QAbstractHttpServer route that answers every request with those same bytes;
#   4. runs wrk (THREADS threads, CONNECTIONS connections, DURATION each, --latency) against
#      (n) the anchor, before and after the routes below (their mean is the anchor figure)
#      (a) GET /healthz                    the lightest route through the same pipeline
#      (b) GET /v1/consents/:id            authenticated (Bearer apiKey + X-Client-ID)
#      (c) POST /v1/consents/auth          authenticated, one INSERT per request
#      and prints a Markdown table (req/s, ratio to the anchor, p50, p99, the server's resident
#      set after the route) and the server's peak resident set (VmHWM);
#   5. durability of (c): SIGKILLs the server right after the run, restarts it on the same data
#      dir and compares the consents stored (sqlite3) with the 200 answers wrk received;
#   6. repeats (c) and the durability check with HIGH_CONNECTIONS connections;
#   7. stops the server and removes the temporary directory.
#
# Environment: DURATION (10s), THREADS (1), CONNECTIONS (16), HIGH_CONNECTIONS (64; empty to
# skip), WARMUP (2s per route, not reported; 0 to skip).
# Needs wrk, curl and sqlite3 (scripts/install-deps.sh installs them), and a few GB free in
# $TMPDIR: under sustained writes the SQLite WAL grows by ~25 KB per created consent (see the
# "WAL was" figure printed with each durability line).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
server=${1:-$root/build/release/app/mid-server}
anchor=${2:-$root/build/release/bench/anchor/bench_anchor}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
HIGH_CONNECTIONS=${HIGH_CONNECTIONS-64}
WARMUP=${WARMUP:-2s}

die() { echo "bench: $*" >&2; exit 1; }
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || die "$tool is missing (bash scripts/install-deps.sh)"
done
build_hint="cmake --preset release && cmake --build --preset release --target mid-server bench_anchor"
[ -x "$server" ] || die "no mid-server at $server; build one: $build_hint"
[ -x "$anchor" ] || die "no bench_anchor at $anchor; build one: $build_hint"

# shellcheck source=bench/lib.sh
. "$here/lib.sh"
bench_workdir "$(mktemp -d -t mid-bench.XXXXXX)"

consent_rows() { sqlite3 "$db" 'SELECT COUNT(*) FROM consents;'; }

# run_wrk NAME CONNECTIONS DURATION URL [BODY] -- sets $line to wrk's MIDBENCH line
run_wrk() {
  local name=$1 conns=$2 duration=$3 url=$4 body=${5:-}
  local out=$work/wrk-$name.txt
  MID_BENCH_BODY=$body wrk -t"$THREADS" -c"$conns" -d"$duration" --latency -s "$here/mid.lua" \
    "${auth[@]}" "$url" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed for $name"; }
  line=$(grep '^MIDBENCH ' "$out" || true)
  [ -n "$line" ] || { cat "$out" >&2; die "no MIDBENCH line from wrk for $name"; }
}

start_server
echo "bench: $("$server" --version 2>/dev/null | head -n1) at $base, data $data"

create_client_and_consent
auth=("${client_auth[@]}")
limit=$(curl -fsS -o /dev/null -D - "$base/v1/consents/$consent_id" "${auth[@]}" | tr -d '\r' |
  sed -n 's/^[Xx]-[Rr]ate[Ll]imit-[Ll]imit: //p')
echo "bench: client $client_id (enterprise, X-RateLimit-Limit $limit), consent $consent_id"
echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"

start_anchor "$base/v1/consents/$consent_id" "${auth[@]}"
# Same length: the envelope's requestId differs from call to call, never its size.
[ "$(curl -fsS "$anchor_base/" "${auth[@]}" | wc -c)" = "$(curl -fsS "$base/v1/consents/$consent_id" "${auth[@]}" | wc -c)" ] ||
  die "the anchor's body differs from the server's"

declare -A rps p50 p99 ok other errs rss cpu_all cpu_main
# CPU time the server's threads ran, in ns (schedstat's first field): all threads, and the
# main thread (where every request is handled). Per request, it stays comparable from run to
# run on a shared box where req/s does not.
cpu_ns_all() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%.0f", s }'; }
cpu_ns_main() { awk '{ print $1 }' "/proc/$1/task/$1/schedstat"; }
per_request_us() { awk -v d="$1" -v n="$2" 'BEGIN { printf "%.1f", (n > 0 ? d / n / 1000 : 0) }'; }
measure() { # KEY CONNECTIONS URL [BODY]
  local key=$1 conns=$2 url=$3 body=${4:-}
  if [ "$WARMUP" != "0" ]; then
    run_wrk "$key-warmup" "$conns" "$WARMUP" "$url" "$body"
  fi
  local all0 main0 who=$pid
  [[ $key == n* ]] && who=$apid
  all0=$(cpu_ns_all "$who")
  main0=$(cpu_ns_main "$who")
  run_wrk "$key" "$conns" "$DURATION" "$url" "$body"
  rps[$key]=$(field "$line" rps)
  cpu_all[$key]=$(per_request_us $(($(cpu_ns_all "$who") - all0)) "$(field "$line" requests)")
  cpu_main[$key]=$(per_request_us $(($(cpu_ns_main "$who") - main0)) "$(field "$line" requests)")
  p50[$key]=$(ms "$(field "$line" p50_us)")
  p99[$key]=$(ms "$(field "$line" p99_us)")
  ok[$key]=$(field "$line" ok200)
  other[$key]=$(field "$line" other)
  errs[$key]=$(field "$line" socket_errors)
  [[ $key == n* ]] || rss[$key]=$(rss_mib VmRSS)
}

# Durability of what (c) acknowledged: SIGKILL right after wrk ends, restart, count.
durability() { # KEY ROWS_BEFORE -- sets $durability_line (no subshell: it restarts the server)
  local key=$1 before=$2
  local wal_mb
  wal_mb=$(awk -v b="$(stat -c %s "$db-wal" 2>/dev/null || echo 0)" 'BEGIN { printf "%.0f", b / 1048576 }')
  kill_server
  start_server
  local stored=$(( $(consent_rows) - before ))
  local acked=${ok[$key]}
  local verdict
  if [ "$stored" -ge "$acked" ]; then
    verdict="no acknowledged consent lost"
    [ "$stored" -gt "$acked" ] && verdict+=" ($((stored - acked)) more stored: requests in flight when wrk stopped)"
  else
    verdict="LOST $((acked - stored)) acknowledged consents"
  fi
  durability_line="durability of $key (SIGKILL right after the run, counted after restart): acknowledged $acked, stored $stored: $verdict; WAL was $wal_mb MiB"
}

measure n1 "$CONNECTIONS" "$anchor_base/"
measure a "$CONNECTIONS" "$base/healthz"
measure b "$CONNECTIONS" "$base/v1/consents/$consent_id"
if [ "$WARMUP" != "0" ]; then
  run_wrk c-warmup "$CONNECTIONS" "$WARMUP" "$base/v1/consents/auth" "$create_body"
fi
rows_before=$(consent_rows)
WARMUP=0 measure c "$CONNECTIONS" "$base/v1/consents/auth" "$create_body"
peak_rss=$(rss_mib VmHWM)
measure n2 "$CONNECTIONS" "$anchor_base/"
rps[n]=$(awk -v x="${rps[n1]}" -v y="${rps[n2]}" 'BEGIN { printf "%.0f", (x + y) / 2 }')
durability c "$rows_before"
durability_c=$durability_line

durability_c64=""
if [ -n "$HIGH_CONNECTIONS" ]; then
  # The server was just restarted: warm it up like the first runs before measuring.
  if [ "$WARMUP" != "0" ]; then
    run_wrk c64-warmup "$HIGH_CONNECTIONS" "$WARMUP" "$base/v1/consents/auth" "$create_body"
  fi
  rows_before=$(consent_rows)
  WARMUP=0 measure c64 "$HIGH_CONNECTIONS" "$base/v1/consents/auth" "$create_body"
  durability c64 "$rows_before"
  durability_c64=$durability_line
fi

echo
echo "| route | connections | req/s | × anchor | p50 ms | p99 ms | CPU µs/req: main, all | RSS MiB | non-200 | socket errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
row() {
  local cpu="–"
  [ -n "${cpu_main[$3]:-}" ] && cpu="${cpu_main[$3]}, ${cpu_all[$3]}"
  echo "| $1 | $2 | ${rps[$3]} | $(ratio "${rps[$3]}" "${rps[n]}") | ${p50[$3]} | ${p99[$3]} | $cpu | ${rss[$3]:-–} | ${other[$3]} | ${errs[$3]} |"
}
row "(n) anchor: bare \`QAbstractHttpServer\`, same bytes, before" "$CONNECTIONS" n1
row "(n) anchor, after" "$CONNECTIONS" n2
row "(a) \`GET /healthz\`" "$CONNECTIONS" a
row "(b) \`GET /v1/consents/:id\` (Bearer + X-Client-ID)" "$CONNECTIONS" b
row "(c) \`POST /v1/consents/auth\` (Bearer + X-Client-ID)" "$CONNECTIONS" c
[ -n "$HIGH_CONNECTIONS" ] && row "(c) \`POST /v1/consents/auth\`" "$HIGH_CONNECTIONS" c64
echo
echo "anchor $(printf %s "${rps[n]}") req/s (mean of before and after); ratios: a $(ratio "${rps[a]}" "${rps[n]}") (target 0.8), b $(ratio "${rps[b]}" "${rps[n]}") (0.5), c $(ratio "${rps[c]}" "${rps[n]}") (0.2); p99 target < 5 ms"
echo "mid-server peak resident set (VmHWM) through (c): $peak_rss MiB (target < 300)"
echo
echo "$durability_c"
[ -n "$durability_c64" ] && echo "$durability_c64"

stop_server
echo "bench: server stopped"
