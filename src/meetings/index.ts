/**
 * Meetings between Pakistani and Azerbaijani officials, as a dated timeline built from the archive.
 */
import type { Article, IsoDate, Meeting } from "../types.js";
import { extractFromArticle } from "./extractFromArticle.js";
import { mergeDrafts } from "./merge.js";

export { latestMeetings } from "./latest.js";

/**
 * Every meeting the articles tell, one entry per meeting however many articles tell it.
 * @param articles - the articles of the archive
 */
export function extractMeetings(articles: readonly Article[]): Meeting[] {
  const articleDates = new Map<string, IsoDate | null>(articles.map((article) => [article.id, article.date]));
  return mergeDrafts(articles.flatMap(extractFromArticle), articleDates);
}
