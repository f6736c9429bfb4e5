/**
 * The lines an answer carries besides its quotes: the scope it was given under, how many articles
 * and outlets report it, where the sources disagree, and whether the evidence may be out of date.
 * Plain text; the renderers escape it.
 */
import { describeConflict } from "./corroboration/conflicts.js";
import { describeCorroboration } from "./corroboration/outlets.js";
import type { AskResult, Citation } from "./types.js";

/** The lines to show around an answer. */
export interface AnswerNotes {
  /** Shown before the answer: the scope line. */
  readonly before: readonly string[];
  /** Shown after it: corroboration, disagreements, staleness. */
  readonly after: readonly string[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** How a disagreeing source is named: publisher and date, short enough to list several. */
function shortCitation(citation: Citation): string {
  return `${citation.publisher ?? "unknown publisher"}, ${citation.date ?? "undated"}`;
}

/**
 * The scope line of a result ("Articles from 2024 only; 1 undated article left out"), or `null`.
 * @param result - what `ask` returned
 */
export function scopeLine(result: AskResult): string | null {
  const scope = result.scope;
  if (!scope) return null;
  const parts: string[] = [];
  if (scope.label !== null) parts.push(scope.label);
  if (scope.undatedExcluded > 0) {
    parts.push(`${plural(scope.undatedExcluded, "undated article")} left out`);
  }
  if (scope.undatedEvent !== null) {
    parts.push(`the archive does not date "${scope.undatedEvent}", so the answer is not limited by it`);
  }
  if (parts.length === 0) return null;
  const line = parts.join("; ");
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

/**
 * The notes of a result, for any renderer.
 * @param result - what `ask` returned
 */
export function answerNotes(result: AskResult): AnswerNotes {
  const scope = scopeLine(result);
  const after: string[] = [];
  if (result.status === "answered") {
    if (result.corroboration && result.corroboration.articles > 0) {
      after.push(`${describeCorroboration(result.corroboration)}.`);
    }
    for (const conflict of result.conflicts ?? [])
      after.push(`${describeConflict(conflict, shortCitation)}.`);
    if (result.freshness?.note) after.push(result.freshness.note);
  }
  return { before: scope === null ? [] : [scope], after };
}
