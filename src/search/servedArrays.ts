/**
 * The flat arrays a store served from a saved index reads its lists from, kept beside the store:
 * scoring walks a passage's surroundings in them by term id, without a list made for each read.
 * Kept here, on the serving side, so the saved index's layout and its fingerprint are untouched.
 */
import type { CompactStore, OnDemandRagged } from "./compactStore.js";
import type { PassageStore } from "./passageStore.js";

/** A served store's arrays, with the dictionary their term ids index, both ways. */
export interface ServedArrays {
  readonly arrays: CompactStore;
  /** Terms by id. */
  readonly dictionary: readonly string[];
  /** Ids by term (the sentence index's map, shared). */
  readonly termIds: ReadonlyMap<string, number>;
}

const servedArrays = new WeakMap<PassageStore, ServedArrays>();

/**
 * Records the arrays a store is served from.
 * @param store - a store made by `expandStore` from `served.arrays`
 * @param served - its arrays and dictionary
 */
export function recordServedArrays(store: PassageStore, served: ServedArrays): void {
  servedArrays.set(store, served);
}

/**
 * The arrays a store is served from; `null` for a store built in memory or layered after an update.
 * @param store - any passage store
 */
export function servedArraysOf(store: PassageStore): ServedArrays | null {
  return servedArrays.get(store) ?? null;
}

/**
 * One passage's term ids, from memory or from the saved file.
 * @param ragged - the passages' term ids
 * @param passageId - the passage (0 <= id < passages)
 */
export function termIdsOf(ragged: OnDemandRagged, passageId: number): Uint32Array {
  const start = ragged.offsets[passageId] ?? 0;
  const end = ragged.offsets[passageId + 1] ?? 0;
  return typeof ragged.values === "function" ? ragged.values(start, end) : ragged.values.subarray(start, end);
}
