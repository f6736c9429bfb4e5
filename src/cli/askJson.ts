/**
 * The stable JSON shape of `cli ask --json`, one object per question. Outside checks read it.
 */
import { NO_CORROBORATION } from "../corroboration/outlets.js";
import type { AnswerScope, AskResult, Citation, Conflict, Corroboration, Freshness } from "../types.js";

/** One excerpt as printed: the quoted text and the article it is quoted from. */
export interface ExcerptJson {
  readonly text: string;
  /** The article's file name. */
  readonly source: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly date: string | null;
  /** The article's web address; `null` when the archive file carries none. */
  readonly url: string | null;
  /** Other articles carrying the same passage; present only when there are any. */
  readonly alsoIn?: readonly Citation[];
  /** Days from the article's date to today; `null` when undated. */
  readonly ageDays: number | null;
}

/** One answer as printed. */
export interface AskJson {
  readonly question: string;
  readonly status: AskResult["status"];
  readonly answer: string;
  readonly excerpts: readonly ExcerptJson[];
  readonly error?: string;
  /** The time scope used, or `null`. */
  readonly scope: AnswerScope | null;
  /** Articles and independent outlets carrying the excerpts (zero when not answered). */
  readonly corroboration: Corroboration;
  /** Facts the sources disagree on, each value with its sources. */
  readonly conflicts: readonly Conflict[];
  /** How fresh the newest evidence is; present when answered. */
  readonly freshness?: Freshness;
  /** Why the archive does not answer, when more can be said than "nothing found". */
  readonly reason?: string;
}

/**
 * Shapes an answer for `--json` output.
 * @param result - what `ask` returned
 */
export function toAskJson(result: AskResult): AskJson {
  const excerpts = result.excerpts.map(({ text, citation, alsoIn, ageDays }) => ({
    text,
    source: citation.source,
    title: citation.title,
    publisher: citation.publisher,
    date: citation.date,
    url: citation.url,
    ...(alsoIn.length > 0 ? { alsoIn } : {}),
    ageDays: ageDays ?? null,
  }));
  const base = { question: result.question, status: result.status, answer: result.answer, excerpts };
  return {
    ...base,
    ...(result.error === undefined ? {} : { error: result.error }),
    scope: result.scope ?? null,
    corroboration: result.corroboration ?? NO_CORROBORATION,
    conflicts: result.conflicts ?? [],
    ...(result.freshness === undefined ? {} : { freshness: result.freshness }),
    ...(result.reason === undefined ? {} : { reason: result.reason }),
  };
}
