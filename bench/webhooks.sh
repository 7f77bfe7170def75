#!/usr/bin/env bash
# MID webhook benchmark (issue 14; not a test): consent creations with and without webhooks,
# the delay from state change to delivery at a fixed creation rate, and the dispatcher's drain
# rate, against a local receiver that answers at once.
#
#   bench/webhooks.sh [path/to/mid-server] [path/to/webhook_receiver]
#
# It builds nothing: give it Release builds (defaults build/release/app/mid-server and
# build/release/bench/webhooks/webhook_receiver):
#   cmake --preset release && cmake --build --preset release --target mid-server webhook_receiver
#
# What it does, on loopback only:
#   1. starts the receiver (bench/webhooks/receiver.cpp) and mid-server on free 127.0.0.1
#      ports, the server with a temporary data dir and --bootstrap-token;
#   2. creates two enterprise clients without rateLimits: "off" without a webhookUrl, "on" with
#      webhookUrl = the receiver (its first endpoint, subscribed to every event);
#   3. (a) webhooks off: wrk POST /v1/consents/auth as client "off" for DURATION (the body of
#          bench/run.sh), after a WARMUP run;
#      (b) webhooks on: the same run as client "on"; then waits until the outbox is drained
#          (GET /admin/v1/webhooks/deliveries?status=pending and ?status=retrying both total 0)
#          and reads the receiver's count and rate, and the delays (arrival at the receiver
#          minus the event's time in the server's database); when the creations outrun the
#          dispatcher, that delay is a backlog's, not a latency;
#      (c) fixed rate: RATE creations/s as client "on" for DURATION (wrk paced by bench/mid.lua's
#          delay(), MID_BENCH_RATE), then drained; the delay p50/p99 is the latency
#          from state change to delivery at that rate;
#      (d) drain: pauses the endpoint (POST /admin/v1/webhooks/endpoints/:id/pause), creates
#          DRAIN_COUNT consents (their deliveries are held), resumes it and measures deliveries/s
#          at the receiver until all N held deliveries arrived;
#   4. prints a Markdown table and the verdict on the three targets of issue 14:
#      >= 2,000 deliveries/s; p99 delay < 500 ms at 2,000 creations/s; creation throughput with
#      webhooks on within 15 % of webhooks off.
#
# Environment: DURATION (10s), THREADS (2), CONNECTIONS (16), RATE (2000), DRAIN_COUNT (20000),
# WARMUP (2s; 0 to skip), DRAIN_TIMEOUT (600 s to wait for an outbox to drain).
# Needs wrk (with LuaJIT, as Debian's), curl and sqlite3 (scripts/install-deps.sh), and a few GB
# free in $TMPDIR (every delivery stores its attempt with the request body and headers).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
server=${1:-$root/build/release/app/mid-server}
receiver=${2:-$root/build/release/bench/webhooks/webhook_receiver}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
RATE=${RATE:-2000}
DRAIN_COUNT=${DRAIN_COUNT:-20000}
WARMUP=${WARMUP:-2s}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-600}

die() { echo "bench: $*" >&2; exit 1; }
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || die "$tool is missing (bash scripts/install-deps.sh)"
done
build_hint="cmake --preset release && cmake --build --preset release --target mid-server webhook_receiver"
[ -x "$server" ] || die "no mid-server at $server; build one: $build_hint"
[ -x "$receiver" ] || die "no webhook_receiver at $receiver; build one: $build_hint"

work=$(mktemp -d -t mid-webhooks.XXXXXX)
data=$work/data
db=$data/mid.sqlite3
token=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
pid=""
rpid=""
base=""
recv=""

stop_pid() { # PID: SIGTERM and wait
  if [ -n "$1" ]; then
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
cleanup() {
  stop_pid "$pid"
  stop_pid "$rpid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_receiver() {
  "$receiver" >"$work/receiver.log" 2>&1 &
  rpid=$!
  local port=""
  for _ in $(seq 1 200); do
    port=$(sed -n 's/^MIDRECV listening port=\([0-9]*\)$/\1/p' "$work/receiver.log")
    [ -n "$port" ] && break
    kill -0 "$rpid" 2>/dev/null || { cat "$work/receiver.log" >&2; rpid=""; die "receiver exited"; }
    sleep 0.05
  done
  [ -n "$port" ] || die "the receiver did not report its port"
  recv=http://127.0.0.1:$port
}

start_server() {
  local log=$work/server.log
  "$server" --listen 127.0.0.1:0 --data-dir "$data" --bootstrap-token "$token" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do
    base=$(sed -n 's/^mid-server .* listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$log" | head -n1)
    [ -n "$base" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; pid=""; die "mid-server exited during start"; }
    sleep 0.05
  done
  [ -n "$base" ] || die "mid-server did not report its address (see $log)"
  curl -fsS "$base/healthz" >/dev/null || die "mid-server does not answer /healthz"
}

json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n1; }
json_number() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" | head -n1; }
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
now_ms() { date +%s%3N; }
admin() { curl -fsS -H "Authorization: Bearer $token" "$@"; }

recv_stats() { curl -fsS "$recv/stats"; }
recv_reset() { curl -fsS -X POST "$recv/reset" >/dev/null; }

# Deliveries still to be sent (pending + retrying) and held, from the admin API.
deliveries_total() { # STATUS
  admin "$base/admin/v1/webhooks/deliveries?status=$1&limit=1" | json_number total
}

# Waits until nothing is pending or retrying; sets $drained_ms (when it was seen drained).
wait_drained() {
  local deadline=$(($(date +%s) + DRAIN_TIMEOUT)) p r
  while :; do
    p=$(deliveries_total pending)
    r=$(deliveries_total retrying)
    [ "${p:-1}" = 0 ] && [ "${r:-1}" = 0 ] && break
    [ "$(date +%s)" -lt "$deadline" ] || die "the outbox did not drain in $DRAIN_TIMEOUT s (pending $p, retrying $r)"
    sleep 0.2
  done
  drained_ms=$(now_ms)
}

new_client() { # NAME [WEBHOOK_URL] -- sets $client_id, $api_key
  local extra=""
  [ -n "${2:-}" ] && extra=",\"webhookUrl\":\"$2\""
  local out
  out=$(admin -X POST "$base/v1/clients" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"plan\":\"enterprise\"$extra}")
  client_id=$(json_field clientId <<<"$out")
  api_key=$(json_field apiKey <<<"$out")
  [ -n "$client_id" ] && [ -n "$api_key" ] || die "could not create client $1: $out"
}

create_body='{"recipient":"+2348012345678","intent":"login","expiresIn":3600}'

# run_wrk NAME DURATION [ENV…] -- POST /v1/consents/auth with the credentials in $auth; sets
# $line to wrk's MIDBENCH line.
run_wrk() {
  local name=$1 duration=$2
  shift 2
  local out=$work/wrk-$name.txt
  env MID_BENCH_BODY="$create_body" MID_BENCH_THREADS="$THREADS" "$@" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$here/mid.lua" \
    "${auth[@]}" "$base/v1/consents/auth" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed for $name"; }
  line=$(grep '^MIDBENCH ' "$out" || true)
  [ -n "$line" ] || { cat "$out" >&2; die "no MIDBENCH line from wrk for $name"; }
  [ "$(field "$line" other)" = 0 ] || echo "bench: $name: $(field "$line" other) answers were not 200" >&2
}

start_receiver
start_server
loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: $("$server" --version 2>/dev/null | head -n1) at $base, receiver at $recv, data $data"
echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(nproc) CPUs; load average $loadavg"

new_client "Webhooks off"
auth_off=(-H "Authorization: Bearer $api_key" -H "X-Client-ID: $client_id")
new_client "Webhooks on" "$recv/hook"
auth_on=(-H "Authorization: Bearer $api_key" -H "X-Client-ID: $client_id")
on_client=$client_id
endpoint_id=$(admin "$base/admin/v1/webhooks/endpoints?clientId=$on_client" | json_field id)
[ -n "$endpoint_id" ] || die "client $on_client has no endpoint"
echo "bench: client $on_client delivers to endpoint $endpoint_id ($recv/hook)"

declare -A creations p50 p99 deliveries rate dp50 dp99 dmax note
creation_fields() { # KEY
  creations[$1]=$(field "$line" rps)
  p50[$1]=$(ms "$(field "$line" p50_us)")
  p99[$1]=$(ms "$(field "$line" p99_us)")
}
# The delay of each delivery the receiver saw since its last reset, from the event's time in
# the server's database (ms; the body's timestamp has whole seconds) to its arrival; prints
# "p50 p99 max" in ms (nearest rank).
arrival_delays() { # KEY
  local arrivals=$work/arrivals-$1.txt
  curl -fsS "$recv/arrivals" >"$arrivals"
  sqlite3 "$db" ".separator ' '" "CREATE TEMP TABLE arrivals (id TEXT, ms INTEGER);" \
    ".import $arrivals arrivals" \
    "SELECT a.ms - e.at FROM arrivals a JOIN events e ON e.id = a.id ORDER BY 1;" |
    awk '{ d[NR] = $1 }
      function rank(p,  i) { i = int(p / 100 * NR + 0.999999); return d[i < 1 ? 1 : i] }
      END { if (NR == 0) print "- - -"; else print rank(50), rank(99), d[NR] }'
}
receiver_fields() { # KEY STATS_LINE
  deliveries[$1]=$(field "$2" requests)
  rate[$1]=$(field "$2" rate)
  read -r "dp50[$1]" "dp99[$1]" "dmax[$1]" <<<"$(arrival_delays "$1")"
}
# Waits until the receiver saw N distinct deliveries (the outbox may be drained a moment before
# the last answers are counted) and prints its stats line.
receiver_wait() { # N
  local deadline=$(($(date +%s) + DRAIN_TIMEOUT)) s
  while :; do
    s=$(recv_stats)
    [ "$(field "$s" unique)" -ge "$1" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || die "the receiver saw $(field "$s" unique) of $1 deliveries"
    sleep 0.1
  done
  echo "$s"
}

# The whole box's busy CPU time so far (all processes, wrk and the receiver too), in ms, from
# /proc/stat: every cycle a creation costs anywhere on the box, which is what (b)/(a) compares.
box_busy() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz; exit }' /proc/stat
}
box_per_creation() { # BEFORE AFTER -- µs of busy CPU per creation of $line
  awk -v b="$1" -v a="$2" -v n="$(field "$line" ok200)" 'BEGIN { printf "%.0f", (n > 0 ? (a - b) * 1000 / n : 0) }'
}

# (a) webhooks off
auth=("${auth_off[@]}")
if [ "$WARMUP" != "0" ]; then run_wrk a-warmup "$WARMUP"; fi
box_before=$(box_busy)
run_wrk a "$DURATION"
box_a=$(box_per_creation "$box_before" "$(box_busy)")
creation_fields a
echo "bench: (a) $line"

# CPU time of each of the server's threads so far ("tid name ns" lines; from schedstat, which a
# noisy shared box leaves comparable where throughput is not).
thread_cpu() {
  local t
  for t in /proc/"$pid"/task/*; do
    printf '%s %s %s\n' "${t##*/}" "$(tr ' ' _ <"$t/comm")" "$(cut -d' ' -f1 "$t/schedstat")"
  done
}
# Per thread: CPU µs per creation (request thread) or per delivery (the others) between two
# thread_cpu snapshots.
cpu_per_unit() { # BEFORE AFTER CREATIONS DELIVERIES
  # A thread started during the run (QNAM's HTTP thread, at the first delivery) counts from 0.
  awk -v c="$3" -v d="$4" '
    NR == FNR { before[$1] = $3; next }
    { ms = ($3 - before[$1]) / 1e6; if (ms < 1) next
      unit = ($2 == "mid-server") ? "creation" : "delivery"; n = ($2 == "mid-server") ? c : d
      out = out sep sprintf("%s %.0f µs/%s", $2, (n > 0 ? ms * 1000 / n : 0), unit); sep = ", " }
    END { print out }' <(echo "$1") <(echo "$2")
}

# (b) webhooks on, as fast as the API goes
auth=("${auth_on[@]}")
recv_reset
start_b=$(now_ms)
cpu_before=$(thread_cpu)
box_before=$(box_busy)
run_wrk b "$DURATION"
box_b=$(box_per_creation "$box_before" "$(box_busy)")
cpu_after=$(thread_cpu)
delivered_during_b=$(field "$(recv_stats)" requests)
end_b=$(now_ms)
creation_fields b
echo "bench: (b) $line"
wait_drained
s=$(receiver_wait "$(field "$line" ok200)")
receiver_fields b "$s"
note[b]="drained $(( (drained_ms - end_b) )) ms after wrk ended; CPU while wrk ran: $(cpu_per_unit "$cpu_before" "$cpu_after" "$(field "$line" ok200)" "$delivered_during_b"); the whole box's busy CPU per creation: $box_a µs in (a), $box_b µs in (b)"
echo "bench: (b) $s; ${note[b]}"

# (c) a fixed rate
recv_reset
run_wrk c "$DURATION" MID_BENCH_RATE="$RATE"
creation_fields c
echo "bench: (c) $line"
wait_drained
s=$(receiver_wait "$(field "$line" ok200)")
receiver_fields c "$s"
echo "bench: (c) $s"

# (d) drain a backlog of held deliveries
admin -X POST "$base/admin/v1/webhooks/endpoints/$endpoint_id/pause" >/dev/null
wrk_seconds=$(awk -v n="$DRAIN_COUNT" -v r="${creations[b]}" 'BEGIN { printf "%d", n / (r > 0 ? r : 1000) * 1.5 + 2 }')
# Threads stop after their share; wrk still runs for the whole duration, so its rps is no rate.
run_wrk d "${wrk_seconds}s" MID_BENCH_MAX=$(( (DRAIN_COUNT + THREADS - 1) / THREADS ))
sleep 0.5 # creations still in flight when wrk stopped its threads
held=$(deliveries_total held)
echo "bench: (d) $held deliveries held; resuming"
recv_reset
resumed_ms=$(now_ms)
admin -X POST "$base/admin/v1/webhooks/endpoints/$endpoint_id/resume" >/dev/null
s=$(receiver_wait "$held")
receiver_fields d "$s"
drain_rate=$(awk -v n="$held" -v t="$(( $(field "$s" last_ms) - resumed_ms ))" \
  'BEGIN { printf "%.1f", (t > 0 ? n * 1000 / t : 0) }')
note[d]="$held held deliveries; first after $(( $(field "$s" first_ms) - resumed_ms )) ms, all after $(( $(field "$s" last_ms) - resumed_ms )) ms ($drain_rate/s from the resume)"
echo "bench: (d) $s; ${note[d]}"
wait_drained

ratio=$(awk -v b="${creations[b]}" -v a="${creations[a]}" 'BEGIN { printf "%.3f", (a > 0 ? b / a : 0) }')
verdict() { [ "$1" = 1 ] && echo "met" || echo "**missed**"; }
t1=$(awk -v r="${rate[d]}" 'BEGIN { print (r >= 2000) }')
t2=$(awk -v p="${dp99[c]}" -v c="${creations[c]}" -v R="$RATE" 'BEGIN { print (p < 500 && c >= 0.95 * R) }')
t3=$(awk -v x="$ratio" 'BEGIN { print (x >= 0.85) }')

echo
echo "$(nproc) CPUs, load average at start $loadavg; wrk -t$THREADS -c$CONNECTIONS, $DURATION per run"
echo
echo "| phase | creations/s | create p50/p99 ms | deliveries | deliveries/s | delay p50/p99/max ms |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| (a) webhooks off | ${creations[a]} | ${p50[a]} / ${p99[a]} | – | – | – |"
echo "| (b) webhooks on, unpaced | ${creations[b]} | ${p50[b]} / ${p99[b]} | ${deliveries[b]} | ${rate[b]} | ${dp50[b]} / ${dp99[b]} / ${dmax[b]} |"
echo "| (c) webhooks on, paced at $RATE/s | ${creations[c]} | ${p50[c]} / ${p99[c]} | ${deliveries[c]} | ${rate[c]} | ${dp50[c]} / ${dp99[c]} / ${dmax[c]} |"
echo "| (d) drain of $held held deliveries (created while paused) | – | – | ${deliveries[d]} | ${rate[d]} | – |"
echo
echo "(b): ${note[b]}. (d): ${note[d]}."
echo
echo "| target | measured | verdict |"
echo "|---|---:|---|"
echo "| ≥ 2,000 deliveries/s (drain, (d)) | ${rate[d]}/s | $(verdict "$t1") |"
echo "| p99 delay < 500 ms at $RATE creations/s ((c), achieved ${creations[c]}/s) | ${dp99[c]} ms | $(verdict "$t2") |"
echo "| creations with webhooks on within 15 % of off (b/a) | $ratio | $(verdict "$t3") |"

stop_pid "$pid"
pid=""
echo "bench: server stopped"
