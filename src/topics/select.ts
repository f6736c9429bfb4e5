/**
 * From scored sentences to summary points: near-duplicates merged into one point cited to all their
 * sources, then maximal marginal relevance (MMR) to pick informative points that do not repeat
 * each other.
 */
import { truncateOnWord } from "../ingest/parseArticle.js";
import type { MeetingSource, TopicPoint } from "../types.js";
import type { TopicSentence } from "./prepare.js";

/** A summary point must fit a Discord embed six times over with its sources (description 4096). */
export const MAX_POINT_LENGTH = 400;
/** Six points read at a glance and, at 400 characters each, stay inside one embed. */
export const MAX_POINTS = 6;
/** Above this cosine two sentences say the same thing whatever their dates (shared wire copy). */
const DUPLICATE_SIMILARITY = 0.6;
/**
 * Reports published the same day that overlap this much are paraphrases of one event; the same
 * overlap across different days is usually two events described in the same diplomatic formula.
 */
const SAME_DAY_PARAPHRASE_SIMILARITY = 0.3;
/** A candidate this close to a chosen point repeats it, however relevant it is. */
const REDUNDANT_SIMILARITY = 0.45;
/** MMR trade-off: mostly relevance, with enough novelty to spread points over sub-themes. */
const MMR_LAMBDA = 0.7;

/** A sentence with its relevance to the theme. */
export interface ScoredSentence {
  readonly sentence: TopicSentence;
  readonly score: number;
  /** Further articles carrying the same sentence, when the scorer already knows them. */
  readonly alsoIn?: readonly MeetingSource[];
}

/** Near-duplicate sentences gathered under the best-scoring one. */
interface Cluster {
  readonly lead: ScoredSentence;
  readonly vector: ReadonlyMap<string, number>;
  readonly members: ScoredSentence[];
}

/** Term-frequency vector of a sentence. */
export function termVector(terms: readonly string[]): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  return vector;
}

/**
 * Cosine similarity of two term-frequency vectors, 0 when either is empty.
 * @param a - a term vector
 * @param b - another term vector
 */
export function cosineSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, count] of a) {
    normA += count * count;
    dot += count * (b.get(term) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** Whether two sentences are the same statement, copied or paraphrased. */
function isNearDuplicate(a: TopicSentence, b: TopicSentence, similarity: number): boolean {
  if (similarity >= DUPLICATE_SIMILARITY) return true;
  const sameDay = a.source.date !== null && a.source.date === b.source.date;
  return sameDay && a.source.source !== b.source.source && similarity >= SAME_DAY_PARAPHRASE_SIMILARITY;
}

/**
 * Groups near-duplicates, each under its best-scoring member.
 * @param pool - candidates, best first
 */
function clusterNearDuplicates(pool: readonly ScoredSentence[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const candidate of pool) {
    const vector = termVector(candidate.sentence.terms);
    const home = clusters.find((cluster) =>
      isNearDuplicate(cluster.lead.sentence, candidate.sentence, cosineSimilarity(cluster.vector, vector)),
    );
    if (home) home.members.push(candidate);
    else clusters.push({ lead: candidate, vector, members: [candidate] });
  }
  return clusters;
}

/** Every distinct source of a cluster, the lead's first, then newest first (undated last). */
function sourcesOf(cluster: Cluster): MeetingSource[] {
  const sources: MeetingSource[] = [];
  const rest = cluster.members
    .slice(1)
    .flatMap((member) => [member.sentence.source, ...(member.alsoIn ?? [])])
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const lead = [cluster.lead.sentence.source, ...(cluster.lead.alsoIn ?? [])];
  for (const source of [...lead, ...rest]) {
    if (!sources.some((known) => known.source === source.source)) sources.push(source);
  }
  return sources;
}

/** Options of `selectPoints`. */
export interface SelectOptions {
  /** The most points returned. Default `MAX_POINTS`. */
  readonly maxPoints?: number;
  /** Points scoring below this share of the best point are dropped as padding. Default 0. */
  readonly minRelativeScore?: number;
}

/**
 * Picks the summary points from scored candidates: merges near-duplicates (citing every source),
 * then picks by MMR, skipping any candidate that repeats a chosen point. Points come out in the
 * order MMR picked them, i.e. by weight, strongest first.
 * @param pool - candidate sentences with their relevance, any order
 * @param options - see `SelectOptions`
 */
export function selectPoints(pool: readonly ScoredSentence[], options: SelectOptions = {}): TopicPoint[] {
  const maxPoints = options.maxPoints ?? MAX_POINTS;
  const minRelative = options.minRelativeScore ?? 0;
  const sorted = [...pool].sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  const best = sorted[0]?.score ?? 0;
  if (best <= 0) return [];
  const remaining = clusterNearDuplicates(sorted).filter(
    (cluster) => cluster.lead.score >= best * minRelative,
  );
  const chosen: Cluster[] = [];
  while (chosen.length < maxPoints && remaining.length > 0) {
    let pick = -1;
    let pickValue = -Infinity;
    remaining.forEach((cluster, index) => {
      const overlap = Math.max(0, ...chosen.map((done) => cosineSimilarity(done.vector, cluster.vector)));
      if (overlap >= REDUNDANT_SIMILARITY) return;
      const value = MMR_LAMBDA * (cluster.lead.score / best) - (1 - MMR_LAMBDA) * overlap;
      if (value > pickValue) {
        pickValue = value;
        pick = index;
      }
    });
    if (pick === -1) break;
    const [cluster] = remaining.splice(pick, 1);
    if (cluster) chosen.push(cluster);
  }
  return chosen.map((cluster) => ({
    text: truncateOnWord(cluster.lead.sentence.text, MAX_POINT_LENGTH),
    sources: sourcesOf(cluster),
  }));
}
