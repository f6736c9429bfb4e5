/**
 * Answers across sentences: a report tells the event in one sentence and why or where in another
 * ("The team performed over Baku ON THE OCCASION OF Armed Forces Day." / "Seven jets of the team
 * flew above the seafront ..."; "Sharif met Aliyev in Baku." / "Sharif thanked Aliyev FOR
 * INVITING HIM TO ATTEND the celebrations"; "A team of engineers will clear landmines IN THE
 * FUZULI DISTRICT." / "The deminers will work for six months ..."). When the sentence that best
 * tells the event the question asks about gives no reason or place, a sentence beside it does.
 */
import type { PassageStore } from "../search/passageStore.js";
import { clauseFrom, findAnswerSpan, statedReason, type SpanRequest } from "./answerSpan.js";
import { refersBack, sentencesReferredTo } from "./discourse.js";
import { analyzeText } from "../text/terms.js";
import { lemmatizeText as tagText } from "../lexicon/lemma.js";

/**
 * Sentences before or after the event's within which its report gives the reason: a lead and the
 * detail after it, the meeting and who invited whom; farther, it is another part of the story.
 */
const REASON_WINDOW = 2;

/** Articles of a syndicated sentence read: one report's sentences are the same in its copies. */
const MAX_ARTICLES_READ = 3;

/** A sentence beside the event's that gives what was asked, and what it gives. */
export interface NearbySpan {
  readonly passageId: number;
  readonly span: string;
}

/**
 * The sentence near `passageId`, in the report that carries it, that states a reason ("on the
 * occasion of", "to attend", "because": {@link statedReason}) and is about
 * the question's names (it names one, or refers back to the event): the nearest, the earlier of two
 * at one distance (a report gives the occasion before the detail).
 * @param store - the passages
 * @param passageId - the sentence that best tells the event asked about
 * @param names - the question's names as index terms (weighted or not: "Pakistan" too)
 * @returns the sentence and its reason, or `null` when none near it gives one
 */
export function reasonNearby(
  store: PassageStore,
  passageId: number,
  names: ReadonlySet<string>,
): NearbySpan | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    if (at < 0) continue;
    for (let distance = 1; distance <= REASON_WINDOW; distance++) {
      for (const near of [order[at - distance], order[at + distance]]) {
        const found = near === undefined ? null : reasonOf(store, near, names);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

function reasonOf(store: PassageStore, passageId: number, names: ReadonlySet<string>): NearbySpan | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  const about = passage.terms.some((term) => names.has(term)) || refersBack(passage.text);
  if (!about) return null;
  // Said in so many words: a bare "to VERB" beside the event is as often what was wanted as why.
  const reason = statedReason(passage.text);
  return reason === null ? null : { passageId, span: reason };
}

/**
 * The span asked for, given by the sentence a best match refers back to, when the best match gives
 * none: a place ("THE DEMINERS will work for six months": the sentence before said where they will
 * clear mines) or a person ("THE 20-YEAR-OLD from Quetta ...": the sentence before names her).
 * @param store - the passages
 * @param passageId - the sentence that best tells the event asked about
 * @param question - the question's type and terms, as the span is found in any sentence
 * @param questionTerms - the question's terms, which the span found must not repeat
 * @returns the sentence and its span, or `null` when it refers to none that gives one
 */
export function spanReferredTo(
  store: PassageStore,
  passageId: number,
  question: SpanRequest,
  questionTerms: ReadonlySet<string>,
): NearbySpan | null {
  for (const referred of sentencesReferredTo(store, passageId)) {
    const span = findAnswerSpan(store.passages[referred]?.text ?? "", question, questionTerms);
    if (span !== null) return { passageId: referred, span };
  }
  return null;
}

/**
 * A report's own statement of what its event was for, by a definite mention of it: "THE AIM OF THE
 * DRILL WAS TO share experience", "the main purpose of his visit is to", "THE MISSION WAS MEANT TO".
 */
const PURPOSE_OF_EVENT =
  /\b(?:(?:the|its|his|her|their|this)\s+(?:(?:main|chief|primary|stated|key)\s+)?(?:aim|aims|purpose|goal|objective|objectives|intention)\s+of\s+(?<whose>the|his|her|their|its|this)\s+(?:[\p{L}-]+\s+)?(?<of>[\p{L}-]+)\s+(?:was|is|were|are|will be)\s+to|(?:the|this|that)\s+(?<event>[\p{L}-]+)\s+(?:was|is|were|are|will be)\s+(?:meant|intended|designed|aimed)\s+(?:to|at))\s/iu;

/** Sentences of a report read for its statement of purpose: a news report, not a long feature. */
const MAX_REPORT_SENTENCES = 30;

/**
 * The sentence of the report carrying `passageId` that states what the report's event was for
 * ({@link PURPOSE_OF_EVENT}) of an event named as the question or the best sentence names it,
 * wherever in the report it stands: "A team of doctors performed
 * operations in Baku ..." then, five sentences on, "She said THE MISSION WAS MEANT TO share
 * experience ...".
 * @param store - the passages
 * @param passageId - the sentence that best tells the event asked about
 * @param eventTerms - the terms that name the event: the best sentence's, the question's and their
 *   close relations ("exercise": drill); the statement's event must be one of them
 * @param relatedTerms - the index terms of a noun's nearest dictionary relations: the statement's
 *   event is the one asked about too when one of them is ("the purpose of the VISIT" for "why did
 *   he TRAVEL", "the point of his TRIP": WordNet's visit is a way to travel, to trip)
 * @param within - how many sentences from `passageId` the statement may stand (the whole report
 *   when absent); then its event must be "the" one or "this" one, not "his" (whose, it does not say)
 * @returns the sentence and the purpose it states, or `null` when the report states none
 */
export function purposeInReport(
  store: PassageStore,
  passageId: number,
  eventTerms: ReadonlySet<string>,
  relatedTerms: (noun: string) => readonly string[] = () => [],
  within?: number,
): NearbySpan | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    const sentences =
      within === undefined || at < 0
        ? order.slice(0, MAX_REPORT_SENTENCES)
        : order.slice(Math.max(0, at - within), at + within + 1);
    for (const id of sentences) {
      const text = store.passages[id]?.text ?? "";
      const stated = PURPOSE_OF_EVENT.exec(text);
      // "The main goal of HIS VISIT" in a review of the year: a purpose of another event than this one.
      const word = stated?.groups?.["of"] ?? stated?.groups?.["event"] ?? "";
      const noun = analyzeText(word)[0];
      if (stated === null || noun === undefined) continue;
      // "The purpose of HIS visit" may be another man's visit: far from the sentence found, or
      // named by a relation only ("why did he TRAVEL"), the event must be "the" one or "this" one.
      const definite = !/^(?:his|her|their|its)$/iu.test(stated.groups?.["whose"] ?? "");
      const named = eventTerms.has(noun) && (within === undefined || definite);
      const related =
        !named && definite && relatedTerms(word.toLowerCase()).some((term) => eventTerms.has(term));
      if (!named && !related) continue;
      const from = stated.index + stated[0].length;
      const purpose = clauseFrom(text, from);
      if (purpose !== "")
        return { passageId: id, span: `${/at\s$/u.test(stated[0]) ? "at" : "to"} ${purpose}` };
    }
  }
  return null;
}

/**
 * The nouns a report's headline calls a name of the question by: "troops wrap up DOSTLUQ-2025
 * DRILL in Nakhchivan" calls the exercise asked about a drill, so "the aim of the drill" is its aim.
 * @param store - the passages
 * @param passageId - the sentence that best tells the event asked about
 * @param names - the question's names as index terms
 * @returns the index terms of the nouns right after a name in the headlines of the reports carrying it
 */
export function headlineNounsOf(
  store: PassageStore,
  passageId: number,
  names: ReadonlySet<string>,
): ReadonlySet<string> {
  const nouns = new Set<string>();
  if (names.size === 0) return nouns;
  for (const articleIndex of store.passages[passageId]?.articleIndexes.slice(0, MAX_ARTICLES_READ) ?? []) {
    const tokens = tagText(store.articles[articleIndex]?.title ?? "");
    for (const [at, token] of tokens.entries()) {
      const next = tokens[at + 1];
      // A headline's noun may be tagged as a verb ("Dostluq-2025 drill"); its own verbs are inflected ("Sharif arrives").
      const noun = next?.pos === "NOUN" || (next?.pos === "VERB" && next.lemma === next.value);
      if (next === undefined || !noun || !/^\p{Ll}+$/u.test(next.value)) continue;
      if (!analyzeText(token.value).some((term) => names.has(term))) continue;
      for (const term of analyzeText(next.value)) nouns.add(term);
    }
  }
  return nouns;
}

/** A deed done to a document called only by its kind: "X and Y SIGNED THE AGREEMENT at a ceremony". */
const DOCUMENT_BY_KIND =
  /\b(signed|inked|concluded|initialled|initialed|ratified|exchanged)\s+(?:the|this|that)\s+(agreement|accord|deal|memorandum|treaty|pact|contract|protocol|framework|convention|charter|declaration)\b/iu;

/** Sentences before a document's kind within which its report names it: the lead and the one after it. */
const DOCUMENT_WINDOW = 3;

/**
 * For "what did X and Y sign": the name of the document that the best sentence calls only by its
 * kind ("signed THE AGREEMENT"), from a sentence shortly before it in the report ("Pakistan and
 * Azerbaijan on Tuesday signed a PREFERENTIAL TRADE AGREEMENT under which ...").
 * @param store - the passages
 * @param passageId - the sentence that tells the signing
 * @param actTerms - the deeds the question asks of the document ("sign")
 * @returns the sentence naming the document and its name, or `null`
 */
export function documentNamedBefore(
  store: PassageStore,
  passageId: number,
  actTerms: readonly string[],
): NearbySpan | null {
  const passage = store.passages[passageId];
  const deed = passage === undefined ? null : DOCUMENT_BY_KIND.exec(passage.text);
  const kind = deed?.[2];
  // The deed done to it must be the one asked: "what did they SIGN", not "what did they agree".
  if (
    passage === undefined ||
    kind === undefined ||
    !analyzeText(deed?.[1] ?? "").some((term) => actTerms.includes(term))
  )
    return null;
  // "a Preferential Trade Agreement", "the Memorandum of Understanding on Culture": a capitalised
  // name ending in the kind, its first letter capitalised.
  const named = new RegExp(
    `(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|on|for|and)\\s+)?){1,6}${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase()}(?:\\s+(?:of|on)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s*)+)?(?:\\s+\\([A-Z]{2,6}\\))?`,
    "u",
  );
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    for (const id of order.slice(Math.max(0, at - DOCUMENT_WINDOW), Math.max(0, at)).reverse()) {
      const name = named.exec(store.passages[id]?.text ?? "")?.[0]?.trim();
      if (name !== undefined) return { passageId: id, span: name };
    }
  }
  return null;
}

/**
 * For a count or an amount: the figure given by the sentence right beside the best match, in the
 * same paragraph, when the best match tells what was asked but gives no figure ("I rode to raise
 * money for children with thalassemia." / "By the time I reached Baku, friends had donated Rs 2.4
 * million."). The sentence after is tried first: a report tells the deed, then how much.
 * @param store - the passages
 * @param passageId - the answerable sentence that tells the deed asked about
 * @param question - the question's type and terms, as the span is found in any sentence
 * @param questionTerms - the question's terms, which the span found must not repeat
 * @param givesKind - whether a sentence gives the figure asked (a count of what is counted of the
 *   deed asked, a sum)
 * @returns the neighbouring sentence and its figure, or `null` when neither neighbour gives one
 */
export function figureBeside(
  store: PassageStore,
  passageId: number,
  question: SpanRequest,
  questionTerms: ReadonlySet<string>,
  givesKind: (passageId: number, text: string) => boolean,
): NearbySpan | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const paragraphs = store.articleParagraphs[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    if (at < 0) continue;
    for (const near of [at + 1, at - 1]) {
      const id = order[near];
      if (id === undefined || paragraphs[near] !== paragraphs[at]) continue;
      const text = store.passages[id]?.text ?? "";
      if (!givesKind(id, text)) continue;
      const span = findAnswerSpan(text, question, questionTerms);
      if (span !== null) return { passageId: id, span };
    }
  }
  return null;
}
