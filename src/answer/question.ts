/**
 * Reading a question: which terms it asks about, which of them are names that the evidence must
 * contain, and what kind of answer it wants.
 */
import { foldText } from "../text/fold.js";
import { IRREGULAR_FORMS } from "../text/aliases.js";
import { STOPWORDS } from "../text/stopwords.js";
import { analyzeText } from "../text/terms.js";

/** The longest question accepted (Discord's option limit for /ask). */
export const MAX_QUESTION_LENGTH = 300;
/** The shortest question accepted. */
export const MIN_QUESTION_LENGTH = 3;

/** The kind of answer a question asks for. */
export type AnswerKind = "when" | "where" | "who" | "whois" | "which" | "other";

/** A question, analysed. */
export interface AnalysedQuestion {
  /** The question as asked, trimmed and stripped of control characters. */
  readonly text: string;
  /** Unique analysed content terms (time terms excluded). */
  readonly terms: readonly string[];
  /** Names, acronyms and numbers, one group per phrase ("Raja Furqan Ahmed"): the evidence must mention each. */
  readonly anchorGroups: readonly AnchorGroup[];
  /** Terms naming what a what/which question asks for ("topics" in "What topics did ..."). */
  readonly focus: readonly string[];
  /** Months, years and weekdays: they constrain when, and are checked against dates, not ranked as topic. */
  readonly timeTerms: readonly string[];
  readonly kind: AnswerKind;
}

/** The terms of one name or title in a question. */
export interface AnchorGroup {
  readonly terms: readonly string[];
  /**
   * A title built with connectors ("President of Turkey", "Minister of Defence"): every term must
   * be found, since part of it means something else. A plain name ("Ilham Aliyev") is found by part.
   */
  readonly compound: boolean;
}

/** Why a question cannot be asked at all. */
export type QuestionProblem = { readonly error: string };

function answerKindOf(folded: string): AnswerKind {
  if (
    /^(?:when|what (?:year|month|day|date)|since when|how long ago)\b/u.test(folded) ||
    /\bwhat date\b/u.test(folded)
  ) {
    return "when";
  }
  if (/^(?:where|in which (?:city|country|place)|which (?:city|country|place))\b/u.test(folded))
    return "where";
  if (/^who (?:is|was|are|were)\b/u.test(folded)) return "whois";
  if (/^(?:who|whom|with whom)\b/u.test(folded)) return "who";
  return "other";
}

/** Lower-case words that may stand inside a name ("Chief of the Army Staff", "Bank of Azerbaijan"). */
const NAME_CONNECTORS = new Set(["of", "the", "and", "de", "al", "ul", "e"]);

function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isCode(word: string): boolean {
  return /\p{N}/u.test(word) || (word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word));
}

/** Whether the words from `start` are more connectors and then a capitalised word. */
function continuesName(words: readonly string[], start: number): boolean {
  for (let position = start; position < words.length; position += 1) {
    const word = words[position] ?? "";
    if (isCapitalised(word)) return true;
    if (!NAME_CONNECTORS.has(word)) return false;
  }
  return false;
}

/**
 * Terms of the names, acronyms and numbers in a question, read as phrases so that aliases apply
 * ("Prime Minister" -> pm). The first word is capitalised anyway, so it counts only as part of a
 * longer name ("Shehbaz Sharif met ...") or as a code ("JF-17 ...").
 */
function anchorGroupsOf(question: string): AnchorGroup[] {
  const words = question.split(/\s+/u).map(bareWord);
  const groups: AnchorGroup[] = [];
  let phrase: string[] = [];
  const flush = (): void => {
    while (phrase.length > 0 && NAME_CONNECTORS.has(phrase.at(-1) ?? "")) phrase.pop();
    const terms = [...new Set(analyzeText(phrase.join(" ")))].filter((term) => !isTimeTerm(term));
    const compound = phrase.some((word) => NAME_CONNECTORS.has(word));
    if (terms.length > 0) groups.push({ terms, compound: compound && terms.length > 1 });
    phrase = [];
  };
  for (const [position, word] of words.entries()) {
    const next = words[position + 1] ?? "";
    const startsName =
      isCode(word) || (isCapitalised(word) && (position > 0 || isCapitalised(next))) || false;
    if (word !== "" && startsName && !(position === 0 && STOPWORDS.has(foldText(word)))) {
      phrase.push(word);
    } else if (phrase.length > 0 && NAME_CONNECTORS.has(word) && continuesName(words, position + 1)) {
      phrase.push(word);
    } else {
      flush();
    }
  }
  flush();
  return groups;
}

/** Analysed forms of month and weekday names (the stemmer's output, e.g. "novemb", "fridai"). */
const TIME_TERMS: ReadonlySet<string> = new Set(
  analyzeText(
    "January February March April May June July August September October November December " +
      "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
  ),
);

/** Whether an analysed term names a month, weekday or year. */
export function isTimeTerm(term: string): boolean {
  return TIME_TERMS.has(term) || /^(?:19|20)\d{2}$/u.test(term);
}

/** Words that end the focus phrase of a what/which question ("What topics DID ...", "Which anniversary OF ..."). */
const FOCUS_END =
  /^(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could|should|must|of|in|on|at|for|with|from|to|by|about)$/u;

/** A what/which noun phrase is short ("which peace agreement"); a third word is usually the verb. */
const MAX_FOCUS_WORDS = 3;

/** The terms right after "what"/"which": the kind of thing the answer must name. */
function focusTermsOf(folded: string): string[] {
  const match = /(?:^|\b(?:in|of|on|for|to|with|by|at) )(?:what|which)\s+(.*)$/u.exec(folded);
  if (!match?.[1]) return [];
  const words: string[] = [];
  for (const word of match[1].split(/\s+/u).slice(0, MAX_FOCUS_WORDS)) {
    // The focus is the noun phrase; a verb ("Which team WON", "What HAPPENED") ends it.
    if (FOCUS_END.test(word) || word in IRREGULAR_FORMS || /(?:ed|happens?)$/u.test(word)) break;
    words.push(word);
  }
  return [...analyzeText(words.join(" "))];
}

/**
 * Validates and analyses a question.
 * @param raw - the question as typed
 * @returns the analysis, or the reason the question cannot be asked
 */
export function analyseQuestion(raw: string): AnalysedQuestion | QuestionProblem {
  const text = raw
    .replace(/[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu, " ")
    // Mentions and links address people or point elsewhere; they are not part of what is asked.
    .replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b|\bhttps?:\/\/\S+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (text === "") {
    return raw.trim() === ""
      ? { error: "The question is empty." }
      : { error: "The question has no words in it once mentions and links are left out." };
  }
  if (text.length < MIN_QUESTION_LENGTH) {
    return { error: `The question is too short: write at least ${MIN_QUESTION_LENGTH} characters.` };
  }
  if (text.length > MAX_QUESTION_LENGTH) {
    return {
      error: `The question is too long (${text.length} characters): keep it under ${MAX_QUESTION_LENGTH + 1}.`,
    };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { error: "The question has no words in it." };
  const folded = foldText(text);
  const allTerms = [...new Set(analyzeText(text))];
  const focus = focusTermsOf(folded).filter((term) => !isTimeTerm(term));
  const kind = answerKindOf(folded);
  return {
    text,
    terms: allTerms.filter((term) => !isTimeTerm(term)),
    anchorGroups: anchorGroupsOf(text),
    focus,
    timeTerms: allTerms.filter(isTimeTerm),
    kind: kind === "other" && focus.length > 0 ? "which" : kind,
  };
}
