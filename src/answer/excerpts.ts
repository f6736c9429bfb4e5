/**
 * Quoting: the excerpt shown for a passage, with the articles that carry it.
 */
import type { PassageStore } from "../search/passageStore.js";
import type { Citation, Excerpt } from "../types.js";

/** Very short sentences are quoted with the next one, so the excerpt stands on its own. */
const MIN_EXCERPT_LENGTH = 60;

/** Sentences that open on a reference back ("It pledged ...", "These consultations ...") need the one before. */
const OPENS_WITH_REFERENCE =
  /^(?:It|Its|This|These|That|Those|He|She|They|His|Her|Their|The latter|The former)\b/u;

function citationOf(store: PassageStore, articleIndex: number): Citation | null {
  const article = store.articles[articleIndex];
  if (!article) return null;
  return {
    source: article.id,
    title: article.title,
    publisher: article.publisher,
    date: article.date,
    url: article.url,
  };
}

function excerptText(store: PassageStore, passageId: number): string {
  const passage = store.passages[passageId];
  if (!passage) return "";
  const order = store.articlePassages[passage.articleIndexes[0] ?? -1] ?? [];
  const position = order.indexOf(passageId);
  if (OPENS_WITH_REFERENCE.test(passage.text)) {
    const previous = store.passages[order[position - 1] ?? -1];
    if (previous) return `${previous.text} ${passage.text}`;
  }
  if (passage.text.length >= MIN_EXCERPT_LENGTH) return passage.text;
  const next = store.passages[order[position + 1] ?? -1];
  return next ? `${passage.text} ${next.text}` : passage.text;
}

/**
 * The excerpt quoting a passage, citing the first article that carries it and listing the others.
 * @param store - the passages
 * @param passageId - the passage quoted
 */
export function excerptOf(store: PassageStore, passageId: number): Excerpt | null {
  const passage = store.passages[passageId];
  const citations = (passage?.articleIndexes ?? [])
    .map((articleIndex) => citationOf(store, articleIndex))
    .filter((citation): citation is Citation => citation !== null);
  const [citation, ...alsoIn] = citations;
  if (!citation) return null;
  return { text: excerptText(store, passageId), citation, alsoIn };
}
