# Shared by bench/run.sh, bench/bigdata.sh and bench/instructions.sh (sourced, not run). The
# caller defines die() and sets $server and $anchor, then calls bench_workdir; the functions
# below set $pid, $base, $apid and $anchor_base. START_TIMEOUT (10 s by default) bounds the
# server's start.

pid=""
apid=""
base=""
anchor_base=""
starts=0
start_seconds=""

# The body of every consent creation the benchmarks send.
create_body='{"recipient":"+2348012345678","intent":"login","expiresIn":3600}'

# bench_workdir DIR -- the run's directory, removed when the script ends: sets $work, $data
# (the server's data dir), $db and $token (the server's bootstrap token).
bench_workdir() {
  work=$1
  data=$work/data
  db=$data/mid.sqlite3
  token=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  trap cleanup EXIT
  trap 'exit 130' INT TERM
}

now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }'; }

stop_server() {
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
# SIGKILL: no shutdown path runs, nothing queued in the process gets written.
kill_server() {
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}
cleanup() {
  stop_server
  if [ -n "$apid" ]; then kill -TERM "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; fi
  rm -rf "$work"
}

# Starts the server on a port the kernel picks (127.0.0.1:0) and reads the port back from its
# "listening on" line; sets $start_seconds (on a big database the start itself is a figure).
start_server() {
  starts=$((starts + 1))
  local log=$work/server-$starts.log t0
  t0=$(now_s)
  "$server" --listen 127.0.0.1:0 --data-dir "$data" --bootstrap-token "$token" >"$log" 2>&1 &
  pid=$!
  base=""
  local tries=$((${START_TIMEOUT:-10} * 20))
  for _ in $(seq 1 "$tries"); do
    base=$(sed -n 's/^mid-server .* listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$log" | head -n1)
    [ -n "$base" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      pid=""
      die "mid-server exited during start"
    fi
    sleep 0.05
  done
  [ -n "$base" ] || die "mid-server did not report its address within ${START_TIMEOUT:-10} s (see $log)"
  curl -fsS "$base/healthz" >/dev/null || die "mid-server does not answer /healthz"
  start_seconds=$(elapsed "$t0")
}

# start_anchor CONSENT_URL CURL_ARGS... -- the anchor replays the server's own answer to that
# consent GET, byte for byte; sets $apid and $anchor_base.
start_anchor() {
  local url=$1
  shift
  curl -fsS -i -o "$work/consent-answer.http" "$url" "$@" || die "could not read the consent back"
  "$anchor" "$work/consent-answer.http" >"$work/anchor.log" 2>&1 &
  apid=$!
  anchor_base=""
  local port
  for _ in $(seq 1 100); do
    port=$(sed -n 's/^MIDANCHOR listening port=\([0-9]*\)$/\1/p' "$work/anchor.log")
    [ -n "$port" ] && { anchor_base="http://127.0.0.1:$port"; break; }
    kill -0 "$apid" 2>/dev/null || { cat "$work/anchor.log" >&2; apid=""; die "bench_anchor exited"; }
    sleep 0.05
  done
  [ -n "$anchor_base" ] || die "bench_anchor did not report its port"
}

json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n1; }
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { printf f, (b > 0 ? a / b : 0) }'; }
rss_mib() { awk '/^'"$1"':/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

# An enterprise tenant without rateLimits (no limit applies: X-RateLimit-Limit 1000000000) and
# one consent of it: sets $client_id, $api_key, $client_auth (its Bearer + X-Client-ID headers
# for curl and wrk) and $consent_id.
create_client_and_consent() {
  local client_json consent_json
  client_json=$(curl -fsS -X POST "$base/v1/clients" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"name":"Benchmark tenant","plan":"enterprise"}')
  client_id=$(json_field clientId <<<"$client_json")
  api_key=$(json_field apiKey <<<"$client_json")
  [ -n "$client_id" ] && [ -n "$api_key" ] || die "could not create the benchmark client: $client_json"
  client_auth=(-H "Authorization: Bearer $api_key" -H "X-Client-ID: $client_id")
  consent_json=$(curl -fsS -X POST "$base/v1/consents/auth" "${client_auth[@]}" \
    -H 'Content-Type: application/json' -d "$create_body")
  consent_id=$(json_field sessionId <<<"$consent_json")
  [ -n "$consent_id" ] || die "could not create the consent to read: $consent_json"
}
