-- wrk script shared by every route of bench/run.sh, so the client-side cost is the same for all.
--   MID_BENCH_BODY  when set, every request is a POST with this JSON body (else a plain GET).
--   MID_BENCH_RATE  when set (requests/s over all threads; MID_BENCH_THREADS says how many),
--                   each thread paces its requests: a delay() hands out send slots evenly spaced
--                   at THREADS/RATE s, so the rate holds whatever the answer time, as long as
--                   the connections can keep up (check the rps that done() prints).
--   MID_BENCH_MAX   when set, each thread stops after this many answers (wrk still waits for
--                   its -d duration before it prints).
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

local rate = tonumber(os.getenv("MID_BENCH_RATE") or "")
if rate and rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } mid_timespec;
    int clock_gettime(int clock, mid_timespec *ts);
  ]]
  local ts = ffi.new("mid_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
  local interval_ms = 1000 * (tonumber(os.getenv("MID_BENCH_THREADS") or "1")) / rate
  local next_slot = nil
  -- Called before each request of this thread (any connection): the next free slot. Slots
  -- up to 50 ms late are sent at once (timer jitter); older ones are not made up, so a stall
  -- lowers the rate instead of sending a burst after it.
  function delay()
    local t = now_ms()
    if next_slot == nil or next_slot < t - 50 then
      next_slot = t
    end
    local wait = math.max(0, next_slot - t)
    next_slot = next_slot + interval_ms
    return math.floor(wait + 0.5)
  end
end

local max_answers = tonumber(os.getenv("MID_BENCH_MAX") or "")

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
  if max_answers and ok200 + other >= max_answers then
    wrk.thread:stop()
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
