import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editDistance,
  editDistanceLowerBound,
  letterMask,
  oneEditVariants,
} from "../src/text/editDistance.js";

const word = fc.stringMatching(/^[a-z]{1,9}$/u);

describe("edit distance helpers", () => {
  it("bounds the distance from below by the letters one word has and the other lacks", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistanceLowerBound(letterMask(a), letterMask(b))).toBeLessThanOrEqual(
          editDistance(a, b, 20),
        );
      }),
    );
    // "spacex" has p, a, c, e and x that "musk" lacks (five edits at least); "musk" has m, u and k it lacks.
    expect(editDistanceLowerBound(letterMask("spacex"), letterMask("musk"))).toBe(5);
  });

  it("lists exactly the words one edit away", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(oneEditVariants(a).has(b)).toBe(a !== b && editDistance(a, b, 1) === 1);
      }),
    );
    for (const near of ["from", "frm", "forms", "dorm", "fork"])
      expect(oneEditVariants("form").has(near)).toBe(true);
    expect(oneEditVariants("form").has("form")).toBe(false);
    expect(oneEditVariants("form").has("farms")).toBe(false);
  });

  it("leaves out only variants that keep more of the word than the last position allows", () => {
    fc.assert(
      fc.property(word, fc.nat(10), (a, last) => {
        const all = oneEditVariants(a);
        const limited = oneEditVariants(a, last);
        for (const variant of limited) expect(all.has(variant)).toBe(true);
        for (const variant of all)
          if (!limited.has(variant)) expect(variant.startsWith(a.slice(0, last + 1))).toBe(true);
      }),
    );
    expect(oneEditVariants("route", 1).has("rout")).toBe(false);
    expect(oneEditVariants("route", 1).has("roue")).toBe(false);
    expect(oneEditVariants("route", 1).has("ruote")).toBe(true);
  });

  it("leaves other characters out of a word's letters", () => {
    expect(letterMask("jf-17")).toBe(letterMask("fj"));
    expect([...oneEditVariants("a1")].sort()).toEqual(expect.arrayContaining(["a"]));
    expect([...oneEditVariants("a1")].every((variant) => /^[a-z]+$/u.test(variant))).toBe(true);
  });
});
