/**
 * The overlay must read and iterate as a copy of its base changed by the same calls: spelling
 * correction walks the article frequencies in order and keeps the first of equals, so even the
 * order of keys must not move.
 */
import { describe, expect, it } from "vitest";
import { CountOverlay } from "../src/search/countOverlay.js";

/** A small deterministic generator, so the sequence of changes is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("a map of counts seen through changes", () => {
  it.each([1, 2, 3, 4])("reads and iterates as a changed copy (sequence %i)", (seed) => {
    const next = random(seed);
    const base = new Map<string, number>();
    for (let i = 0; i < 200; i++) base.set(`t${i}`, 1 + Math.floor(next() * 5));
    const overlay = new CountOverlay(base);
    const copy = new Map(base);
    for (let step = 0; step < 600; step++) {
      // Keys of the base and new ones, deleted, set and set again in any order.
      // A walk midway must not keep the map as it was then.
      if (step === 300) expect([...overlay]).toEqual([...copy]);
      const key = `t${Math.floor(next() * 260)}`;
      if (next() < 0.4) expect(overlay.delete(key)).toBe(copy.delete(key));
      else {
        const value = Math.floor(next() * 9);
        overlay.set(key, value);
        copy.set(key, value);
      }
    }
    expect([...overlay]).toEqual([...copy]);
    expect([...overlay.keys()]).toEqual([...copy.keys()]);
    expect([...overlay.values()]).toEqual([...copy.values()]);
    expect(overlay.size).toBe(copy.size);
    for (let i = 0; i < 260; i++) {
      expect(overlay.get(`t${i}`)).toBe(copy.get(`t${i}`));
      expect(overlay.has(`t${i}`)).toBe(copy.has(`t${i}`));
    }
    const seen: [string, number][] = [];
    overlay.forEach((value, key) => seen.push([key, value]));
    expect(seen).toEqual([...copy]);
  });

  it("leaves its base unchanged", () => {
    const base = new Map([
      ["a", 1],
      ["b", 2],
    ]);
    const overlay = new CountOverlay(base);
    overlay.delete("a");
    overlay.set("b", 5);
    overlay.set("c", 1);
    expect([...base]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect([...overlay]).toEqual([
      ["b", 5],
      ["c", 1],
    ]);
    // Changes after a walk show in the next walk.
    overlay.set("b", 6);
    overlay.set("a", 3);
    expect([...overlay.entries()]).toEqual([
      ["b", 6],
      ["c", 1],
      ["a", 3],
    ]);
    overlay.delete("c");
    expect([...overlay.keys()]).toEqual(["b", "a"]);
  });
});
