/**
 * Autocomplete over the topic catalogue.
 */
import { foldText } from "../text/fold.js";
import type { TopicInfo } from "../types.js";
import { topicCatalogue } from "./catalogue.js";

/** How well a topic matches typed text: lower is better, `null` for no match. */
function matchRank(topic: TopicInfo, typed: string): number | null {
  const name = foldText(topic.name);
  const aliases = topic.aliases.map(foldText);
  const startsAWord = (text: string): boolean =>
    text.split(/[^a-z0-9]+/u).some((word) => word.startsWith(typed));
  if (name.startsWith(typed)) return 0;
  if (aliases.some((alias) => alias.startsWith(typed))) return 1;
  if (startsAWord(name) || aliases.some(startsAWord)) return 2;
  if (name.includes(typed) || aliases.some((alias) => alias.includes(typed))) return 3;
  if (foldText(topic.description).includes(typed)) return 4;
  return null;
}

/**
 * Catalogue topics matching what a user has typed so far, for autocomplete: topics whose name
 * starts with the text first, then alias prefixes, word prefixes, and substrings of name, aliases
 * or description; catalogue order within a rank. Empty input lists every topic.
 * @param typed - the partial input, any case or diacritics
 * @param limit - the most topics to return (Discord shows at most 25)
 */
export function suggestTopics(typed: string, limit: number): readonly TopicInfo[] {
  const max = Math.max(0, Math.floor(limit));
  const catalogue = topicCatalogue();
  const needle = foldText(typed).replace(/\s+/gu, " ").trim();
  if (needle === "") return catalogue.slice(0, max);
  return catalogue
    .map((topic, order) => ({ topic, order, rank: matchRank(topic, needle) }))
    .filter((entry): entry is { topic: TopicInfo; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, max)
    .map((entry) => entry.topic);
}
