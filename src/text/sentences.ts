/**
 * Sentence splitting: the platform's Unicode sentence segmenter, then a repair pass for the
 * abbreviations it does not know (Node's ICU ships no suppression list, so "Mr. Gilani" splits).
 */

const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });

/** Titles, ranks and month abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "lt",
  "gen",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "cmdr",
  "brig",
  "gov",
  "sen",
  "rep",
  "pres",
  "amb",
  "hon",
  "rev",
  "no",
  "nos",
  "vol",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "approx",
  "est",
  "fig",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "a.m",
  "p.m",
]);

function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(“"'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/u.exec(segment);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase();
  // A lone capital initial ("J. Smith") or a dotted acronym ("U.S.") rarely ends a sentence.
  return ABBREVIATIONS.has(word) || /^[a-z]$/u.test(word) || /^(?:[a-z]\.)+[a-z]$/u.test(word);
}

/**
 * Splits a paragraph into sentences, trimmed, in order.
 * @param paragraph - one paragraph of clean text
 */
export function splitSentences(paragraph: string): string[] {
  const cached = SENTENCE_CACHE.get(paragraph);
  if (cached !== undefined) return [...cached];
  if (SENTENCE_CACHE.size >= MAX_CACHED_PARAGRAPHS) SENTENCE_CACHE.clear();
  const sentences = segment(paragraph);
  SENTENCE_CACHE.set(paragraph, sentences);
  return [...sentences];
}

/**
 * Sentences by paragraph. Building the knowledge base reads every paragraph three times (passages,
 * meetings, topics); segmenting once saves a third of the build.
 */
const SENTENCE_CACHE = new Map<string, readonly string[]>();
/** Enough for the paragraphs of a large archive; past it the cache starts over. */
const MAX_CACHED_PARAGRAPHS = 500_000;

/** Empties the sentence cache, once a build no longer needs it. */
export function clearSentenceCache(): void {
  SENTENCE_CACHE.clear();
}

function segment(paragraph: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of SEGMENTER.segment(paragraph)) {
    const text = segment.trim();
    if (text === "") continue;
    const previous = sentences.at(-1);
    const continuesPrevious =
      previous !== undefined && (endsWithAbbreviation(previous) || /^[a-z0-9,;:)]/u.test(text));
    if (continuesPrevious) sentences[sentences.length - 1] = `${previous} ${text}`;
    else sentences.push(text);
  }
  return sentences;
}
