/**
 * What the archive holds in time: how many of its articles fall in a span of days, and the span its
 * dated articles cover, so an abstention can say "the archive has no articles from 2023".
 */
import type { ArticleInfo, IsoDate } from "../types.js";
import { describeBound, describeSpan } from "./period.js";

/** The archive's article dates, sorted, for counting by binary search instead of a scan per question. */
export interface ArchiveDates {
  readonly sorted: readonly IsoDate[];
  readonly undated: number;
}

const cache = new WeakMap<readonly ArticleInfo[], ArchiveDates>();

/**
 * The sorted dates of an archive's articles, computed once per archive.
 * @param articles - the archive's articles
 */
export function archiveDates(articles: readonly ArticleInfo[]): ArchiveDates {
  const known = cache.get(articles);
  if (known) return known;
  const sorted = articles
    .map((article) => article.date)
    .filter((date): date is IsoDate => date !== null)
    .sort();
  const dates = { sorted, undated: articles.length - sorted.length };
  cache.set(articles, dates);
  return dates;
}

/** Index of the first date `>= date` (or `> date` when `after`). */
function lowerBound(sorted: readonly IsoDate[], date: IsoDate, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const value = sorted[middle] ?? "";
    if (after ? value <= date : value < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many dated articles fall between two bounds (both included; `null` is open).
 * @param dates - from {@link archiveDates}
 * @param since - first day or `null`
 * @param until - last day or `null`
 */
export function countArticlesBetween(
  dates: ArchiveDates,
  since: IsoDate | null,
  until: IsoDate | null,
): number {
  const from = since === null ? 0 : lowerBound(dates.sorted, since, false);
  const to = until === null ? dates.sorted.length : lowerBound(dates.sorted, until, true);
  return Math.max(0, to - from);
}

/**
 * The span the archive's dated articles cover, as words ("2025-02-23 to 2025-11-07"), or `null`.
 * @param dates - from {@link archiveDates}
 */
export function archiveSpan(dates: ArchiveDates): string | null {
  const first = dates.sorted[0];
  const last = dates.sorted.at(-1);
  if (first === undefined || last === undefined) return null;
  return first === last ? first : `${first} to ${last}`;
}

/**
 * Why a scoped question found nothing, in one sentence: no article from the period at all, or
 * articles from it that do not answer.
 * @param dates - from {@link archiveDates}
 * @param since - first day or `null`
 * @param until - last day or `null`
 * @param mentioned - whether any article speaks of the period (e.g. its year is a term of the archive)
 */
export function scopeShortfall(
  dates: ArchiveDates,
  since: IsoDate | null,
  until: IsoDate | null,
  mentioned: boolean,
): string {
  const period =
    since !== null && until !== null
      ? `from ${describeSpan(since, until)}`
      : since !== null
        ? `from ${describeBound(since, "since")} on`
        : `up to ${until === null ? "today" : describeBound(until, "until")}`;
  const span = archiveSpan(dates);
  const inside = countArticlesBetween(dates, since, until);
  if (inside === 0 && !mentioned) {
    const runs =
      span === null ? "" : ` (its dated articles run ${span.includes(" to ") ? "from " : "on "}${span})`;
    return `The archive has no evidence ${period}: no article is dated then or tells of that time${runs}.`;
  }
  if (inside === 0) {
    return `No article of the archive is dated ${period.replace(/^from /u, "")}, and those that mention that time do not answer this question.`;
  }
  return `The archive has ${inside} article${inside === 1 ? "" : "s"} ${period}, but none of them answers this question.`;
}
