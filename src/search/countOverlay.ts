/**
 * A map of counts seen through a few changes to a base map, without copying the base: an update by
 * the article changes the article frequencies of a few hundred terms, while the saved segment's map
 * holds every term of the archive (over a million at 50,000 articles), and copying it cost the
 * serving thread a large part of the update.
 */

/**
 * The base map with changes made through `set` and `delete`, read and iterated exactly as a copy of
 * the base changed by the same calls would be: changed keys keep their place, new keys (and keys
 * deleted and set again) follow in the order they were set.
 */
export class CountOverlay implements ReadonlyMap<string, number> {
  /** New values of the base's keys that are still present. */
  private readonly changed = new Map<string, number>();
  /** Keys of the base no longer present where the base has them. */
  private readonly removed = new Set<string>();
  /** Keys not at their base place (new, or deleted and set again), in the order they were set. */
  private readonly appended = new Map<string, number>();

  /**
   * @param base - the map seen through the changes; never changed itself
   */
  constructor(private readonly base: ReadonlyMap<string, number>) {}

  get size(): number {
    return this.base.size - this.removed.size + this.appended.size;
  }

  get(key: string): number | undefined {
    const appended = this.appended.get(key);
    if (appended !== undefined) return appended;
    if (this.removed.has(key)) return undefined;
    return this.changed.get(key) ?? this.base.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * Sets a key's count.
   * @param key - the term
   * @param value - its count
   */
  set(key: string, value: number): this {
    this.copy = null;
    if (this.appended.has(key) || this.removed.has(key) || !this.base.has(key)) this.appended.set(key, value);
    else this.changed.set(key, value);
    return this;
  }

  /**
   * Removes a key.
   * @param key - the term
   * @returns whether it was present
   */
  delete(key: string): boolean {
    this.copy = null;
    if (this.appended.delete(key)) return true;
    if (this.removed.has(key) || !this.base.has(key)) return false;
    this.removed.add(key);
    this.changed.delete(key);
    return true;
  }

  /**
   * How this map's keys differ from `base`'s, when it is seen over that very map: the base's keys
   * it no longer has, and those that follow the base's (new, or deleted and set again) in their
   * order. Its keys are then the base's in order without `removed`, then `appended`: what a table
   * derived from the base's keys needs to be derived anew (a spelling table over a million terms)
   * without walking them. `null` over any other map.
   * @param base - the map the caller derived its table from
   */
  keyChangesFrom(
    base: ReadonlyMap<string, number>,
  ): { readonly removed: ReadonlySet<string>; readonly appended: readonly string[] } | null {
    if (base !== this.base) return null;
    return { removed: this.removed, appended: [...this.appended.keys()] };
  }

  /**
   * The changed copy itself, made on the first walk and dropped on the next change: walks (a
   * spelling table over every term) then run at a Map's own speed, and an update that is never
   * walked never pays for the copy.
   */
  private copy: Map<string, number> | null = null;

  private copied(): Map<string, number> {
    if (this.copy === null) {
      const copy = new Map(this.base);
      for (const key of this.removed) copy.delete(key);
      for (const [key, value] of this.changed) copy.set(key, value);
      for (const [key, value] of this.appended) copy.set(key, value);
      this.copy = copy;
    }
    return this.copy;
  }

  entries(): MapIterator<[string, number]> {
    return this.copied().entries();
  }

  keys(): MapIterator<string> {
    return this.copied().keys();
  }

  values(): MapIterator<number> {
    return this.copied().values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
