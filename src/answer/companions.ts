/**
 * Those who went with someone: "who went with the deputy governor" is answered by the report's
 * "X was accompanied by Y and Z", or "Y was also present", not by the sentence naming X alone.
 */
import type { PassageStore } from "../search/passageStore.js";
import { analyzeText } from "../text/terms.js";
import { findAnswerSpan } from "./answerSpan.js";
import type { AnalysedQuestion } from "./questionAnalysis.js";
import type { NearbySpan } from "./spanNearby.js";

/** How a report adds someone to those it named: "X was ALSO present", "joined by", "the delegation includes". */
const TELLS_ANOTHER =
  /\b(?:also|as well|too|joined by|accompanied by|among others|besides|in addition|delegation\b[^.;]{0,40}?\b(?:includes|included|comprises|comprised|consists of|consisted of)|members of the delegation)\b/iu;

/** Words before "also" that hold its subject's name: "Valiyev also", "Valiyev has also". */
const SUBJECT_WORDS = 2;

/**
 * Whether a sentence adds someone to those the question names: "Munir ALSO attended", "the
 * delegation includes"; not "Valiyev ALSO met the chairman", another deed of the one named.
 * @param text - the sentence
 * @param question - the analysed question
 */
export function tellsAnother(text: string, question: AnalysedQuestion): boolean {
  const match = TELLS_ANOTHER.exec(text);
  if (match === null) return false;
  // "X was accompanied by Y", "joined by Y": the others follow the cue, whoever X is.
  if (/^(?:accompanied|joined) by$/iu.test(match[0])) return true;
  // The one named right before "also" is its subject ("Colonel General Valiyev also met"); "HEC
  // Chairman Dr Imran Saleem Awan was also present" names another, whatever body it names.
  const before = new Set(
    analyzeText(text.slice(0, match.index).trim().split(/\s+/u).slice(-SUBJECT_WORDS).join(" ")),
  );
  // So is the one the question names by title: "THE CHIEF JUSTICE also met the minister".
  const title = question.describedTitle;
  if (title.length > 0 && title.every((term) => before.has(term))) return false;
  return !question.anchorGroups.some(
    (group) => group.terms.length > 0 && group.terms.every((term) => before.has(term)),
  );
}

/** Sentences after (or before) the one naming the person that a report's "accompanied by" may come in. */
const COMPANION_WINDOW = 10;

/** Reports a passage may belong to that are read for its companions (wire copies repeat one). */
const MAX_ARTICLES_READ = 3;

/** A party listed longer than this is quoted by its first name only: the excerpt shows the rest. */
const MAX_PARTY_LENGTH = 200;

/** Words of a name: capitalised, at least three letters ("Saleem", "Ahsan"). */
const NAME_WORD = /\b\p{Lu}[\p{L}'’-]{2,}/gu;

/**
 * For "who went with X": the sentence a few on in the report that tells who accompanied X, when
 * the best match names X but not his party. X is the one the later sentence opens with, by a name
 * the best match gives ("Dr. Saleem Ahsan was accompanied by ...", after "signed by SBP Deputy
 * Governor Dr. Saleem Ahsan") or by a pronoun ("He was accompanied by ...").
 * @param store - the passages
 * @param passageId - the best match, which names X
 * @param question - the analysed question, which asks for others
 * @param questionTerms - the question's terms, which the span found must not repeat
 * @returns that sentence and the companions it names, or `null` when the report names none
 */
export function companionBeside(
  store: PassageStore,
  passageId: number,
  question: AnalysedQuestion,
  questionTerms: ReadonlySet<string>,
): NearbySpan | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  const namesHere = new Set(passage.text.match(NAME_WORD) ?? []);
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    if (at < 0) continue;
    // After it first, as reports tell the party after the person; then before it, when the best
    // match is a later deed of the person ("The chief justice also met ...").
    const after = order.slice(at + 1, at + 1 + COMPANION_WINDOW);
    const before = order.slice(Math.max(0, at - COMPANION_WINDOW), at).reverse();
    for (const id of [...after, ...before]) {
      const text = store.passages[id]?.text ?? "";
      const cue = ACCOMPANIED.exec(text);
      if (cue === null || !tellsAnother(text, question)) continue;
      const subject = text.slice(0, cue.index);
      const sameOne =
        /^(?:He|She)\s*$/u.test(subject) ||
        (subject.match(NAME_WORD) ?? []).some(
          (word) => namesHere.has(word) && !/^(?:The|Pakistan|Azerbaijan)/u.test(word),
        );
      if (!sameOne) continue;
      const span = partyAfterCue(text, cue, question, questionTerms);
      if (span !== null) return { passageId: id, span };
    }
  }
  return null;
}

/** "Was accompanied by", "were accompanied by": the cue the party of the one named follows. */
const ACCOMPANIED = /\b(?:was|were) accompanied by\b/iu;

/**
 * The companions a sentence lists after its "X was accompanied by" cue, as the report gives them
 * with their offices (the one they went with stands before it).
 */
function partyAfterCue(
  text: string,
  cue: RegExpExecArray,
  question: AnalysedQuestion,
  questionTerms: ReadonlySet<string>,
): string | null {
  const party = text
    .slice(cue.index + cue[0].length)
    .trim()
    .replace(/[.;]+$/u, "");
  return party.length > 0 && party.length <= MAX_PARTY_LENGTH
    ? party
    : findAnswerSpan(text.slice(cue.index + cue[0].length), question, questionTerms);
}

/**
 * For "who went with X", when the best match itself tells "X was accompanied by Y and Z": Y and Z,
 * not X, whom the sentence names first.
 * @param text - the best match
 * @param question - the analysed question, which asks for others
 * @param questionTerms - the question's terms, which the span found must not repeat
 * @returns the party, or `null` when the sentence has no such cue
 */
export function companionsIn(
  text: string,
  question: AnalysedQuestion,
  questionTerms: ReadonlySet<string>,
): string | null {
  const cue = ACCOMPANIED.exec(text);
  return cue === null ? null : partyAfterCue(text, cue, question, questionTerms);
}
