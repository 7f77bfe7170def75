-- wrk script shared by every route of bench/run.sh, so the client-side cost is the same for all.
--   MID_BENCH_BODY  when set, every request is a POST with this JSON body (else a plain GET).
-- Credentials come as wrk -H flags. done() prints one machine-readable line:
--   MIDBENCH requests=… seconds=… rps=… p50_us=… p99_us=… ok200=… other=… socket_errors=…
-- ok200 counts answers with status 200 across all threads (response() runs per thread, in
-- the thread's own Lua state; setup() keeps the threads so done() can sum their counters).

local body = os.getenv("MID_BENCH_BODY")
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok200 = 0
  other = 0
end

function response(status, headers, body)
  if status == 200 then
    ok200 = ok200 + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("ok200")
    bad = bad + t:get("other")
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "MIDBENCH requests=%d seconds=%.3f rps=%.1f p50_us=%d p99_us=%d ok200=%d other=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50), latency:percentile(99),
    ok, bad, e.connect + e.read + e.write + e.timeout))
end
