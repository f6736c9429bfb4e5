/**
 * How a report tells who was at an occasion, for "who was present / at / in attendance" questions:
 * the words that ask it and the phrases after which the report names those who were there.
 */
import { analyzeText } from "../text/terms.js";

/**
 * How a report tells who was at an occasion: "attended by", "was present", "in the presence of",
 * "took part", "witnessed", "guests included": the verbs and the nouns they make.
 */
export const ATTENDANCE_TERMS: readonly string[] = [
  ...new Set(analyzeText("attend attendance present presence participate participant part witness guest")),
];

const ATTENDANCE_TERM_SET: ReadonlySet<string> = new Set(ATTENDANCE_TERMS);

/**
 * Phrases after which a report lists who was there: "in the presence of X", "attended by X",
 * "witnessed by X", "guests included X", "among those present were X".
 */
const ATTENDANCE_CUE =
  /\b(?:in the presence of|attended by|witnessed by|guests (?:included|were|among them)|among (?:those present|the guests)(?: were)?|present (?:were|at the ceremony were))\s/iu;

/**
 * Whether a question's asked deeds are being at an occasion ("who was present when they signed").
 * @param actTerms - the terms of the deeds the question asks the doers of
 */
export function asksAttendance(actTerms: readonly string[] | undefined): boolean {
  return (
    actTerms !== undefined && actTerms.length > 0 && actTerms.every((term) => ATTENDANCE_TERM_SET.has(term))
  );
}

/**
 * The part of a sentence after the phrase that starts naming who was there, or `null` when it has none.
 * @param sentence - an evidence sentence
 */
export function afterAttendanceCue(sentence: string): string | null {
  const cue = ATTENDANCE_CUE.exec(sentence);
  return cue === null ? null : sentence.slice(cue.index + cue[0].length);
}
