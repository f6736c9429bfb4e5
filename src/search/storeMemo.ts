/**
 * Memoised lookups per passage store: what answering derives from a store (a passage's
 * surroundings, a misspelling's nearest term) recurs across questions, and a new store after an
 * update starts afresh, since each store has its own memo.
 */
import type { PassageStore } from "./passageStore.js";

/**
 * Wraps `compute` so that each store remembers up to `maxEntries` results, forgetting them all
 * when full (a cheap bound: entries are small and the hot ones come back at once).
 * @param maxEntries - results kept per store
 * @param compute - the derivation; it must not return `undefined`
 */
export function memoPerStore<K, V>(
  maxEntries: number,
  compute: (store: PassageStore, key: K) => V,
): (store: PassageStore, key: K) => V {
  const memos = new WeakMap<PassageStore, Map<K, V>>();
  return (store, key) => {
    let memo = memos.get(store);
    if (memo === undefined) {
      memo = new Map();
      memos.set(store, memo);
    }
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = compute(store, key);
    if (memo.size >= maxEntries) memo.clear();
    memo.set(key, value);
    return value;
  };
}
