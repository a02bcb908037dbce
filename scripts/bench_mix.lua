-- wrk script for scripts/bench_load.py: cycles through the paths given after
-- `--` (each thread starting at a different one) and prints one JSON line
-- with the totals and latency percentiles (microseconds).
local paths = {}
local counter = 0

init = function(args)
    for _, path in ipairs(args) do
        table.insert(paths, path)
    end
    if #paths == 0 then
        table.insert(paths, "/")
    end
    counter = math.random(#paths) - 1
end

request = function()
    counter = counter % #paths + 1
    return wrk.format("GET", paths[counter], { ["Accept-Encoding"] = "gzip" })
end

done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, '
            .. '"max_us": %d, "connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
        summary.requests, summary.duration, summary.bytes,
        latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
        e.connect, e.read, e.write, e.status, e.timeout
    ))
end
