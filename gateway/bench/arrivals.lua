-- wrk script: scattered arrivals at a chosen rate, and every response time kept.
--
--   ARRIVALS_HISTOGRAM=<file> wrk -t2 -c256 -d20s -s gateway/bench/arrivals.lua URL -- <mean wait in ms>
--
-- Each connection waits a random time, exponentially distributed with the given mean, before each request (also
-- before its first one, so the connections start at scattered moments). Many connections each waiting such a time
-- make arrivals close to a Poisson stream, as from many independent users: requests come at random moments, not in
-- the small synchronous bursts of a generator whose workers tick together (hey -q). The rate offered is about
-- connections ÷ (mean wait + response time); with a wait much longer than the response time it barely depends on the
-- side measured.
--
-- done() writes the response-time histogram (microseconds, count per value) to ARRIVALS_HISTOGRAM, so that rounds
-- can be pooled (done() runs in wrk's main Lua state, which gets no script arguments).
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local mean_wait_ms

function init(args)
  mean_wait_ms = tonumber(args[1])
  if not mean_wait_ms or mean_wait_ms <= 0 then
    error("arrivals.lua: give the mean wait in ms after --")
  end
  math.randomseed(os.time() + 7919 * thread_number)
end

function delay()
  -- inverse transform of an exponential distribution; 1 - random() is never 0
  return math.floor(-mean_wait_ms * math.log(1 - math.random()) + 0.5)
end

function done(summary, latency, requests)
  local file = assert(io.open(assert(os.getenv("ARRIVALS_HISTOGRAM"), "arrivals.lua: set ARRIVALS_HISTOGRAM"), "w"))
  for i = 1, #latency do
    local value, count = latency(i)
    file:write(string.format("%d %d\n", value, count))
  end
  file:close()
  local e = summary.errors
  io.write(string.format("arrivals: %d answers in %.1f s, %d with status >= 400, %d timeouts, %d socket errors\n",
    summary.requests, summary.duration / 1e6, e.status, e.timeout, e.connect + e.read + e.write))
end
