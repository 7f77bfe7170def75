#!/usr/bin/env bash
# MID server benchmark (not a test): throughput and latency of three routes through the same
# QAbstractHttpServer pipeline, then a durability check of consent creation under SIGKILL.
#
#   bench/run.sh [path/to/mid-server]
#
# It builds nothing: give it a Release build (default build/release/app/mid-server):
#   cmake --preset release && cmake --build --preset release
#
# What it does, on loopback only:
#   1. starts mid-server on a free 127.0.0.1 port with a temporary data dir and --bootstrap-token;
#   2. creates an enterprise client without rateLimits (unlimited: limits do not distort the
#      numbers) and one consent to read;
#   3. runs wrk (THREADS threads, CONNECTIONS connections, DURATION each, --latency) against
#      (a) GET /healthz                    the lightest route through the same pipeline
#      (b) GET /v1/consents/:id            authenticated (Bearer apiKey + X-Client-ID)
#      (c) POST /v1/consents/auth          authenticated, one INSERT per request
#      and prints a Markdown table (req/s, p50, p99) and the ratios b/a and c/a;
#   4. durability of (c): SIGKILLs the server right after the run, restarts it on the same data
#      dir and compares the consents stored (sqlite3) with the 200 answers wrk received;
#   5. repeats (c) and the durability check with HIGH_CONNECTIONS connections;
#   6. stops the server and removes the temporary directory.
#
# Environment: DURATION (10s), THREADS (2), CONNECTIONS (16), HIGH_CONNECTIONS (64; empty to
# skip), WARMUP (2s per route, not reported; 0 to skip).
# Needs wrk, curl and sqlite3 (scripts/install-deps.sh installs them), and a few GB free in
# $TMPDIR: under sustained writes the SQLite WAL grows by ~25 KB per created consent (see the
# "WAL was" figure printed with each durability line).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
server=${1:-$root/build/release/app/mid-server}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
HIGH_CONNECTIONS=${HIGH_CONNECTIONS-64}
WARMUP=${WARMUP:-2s}

die() { echo "bench: $*" >&2; exit 1; }
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || die "$tool is missing (bash scripts/install-deps.sh)"
done
[ -x "$server" ] || die "no mid-server at $server; build one: cmake --preset release && cmake --build --preset release"

work=$(mktemp -d -t mid-bench.XXXXXX)
data=$work/data
db=$data/mid.sqlite3
token=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
pid=""
base=""
starts=0

stop_server() {
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the server on a port the kernel picks (127.0.0.1:0) and reads the port back from its
# "listening on" line.
start_server() {
  starts=$((starts + 1))
  local log=$work/server-$starts.log
  "$server" --listen 127.0.0.1:0 --data-dir "$data" --bootstrap-token "$token" >"$log" 2>&1 &
  pid=$!
  base=""
  for _ in $(seq 1 200); do
    base=$(sed -n 's/^mid-server .* listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$log" | head -n1)
    [ -n "$base" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      pid=""
      die "mid-server exited during start"
    fi
    sleep 0.05
  done
  [ -n "$base" ] || die "mid-server did not report its address (see $log)"
  curl -fsS "$base/healthz" >/dev/null || die "mid-server does not answer /healthz"
}

# SIGKILL: no shutdown path runs, nothing queued in the process gets written.
kill_server() {
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n1; }
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
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

start_server
echo "bench: $("$server" --version 2>/dev/null | head -n1) at $base, data $data"

# An enterprise tenant without rateLimits: no limit applies (X-RateLimit-Limit: 1000000000).
client_json=$(curl -fsS -X POST "$base/v1/clients" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"name":"Benchmark tenant","plan":"enterprise"}')
client_id=$(json_field clientId <<<"$client_json")
api_key=$(json_field apiKey <<<"$client_json")
[ -n "$client_id" ] && [ -n "$api_key" ] || die "could not create the benchmark client: $client_json"
auth=(-H "Authorization: Bearer $api_key" -H "X-Client-ID: $client_id")

create_body='{"recipient":"+2348012345678","intent":"login","expiresIn":3600}'
consent_json=$(curl -fsS -X POST "$base/v1/consents/auth" "${auth[@]}" -H 'Content-Type: application/json' \
  -d "$create_body")
consent_id=$(json_field sessionId <<<"$consent_json")
[ -n "$consent_id" ] || die "could not create the consent to read: $consent_json"
limit=$(curl -fsS -o /dev/null -D - "$base/v1/consents/$consent_id" "${auth[@]}" | tr -d '\r' |
  sed -n 's/^[Xx]-[Rr]ate[Ll]imit-[Ll]imit: //p')
echo "bench: client $client_id (enterprise, X-RateLimit-Limit $limit), consent $consent_id"
echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A rps p50 p99 ok other errs
measure() { # KEY CONNECTIONS URL [BODY]
  local key=$1 conns=$2 url=$3 body=${4:-}
  if [ "$WARMUP" != "0" ]; then
    run_wrk "$key-warmup" "$conns" "$WARMUP" "$url" "$body"
  fi
  run_wrk "$key" "$conns" "$DURATION" "$url" "$body"
  rps[$key]=$(field "$line" rps)
  p50[$key]=$(ms "$(field "$line" p50_us)")
  p99[$key]=$(ms "$(field "$line" p99_us)")
  ok[$key]=$(field "$line" ok200)
  other[$key]=$(field "$line" other)
  errs[$key]=$(field "$line" socket_errors)
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

measure a "$CONNECTIONS" "$base/healthz"
measure b "$CONNECTIONS" "$base/v1/consents/$consent_id"
if [ "$WARMUP" != "0" ]; then
  run_wrk c-warmup "$CONNECTIONS" "$WARMUP" "$base/v1/consents/auth" "$create_body"
fi
rows_before=$(consent_rows)
WARMUP=0 measure c "$CONNECTIONS" "$base/v1/consents/auth" "$create_body"
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
echo "| route | connections | req/s | p50 ms | p99 ms | non-200 | socket errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() { echo "| $1 | $2 | ${rps[$3]} | ${p50[$3]} | ${p99[$3]} | ${other[$3]} | ${errs[$3]} |"; }
row "(a) \`GET /healthz\`" "$CONNECTIONS" a
row "(b) \`GET /v1/consents/:id\` (Bearer + X-Client-ID)" "$CONNECTIONS" b
row "(c) \`POST /v1/consents/auth\` (Bearer + X-Client-ID)" "$CONNECTIONS" c
[ -n "$HIGH_CONNECTIONS" ] && row "(c) \`POST /v1/consents/auth\`" "$HIGH_CONNECTIONS" c64
echo
echo "b/a = $(ratio "${rps[b]}" "${rps[a]}"), c/a = $(ratio "${rps[c]}" "${rps[a]}") (req/s ratios at $CONNECTIONS connections)"
echo
echo "$durability_c"
[ -n "$durability_c64" ] && echo "$durability_c64"

stop_server
echo "bench: server stopped"
