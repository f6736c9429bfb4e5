/**
 * Time scopes read from questions and from the /ask options, expression by expression, against a
 * fixed today so relative phrases have one right answer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "./support/hostileArbitrary.js";
import { readTimeScope, type ScopedQuestion, type ScopeOptions } from "../src/time/scope.js";
import { describeSpan, parseIsoPeriod, periodInText } from "../src/time/period.js";
import { judgeEvidenceTime, mentionedPeriods } from "../src/time/evidenceTime.js";

const TODAY = "2025-11-23";

function scoped(question: string, options: Partial<ScopeOptions> = {}): ScopedQuestion {
  const result = readTimeScope(question, { today: TODAY, ...options });
  if ("error" in result) throw new Error(`unexpected scope error: ${result.error}`);
  return result;
}

function scopeError(question: string, options: Partial<ScopeOptions>): string {
  const result = readTimeScope(question, { today: TODAY, ...options });
  if (!("error" in result)) throw new Error("expected a scope error");
  return result.error;
}

describe("scope phrases in the question", () => {
  it.each([
    ["What did they agree in 2024?", "2024-01-01", "2024-12-31", "in 2024", "What did they agree?"],
    [
      "what happened in lachin in may 2025",
      "2025-05-01",
      "2025-05-31",
      "in may 2025",
      "what happened in lachin",
    ],
    ["Who met on 28 May 2025?", "2025-05-28", "2025-05-28", "on 28 May 2025", "Who met?"],
    [
      "Who met on May 28, 2025 in Lachin?",
      "2025-05-28",
      "2025-05-28",
      "on May 28, 2025",
      "Who met in Lachin?",
    ],
    [
      "What was signed during the year 2024?",
      "2024-01-01",
      "2024-12-31",
      "during the year 2024",
      "What was signed?",
    ],
    ["trade news from 2023", "2023-01-01", "2023-12-31", "from 2023", "trade news"],
    [
      "What happened between 2023 and 2024?",
      "2023-01-01",
      "2024-12-31",
      "between 2023 and 2024",
      "What happened?",
    ],
    [
      "Deals from March 2024 to June 2025?",
      "2024-03-01",
      "2025-06-30",
      "from March 2024 to June 2025",
      "Deals?",
    ],
  ])("%s", (question, since, until, phrase, rest) => {
    const { scope, question: remaining } = scoped(question);
    expect([scope.since, scope.until, scope.phrase, remaining]).toEqual([since, until, phrase, rest]);
    expect(scope.preferRecent).toBe(false);
  });

  it.each([
    ["What has happened since May 2025?", "2025-05-01", null],
    ["Defence talks from 2024 onwards", "2024-01-01", null],
    ["What happened after 2024?", "2025-01-01", null],
    ["What was agreed before July 2024?", null, "2024-06-30"],
    ["What was agreed prior to 2025?", null, "2024-12-31"],
    ["Trade until June 2025", null, "2025-06-30"],
  ])("open bounds: %s", (question, since, until) => {
    const { scope } = scoped(question);
    expect([scope.since, scope.until]).toEqual([since, until]);
  });

  it.each([
    ["What happened last year?", "2024-01-01", "2024-12-31"],
    ["What happened this year?", "2025-01-01", TODAY],
    ["Any visits this month?", "2025-11-01", TODAY],
    ["Any visits last month?", "2025-10-01", "2025-10-31"],
    ["Meetings in the past 6 months", "2025-05-23", TODAY],
    ["Meetings over the last two years", "2023-11-23", TODAY],
    ["Meetings in the past year", "2024-11-23", TODAY],
    ["Deals this week", "2025-11-17", TODAY],
  ])("relative to today: %s", (question, since, until) => {
    const { scope } = scoped(question);
    expect([scope.since, scope.until]).toEqual([since, until]);
  });

  it.each([
    "What is the latest on trade?",
    "What happened recently between Pakistan and Azerbaijan?",
    "What is the current state of defence ties?",
    "Where do trade talks stand now?",
    "When was the last meeting?",
    // Chat's "right now" is "now": no "right" is left behind to be looked for as a topic word.
    "who is defence minister of azerbaijan right now",
    "Who is presently the ambassador?",
  ])("prefers the newest without bounding the days: %s", (question) => {
    const { scope, question: rest } = scoped(question);
    expect(scope).toMatchObject({
      since: null,
      until: null,
      preferRecent: true,
      label: "Newest evidence first",
    });
    expect(rest).not.toMatch(/\b(?:latest|recently|current|presently|now|right|last)\b/iu);
  });

  it("leaves years and months that are not scope phrases alone", () => {
    // "Vision 2030" names a plan, not a time; "in May" has no year, so it is not read as one.
    for (const question of ["What is Vision 2030?", "What happened in May?", "Who is the JF-17 buyer?"]) {
      const { scope, question: rest } = scoped(question);
      expect(scope.since).toBeNull();
      expect(scope.until).toBeNull();
      expect(rest).toBe(question);
    }
  });

  it("reads several phrases and keeps the days they share", () => {
    const { scope } = scoped("What happened in 2025 since May 2025, latest first?");
    expect([scope.since, scope.until, scope.preferRecent]).toEqual(["2025-05-01", "2025-12-31", true]);
  });

  it("dates an event through the archive, or says it could not", () => {
    const pta = { start: "2024-07-01", end: "2024-07-31", precision: "month" as const };
    const asked: string[] = [];
    const findEventDate = (event: string) => {
      asked.push(event);
      return event === "the PTA" ? pta : null;
    };
    const before = scoped("What did they agree before the PTA?", { findEventDate });
    expect([before.scope.until, before.question, before.scope.phrase]).toEqual([
      "2024-06-30",
      "What did they agree?",
      "before the PTA",
    ]);
    expect(scoped("What happened after the PTA?", { findEventDate }).scope.since).toBe("2024-08-01");
    expect(scoped("What happened since the PTA?", { findEventDate }).scope.since).toBe("2024-07-01");
    const unknown = scoped("What happened after the football final?", { findEventDate });
    expect(unknown.scope).toMatchObject({ since: null, until: null, undatedEvent: "the football final" });
    expect(unknown.question).toBe("What happened after the football final?");
    expect(asked).toEqual(["the PTA", "the PTA", "the PTA", "the football final"]);
    // An offset from an event ("the day after the PTA") is not a limit.
    expect(scoped("Who met the day after the PTA?", { findEventDate }).scope.until).toBeNull();
    expect(asked).toHaveLength(4);
  });
});

describe("the since: and until: options", () => {
  it.each([
    ["2024", undefined, "2024-01-01", null],
    [undefined, "2024", null, "2024-12-31"],
    ["2024-02", "2024-02", "2024-02-01", "2024-02-29"],
    ["2025-05-28", "2025-06-03", "2025-05-28", "2025-06-03"],
  ])("since %s until %s", (since, until, from, to) => {
    const { scope } = scoped("What was agreed?", { since, until });
    expect([scope.since, scope.until, scope.phrase]).toEqual([from, to, null]);
  });

  it("meets the question's own scope: the days both allow", () => {
    const { scope } = scoped("What was agreed in 2024?", { since: "2024-06" });
    expect([scope.since, scope.until, scope.label]).toEqual([
      "2024-06-01",
      "2024-12-31",
      "Articles from June 2024 to December 2024 only",
    ]);
  });

  it.each([
    [
      { since: "2024-13" },
      'since: "2024-13" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28.',
    ],
    [
      { until: "2025-02-30" },
      'until: "2025-02-30" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28.',
    ],
    [
      { since: "May 2025" },
      'since: "May 2025" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-28.',
    ],
    [{ since: "2025", until: "2024" }, "The time scope leaves no day: it starts 2025 and ends 2024."],
  ])("rejects %j clearly", (options, message) => {
    expect(scopeError("What was agreed?", options)).toBe(message);
  });

  it("treats blank options as absent", () => {
    expect(scoped("What was agreed?", { since: "", until: "  " }).scope.label).toBeNull();
  });
});

describe("labels", () => {
  it.each([
    ["in 2024", "Articles from 2024 only"],
    ["in May 2025", "Articles from May 2025 only"],
    ["on 28 May 2025", "Articles from 28 May 2025 only"],
    ["since May 2025", "Articles from May 2025 on"],
    ["before 2025", "Articles up to 2024 only"],
    ["between 2023 and 2024", "Articles from 2023 to 2024 only"],
  ])("%s reads as %s", (phrase, label) => {
    expect(scoped(`What was agreed ${phrase}?`).scope.label).toBe(label);
  });

  it("spans read in one unit", () => {
    expect(describeSpan("2024-01-01", "2024-06-30")).toBe("January 2024 to June 2024");
    expect(describeSpan("2024-03-05", "2024-03-31")).toBe("5 March 2024 to 31 March 2024");
  });
});

describe("periods", () => {
  it("parses the option shapes strictly", () => {
    expect(parseIsoPeriod("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29", precision: "month" });
    expect(parseIsoPeriod("2024-2")).toBeNull();
    expect(parseIsoPeriod("24")).toBeNull();
  });

  it("reads an answer span's date", () => {
    expect(periodInText("late September 2024")).toMatchObject({ start: "2024-09-01", end: "2024-09-30" });
    expect(periodInText("on the eve of the summit")).toBeNull();
  });
});

describe("when evidence is about", () => {
  it("reads the sentence's own dates, months without a year from the article's date", () => {
    expect(mentionedPeriods("In July 2024, the two countries signed a PTA.", "2025-02-23")).toMatchObject([
      { start: "2024-07-01", end: "2024-07-31" },
    ]);
    // A February piece's "in December" is the December before.
    expect(mentionedPeriods("The minister visited Baku in December.", "2025-02-23")).toMatchObject([
      { start: "2024-12-01" },
    ]);
    // "may" the verb is not the month.
    expect(mentionedPeriods("Talks may resume soon.", "2025-02-23")).toEqual([]);
  });

  it("admits a sentence by its article's date or by a time it names; undated articles stay out", () => {
    const year2025 = { since: "2025-01-01", until: "2025-12-31" };
    expect(
      judgeEvidenceTime("In January 2025, the minister visited SOCAR.", ["2025-02-23"], {
        since: "2025-01-01",
        until: "2025-01-31",
      }),
    ).toBe("in");
    // A 2024 article's sentence about 2024 is outside 2025; a 2025 article recalling 2020 is inside.
    expect(judgeEvidenceTime("In July 2024, the two countries signed a PTA.", ["2024-08-01"], year2025)).toBe(
      "out",
    );
    expect(judgeEvidenceTime("They marked the 2020 war victory.", ["2025-11-07"], year2025)).toBe("in");
    expect(
      judgeEvidenceTime("In July 2024, the two countries signed a PTA.", ["2025-02-23"], {
        since: "2024-07-01",
        until: "2024-07-31",
      }),
    ).toBe("in");
    expect(judgeEvidenceTime("The leaders met in Lachin.", ["2025-05-28"], year2025)).toBe("in");
    expect(judgeEvidenceTime("The leaders met in Lachin.", ["2024-05-28"], year2025)).toBe("out");
    expect(judgeEvidenceTime("The leaders met in 2025.", [null], year2025)).toBe("undated");
    expect(judgeEvidenceTime("Anything.", [null], { since: null, until: null })).toBe("in");
  });
});

describe("hostile input", () => {
  const timePiece = fc.constantFrom(
    "in 2024",
    "since May 2025",
    "between 2023 and 2024",
    "before 2025-02-30",
    "last year",
    "latest",
    "in the past 0 months",
    "from 1999 to 2101",
    "before the",
    "after the the the",
  );
  it("never throws, and any scope it returns leaves at least one day", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileText, timePiece), { maxLength: 5 }).map((parts) => parts.join(" ")),
        fc.option(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("2024", "2024-02", "2025-05-28"))),
        (question, since) => {
          const result = readTimeScope(question, {
            today: TODAY,
            since: since ?? undefined,
            findEventDate: () => null,
          });
          if ("error" in result) return;
          const { since: from, until: to } = result.scope;
          if (from !== null && to !== null) expect(from <= to).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
