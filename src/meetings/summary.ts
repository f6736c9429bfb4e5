/**
 * The one sentence that says what came of a meeting, chosen among its evidence.
 */

/** Outcome words, weighted: a decision outranks a discussion. */
const OUTCOME_WEIGHTS: ReadonlyArray<readonly [RegExp, number]> = [
  // Decisions and commitments are what a reader of a timeline wants first.
  [/\b(?:agreed|agreement|signed|pledged|vowed|decided|accepted)\b/giu, 2],
  // Discussion and emphasis say what was on the table, a weaker outcome.
  [
    /\b(?:reaffirmed|discussed|reviewed|underscored|emphasi[sz]ed|highlighted|stressed|expressed|committed|commitment|assessed)\b/giu,
    1,
  ],
];

function outcomeScore(sentence: string): number {
  let score = 0;
  for (const [pattern, weight] of OUTCOME_WEIGHTS) score += (sentence.match(pattern)?.length ?? 0) * weight;
  return score;
}

/**
 * The evidence sentence richest in outcomes; the earliest wins a tie, so the telling sentence
 * itself is preferred over later detail.
 * @param evidence - the sentences a meeting rests on, in article order
 */
export function chooseSummary(evidence: readonly string[]): string {
  let best = evidence[0] ?? "";
  let bestScore = -1;
  for (const sentence of evidence) {
    const score = outcomeScore(sentence);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}
