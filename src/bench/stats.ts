/** Latency statistics for the bench. */

/**
 * The nearest-rank percentile of a list of samples.
 * @param samples - measurements, any order
 * @param share - 0.5 for the median, 0.99 for p99
 */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

/** Milliseconds each call of `run` takes, one sample per item. */
export function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}

/** Rounds to two decimals for printing. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
