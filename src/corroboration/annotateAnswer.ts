/**
 * Dating and weighing an answer once its excerpts are chosen: each excerpt's age, how fresh the
 * newest evidence is, how many articles and outlets carry it, and whether its sources disagree on
 * the fact asked for. It reads only the excerpts' articles, never the whole archive.
 */
import type { PassageStore } from "../search/passageStore.js";
import { ageDays, DEFAULT_STALE_AFTER_DAYS, freshnessOf } from "../time/age.js";
import { mentionedPeriods } from "../time/evidenceTime.js";
import type { AskResult, Citation, Excerpt, IsoDate } from "../types.js";
import {
  amountsIn,
  findAmountConflict,
  findDateConflict,
  type AmountClaim,
  type Conflict,
  type DateClaim,
} from "./conflicts.js";
import { countCorroboration, NO_CORROBORATION, type EvidenceArticle } from "./outlets.js";

/** What annotating needs besides the answer. */
export interface AnnotateOptions {
  /** The reference date for ages. */
  readonly today: IsoDate;
  /** Evidence older than this many days is flagged as possibly out of date. */
  readonly staleAfterDays?: number;
}

const articleIndexes = new WeakMap<PassageStore, Map<string, number>>();

/** Article file name to its index in the store, built once per store. */
function indexOfArticle(store: PassageStore): Map<string, number> {
  let map = articleIndexes.get(store);
  if (!map) {
    map = new Map(store.articles.map((article, index) => [article.id, index]));
    articleIndexes.set(store, map);
  }
  return map;
}

/**
 * Builds a store's article index now (about 10 ms at 50,000 articles), so that the first answer
 * from a store an update has just made does not wait for it.
 * @param store - the store answers will be annotated from
 */
export function prepareAnnotation(store: PassageStore): void {
  indexOfArticle(store);
}

/** The fact a question asks for, when its sources could disagree on it. */
export type FactAsked = "date" | "amount" | null;

/**
 * Whether a question asks for a date ("When ...", "On what date ...") or an amount ("How much ...").
 * @param question - the question as typed
 */
export function factAsked(question: string): FactAsked {
  const text = question.trim().toLowerCase();
  if (
    /^(?:when|since when|on what (?:date|day)|what (?:date|day|month|year)|in what (?:month|year))\b/u.test(
      text,
    )
  )
    return "date";
  if (/\bhow (?:much|many dollars)\b|\b(?:what|which) (?:amount|sum|value)\b|\bworth\b|\bcost\b/u.test(text))
    return "amount";
  return null;
}

function citationsOf(excerpt: Excerpt): Citation[] {
  return [excerpt.citation, ...excerpt.alsoIn];
}

function conflictsOf(excerpts: readonly Excerpt[], fact: FactAsked): Conflict[] {
  if (fact === "date") {
    const claims: DateClaim[] = [];
    for (const excerpt of excerpts) {
      // An excerpt's first date is its answer, read once per article date (a month without a year
      // takes the article's): syndicated copies share one date, and there may be thousands.
      const byDate = new Map<IsoDate | null, ReturnType<typeof mentionedPeriods>[number] | undefined>();
      for (const citation of citationsOf(excerpt)) {
        if (!byDate.has(citation.date))
          byDate.set(citation.date, mentionedPeriods(excerpt.text, citation.date)[0]);
        const period = byDate.get(citation.date);
        if (period) claims.push({ period, citation });
      }
    }
    const conflict = findDateConflict(claims);
    return conflict ? [conflict] : [];
  }
  if (fact === "amount") {
    const claims: AmountClaim[] = [];
    for (const excerpt of excerpts) {
      const amount = amountsIn(excerpt.text)[0];
      if (amount) for (const citation of citationsOf(excerpt)) claims.push({ amount, citation });
    }
    const conflict = findAmountConflict(claims);
    return conflict ? [conflict] : [];
  }
  return [];
}

/**
 * Adds ages, freshness, corroboration and conflicts to an answer. Answers that are not given get
 * zero counts and no conflicts.
 * @param result - what the answer layer returned
 * @param store - the passages, for telling whole-text copies from shared quotes
 * @param options - today's date and the staleness limit
 */
export function annotateAnswer(result: AskResult, store: PassageStore, options: AnnotateOptions): AskResult {
  if (result.status !== "answered") {
    return { ...result, corroboration: NO_CORROBORATION, conflicts: [] };
  }
  const excerpts = result.excerpts.map((excerpt) => ({
    ...excerpt,
    ageDays: excerpt.citation.date === null ? null : ageDays(excerpt.citation.date, options.today),
  }));
  const indexes = indexOfArticle(store);
  const evidence: EvidenceArticle[] = excerpts.flatMap(citationsOf).map((citation) => ({
    id: citation.source,
    publisher: citation.publisher,
    passages: store.articlePassages[indexes.get(citation.source) ?? -1] ?? [],
  }));
  return {
    ...result,
    excerpts,
    corroboration: countCorroboration(evidence),
    conflicts: conflictsOf(excerpts, factAsked(result.question)),
    freshness: freshnessOf(
      excerpts.flatMap(citationsOf).map((citation) => citation.date),
      options.today,
      options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    ),
  };
}
