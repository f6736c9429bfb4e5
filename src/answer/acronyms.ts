/**
 * Acronyms the archive spells out but never abbreviates: a question about "the JEC" is about the
 * "Joint Economic Commission" an article names. The initials are matched against the capitalised
 * names of the sentences the question's other words find, so no table of acronyms is kept.
 */
import type { PassageStore } from "../search/passageStore.js";
import type { SentenceSearch } from "../search/sentenceIndex.js";
import { analyzeText } from "../text/terms.js";

/** A word that may be an acronym: two to six letters. */
const ACRONYM = /^[a-z]{2,6}$/iu;
/** Sentences searched for a name with those initials (each with its article's lead). */
const SENTENCES_READ = 20;
/** Articles read whole, best first, when no retrieved sentence or lead spells the acronym out. */
const ARTICLES_READ = 3;
/** A capitalised name: "Joint Economic Commission", "High-Level Strategic Cooperation Council". */
const NAME = /\p{Lu}[\p{L}-]*(?:\s+(?:of|and|for|the|on)\s+\p{Lu}[\p{L}-]*|\s+\p{Lu}[\p{L}-]*)+/gu;
/** Small words a name's initials leave out ("Organization OF Islamic Cooperation": OIC). */
const LEFT_OUT = /^(?:of|and|for|the|on)$/iu;

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => word !== "" && !LEFT_OUT.test(word))
    .map((word) => word.charAt(0).toLowerCase())
    .join("");
}

/**
 * The name an acronym of the question stands for in the archive, found among the sentences its
 * other words retrieve; `null` when it is no acronym or no such name is there.
 * @param store - the passages
 * @param index - the sentence index
 * @param acronym - the unknown word, as typed ("jec")
 * @param otherTerms - the question's other terms, to find the sentences about it
 */
export function spelledOutName(
  store: PassageStore,
  index: SentenceSearch,
  acronym: string,
  otherTerms: readonly string[],
): string | null {
  if (!ACRONYM.test(acronym) || otherTerms.length === 0) return null;
  const wanted = acronym.toLowerCase();
  const candidates = index.search(otherTerms, SENTENCES_READ);
  for (const candidate of candidates) {
    // The sentence and its article's lead, where a report first gives the body its full name.
    const articleIndex = store.passages[candidate.passageId]?.articleIndexes[0] ?? -1;
    const lead = store.articlePassages[articleIndex]?.[0];
    for (const id of lead === undefined ? [candidate.passageId] : [candidate.passageId, lead]) {
      const name = nameWithInitials(store.passages[id]?.text ?? "", wanted);
      if (name !== null) return name;
    }
  }
  // Else anywhere in the best articles: "the PAF" sent people to the exercise the lead tells,
  // and "the Pakistan Air Force took part" three sentences on.
  const articles = [
    ...new Set(candidates.map((candidate) => store.passages[candidate.passageId]?.articleIndexes[0] ?? -1)),
  ].slice(0, ARTICLES_READ);
  for (const articleIndex of articles) {
    for (const id of store.articlePassages[articleIndex] ?? []) {
      const name = nameWithInitials(store.passages[id]?.text ?? "", wanted);
      if (name !== null) return name;
    }
  }
  return null;
}

function nameWithInitials(text: string, wanted: string): string | null {
  for (const match of text.matchAll(NAME)) {
    // The run may start before the name ("... of their Intergovernmental Joint Economic
    // Commission"): its part with the acronym's initials is the name ...
    // ... or run on past it ("Chairman Joint Chiefs of Staff Committee General Sahir Mirza").
    const words = match[0].split(/\s+/u);
    for (let start = 0; start < words.length - 1; start += 1) {
      for (let end = words.length; end > start + 1; end -= 1) {
        const name = words.slice(start, end).join(" ");
        // ("The Pakistan Air Force" is the PAF, not "The ...".)
        if (
          initialsOf(name) === wanted &&
          !LEFT_OUT.test(words[start] ?? "") &&
          !LEFT_OUT.test(words[end - 1] ?? "")
        )
          return name;
      }
    }
  }
  return null;
}

/**
 * The question with each acronym the archive spells out replaced by its name, or `null` when none is.
 * @param store - the passages
 * @param index - the sentence index
 * @param question - the question as typed
 * @param unknown - the question's phrases the archive never uses
 */
export function withAcronymsSpelledOut(
  store: PassageStore,
  index: SentenceSearch,
  question: string,
  unknown: readonly string[],
): string | null {
  // Only letters reach a pattern: a phrase of anything else is no acronym.
  if (!unknown.every((phrase) => ACRONYM.test(phrase))) return null;
  let rewritten = question;
  for (const phrase of unknown) {
    const word = new RegExp(`\\b${phrase}\\b`, "giu");
    const others = analyzeText(question.replace(word, " ")).filter(
      (term) => (store.articleFrequency.get(term) ?? 0) > 0,
    );
    const name = spelledOutName(store, index, phrase, others);
    if (name === null) return null;
    rewritten = rewritten.replace(word, name);
  }
  return rewritten === question ? null : rewritten;
}
