/**
 * Scoring the answer engine against a question file: answerable top-1 and top-3 accuracy,
 * abstention accuracy, false abstentions, and every miss with what came back.
 */
import { z } from "zod";
import type { AskResult, Excerpt } from "../types.js";

/** One line of a question file. */
export const EvalItemSchema = z.object({
  id: z.string(),
  q: z.string(),
  /** Strings of which at least one must appear in a correct excerpt (or the answer). */
  any: z.array(z.string()).default([]),
  /** Articles a correct excerpt may come from. */
  sources: z.array(z.string()).default([]),
  /** The archive cannot answer this question: the right outcome is `no_answer`. */
  abstain: z.boolean().default(false),
  /** What the question tests most ("synonym", "yesno", "abstain-person", ...). */
  category: z.string().default("uncategorised"),
  /** `tune` (tuning may look at it) or `check` (frozen, never tuned against); absent in the dev set. */
  half: z.enum(["tune", "check"]).optional(),
  /** For yes/no questions: the answer must open with this word. */
  expect: z.enum(["yes", "no"]).optional(),
});

/** A question of an eval file. */
export type EvalItem = z.output<typeof EvalItemSchema>;

/** How one question went. */
export interface EvalOutcome {
  readonly item: EvalItem;
  readonly result: AskResult;
  readonly top1: boolean;
  readonly top3: boolean;
  readonly milliseconds: number;
}

/** The figures of a run. */
export interface EvalReport {
  readonly outcomes: readonly EvalOutcome[];
  readonly answerable: number;
  readonly top1: number;
  readonly top3: number;
  readonly abstainable: number;
  readonly abstained: number;
  readonly falseAbstentions: number;
  readonly meanMilliseconds: number;
  readonly slowestMilliseconds: number;
}

/**
 * Parses a JSONL question file.
 * @param text - the file content
 * @throws Error naming the line that is not a valid item
 */
export function parseEvalFile(text: string): EvalItem[] {
  return text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`eval file line ${number}: not valid JSON`);
      }
      const parsed = EvalItemSchema.safeParse(json);
      if (!parsed.success)
        throw new Error(`eval file line ${number}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return parsed.data;
    });
}

function citesGoldSource(excerpt: Excerpt, sources: readonly string[]): boolean {
  return [excerpt.citation, ...excerpt.alsoIn].some((citation) => sources.includes(citation.source));
}

function containsGold(text: string, gold: readonly string[]): boolean {
  return gold.some((needle) => text.includes(needle));
}

/** A correct excerpt holds a gold string (the first may lean on the direct answer) and cites a gold source. */
function isCorrectAt(result: AskResult, item: EvalItem, position: number): boolean {
  const excerpt = result.excerpts[position];
  // A yes/no answer is right only with the right word first.
  if (item.expect !== undefined && !result.answer.toLowerCase().startsWith(item.expect)) return false;
  if (!excerpt || !citesGoldSource(excerpt, item.sources)) return false;
  return containsGold(excerpt.text, item.any) || (position === 0 && containsGold(result.answer, item.any));
}

/**
 * Runs every question through `ask` and scores the answers.
 * @param items - the questions
 * @param ask - the function under test
 */
export function evaluate(items: readonly EvalItem[], ask: (question: string) => AskResult): EvalReport {
  const outcomes = items.map((item) => {
    const started = performance.now();
    const result = ask(item.q);
    const milliseconds = performance.now() - started;
    const answered = result.status === "answered";
    const top1 = !item.abstain && answered && isCorrectAt(result, item, 0);
    const top3 =
      !item.abstain && answered && [0, 1, 2].some((position) => isCorrectAt(result, item, position));
    return { item, result, top1, top3, milliseconds };
  });
  return { outcomes, ...summarise(outcomes) };
}

function isMiss(outcome: EvalOutcome): boolean {
  return outcome.item.abstain ? outcome.result.status !== "no_answer" : !outcome.top1;
}

function describeReturn(result: AskResult): string {
  const first = result.excerpts[0];
  if (result.status !== "answered" || !first)
    return `${result.status}${result.error ? ` (${result.error})` : ""}`;
  return `answered from ${first.citation.source}: "${first.text.slice(0, 160)}"`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The figures of a subset of a run's outcomes. */
export function summarise(outcomes: readonly EvalOutcome[]): Omit<EvalReport, "outcomes"> {
  const answerable = outcomes.filter((outcome) => !outcome.item.abstain);
  const abstainable = outcomes.filter((outcome) => outcome.item.abstain);
  return {
    answerable: answerable.length,
    top1: answerable.filter((outcome) => outcome.top1).length,
    top3: answerable.filter((outcome) => outcome.top3).length,
    abstainable: abstainable.length,
    abstained: abstainable.filter((outcome) => outcome.result.status === "no_answer").length,
    falseAbstentions: answerable.filter((outcome) => outcome.result.status === "no_answer").length,
    meanMilliseconds:
      outcomes.reduce((sum, outcome) => sum + outcome.milliseconds, 0) / Math.max(outcomes.length, 1),
    slowestMilliseconds: outcomes.reduce((slowest, outcome) => Math.max(slowest, outcome.milliseconds), 0),
  };
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "-" : `${part}/${whole} ${percent(part, whole)}`;
}

/**
 * A table of top-1, top-3, abstention and false abstentions per half and per category, for a
 * question file that has them.
 * @param report - the scored run
 */
export function formatBreakdown(report: EvalReport): string {
  const rows: [string, Omit<EvalReport, "outcomes">][] = [];
  for (const half of ["tune", "check"] as const) {
    const outcomes = report.outcomes.filter((outcome) => outcome.item.half === half);
    if (outcomes.length > 0) rows.push([`${half} half`, summarise(outcomes)]);
  }
  const categories = [...new Set(report.outcomes.map((outcome) => outcome.item.category))];
  for (const category of categories) {
    for (const half of ["tune", "check"] as const) {
      const outcomes = report.outcomes.filter(
        (outcome) => outcome.item.category === category && outcome.item.half === half,
      );
      if (outcomes.length > 0) rows.push([`  ${category} (${half})`, summarise(outcomes)]);
    }
  }
  const width = Math.max(...rows.map(([name]) => name.length), 10);
  const cell = (text: string): string => text.padEnd(14);
  const lines = [
    `${"".padEnd(width)}  ${cell("top-1")}${cell("top-3")}${cell("abstained")}${cell("false abst.")}`,
  ];
  for (const [name, figures] of rows) {
    lines.push(
      `${name.padEnd(width)}  ${cell(ratio(figures.top1, figures.answerable))}${cell(ratio(figures.top3, figures.answerable))}${cell(ratio(figures.abstained, figures.abstainable))}${cell(ratio(figures.falseAbstentions, figures.answerable))}`,
    );
  }
  return lines.join("\n");
}

/** Options of {@link formatReport}. */
export interface FormatOptions {
  /** List the misses of the check half too; off by default, since tuning must never look at them. */
  readonly showCheckMisses?: boolean;
}

/**
 * Formats a report for the terminal: the figures, then every miss with what came back (the check
 * half's misses only when asked for).
 * @param report - the scored run
 * @param options - what to show
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const lines = [
    `answerable top-1 accuracy: ${report.top1}/${report.answerable} (${percent(report.top1, report.answerable)})`,
    `answerable top-3 accuracy: ${report.top3}/${report.answerable} (${percent(report.top3, report.answerable)})`,
    `abstention accuracy:       ${report.abstained}/${report.abstainable} (${percent(report.abstained, report.abstainable)})`,
    `false abstentions:         ${report.falseAbstentions}/${report.answerable}`,
    `time per question:         ${report.meanMilliseconds.toFixed(2)} ms mean, ${report.slowestMilliseconds.toFixed(2)} ms slowest (performance.now() around each ask)`,
  ];
  const misses = report.outcomes.filter(
    (outcome) => isMiss(outcome) && (outcome.item.half !== "check" || options.showCheckMisses === true),
  );
  const hidden = report.outcomes.filter((outcome) => isMiss(outcome) && !misses.includes(outcome)).length;
  if (hidden > 0)
    lines.push(`check half: ${hidden} misses not shown (the check half is never tuned against)`);
  lines.push(misses.length === 0 ? "misses: none" : `misses (${misses.length}):`);
  for (const { item, result } of misses) {
    const expected = item.abstain ? "no_answer" : `${item.any.join(" | ")} from ${item.sources.join(" or ")}`;
    lines.push(
      `  ${item.id} ${item.q}`,
      `     expected: ${expected}`,
      `     got:      ${describeReturn(result)}`,
    );
  }
  return lines.join("\n");
}
