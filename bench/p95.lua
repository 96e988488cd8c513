-- wrk script for bench/run.py: after the run, print one machine-readable line
--   BENCH_RESULT {"p50_us": ..., "p95_us": ..., "p99_us": ..., ...}
-- Latencies are in microseconds; "status_errors" counts responses wrk treats as
-- errors (HTTP status 400 and above).

done = function(summary, latency, requests)
  io.write(string.format(
    'BENCH_RESULT {"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, '
      .. '"requests": %d, "duration_us": %d, "status_errors": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d}\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout
  ))
end
