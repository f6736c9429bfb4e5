/**
 * Follow-up questions in a thread: "and when was it signed?" after a question about the
 * Preferential Trade Agreement is asked as "and when was the Preferential Trade Agreement signed?".
 *
 * A follow-up that lacks a name takes the subject of the latest earlier question that has one, and
 * one that lacks a date takes that question's date, but only when it reads as a follow-up (a
 * pronoun, "and ...", "what about ...", or no name of its own). The answer layer is then asked the
 * rewritten question through `kb.ask` like any other; nothing here depends on how it answers.
 */
import { MONTH_NAMES } from "../text/calendarNames.js";
import { STOPWORDS } from "../text/stopwords.js";

/** What to ask, and what was taken from earlier questions. */
export interface FollowUp {
  /** The question to ask the archive. */
  readonly question: string;
  /** One line describing the context used, or `null` when the question stands on its own. */
  readonly context: string | null;
}

// Pronouns that point back to the previous question's subject.
const PRONOUN = /\b(it|they|them|this|that|these|those)\b/i;
const POSSESSIVE = /\b(its|their)\b/i;
// Openings that mark a question as a continuation of the previous one.
const CONTINUATION = /^\s*(and|also|so|then|what about|how about)\b[\s,]*/i;
const QUESTION_WORDS = new Set(["what", "which", "who", "whom", "whose", "when", "where", "why", "how"]);
const AUXILIARIES = new Set(["do", "does", "did"]);
const MONTHS = MONTH_NAMES.join("|");
// "July 2024", "23 January 2025", "January 23, 2025", "2024", "in July".
const DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d{2})?\\b|\\b(?:19|20)\\d{2}\\b`,
  "i",
);
// A name-like token: capitalised (Shehbaz, Baku), an acronym (PTA, COAS), or a model (JF-17).
const NAME_TOKEN = /^(?:[A-Z][\p{L}'’.-]*|[A-Z0-9]+(?:-[A-Z0-9]+)*|[A-Za-z]+-?\d+[A-Za-z]*)$/u;
// Joining words allowed inside a name ("Ministry of Defence", "Trade and Investment").
const NAME_JOINERS = new Set(["of", "and", "for", "the"]);

const words = (text: string): string[] =>
  text
    .replace(/[?!.,;:()"“”]/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "");

const isMonth = (word: string): boolean => MONTH_NAMES.some((m) => m.toLowerCase() === word.toLowerCase());

/** Runs of name-like words ("Preferential Trade Agreement", "JF-17"), in order; dates excluded. */
export function namesIn(question: string): string[] {
  const tokens = words(question.replace(CONTINUATION, ""));
  const names: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    while (run.length > 0 && NAME_JOINERS.has(run[run.length - 1]?.toLowerCase() ?? "")) run.pop();
    if (run.length > 0) names.push(run.join(" "));
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    const lower = token.toLowerCase();
    // The first word is capitalised because it starts the sentence, not because it is a name.
    const sentenceStart = i === 0 && (STOPWORDS.has(lower) || QUESTION_WORDS.has(lower));
    const nameLike = NAME_TOKEN.test(token) && !sentenceStart && !isMonth(token) && !/^\d+$/.test(token);
    if (nameLike && !(STOPWORDS.has(lower) && token === lower)) run.push(token);
    else if (run.length > 0 && NAME_JOINERS.has(lower)) run.push(token);
    else flush();
  }
  flush();
  return names.filter((name) => !STOPWORDS.has(name.toLowerCase()));
}

/** "the preferential trade agreement" in a question typed in lower case: a determiner and what follows. */
function nounPhraseIn(question: string): string | null {
  const tokens = words(question.replace(CONTINUATION, ""));
  const start = tokens.findIndex((t) => ["the", "a", "an"].includes(t.toLowerCase()));
  if (start < 0) return null;
  const phrase: string[] = [];
  for (const token of tokens.slice(start + 1)) {
    if (STOPWORDS.has(token.toLowerCase()) || DATE.test(token)) break;
    phrase.push(token);
  }
  // "What does the agreement cover?": after do/does/did, the last word is the question's verb.
  const first = tokens[0]?.toLowerCase() ?? "";
  const second = tokens[1]?.toLowerCase() ?? "";
  const auxiliary = AUXILIARIES.has(first) || (QUESTION_WORDS.has(first) && AUXILIARIES.has(second));
  if (auxiliary && start + 1 + phrase.length === tokens.length) phrase.pop();
  return phrase.length === 0 ? null : `the ${phrase.join(" ")}`;
}

// A name after one of these is where something happened, not what the question is about.
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "to"]);

/** Names of the question that are its subject, not a place ("Lachin" in "meet in Lachin"). */
function subjectNames(question: string): { names: string[]; withThe: string | null } {
  const names = namesIn(question);
  const before = (name: string): string =>
    new RegExp(`(\\S+)\\s+${escape(name)}`, "i").exec(question)?.[1]?.toLowerCase() ?? "";
  const subjects = names.filter((name) => !PLACE_PREPOSITIONS.has(before(name)));
  const withThe = names.find((name) => before(name) === "the") ?? null;
  return { names: subjects.length > 0 ? subjects : names, withThe };
}

/**
 * What a pronoun stands for: for "it"/"its"/"this", the name written with "the" ("the JF-17") or
 * else the last subject name; for "they"/"their", every subject name; failing names, the
 * question's "the ..." phrase.
 */
function subjectOf(question: string, plural = false): string | null {
  const { names, withThe } = subjectNames(question);
  if (names.length > 0) {
    if (plural) return names.join(" and ");
    if (withThe !== null) return `the ${withThe}`;
    return names[names.length - 1] ?? null;
  }
  return nounPhraseIn(question);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const capitalise = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;

const dateIn = (question: string): string | null => DATE.exec(question)?.[0] ?? null;

/**
 * Rewrites a follow-up with the names and dates it lacks, taken from the thread's earlier questions.
 *
 * @param earlier - the thread's questions so far, oldest first (as they were asked of the archive)
 * @param question - the new question
 */
export function resolveFollowUp(earlier: readonly string[], question: string): FollowUp {
  const text = question.trim();
  const previous = [...earlier].reverse();
  const source = previous.find((q) => subjectOf(q) !== null) ?? previous[0];
  if (source === undefined) return { question: text, context: null };
  const ownNames = namesIn(text);
  const pronoun = PRONOUN.exec(text) ?? POSSESSIVE.exec(text);
  const continuation = CONTINUATION.test(text);
  const readsAsFollowUp = pronoun !== null || continuation || ownNames.length === 0;
  if (!readsAsFollowUp) return { question: text, context: null };

  let rewritten = text;
  const taken: string[] = [];
  const plural = pronoun !== null && /^(they|them|their|these|those)$/i.test(pronoun[0]);
  const subject = ownNames.length === 0 ? subjectOf(source, plural) : null;
  const bare = text.replace(CONTINUATION, "").replace(/[?\s]+$/, "");
  if (subject !== null) {
    if (pronoun !== null) {
      const possessive = /^(its|their)$/i.test(pronoun[0]);
      const replacement = possessive ? `${subject}'s` : subject;
      rewritten = `${text.slice(0, pronoun.index)}${replacement}${text.slice(pronoun.index + pronoun[0].length)}`;
    } else if (
      QUESTION_WORDS.has(bare.toLowerCase()) &&
      QUESTION_WORDS.has(words(source)[0]?.toLowerCase() ?? "")
    ) {
      // "and where?" after "When was the PTA signed?": the same question with the new question word.
      rewritten = `${capitalise(bare)} ${words(source).slice(1).join(" ")}?`;
    } else {
      rewritten = `${text.replace(/[?\s]+$/, "")} ${subject}?`;
    }
    taken.push(subject.replace(/^the /, ""));
  }
  const sourceDate = dateIn(source);
  if (dateIn(text) === null && sourceDate !== null && !dateIn(rewritten)) {
    rewritten = `${rewritten.replace(/[?\s]+$/, "")} in ${sourceDate}?`;
    taken.push(sourceDate);
  }
  if (taken.length === 0) return { question: text, context: null };
  return {
    question: rewritten,
    context: `Follow-up read as "${rewritten}": ${taken.join(" and ")} taken from "${source}".`,
  };
}
