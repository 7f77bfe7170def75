#!/usr/bin/env bash
# MID server benchmark at scale (not a test), for issue 17: do the GET routes cost the same on a
# database holding millions of consents and audit rows as on an empty one, does an audit page by
# filter stay under 50 ms at p99, and does the server's resident set stay under 300 MiB?
#
#   bench/bigdata.sh [path/to/mid-server] [path/to/bench_anchor] [path/to/bench_seed]
#
# (or SERVER=…, ANCHOR=…, SEEDER=… in the environment). It builds nothing; defaults are
# build/release/app/mid-server, build/release/bench/anchor/bench_anchor and
# build/release/bench/bigdata/bench_seed:
#   cmake --preset release &&
#   cmake --build --preset release --target mid-server bench_anchor bench_seed
#
# What it does, on loopback only:
#   1. starts mid-server on a free 127.0.0.1 port with a fresh data dir under $TMPDIR (after
#      checking there is room for the seeded database), creates an enterprise client without
#      rateLimits and one consent, and starts bench/anchor on the raw answer to that consent's GET
#      (a bare Qt route replaying the same bytes: every figure is also given as a ratio to it);
#   2. "empty": measures with wrk (THREADS threads, DURATION each after WARMUP, --latency)
#        (n) the anchor, before the first route and after each (a route's ratio is to the mean
#            of the two runs beside it)
#        (a) GET /healthz
#        (d) GET /admin/v1/audit?actor=<client id>&limit=50      operator token, AUDIT_CONNECTIONS
#        (e) GET /admin/v1/audit?action=consent.get&limit=50     operator token, AUDIT_CONNECTIONS
#        (b) GET /v1/consents/:id of the fresh consent           Bearer apiKey + X-Client-ID
#      The audit pages come before (b) in both phases: every call of (b) writes an audit row,
#      and the empty phase should search an (almost) empty audit log;
#   3. stops the server and runs bench_seed: SEED_CONSENTS consents of that client and SEED_AUDIT
#      audit rows continuing the hash chain (10,000,000 each by default), and prints its time;
#   4. "seeded": restarts the server on the same data dir (start time printed) and measures the
#      same routes, plus (c) GET /v1/consents/:id of a seeded consent from the middle of the
#      table (90 days of rows: about 45 days old);
#   5. prints a Markdown table (req/s, ratio to the anchor, p50/p99 in each phase, the change),
#      the audit pages' p99 against 50 ms, the server's VmRSS after each phase and VmHWM against
#      300 MiB, the database's size on disk, and SQLite's plan for the audit searches (the
#      statements of backend/storage/AuditStore.cpp and SqlFilter.cpp);
#   6. with VERIFY=1, times GET /admin/v1/audit/verify over the whole chain (after the
#      measurements, so its reads do not touch them), then stops the server and removes the data.
#
# Environment: SEED_CONSENTS, SEED_AUDIT (10000000 each), DURATION (10s), WARMUP (2s per route,
# not reported; 0 to skip), THREADS (1), CONNECTIONS (16), AUDIT_CONNECTIONS (1: one console
# paging the log; more measures queueing on the server thread, where searches run), VERIFY (1),
# START_TIMEOUT (300 s for the server to listen), MIN_FREE_GB (default: 1 GB per million rows to
# seed, at least 2: a 10M + 10M run takes about 7 GB, plus the WAL while seeding).
# Needs wrk, curl and sqlite3 (scripts/install-deps.sh installs them).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
server=${1:-${SERVER:-$root/build/release/app/mid-server}}
anchor=${2:-${ANCHOR:-$root/build/release/bench/anchor/bench_anchor}}
seeder=${3:-${SEEDER:-$root/build/release/bench/bigdata/bench_seed}}
SEED_CONSENTS=${SEED_CONSENTS:-10000000}
SEED_AUDIT=${SEED_AUDIT:-10000000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
AUDIT_CONNECTIONS=${AUDIT_CONNECTIONS:-1}
VERIFY=${VERIFY:-1}
START_TIMEOUT=${START_TIMEOUT:-300}
seed_rows=$((SEED_CONSENTS + SEED_AUDIT))
MIN_FREE_GB=${MIN_FREE_GB:-$(( seed_rows / 1000000 > 2 ? seed_rows / 1000000 : 2 ))}

die() { echo "bigdata: $*" >&2; exit 1; }
for tool in wrk curl sqlite3; do
  command -v "$tool" >/dev/null || die "$tool is missing (bash scripts/install-deps.sh)"
done
build_hint="cmake --preset release && cmake --build --preset release --target mid-server bench_anchor bench_seed"
[ -x "$server" ] || die "no mid-server at $server; build one: $build_hint"
[ -x "$anchor" ] || die "no bench_anchor at $anchor; build one: $build_hint"
[ -x "$seeder" ] || die "no bench_seed at $seeder; build one: $build_hint"

tmp_base=${TMPDIR:-/tmp}
free_gb=$(df -Pk "$tmp_base" | awk 'NR == 2 { printf "%d", $4 / 1048576 }')
if [ "$free_gb" -lt "$MIN_FREE_GB" ]; then
  echo "bigdata: $tmp_base has $free_gb GB free; seeding $SEED_CONSENTS consents and $SEED_AUDIT audit" \
    "rows needs about $MIN_FREE_GB GB. Point TMPDIR at a roomier disk, or lower SEED_CONSENTS and" \
    "SEED_AUDIT (or MIN_FREE_GB if you know better). Nothing was started." >&2
  exit 1
fi

# shellcheck source=bench/lib.sh
. "$here/lib.sh"
bench_workdir "$(mktemp -d "$tmp_base/mid-bigdata.XXXXXX")"

json_value() { sed -n "s/.*\"$1\":\([^,}]*\).*/\1/p" | head -n1; }

# run_wrk NAME CONNECTIONS DURATION URL HEADERS_ARRAY -- sets $line to wrk's MIDBENCH line.
# The timeout is long: a slow audit search must count in the latency, not as a socket error.
run_wrk() {
  local name=$1 conns=$2 duration=$3 url=$4
  local -n headers=$5
  local out=$work/wrk-$name.txt
  wrk -t"$THREADS" -c"$conns" -d"$duration" --timeout 60s --latency -s "$here/mid.lua" \
    "${headers[@]}" "$url" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed for $name"; }
  line=$(grep '^MIDBENCH ' "$out" || true)
  [ -n "$line" ] || { cat "$out" >&2; die "no MIDBENCH line from wrk for $name"; }
}
change() { awk -v new="$1" -v old="$2" 'BEGIN { if (old > 0) printf "%+.1f %%", (new - old) * 100 / old; else printf "–" }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
db_bytes() { # the database and its WAL, if there is one
  local total=0 f
  for f in "$db" "$db-wal"; do
    [ -f "$f" ] && total=$((total + $(stat -c %s "$f")))
  done
  echo "$total"
}

declare -A rps p50 p99 ok other errs rss
# measure KEY CONNECTIONS URL HEADERS_ARRAY: KEY is "<phase>.<route>".
measure() {
  local key=$1 conns=$2 url=$3 hdrs=$4
  if [ "$WARMUP" != "0" ]; then
    run_wrk "$key-warmup" "$conns" "$WARMUP" "$url" "$hdrs"
  fi
  run_wrk "$key" "$conns" "$DURATION" "$url" "$hdrs"
  rps[$key]=$(field "$line" rps)
  p50[$key]=$(ms "$(field "$line" p50_us)")
  p99[$key]=$(ms "$(field "$line" p99_us)")
  ok[$key]=$(field "$line" ok200)
  other[$key]=$(field "$line" other)
  errs[$key]=$(field "$line" socket_errors)
  rss[$key]=$(rss_mib VmRSS)
  echo "bigdata: $key ${rps[$key]} req/s, p50 ${p50[$key]} ms, p99 ${p99[$key]} ms, non-200 ${other[$key]}, socket errors ${errs[$key]}"
}

mean() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.0f", (x + y) / 2 }'; }

# One phase's routes, the anchor before the first and after each one: a route's ratio is to the
# mean of the two anchor runs beside it, so load that drifts over the phase (it does on a shared
# box) moves both sides of the ratio alike.
measure_phase() { # PHASE [SEEDED_CONSENT_ID]
  local phase=$1 seeded_id=${2:-}
  local -A url=([a]="$base/healthz"
                [d]="$base/admin/v1/audit?actor=$client_id&limit=50"
                [e]="$base/admin/v1/audit?action=consent.get&limit=50"
                [b]="$base/v1/consents/$fresh_id"
                [c]="$base/v1/consents/$seeded_id")
  local -A conns=([a]=$CONNECTIONS [d]=$AUDIT_CONNECTIONS [e]=$AUDIT_CONNECTIONS
                  [b]=$CONNECTIONS [c]=$CONNECTIONS)
  local -A auth=([a]=no_auth [d]=operator_auth [e]=operator_auth [b]=client_auth [c]=client_auth)
  local -a routes=(a d e b)
  [ -n "$seeded_id" ] && routes+=(c)
  measure "$phase.n0" "$CONNECTIONS" "$anchor_base/" client_auth
  local i=0 r all=${rps[$phase.n0]}
  for r in "${routes[@]}"; do
    measure "$phase.$r" "${conns[$r]}" "${url[$r]}" "${auth[$r]}"
    i=$((i + 1))
    WARMUP=0 measure "$phase.n$i" "$CONNECTIONS" "$anchor_base/" client_auth
    rps[$phase.$r.n]=$(mean "${rps[$phase.n$((i - 1))]}" "${rps[$phase.n$i]}")
    all+=" ${rps[$phase.n$i]}"
  done
  anchor_runs[$phase]=$all
  rps[$phase.n]=$(tr ' ' '\n' <<<"$all" | awk '{ s += $1 } END { printf "%.0f", s / NR }')
  rss[$phase.end]=$(rss_mib VmRSS)
  rss[$phase.hwm]=$(rss_mib VmHWM)
  audit_rows[$phase]=$(sqlite3 "$db" 'SELECT COUNT(*) FROM audit_events;')
}
declare -A anchor_runs
declare -A audit_rows

# ---- empty ------------------------------------------------------------------------------------

no_auth=()
operator_auth=(-H "Authorization: Bearer $token")
start_server
echo "bigdata: $("$server" --version 2>/dev/null | head -n1) at $base, data $data ($free_gb GB free)"

create_client_and_consent
fresh_id=$consent_id
start_anchor "$base/v1/consents/$fresh_id" "${client_auth[@]}"
echo "bigdata: client $client_id, fresh consent $fresh_id; wrk -t$THREADS -c$CONNECTIONS (audit pages -c$AUDIT_CONNECTIONS) -d$DURATION --latency"
echo "bigdata: $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"

measure_phase empty
empty_start=$start_seconds
stop_server

# ---- seeding ----------------------------------------------------------------------------------

echo "bigdata: seeding $SEED_CONSENTS consents and $SEED_AUDIT audit rows (load average $(cut -d' ' -f1-3 /proc/loadavg))"
t0=$(now_s)
"$seeder" --db "$db" --client "$client_id" --consents "$SEED_CONSENTS" --audit "$SEED_AUDIT" |
  tee "$work/seed.log" | awk 'NR % 10 == 1 || /done/ { print; fflush() }'
seed_seconds=$(elapsed "$t0")
db_after_seed=$(db_bytes)
seeded_seq=$(( SEED_CONSENTS / 2 + 1 ))
seeded_id=$(sqlite3 "$db" "SELECT id FROM consents WHERE client_id = '$client_id' AND seq >= $seeded_seq ORDER BY seq LIMIT 1;")
[ -n "$seeded_id" ] || die "no seeded consent found"
seeded_created=$(sqlite3 "$db" "SELECT datetime(created_at / 1000, 'unixepoch') || ', ' || status FROM consents WHERE id = '$seeded_id';")

# ---- seeded -----------------------------------------------------------------------------------

start_server
seeded_start=$start_seconds
echo "bigdata: restarted on the seeded database in $seeded_start s; seeded consent $seeded_id (created $seeded_created)"
measure_phase seeded "$seeded_id"

plans() { # The statements the server runs for one audit filter (SqlFilter's count and page).
  local where=$1
  echo "- \`SELECT COUNT(*) FROM audit_events WHERE $where\`:"
  sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM audit_events WHERE $where;" | sed 's/^/    /'
  echo "- \`SELECT … FROM audit_events WHERE $where ORDER BY seq DESC LIMIT 51\`:"
  sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT seq, id, at, actor, action, resource, outcome, ip, user_agent, request_id, details, hash FROM audit_events WHERE $where ORDER BY seq DESC LIMIT 51;" | sed 's/^/    /'
}
actor_rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM audit_events WHERE actor = '$client_id';")
action_rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM audit_events WHERE action = 'consent.get';")

verify_line="chain check skipped (VERIFY=0)"
if [ "$VERIFY" = "1" ]; then
  t0=$(now_s)
  verdict=$(curl -fsS "$base/admin/v1/audit/verify" "${operator_auth[@]}") || die "audit verify failed"
  verify_seconds=$(elapsed "$t0")
  verify_line="GET /admin/v1/audit/verify: intact=$(json_value intact <<<"$verdict"), checked $(json_value checked <<<"$verdict") rows in $verify_seconds s; VmRSS afterwards $(rss_mib VmRSS) MiB, VmHWM $(rss_mib VmHWM) MiB"
fi
stop_server
db_final=$(db_bytes)

# ---- report -----------------------------------------------------------------------------------

echo
echo "| route | empty req/s | × anchor | p50 / p99 ms | seeded req/s | × anchor | p50 / p99 ms | change req/s | change × anchor |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
route_ratio() { ratio "${rps[$1.$2]}" "${rps[$1.$2.n]}" "${3:-%.2f}"; } # PHASE ROUTE [FORMAT]
row() { # LABEL ROUTE [EMPTY_ROUTE]: the seeded consent (c) compares with the empty phase's (b)
  local label=$1 r=$2 e=${3:-$2}
  local er=empty.$e sr=seeded.$r
  # The change of the ratio from its unrounded values: an audit page is a small fraction of the
  # anchor, and two decimals would round it away.
  echo "| $label | ${rps[$er]} | $(route_ratio empty "$e") | ${p50[$er]} / ${p99[$er]} | ${rps[$sr]} | $(route_ratio seeded "$r") | ${p50[$sr]} / ${p99[$sr]} | $(change "${rps[$sr]}" "${rps[$er]}") | $(change "$(route_ratio seeded "$r" %.9f)" "$(route_ratio empty "$e" %.9f)") |"
}
echo "| (n) anchor (mean of the phase's runs) | ${rps[empty.n]} | 1.00 | – | ${rps[seeded.n]} | 1.00 | – | $(change "${rps[seeded.n]}" "${rps[empty.n]}") | – |"
row "(a) \`GET /healthz\`" a
row "(b) \`GET /v1/consents/:id\`, the fresh consent" b
row "(c) \`GET /v1/consents/:id\`, a seeded consent (empty: (b))" c b
row "(d) \`GET /admin/v1/audit?actor=<client>&limit=50\`" d
row "(e) \`GET /admin/v1/audit?action=consent.get&limit=50\`" e
echo
nonok=0
for k in "${!other[@]}"; do nonok=$((nonok + ${other[$k]} + ${errs[$k]})); done
echo "non-200 answers and socket errors over all runs: $nonok"
echo "anchor runs (req/s, before the first route and after each): empty ${anchor_runs[empty]}; seeded ${anchor_runs[seeded]}"
echo "rows: seeded $SEED_CONSENTS consents and $SEED_AUDIT audit rows in $seed_seconds s; audit rows at the end of each phase: empty ${audit_rows[empty]}, seeded ${audit_rows[seeded]} (actor = client: $actor_rows, action = consent.get: $action_rows)"
echo "server start: empty $empty_start s, seeded $seeded_start s"
verdict_within() { # ROUTE: within 10 % of the empty database, by the ratio to the anchor
  local e s
  e=$(route_ratio empty "${2:-$1}" %.9f)
  s=$(route_ratio seeded "$1" %.9f)
  awk -v s="$s" -v e="$e" 'BEGIN { print (e > 0 && s >= 0.9 * e ? "met" : "MISSED") }'
}
echo "target, GET figures within 10 % of the empty database (× anchor): (a) $(verdict_within a), (b) $(verdict_within b), (c) $(verdict_within c b)"
audit_verdict() { awk -v p="$1" 'BEGIN { print (p < 50 ? "met" : "MISSED") }'; }
echo "target, audit page by filter p99 < 50 ms on the seeded database: (d) actor ${p99[seeded.d]} ms $(audit_verdict "${p99[seeded.d]}"), (e) action ${p99[seeded.e]} ms $(audit_verdict "${p99[seeded.e]}")"
mem_verdict() { awk -v m="$1" 'BEGIN { print (m < 300 ? "met" : "MISSED") }'; }
echo "target, mid-server resident set < 300 MiB: empty phase VmRSS ${rss[empty.end]} MiB, VmHWM ${rss[empty.hwm]} MiB; seeded phase VmRSS ${rss[seeded.end]} MiB, VmHWM ${rss[seeded.hwm]} MiB $(mem_verdict "${rss[seeded.hwm]}")"
echo "VmRSS after each route (MiB): empty a ${rss[empty.a]}, d ${rss[empty.d]}, e ${rss[empty.e]}, b ${rss[empty.b]}; seeded a ${rss[seeded.a]}, d ${rss[seeded.d]}, e ${rss[seeded.e]}, b ${rss[seeded.b]}, c ${rss[seeded.c]}"
echo "database on disk (mid.sqlite3 + WAL): after seeding $(mib "$db_after_seed") MiB, at the end $(mib "$db_final") MiB"
echo "$verify_line"
echo
echo "SQLite's plans for the audit searches (no ANALYZE statistics, as on a server):"
plans "actor=?"
plans "action=?"
echo
echo "bigdata: done; removing $work"
