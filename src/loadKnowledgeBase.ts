/**
 * Assembling the knowledge base the commands use: the archive read from a folder, the answer
 * engine built over it, and the meeting timeline and topic data derived from it on first use.
 */
import { askQuestion, type AnswerEngine } from "./answer/ask.js";
import { readArchive, type ArchiveContents, type FileNote } from "./ingest/readArchive.js";
import type { KnowledgeBase } from "./knowledgeBase.js";
import { extractMeetings, latestMeetings } from "./meetings/index.js";
import { buildAnswerEngine } from "./search/engine.js";
import { topicCatalogue } from "./topics/catalogue.js";
import { suggestTopics } from "./topics/suggest.js";
import { summarizeTopic, type TopicCorpus, type TopicSearchHit } from "./topics/summarize.js";
import type { Excerpt, Meeting } from "./types.js";

/** A knowledge base together with what loading it noticed about individual files. */
export interface LoadedKnowledgeBase extends KnowledgeBase {
  /** Files served despite a problem (an unreadable date line, a non-UTF-8 encoding). */
  readonly notes: readonly FileNote[];
  /** The answer engine, for tools that measure or persist it. */
  readonly engine: AnswerEngine;
}

function hitsOf(excerpts: readonly Excerpt[]): TopicSearchHit[] {
  return excerpts.map((excerpt) => ({
    text: excerpt.text,
    sources: [excerpt.citation, ...excerpt.alsoIn].map(({ source, date }) => ({ source, date })),
  }));
}

/**
 * Builds a knowledge base over archive contents already read.
 * @param contents - articles, skipped files and notes from `readArchive`
 * @param engine - a prebuilt answer engine (e.g. loaded from a saved index); built when absent
 */
export function createKnowledgeBase(contents: ArchiveContents, engine?: AnswerEngine): LoadedKnowledgeBase {
  const answerEngine = engine ?? buildAnswerEngine(contents.articles);
  let meetings: Meeting[] | null = null;
  const topicCorpus: TopicCorpus = {
    articles: contents.articles,
    // A theme outside the catalogue is searched like a question, so it abstains the same way.
    search: (query) => {
      const result = askQuestion(answerEngine, query);
      return result.status === "answered" ? hitsOf(result.excerpts) : [];
    },
  };
  return {
    articles: contents.articles,
    skipped: contents.skipped,
    notes: contents.notes,
    engine: answerEngine,
    ask: (question) => askQuestion(answerEngine, question),
    latest: (limit) => {
      meetings ??= extractMeetings(contents.articles);
      return latestMeetings(meetings, limit);
    },
    topic: (name) => summarizeTopic(name, topicCorpus),
    topicCatalogue,
    suggestTopics,
  };
}

/**
 * Reads an archive folder and builds the knowledge base over it.
 * @param dir - the archive folder
 * @throws ArchiveError when the folder itself cannot be read
 */
export async function loadKnowledgeBase(dir: string): Promise<LoadedKnowledgeBase> {
  return createKnowledgeBase(await readArchive(dir));
}
