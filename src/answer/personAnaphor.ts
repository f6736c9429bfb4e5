/**
 * A person a sentence names only as "He", "She" or "the visiting dignitary": news names the
 * visitor once with full titles ("Azerbaijan's Minister of Energy Parviz Shahbazov") and then by
 * surname or pronoun ("Mr Shahbazov said ...", "He also called on ..."). The sentence with the
 * pronoun stands for that person: the name the nearest earlier sentence opens with, and the titles
 * the article writes before that name.
 */
import type { PassageStore } from "../search/passageStore.js";
import { memoPerStore } from "../search/storeMemo.js";
import { analyzeText } from "../text/terms.js";

/** An opening adverb before the subject: "Later, he ...", "Earlier, she ...". */
const OPENING_ADVERB = "(?:(?:later|earlier|meanwhile|separately|subsequently|afterwards)\\s*,?\\s*)?";
/** A sentence whose subject is "He" or "She": the person the sentence before named as its subject. */
const PRONOUN_SUBJECT = new RegExp(`^[“"‘'(]?${OPENING_ADVERB}(?:he|she)\\b`, "iu");
/** A sentence whose subject is the report's visitor ("The visiting dignitary", "The guest"): whom its lead names. */
const VISITOR_SUBJECT = new RegExp(
  `^[“"‘'(]?${OPENING_ADVERB}the (?:visiting (?:dignitary|guest|minister|official|leader|general)|dignitary|guest|visitor)\\b`,
  "iu",
);

/** Sentences of "He ..." followed back to the one that names him: a pronoun leans on a recent name. */
const MAX_PRONOUN_CHAIN = 3;
/** Articles read per passage: syndicated copy can be in thousands. */
const MAX_ARTICLES_READ = 5;
/** Person references kept per store (most entries are the shared empty set). */
const MAX_CACHED = 8_000;

/** Honorifics that make the one capitalised word after them a person's name: "Mr Shahbazov". */
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|Madam|Sheikh)\.?$/u;
/** Lower-case words that stand inside a title or a name ("Minister OF Energy", "Chief OF THE General Staff"). */
const CONNECTOR = /^(?:of|the|for|and)$/u;

const NOTHING: ReadonlySet<string> = new Set();

/** Words of a text, stripped of quotes and punctuation at their ends. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/u).map((word) => word.replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/gu, ""));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The surname a sentence opens with as its subject ("Mr Shahbazov said", "Colonel General Karim
 * Valiyev, Chief of ..., called on"): the last word of its opening run of capitalised words, when
 * that run is a name (two capitalised words or more, or an honorific and one); else null.
 */
function openingSurname(text: string): string | null {
  const raw = text.split(/\s+/u);
  const run: string[] = [];
  for (const [at, token] of raw.entries()) {
    const word = wordsOf(token)[0] ?? "";
    // "Speaker OF THE Milli Majlis": connectors stand inside the run when a capital follows.
    const inside =
      isCapitalised(word) ||
      (run.length > 0 &&
        /^(?:of|the|for)$/u.test(word) &&
        isCapitalised(wordsOf(raw[at + 1] ?? "")[0] ?? "")) ||
      (run.length > 0 && word === "the" && isCapitalised(wordsOf(raw[at + 2] ?? "")[0] ?? ""));
    if (!inside) break;
    if (isCapitalised(word)) run.push(word);
    // "Colonel General Karim Valiyev, Chief of ...": the name ends at the comma.
    if (/[,;:]$/u.test(token)) break;
  }
  const honoured = run.length === 2 && HONORIFIC.test(run[0] ?? "");
  if (run.length < 2 && !honoured) return null;
  // "Azerbaijan Airlines (AZAL)": a run ending in an acronym or a designation is no one's name.
  const last = run.at(-1) ?? "";
  return /^\p{Lu}\p{Ll}+$/u.test(last) ? last : null;
}

/** The titles and names the article writes right before a surname: "Azerbaijan's Minister of Energy Parviz". */
function titledRunBefore(text: string, surname: string): readonly string[] {
  const words = wordsOf(text);
  const terms: string[] = [];
  for (const [at, word] of words.entries()) {
    if (word !== surname) continue;
    let start = at;
    while (start > 0) {
      const previous = words[start - 1] ?? "";
      if (!isCapitalised(previous) && !CONNECTOR.test(previous)) break;
      if (previous === "and" || /[,;:]$/u.test(text.split(/\s+/u)[start - 1] ?? "")) break;
      start -= 1;
    }
    while (start < at && CONNECTOR.test(words[start] ?? "")) start += 1;
    terms.push(...analyzeText(words.slice(start, at + 1).join(" ")));
    // "Colonel General Karim Valiyev, Chief of the General Staff of the Azerbaijan Armed Forces,": the apposition.
    const apposition =
      /^,\s*((?:\p{Lu}[\p{L}'’-]*|of|the|for)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|for))*)\s*,/u.exec(
        text.slice(text.indexOf(surname) + surname.length),
      );
    if (apposition?.[1] !== undefined) terms.push(...analyzeText(apposition[1]));
  }
  return terms;
}

/**
 * The terms of the person a sentence names only by a pronoun or "the visiting dignitary": the name
 * the nearest earlier sentence (of the few before it) opens with, and the titles the article writes
 * before that name; none when the sentence has no such subject or no earlier sentence names anyone.
 * @param store - the passages
 * @param passageId - the sentence
 */
export function personReferredTo(store: PassageStore, passageId: number): ReadonlySet<string> {
  return personByPassage(store, passageId);
}

const personByPassage = memoPerStore(MAX_CACHED, (store, passageId: number): ReadonlySet<string> => {
  const passage = store.passages[passageId];
  if (passage === undefined) return NOTHING;
  const byPronoun = PRONOUN_SUBJECT.test(passage.text);
  if (!byPronoun && !VISITOR_SUBJECT.test(passage.text)) return NOTHING;
  const terms = new Set<string>();
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const surname = byPronoun
      ? surnameBefore(store, order, order.indexOf(passageId))
      : leadSurname(store, order, store.articles[articleIndex]?.title ?? "");
    if (surname === null) continue;
    for (const id of order) {
      const text = store.passages[id]?.text ?? "";
      if (text.includes(surname)) for (const term of titledRunBefore(text, surname)) terms.add(term);
    }
  }
  return terms.size === 0 ? NOTHING : terms;
});

/** The surname the sentence before opens with, through a chain of "He ..." sentences; else null. */
function surnameBefore(store: PassageStore, order: readonly number[], at: number): string | null {
  for (let back = 1; back <= MAX_PRONOUN_CHAIN && at - back >= 0; back += 1) {
    const text = store.passages[order[at - back] ?? -1]?.text ?? "";
    if (!PRONOUN_SUBJECT.test(text)) return openingSurname(text);
  }
  return null;
}

/** The surname the story's lead opens with (its first sentence that is not the headline); else null. */
function leadSurname(store: PassageStore, order: readonly number[], title: string): string | null {
  const lead = order.find((id) => store.passages[id]?.text !== title);
  return lead === undefined ? null : openingSurname(store.passages[lead]?.text ?? "");
}
