/**
 * Lookups in plain-object tables keyed by words from the outside world: `table["constructor"]`
 * is `Object`'s constructor, not `undefined`, so a word like "constructor" in an article or a
 * question would read as an entry. Only the table's own keys count.
 */

/**
 * The table's value for `key` when the table itself has that key, else `undefined`.
 * @param table - a table written as an object literal
 * @param key - any text, a word read from an article or a question
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
