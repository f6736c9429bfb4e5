/**
 * Preloaded into a child process (`node --import tsx --import ./tests/support/loopProbe.ts ...`)
 * to measure its event-loop stalls. With LOOP_PROBE_OUT set, each SIGUSR2 writes the largest delay
 * since the previous one (`{ "maxMs": ..., "p99Ms": ... }`) to that file and starts a new window.
 */
import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

const out = process.env["LOOP_PROBE_OUT"];
if (out !== undefined && out !== "") {
  // 5 ms sampling: fine enough to see a 100 ms stall, cheap enough not to cause one.
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  process.on("SIGUSR2", () => {
    writeFileSync(out, JSON.stringify({ maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 }));
    histogram.reset();
  });
}
