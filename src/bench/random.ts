/** A seeded pseudo-random generator, so every bench run sees the same synthetic archive. */

/** Draws numbers in [0, 1) from a seed; the same seed always gives the same sequence. */
export type Random = () => number;

/**
 * Mulberry32: tiny, fast and well-distributed enough for synthetic text.
 * @param seed - any 32-bit integer
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("bench: pick from an empty list");
  return item;
}

/** An integer in [min, max], uniformly. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Samples ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent (Zipf's law).
 * @param n - vocabulary size
 * @param exponent - 1 for natural-language word frequencies
 */
export function createZipf(random: Random, n: number, exponent: number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
