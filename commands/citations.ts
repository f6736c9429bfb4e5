import type { KnowledgeBase } from "../src/knowledgeBase.js";
import type { Citation, MeetingSource } from "../src/types.js";

/**
 * Turns a bare source reference (file and date) into a full citation using the archive's article
 * metadata; a file the archive does not know is cited by its name.
 */
export function citeSource(kb: KnowledgeBase, source: MeetingSource): Citation {
  const article = kb.articles.find((a) => a.id === source.source);
  return {
    source: source.source,
    title: article?.title ?? source.source,
    publisher: article?.publisher ?? null,
    date: source.date ?? article?.date ?? null,
    url: article?.url ?? null,
  };
}
