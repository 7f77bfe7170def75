# Shared by bench/run.sh and bench/bigdata.sh (sourced, not run). The caller defines die(),
# and sets $server, $anchor, $work, $data and $token before starting anything; these set $pid,
# $base, $apid and $anchor_base. START_TIMEOUT (10 s by default) bounds the server's start.

pid=""
apid=""
base=""
anchor_base=""
starts=0
start_seconds=""

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
