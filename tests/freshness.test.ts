/**
 * Ages of articles and the staleness rule, against a fixed today.
 */
import { describe, expect, it } from "vitest";
import { ageDays, describeDate, formatAge, freshnessOf } from "../src/time/age.js";
import { parseConfig } from "../src/config.js";

describe("ages", () => {
  it.each([
    [0, "today"],
    [1, "yesterday"],
    [5, "5 days ago"],
    [20, "3 weeks ago"],
    [273, "9 months ago"],
    [400, "13 months ago"],
    [800, "2 years ago"],
  ])("%i days reads as %s", (days, words) => {
    expect(formatAge(days)).toBe(words);
  });

  it("dates a citation with its age", () => {
    expect(describeDate("2025-02-23", "2025-11-23")).toBe("2025-02-23, 9 months ago");
    expect(describeDate(null, "2025-11-23")).toBe("undated");
    expect(ageDays("2025-11-30", "2025-11-23")).toBe(0);
  });
});

describe("staleness", () => {
  it("flags evidence whose newest article is past the limit, and only then", () => {
    const stale = freshnessOf(["2024-03-14", "2025-02-23", null], "2025-11-23", 180);
    expect(stale).toEqual({
      newest: "2025-02-23",
      ageDays: 273,
      stale: true,
      note: "The newest evidence here is from 2025-02-23 (9 months ago); newer developments may not be in the archive.",
    });
    expect(freshnessOf(["2025-09-10"], "2025-11-23", 180)).toMatchObject({
      stale: false,
      note: null,
      ageDays: 74,
    });
    expect(freshnessOf(["2025-09-10"], "2025-11-23", 30)).toMatchObject({ stale: true });
    expect(freshnessOf([null], "2025-11-23", 180)).toEqual({
      newest: null,
      ageDays: null,
      stale: false,
      note: null,
    });
  });

  it("reads the limit from STALE_AFTER_DAYS, 180 by default, and rejects nonsense", () => {
    expect(parseConfig({}, "/p").staleAfterDays).toBe(180);
    expect(parseConfig({ STALE_AFTER_DAYS: "90" }, "/p").staleAfterDays).toBe(90);
    for (const bad of ["soon", "0", "1.5", "-3"]) {
      expect(() => parseConfig({ STALE_AFTER_DAYS: bad }, "/p")).toThrow(/STALE_AFTER_DAYS: must be/u);
    }
  });
});
