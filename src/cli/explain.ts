/**
 * `ask --explain`: what each stage of the answer chain produced for one question, as text.
 */
import type { Explanation } from "../answer/ask.js";

/** Characters of a candidate sentence shown. */
const SENTENCE_PREVIEW = 140;

/**
 * Formats an explanation for the terminal.
 * @param explanation - from `explainQuestion`
 */
export function formatExplanation(explanation: Explanation): string {
  const { analysis } = explanation;
  if (analysis === null) return `invalid: ${explanation.verdict}`;
  const lines = [
    `answer type:   ${analysis.answerType}`,
    `terms:         ${analysis.terms.join(" ") || "(none)"}`,
    `names:         ${analysis.anchorGroups.map((group) => `"${group.phrase}" [${group.terms.join(" ")}]`).join(", ") || "(none)"}`,
    `general words: ${analysis.generalWords.map((word) => `${word.word}→${word.lemma}${word.corrected ? " (corrected)" : ""}`).join(", ") || "(none)"}`,
    `dates:         ${analysis.timeTerms.join(" ") || "(none)"}`,
    `focus:         ${analysis.focus.join(" ") || "(none)"}`,
    "expansion:",
    ...explanation.expansion.map(({ term, alternatives }) => `  ${term}: ${alternatives.join(", ")}`),
    `unknown names: ${explanation.unknownPhrases.join(", ") || "(none)"}`,
    "best sentences (score; names found / in sentence; topic share in sentence; holds the answer type):",
    ...explanation.ranked.map(
      (judgement) =>
        `  ${judgement.score.toFixed(2)}  ${judgement.anchorsFound ? "found" : "missing"}/${judgement.anchorsInSentence ? "in" : "around"}  ${judgement.topicInSentence.toFixed(2)}  ${judgement.holdsKind ? "yes" : "no"}  ${judgement.text.slice(0, SENTENCE_PREVIEW)}`,
    ),
    `verdict:       ${explanation.verdict}`,
  ];
  return lines.join("\n");
}
