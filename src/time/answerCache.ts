/**
 * Answers remembered per knowledge base: a server asks the same question again and again (a
 * pinned FAQ, a burst after a news story), and an unchanging archive answers it the same way on
 * the same day. A rebuilt knowledge base starts with an empty cache, so no answer outlives the
 * archive it came from.
 */
import type { AskOptions } from "../knowledgeBase.js";
import type { AskResult } from "../types.js";
import { todayIso } from "./age.js";

/** Answers kept: a few thousand small objects, while a server's repeated questions stay hot. */
export const MAX_CACHED_ANSWERS = 2_000;

/**
 * Wraps `ask` so that a question asked again with the same options on the same day (ages and
 * relative dates count from today) returns the answer already given.
 * @param ask - the knowledge base's answering
 * @param maxEntries - answers kept; the oldest is forgotten first
 * @param today - the date answers are given on (injectable for tests)
 */
export function cachedAnswers(
  ask: (question: string, options: AskOptions) => AskResult,
  maxEntries = MAX_CACHED_ANSWERS,
  today: () => string = todayIso,
): (question: string, options?: AskOptions) => AskResult {
  const answers = new Map<string, AskResult>();
  return (question, options = {}) => {
    const key = [today(), options.since ?? "", options.until ?? "", question].join("\u0000");
    const known = answers.get(key);
    if (known !== undefined) {
      // Most recently used last: the first key is the one to forget.
      answers.delete(key);
      answers.set(key, known);
      return known;
    }
    const result = ask(question, options);
    if (answers.size >= maxEntries) {
      const oldest = answers.keys().next();
      if (oldest.done !== true) answers.delete(oldest.value);
    }
    answers.set(key, result);
    return result;
  };
}
