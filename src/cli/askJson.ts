/**
 * The stable JSON shape of `cli ask --json`, one object per question. Outside checks read it.
 */
import type { AskResult, Citation } from "../types.js";

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
}

/** One answer as printed. */
export interface AskJson {
  readonly question: string;
  readonly status: AskResult["status"];
  readonly answer: string;
  readonly excerpts: readonly ExcerptJson[];
  readonly error?: string;
}

/**
 * Shapes an answer for `--json` output.
 * @param result - what `ask` returned
 */
export function toAskJson(result: AskResult): AskJson {
  const excerpts = result.excerpts.map(({ text, citation, alsoIn }) => ({
    text,
    source: citation.source,
    title: citation.title,
    publisher: citation.publisher,
    date: citation.date,
    url: citation.url,
    ...(alsoIn.length > 0 ? { alsoIn } : {}),
  }));
  const base = { question: result.question, status: result.status, answer: result.answer, excerpts };
  return result.error === undefined ? base : { ...base, error: result.error };
}
