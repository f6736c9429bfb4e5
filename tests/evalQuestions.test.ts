import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Validates tests/eval/questions.jsonl, the project's own question set (see tests/eval/README.md).
// It never runs the answer engine: the check half must stay unseen by tuning.

const ROOT = join(import.meta.dirname, "..");
const SEEDS = join(ROOT, "seeds");
const QUESTIONS = join(ROOT, "tests", "eval", "questions.jsonl");
const EXTRA_TUNE = join(ROOT, "tests", "eval", "tune-extra.jsonl");
const DEV_SET = join(ROOT, "tests", "fixtures", "qa-dev.jsonl");

const ANSWERABLE_CATEGORIES = [
  "lowercase",
  "misspelt",
  "synonym",
  "yesno",
  "whois",
  "discussed",
  "why",
  "howmany",
  "which",
  "attended",
  "when",
  "where",
  "who",
  "list",
] as const;

const ABSTAIN_CATEGORIES = [
  "abstain-person",
  "abstain-event",
  "abstain-equipment",
  "abstain-year",
  "abstain-pair",
  "abstain-near",
  "abstain-debris",
] as const;

const MIN_TOTAL = 250;
const MIN_ABSTAIN = 60;
const MIN_PER_ANSWERABLE_CATEGORY = 12;
const MIN_PER_ABSTAIN_CATEGORY = 8;

/** sha256 of the check half's lines (sorted by id, joined by "\n"): the check half is frozen. */
const CHECK_HALF_SHA256 = "a9946efefbe463ce12e9edea0c642a39b44ee95c08a4cba93d7574e3967125a5";

const common = {
  id: z.string().regex(/^q\d{3}$/),
  q: z.string().trim().min(3),
  half: z.enum(["tune", "check"]),
};

const AnswerableSchema = z.strictObject({
  ...common,
  category: z.enum(ANSWERABLE_CATEGORIES),
  any: z.array(z.string().min(2)).min(1),
  sources: z.array(z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/)).min(1),
  expect: z.enum(["yes", "no"]).optional(),
});

const AbstainSchema = z.strictObject({
  ...common,
  category: z.enum(ABSTAIN_CATEGORIES),
  abstain: z.literal(true),
});

const ItemSchema = z.union([AnswerableSchema, AbstainSchema]);
type Item = z.output<typeof ItemSchema>;

interface Line {
  readonly raw: string;
  readonly item: Item;
}

/** A JSON-lines file's non-empty lines. */
function nonEmptyLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
}

/** The normalised questions of a JSON-lines file, whatever its other fields. */
function questionsOf(file: string): string[] {
  return nonEmptyLines(file).map((line) => normalise(z.object({ q: z.string() }).parse(JSON.parse(line)).q));
}

function readLines(file: string = QUESTIONS): Line[] {
  return nonEmptyLines(file).map((raw, index) => {
    const parsed = ItemSchema.safeParse(JSON.parse(raw));
    if (!parsed.success)
      throw new Error(`${file} line ${index + 1}: ${z.prettifyError(parsed.error)} in ${raw}`);
    return { raw, item: parsed.data };
  });
}

/** The sha256 of a file's check-half lines, in id order, each trimmed: what freezing it compares. */
function checkHalfDigest(raw: readonly string[]): string {
  const check = raw
    .filter((line) => (JSON.parse(line) as { half?: string }).half === "check")
    .sort((a, b) =>
      String((JSON.parse(a) as { id: string }).id).localeCompare(
        String((JSON.parse(b) as { id: string }).id),
      ),
    )
    .map((line) => line.trim())
    .join("\n");
  return createHash("sha256").update(check).digest("hex");
}

function normalise(question: string): string {
  return question
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A blind set's items: answerable or abstain, ids and cited files in the set's own patterns. */
function blindSetSchema(id: RegExp, source: RegExp, half: z.ZodType<"tune" | "check">) {
  return z.union([
    z.strictObject({
      id: z.string().regex(id),
      q: z.string().trim().min(3),
      category: z.enum(ANSWERABLE_CATEGORIES),
      half,
      any: z.array(z.string().min(2)).min(1),
      sources: z.array(z.string().regex(source)).min(1),
      expect: z.enum(["yes", "no"]).optional(),
    }),
    z.strictObject({
      id: z.string().regex(id),
      q: z.string().trim().min(3),
      category: z.enum(ABSTAIN_CATEGORIES),
      half,
      abstain: z.literal(true),
    }),
  ]);
}

interface SplitItem {
  readonly id: string;
  readonly q: string;
  readonly category: string;
  readonly half: string;
  readonly expect?: "yes" | "no" | undefined;
}

/** Ids of items that break the tune, check, tune ... alternation within their category, in id order. */
function misalternated(set: readonly SplitItem[]): string[] {
  const seen = new Map<string, number>();
  return [...set]
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((item) => {
      const index = seen.get(item.category) ?? 0;
      seen.set(item.category, index + 1);
      return item.half !== (index % 2 === 0 ? "tune" : "check");
    })
    .map((item) => item.id);
}

/** Ids of items with an expected yes/no that are no yes/no question, or yes/no items without one. */
function mistaggedYesNo(set: readonly SplitItem[]): string[] {
  const yesNoStart = /^(did|does|do|has|have|had|is|are|was|were|will|can)\b/i;
  return set
    .filter(
      (item) =>
        (item.expect !== undefined && !yesNoStart.test(item.q)) ||
        (item.category === "yesno" && item.expect === undefined),
    )
    .map((item) => item.id);
}

const lines = readLines();
const items = lines.map((line) => line.item);

describe("tests/eval/questions.jsonl", () => {
  it("has unique ids and unique questions", () => {
    const ids = items.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const questions = items.map((item) => normalise(item.q));
    expect(questions.filter((q, index) => questions.indexOf(q) !== index)).toEqual([]);
  });

  it(`holds at least ${MIN_TOTAL} questions, ${MIN_ABSTAIN} of them abstain items`, () => {
    expect(items.length).toBeGreaterThanOrEqual(MIN_TOTAL);
    expect(items.filter((item) => "abstain" in item).length).toBeGreaterThanOrEqual(MIN_ABSTAIN);
  });

  it("fills every category, split evenly between the tune and check halves", () => {
    const counts = new Map<string, { tune: number; check: number }>();
    for (const item of items) {
      const count = counts.get(item.category) ?? { tune: 0, check: 0 };
      count[item.half] += 1;
      counts.set(item.category, count);
    }
    for (const [categories, minimum] of [
      [ANSWERABLE_CATEGORIES, MIN_PER_ANSWERABLE_CATEGORY],
      [ABSTAIN_CATEGORIES, MIN_PER_ABSTAIN_CATEGORY],
    ] as const) {
      for (const category of categories) {
        const { tune, check } = counts.get(category) ?? { tune: 0, check: 0 };
        expect(tune + check, `${category}: ${tune} tune + ${check} check`).toBeGreaterThanOrEqual(minimum);
        expect(Math.abs(tune - check), `${category}: ${tune} tune vs ${check} check`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("cites seed files that exist, and every expected string stands verbatim in one of them", () => {
    const texts = new Map<string, string>();
    const problems: string[] = [];
    for (const item of items) {
      if ("abstain" in item) continue;
      for (const source of item.sources) {
        const path = join(SEEDS, source);
        if (!existsSync(path)) {
          problems.push(`${item.id}: no seed ${source}`);
          continue;
        }
        if (!texts.has(source)) texts.set(source, readFileSync(path, "utf8"));
      }
      for (const needle of item.any) {
        if (!item.sources.some((source) => texts.get(source)?.includes(needle)))
          problems.push(`${item.id}: "${needle}" is in none of ${item.sources.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives an expected yes/no only to yes/no questions", () => {
    const yesNoStart = /^(did|does|do|has|have|had|is|are|was|were|will|can)\b/i;
    const wrong = items.filter((item) => "expect" in item && !yesNoStart.test(item.q.trim()));
    expect(wrong.map((item) => item.id)).toEqual([]);
    const untagged = items.filter(
      (item) => item.category === "yesno" && !("expect" in item && item.expect !== undefined),
    );
    expect(untagged.map((item) => item.id)).toEqual([]);
  });

  it("reuses no question of the dev set", () => {
    const dev = questionsOf(DEV_SET);
    expect(items.filter((item) => dev.includes(normalise(item.q))).map((item) => item.id)).toEqual([]);
  });

  it("keeps the check half exactly as first committed (see tests/eval/README.md)", () => {
    expect(checkHalfDigest(lines.map((line) => line.raw))).toBe(CHECK_HALF_SHA256);
  });
});

describe("tests/eval/tune-extra.jsonl", () => {
  const extra = readLines(EXTRA_TUNE).map((line) => line.item);

  it("is tune items only, none of them a question of the main set or the dev set", () => {
    expect(extra.filter((item) => item.half !== "tune").map((item) => item.id)).toEqual([]);
    const taken = new Set([...items.map((item) => normalise(item.q)), ...questionsOf(DEV_SET)]);
    expect(extra.filter((item) => taken.has(normalise(item.q))).map((item) => item.id)).toEqual([]);
    const ids = new Set(items.map((item) => item.id));
    expect(extra.filter((item) => ids.has(item.id)).map((item) => item.id)).toEqual([]);
  });

  it("quotes its expected strings verbatim from the seeds it cites", () => {
    const problems = extra.flatMap((item) =>
      "abstain" in item
        ? []
        : item.any
            .filter((needle) =>
              item.sources.every((source) => !readFileSync(join(SEEDS, source), "utf8").includes(needle)),
            )
            .map((needle) => `${item.id}: ${needle}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("tests/eval/fixture-archive-questions.jsonl", () => {
  const file = join(ROOT, "tests", "eval", "fixture-archive-questions.jsonl");
  const archive = join(ROOT, "tests", "fixtures", "latest");
  const raw = nonEmptyLines(file);
  const other = raw.map((line) =>
    z
      .object({
        id: z.string().regex(/^f\d{3}$/),
        q: z.string().min(3),
        half: z.enum(["tune", "check"]),
        any: z.array(z.string().min(2)).optional(),
        sources: z.array(z.string()).optional(),
        abstain: z.literal(true).optional(),
      })
      .parse(JSON.parse(line)),
  );

  it("quotes its expected strings verbatim from the other archive's files it cites", () => {
    const problems = other.flatMap((item) =>
      (item.any ?? [])
        .filter(
          (needle) =>
            !(item.sources ?? []).some((source) =>
              readFileSync(join(archive, source), "utf8").includes(needle),
            ),
        )
        .map((needle) => `${item.id}: ${needle}`),
    );
    expect(problems).toEqual([]);
    expect(other.filter((item) => item.abstain !== true && (item.any ?? []).length === 0)).toEqual([]);
  });

  it("keeps its check half exactly as first committed", () => {
    expect(checkHalfDigest(raw)).toBe("1ae1cfbed7c712ea714f7a1a9dda92c470ee39fee758e605cd02c5d656ce710a");
  });
});

describe("tests/eval/latest-archive-tune.jsonl", () => {
  // Later tune questions over the second archive: tune items only, quoting that archive.
  const archive = join(ROOT, "tests", "fixtures", "latest");
  const raw = nonEmptyLines(join(ROOT, "tests", "eval", "latest-archive-tune.jsonl"));
  const tune = raw.map((line) =>
    z
      .object({
        id: z.string().regex(/^t\d{3}$/),
        q: z.string().min(3),
        half: z.literal("tune"),
        any: z.array(z.string().min(2)).optional(),
        sources: z.array(z.string()).optional(),
        abstain: z.literal(true).optional(),
      })
      .parse(JSON.parse(line)),
  );

  it("quotes its expected strings verbatim from every archive file it cites", () => {
    const problems = tune.flatMap((item) =>
      (item.sources ?? []).flatMap((source) =>
        (item.any ?? []).some((needle) => readFileSync(join(archive, source), "utf8").includes(needle))
          ? []
          : [`${item.id}: ${source}`],
      ),
    );
    expect(problems).toEqual([]);
    expect(tune.filter((item) => item.abstain !== true && (item.any ?? []).length === 0)).toEqual([]);
    expect(new Set(tune.map((item) => item.id)).size).toBe(tune.length);
  });
});

describe("tests/eval/fresh-archive-questions.jsonl", () => {
  // A third, blind set: 24 articles and 110 questions written by an author who had not run the
  // engine nor read its code, frozen before the first run (see tests/eval/README.md).
  const file = join(ROOT, "tests", "eval", "fresh-archive-questions.jsonl");
  const archive = join(ROOT, "tests", "fixtures", "fresh");
  const raw = nonEmptyLines(file);
  const FreshSchema = blindSetSchema(/^g\d{3}$/, /^g\d{2}_[a-z0-9_]+\.txt$/, z.enum(["tune", "check"]));
  const fresh = raw.map((line) => FreshSchema.parse(JSON.parse(line)));

  it("holds 110 questions with unique ids and questions, at least 28 to abstain on", () => {
    expect(fresh.length).toBe(110);
    expect(new Set(fresh.map((item) => item.id)).size).toBe(fresh.length);
    expect(new Set(fresh.map((item) => normalise(item.q))).size).toBe(fresh.length);
    expect(fresh.filter((item) => "abstain" in item).length).toBeGreaterThanOrEqual(28);
  });

  it("alternates tune and check within every category, in id order", () => {
    expect(misalternated(fresh)).toEqual([]);
  });

  it("cites files of tests/fixtures/fresh that exist, each expected string verbatim in one of them", () => {
    const problems = fresh.flatMap((item) => {
      if ("abstain" in item) return [];
      const missing = item.sources.filter((source) => !existsSync(join(archive, source)));
      if (missing.length > 0) return [`${item.id}: no file ${missing.join(", ")}`];
      return item.any
        .filter((needle) =>
          item.sources.every((source) => !readFileSync(join(archive, source), "utf8").includes(needle)),
        )
        .map((needle) => `${item.id}: "${needle}" is in none of ${item.sources.join(", ")}`);
    });
    expect(problems).toEqual([]);
  });

  it("gives an expected yes/no to every yes/no question and to no other", () => {
    expect(mistaggedYesNo(fresh)).toEqual([]);
  });

  it("keeps its check half exactly as first committed", () => {
    expect(checkHalfDigest(raw)).toBe("b1be85bfa0f36197547cf0d129b2bf8eb858f4de5128dd861cd4df2b036dbed2");
  });
});

describe("tests/eval/stranger-questions.jsonl", () => {
  // Written at the start of stop 19 over the bundled archive, before that stop's tuning; all of it
  // is check half, never tuned against.
  const file = join(ROOT, "tests", "eval", "stranger-questions.jsonl");
  const raw = nonEmptyLines(file);
  const StrangerSchema = blindSetSchema(/^s\d{2}$/, /^\d{3}_[0-9a-f]{16}\.txt$/, z.literal("check"));
  const stranger = raw.map((line) => StrangerSchema.parse(JSON.parse(line)));

  it("holds unique questions, some to abstain on, each expected string verbatim in its article", () => {
    expect(new Set(stranger.map((item) => item.id)).size).toBe(stranger.length);
    expect(new Set(stranger.map((item) => normalise(item.q))).size).toBe(stranger.length);
    expect(stranger.filter((item) => "abstain" in item).length).toBeGreaterThan(0);
    const problems = stranger.flatMap((item) =>
      "abstain" in item
        ? []
        : item.any
            .filter((needle) =>
              item.sources.every(
                (source) => !readFileSync(join(ROOT, "seeds", source), "utf8").includes(needle),
              ),
            )
            .map((needle) => `${item.id}: "${needle}" is in none of ${item.sources.join(", ")}`),
    );
    expect(problems).toEqual([]);
  });

  it("keeps its check half exactly as first committed", () => {
    expect(checkHalfDigest(raw)).toBe("b89f357565e03b299c1069b184b0278deb52421043ac320a111d6f952f4466ca");
  });
});

/**
 * The tests of a blind set of 100 questions (70 answerable, 30 to abstain on) over an archive of its
 * own, written at stop 20 or later by an author who had not run the engine nor read its code, split
 * and frozen before the first run (see tests/eval/README.md).
 */
function describeHundredQuestionBlindSet(set: {
  /** The set's name: its file is tests/eval/NAME-archive-questions.jsonl, its archive tests/fixtures/NAME. */
  readonly name: string;
  /** The letter its ids and file names begin with. */
  readonly letter: string;
  /** The question files written before it, none of whose questions it may reuse. */
  readonly earlier: readonly string[];
  /** The sha256 its check half was frozen with. */
  readonly checkDigest: string;
  /** Its archive's file names, when not the letter's own (`m01_name.txt`). */
  readonly fileNames?: RegExp;
}): void {
  describe(`tests/eval/${set.name}-archive-questions.jsonl`, () => {
    const file = join(ROOT, "tests", "eval", `${set.name}-archive-questions.jsonl`);
    const archive = join(ROOT, "tests", "fixtures", set.name);
    const raw = nonEmptyLines(file);
    const BlindSchema = blindSetSchema(
      new RegExp(`^${set.letter}\\d{3}$`, "u"),
      set.fileNames ?? new RegExp(`^${set.letter}\\d{2}_[a-z0-9_]+\\.txt$`, "u"),
      z.enum(["tune", "check"]),
    );
    const all = raw.map((line) => BlindSchema.parse(JSON.parse(line)));
    // Ids up to 100 are the blind set as written; later ids are tune items added while tuning.
    const items = all.filter((item) => Number(item.id.slice(1)) <= 100);
    const later = all.filter((item) => Number(item.id.slice(1)) > 100);

    it("holds 100 questions with unique ids and questions, 30 to abstain on, every category filled", () => {
      expect(items.length).toBe(100);
      expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
      expect(new Set(all.map((item) => normalise(item.q))).size).toBe(all.length);
      expect(items.filter((item) => "abstain" in item).length).toBe(30);
      const categories = new Set(items.map((item) => item.category));
      const empty = [...ANSWERABLE_CATEGORIES, ...ABSTAIN_CATEGORIES].filter((name) => !categories.has(name));
      expect(empty).toEqual([]);
    });

    it("reuses no question of the other question files nor of the dev set", () => {
      const taken = new Set(set.earlier.flatMap(questionsOf));
      expect(all.filter((item) => taken.has(normalise(item.q))).map((item) => item.id)).toEqual([]);
    });

    it("alternates tune and check within every category, in id order", () => {
      expect(misalternated(items)).toEqual([]);
    });

    it("holds only tune items after its first 100", () => {
      expect(later.filter((item) => item.half !== "tune").map((item) => item.id)).toEqual([]);
    });

    it(`cites files of tests/fixtures/${set.name} that exist, each of them holding an expected string`, () => {
      const problems = all.flatMap((item) => {
        if ("abstain" in item) return [];
        const missing = item.sources.filter((source) => !existsSync(join(archive, source)));
        if (missing.length > 0) return [`${item.id}: no file ${missing.join(", ")}`];
        const texts = item.sources.map((source) => readFileSync(join(archive, source), "utf8"));
        return [
          ...item.any
            .filter((needle) => texts.every((text) => !text.includes(needle)))
            .map((needle) => `${item.id}: "${needle}" is in none of ${item.sources.join(", ")}`),
          ...item.sources
            .filter((_, index) => item.any.every((needle) => !texts[index]?.includes(needle)))
            .map((source) => `${item.id}: ${source} holds none of its expected strings`),
        ];
      });
      expect(problems).toEqual([]);
    });

    it("gives an expected yes/no to every yes/no question and to no other", () => {
      expect(mistaggedYesNo(all)).toEqual([]);
    });

    it("keeps its check half exactly as first committed", () => {
      expect(checkHalfDigest(raw)).toBe(set.checkDigest);
    });
  });
}

const EARLIER_THAN_FOURTH = [
  QUESTIONS,
  EXTRA_TUNE,
  DEV_SET,
  join(ROOT, "tests", "eval", "fixture-archive-questions.jsonl"),
  join(ROOT, "tests", "eval", "latest-archive-tune.jsonl"),
  join(ROOT, "tests", "eval", "fresh-archive-questions.jsonl"),
  join(ROOT, "tests", "eval", "stranger-questions.jsonl"),
];

/** Named as the bundled seeds are (`000_<hex>.txt`), from the seventh set on. */
const SEED_NAMES = /^\d{3}_[0-9a-f]{16}\.txt$/u;

/**
 * The hundred-question blind sets in the order they were written, each with the stop it was written
 * at: a set may reuse no question of the files written before it.
 */
const HUNDRED_QUESTION_BLIND_SETS = [
  // Written at stop 20 (19 articles).
  {
    name: "fourth",
    letter: "h",
    checkDigest: "99aefe0e02ee3a33a7c451b6491ca463874e4087d1b8d9be15d2dcbbe5713525",
  },
  // Written at stop 21.
  {
    name: "fifth",
    letter: "k",
    checkDigest: "270efc7a402bd228d9bffd164a6b9dbc382b6360c2a3ff5eea316af074572292",
  },
  // Written at stop 22.
  {
    name: "sixth",
    letter: "m",
    checkDigest: "b024e080f7a5bf07e7bc482d090cc0e63b891e3fdac89ccce4d70c9ed2f1ae46",
  },
  // Written at stop 24.
  {
    name: "seventh",
    letter: "n",
    checkDigest: "74020d301eeb55daf3540981c68ce539f46b5801dd5f9fce2cca1cbdc972efb8",
    fileNames: SEED_NAMES,
  },
  // Written at stop 25.
  {
    name: "eighth",
    letter: "p",
    checkDigest: "7fc89040b260dc5a7b00faba87954bc2a1e769726ab78597fd54691c519fe435",
    fileNames: SEED_NAMES,
  },
  // Written at stop 27.
  {
    name: "ninth",
    letter: "r",
    checkDigest: "e3e7a904fc73ad8fbc7b9ce4e95e8fd79a2918cd05cebf478f11f6c3607693ce",
    fileNames: SEED_NAMES,
  },
  // Written at stop 28.
  {
    name: "tenth",
    letter: "u",
    checkDigest: "6722f29ae7f825dbebef374890138fee8c25e1f65b6145fb39820bb0b3ea9e70",
    fileNames: SEED_NAMES,
  },
  // Written at stop 29.
  {
    name: "eleventh",
    letter: "v",
    checkDigest: "9390ccef444e74c3c6147885c74ab17560ffecebe229e544d4375065825044e4",
    fileNames: SEED_NAMES,
  },
  // Written at stop 30.
  {
    name: "twelfth",
    letter: "w",
    checkDigest: "04fecaa6f14da76e548e7a1c3d6545ecaf470be21eb0d919fa741705abbbd180",
    fileNames: SEED_NAMES,
  },
] as const;

for (const [at, set] of HUNDRED_QUESTION_BLIND_SETS.entries()) {
  describeHundredQuestionBlindSet({
    ...set,
    earlier: [
      ...EARLIER_THAN_FOURTH,
      ...HUNDRED_QUESTION_BLIND_SETS.slice(0, at).map((before) =>
        join(ROOT, "tests", "eval", `${before.name}-archive-questions.jsonl`),
      ),
    ],
  });
}
