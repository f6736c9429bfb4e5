/**
 * Answering with time: the question's scope is read first and filters the evidence the answer
 * layer may retrieve; "latest" questions put the newest answering evidence first; the answer is
 * then dated (ages, freshness), counted (articles, outlets) and checked for disagreeing sources.
 *
 * The scope works through the retrieval interface (`SentenceSearch`): the answer layer judges only
 * candidates inside the scope, so a hard scope never quotes an article from outside it, and the
 * answer layer itself needs no knowledge of time.
 */
import { analyzeText } from "../text/terms.js";
import { askQuestion, askQuestionScored, type AnswerEngine } from "../answer/ask.js";
import { annotateAnswer } from "../corroboration/annotateAnswer.js";
import type { Candidate, SentenceSearch } from "../search/sentenceIndex.js";
import type { AnswerScope, AskResult, Excerpt, IsoDate } from "../types.js";
import { addDays } from "../meetings/calendar.js";
import { DEFAULT_STALE_AFTER_DAYS, todayIso } from "./age.js";
import { archiveDates, scopeShortfall } from "./archiveDates.js";
import { judgeEvidenceTime } from "./evidenceTime.js";
import { periodInText, type Period } from "./period.js";
import { isHardScope, readTimeScope, type TimeScope } from "./scope.js";

/** The `/ask` options and the clock an answer is given against. */
export interface AskInTimeOptions {
  /** `since:` as typed (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly since?: string | undefined;
  /** `until:` as typed. */
  readonly until?: string | undefined;
  /** The reference date; defaults to today (UTC). */
  readonly today?: IsoDate;
  /** Evidence older than this many days is flagged; default {@link DEFAULT_STALE_AFTER_DAYS}. */
  readonly staleAfterDays?: number;
}

/** A scope admits few of the best-ranked candidates; retrieving this many times more keeps enough to judge. */
const SCOPED_CANDIDATE_FACTOR = 4;
/** Years a "mentions the period" check walks at most, so an open scope stays cheap. */
const MAX_YEARS_CHECKED = 50;
/**
 * "Latest" questions are first asked of the archive's last year: news moves on within a year, and
 * an answer from then beats an older one that ranks higher. Without one, the whole archive answers.
 */
const RECENT_WINDOW_DAYS = 365;
/**
 * The newest evidence answers a "latest" question when it scores at least this share of the best
 * evidence of any date; lower, it only comes near the question, and the older answer stands.
 */
const MIN_RECENT_SHARE = 0.8;

/**
 * Retrieval limited to a hard scope: candidates outside it are dropped before they are judged, and
 * undated articles among them are counted so the reply can say they were left out.
 */
function scopedSearch(engine: AnswerEngine, scope: TimeScope, undated: Set<number>): SentenceSearch {
  const { store, index } = engine;
  function* datesOf(articleIndexes: readonly number[]): Generator<IsoDate | null> {
    for (const at of articleIndexes) yield store.articles[at]?.date ?? null;
  }
  // A passage's verdict is the same in every search of one question: judged once.
  const verdicts = new Map<number, ReturnType<typeof judgeEvidenceTime> | null>();
  const verdictOf = (passageId: number): ReturnType<typeof judgeEvidenceTime> | null => {
    let verdict = verdicts.get(passageId);
    if (verdict === undefined) {
      const passage = store.passages[passageId];
      verdict = passage ? judgeEvidenceTime(passage.text, datesOf(passage.articleIndexes), scope) : null;
      verdicts.set(passageId, verdict);
    }
    return verdict;
  };
  const admit = (candidates: readonly Candidate[], limit: number): Candidate[] => {
    const admitted: Candidate[] = [];
    for (const candidate of candidates) {
      const verdict = verdictOf(candidate.passageId);
      if (verdict === "in") admitted.push(candidate);
      else if (verdict === "undated")
        for (const at of store.passages[candidate.passageId]?.articleIndexes ?? []) undated.add(at);
      if (admitted.length === limit) break;
    }
    return admitted;
  };
  const scoped: SentenceSearch = {
    search: (terms, limit) => admit(index.search(terms, limit * SCOPED_CANDIDATE_FACTOR), limit),
  };
  const { searchByPrefix } = index;
  if (searchByPrefix === undefined) return scoped;
  return {
    ...scoped,
    searchByPrefix: (terms, prefixes, limit) =>
      searchByPrefix
        .call(index, terms, prefixes, limit * SCOPED_CANDIDATE_FACTOR)
        .map((candidates) => admit(candidates, limit)),
  };
}

/** The newest date among the articles an excerpt cites. */
function newestDate(excerpt: Excerpt): IsoDate {
  let newest = "";
  for (const citation of [excerpt.citation, ...excerpt.alsoIn])
    if (citation.date !== null && citation.date > newest) newest = citation.date;
  return newest;
}

/**
 * Orders a "latest" answer's supporting excerpts newest first, after the answer's own excerpt,
 * which the recent-first search chose as the newest evidence that answers.
 */
function newestFirst(result: AskResult): AskResult {
  if (result.status !== "answered" || result.excerpts.length < 3) return result;
  // The answer's own excerpt stays first: the recent-first search already chose the newest evidence
  // that answers, and a newer supporting excerpt may only come near the question.
  const [answer, ...supporting] = result.excerpts;
  if (answer === undefined) return result;
  const excerpts = [answer, ...supporting.sort((a, b) => newestDate(b).localeCompare(newestDate(a)))];
  return { ...result, excerpts };
}

/** Whether any article speaks of a year of the scope (its year is a term of the archive). */
function periodMentioned(engine: AnswerEngine, since: IsoDate | null, until: IsoDate | null): boolean {
  const dates = archiveDates(engine.store.articles);
  const first = Number((since ?? dates.sorted[0] ?? "2000").slice(0, 4));
  const last = Number((until ?? dates.sorted.at(-1) ?? "2000").slice(0, 4));
  for (let year = first; year <= Math.min(last, first + MAX_YEARS_CHECKED); year++) {
    if ((engine.store.articleFrequency.get(String(year)) ?? 0) > 0) return true;
  }
  return false;
}

/**
 * Dates an event by asking the archive when it was ("the PTA" -> "When was the PTA?" -> July 2024).
 * @param engine - the answer engine
 * @param event - the event as the question names it
 */
export function findEventDate(engine: AnswerEngine, event: string): Period | null {
  const result = askQuestion(engine, `When was ${event}?`);
  return result.status === "answered" ? periodInText(result.answer) : null;
}

/**
 * Asks within the archive's last year (and the question's own bounds) first, then within the
 * bounds alone: the newest evidence that answers wins over older evidence that ranks higher, unless
 * it scores under {@link MIN_RECENT_SHARE} of it.
 */
function askRecentFirst(
  engine: AnswerEngine,
  scope: TimeScope,
  question: string,
  undated: Set<number>,
): AskResult {
  const newest = archiveDates(engine.store.articles).sorted.at(-1);
  const bounded = isHardScope(scope) ? { ...engine, index: scopedSearch(engine, scope, undated) } : engine;
  if (newest === undefined) return askQuestion(bounded, question);
  const since = addDays(newest, -RECENT_WINDOW_DAYS);
  const recent = { ...scope, since: scope.since !== null && scope.since > since ? scope.since : since };
  if (scope.until !== null && recent.since > scope.until) return askQuestion(bounded, question);
  const newer = askQuestionScored({ ...engine, index: scopedSearch(engine, recent, new Set()) }, question);
  if (newer.result.status !== "answered") return askQuestion(bounded, question);
  // "How many jets have landed so far": a recent sentence that only comes near the question does
  // not beat the older one that answers it.
  const wider = askQuestionScored(bounded, question);
  return wider.result.status === "answered" && newer.score < wider.score * MIN_RECENT_SHARE
    ? wider.result
    : newer.result;
}

function scopeData(scope: TimeScope, undatedExcluded: number): AnswerScope {
  return { ...scope, undatedExcluded };
}

/**
 * Asks within a scope without its time words ("in July 2024" filters the evidence), and, when that
 * finds nothing, with them: a later article's "In July 2024, the two countries signed ..." is found
 * by the date it states. That answer stands only when its sentence states the date itself, not
 * when the date words were found around it.
 */
function askWithinScope(
  scoped: AnswerEngine,
  asTyped: string,
  withoutTime: string,
  phrase: string | null,
): AskResult {
  const plain = askQuestion(scoped, withoutTime);
  if (plain.status !== "no_answer" || withoutTime === asTyped || phrase === null) return plain;
  const dated = askQuestion(scoped, asTyped);
  const stated = new Set(analyzeText(dated.excerpts[0]?.text ?? ""));
  return dated.status === "answered" && analyzeText(phrase).every((term) => stated.has(term)) ? dated : plain;
}

let configuredStaleAfterDays = DEFAULT_STALE_AFTER_DAYS;

/**
 * Sets the staleness limit answers use when a call gives none: the configuration's
 * STALE_AFTER_DAYS, set once at start-up by the entry points.
 * @param days - whole days, at least 1
 */
export function configureStaleness(days: number): void {
  configuredStaleAfterDays = days;
}

/**
 * Answers a question within its time scope, with ages, freshness, corroboration and conflicts.
 * Without a scope and with nothing to add, a result has the answer layer's shape plus the counts.
 * @param engine - the passages and their index
 * @param question - the question as typed
 * @param options - the `since:`/`until:` options, today and the staleness limit
 */
export function askInTime(engine: AnswerEngine, question: string, options: AskInTimeOptions = {}): AskResult {
  const today = options.today ?? todayIso();
  const read = readTimeScope(question, {
    today,
    since: options.since,
    until: options.until,
    findEventDate: (event) => findEventDate(engine, event),
  });
  if ("error" in read) return { question, status: "invalid", answer: "", excerpts: [], error: read.error };
  const { scope } = read;
  const hard = isHardScope(scope);
  const undated = new Set<number>();
  const scopedEngine = hard ? { ...engine, index: scopedSearch(engine, scope, undated) } : engine;
  const asked = scope.preferRecent
    ? newestFirst(askRecentFirst(engine, scope, read.question, undated))
    : askWithinScope(scopedEngine, question, read.question, scope.phrase);
  const answered = { ...asked, question };
  const scoped =
    scope.label === null && scope.undatedEvent === null ? {} : { scope: scopeData(scope, undated.size) };
  if (answered.status === "invalid") return answered;
  if (answered.status === "no_answer") {
    if (!hard) return { ...answered, ...scoped };
    const dates = archiveDates(engine.store.articles);
    const mentioned = periodMentioned(engine, scope.since, scope.until);
    return { ...answered, ...scoped, reason: scopeShortfall(dates, scope.since, scope.until, mentioned) };
  }
  return annotateAnswer({ ...answered, ...scoped }, engine.store, {
    today,
    staleAfterDays: options.staleAfterDays ?? configuredStaleAfterDays,
  });
}
