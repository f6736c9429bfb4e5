/**
 * A read-only array whose entries are made when read: a saved index serves hundreds of thousands
 * of passages, and holding an object for each cost more memory than the index itself.
 */

/**
 * An array-like list of `length` entries, entry `i` being `at(i)` each time it is read.
 * @param length - how many entries
 * @param at - makes entry `i` (called only with `0 <= i < length`)
 */
export function lazyList<T>(length: number, at: (index: number) => T): readonly T[] {
  const entry = (property: string | symbol): number | null => {
    if (typeof property !== "string" || property === "") return null;
    const index = Number(property);
    return Number.isInteger(index) ? index : null;
  };
  return new Proxy([] as T[], {
    get(target, property, receiver) {
      if (property === "length") return length;
      const index = entry(property);
      if (index !== null) return index >= 0 && index < length ? at(index) : undefined;
      if (property === Symbol.iterator) {
        return function* iterate(): Generator<T> {
          for (let i = 0; i < length; i++) yield at(i);
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
    has(target, property) {
      const index = entry(property);
      return index !== null ? index >= 0 && index < length : Reflect.has(target, property);
    },
  });
}
