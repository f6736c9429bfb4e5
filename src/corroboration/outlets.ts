/**
 * Corroboration: how many articles and how many independent outlets carry a piece of evidence.
 *
 * Copies of one wire story are one outlet: articles crediting the same agency or publisher
 * ("SOURCE:AA" on a syndicated page is AA's story), and articles whose whole text is the same
 * under another masthead. Two outlets that share a few sentences of one press release still wrote
 * two stories and count as two. The archive's passage store already merges repeated sentences, so
 * "the same whole text" is read as "nearly all of one article's passages are the other's".
 */
import { foldText } from "../text/fold.js";
import { ownEntry } from "../text/ownEntry.js";

/** An article carrying some of an answer's evidence. */
export interface EvidenceArticle {
  /** The article's file name. */
  readonly id: string;
  /** The publisher or agency it credits, if any. */
  readonly publisher: string | null;
  /** Ids of the article's passages (sentences), for telling whole copies from shared quotes. */
  readonly passages: readonly number[];
}

/** How widely a piece of evidence is reported. */
export interface Corroboration {
  /** Distinct articles carrying it. */
  readonly articles: number;
  /** Independent outlets among them: wire copies and whole-text copies count once. */
  readonly outlets: number;
  /** The outlets' names, in order of first appearance; outlets that name no publisher are left out. */
  readonly outletNames: readonly string[];
}

/** Nothing corroborates an answer that was not given. */
export const NO_CORROBORATION: Corroboration = { articles: 0, outlets: 0, outletNames: [] };

/** Share of the shorter article's passages the longer must carry for the two to be one text. */
const COPY_SHARE = 0.8;
/** Articles shorter than this many sentences are too short to call copies on text alone. */
const MIN_PASSAGES_FOR_COPY = 3;
/** Whole-text comparison is pairwise; beyond this many articles the rest are grouped by publisher only. */
const MAX_ARTICLES_COMPARED = 64;

/** Other names of the same agency, folded, to one key ("anadolu agency" and "aa" are one outlet). */
const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  "anadolu agency": "aa",
  "anadolu ajansi": "aa",
  anadolu: "aa",
  "associated press of pakistan": "app",
  "inter-services public relations": "ispr",
  "inter services public relations": "ispr",
  "azerbaijan state news agency": "azertac",
  "trend news agency": "trend",
  "report.az": "report",
  "apa news agency": "apa",
};

/**
 * The key that identifies an outlet, so spellings of one agency meet: folded, "the" dropped,
 * aliases applied.
 * @param publisher - the publisher as the page names it
 * @returns the key, or `null` for no publisher
 */
export function outletKey(publisher: string | null): string | null {
  if (publisher === null) return null;
  const folded = foldText(publisher)
    .replace(/^the\s+/u, "")
    .replace(/[\s.]+$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  if (folded === "") return null;
  return ownEntry(OUTLET_ALIASES, folded) ?? folded;
}

/** Whether two articles are the same text: nearly all of the shorter's passages are in the longer. */
function sameText(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  if (shorter.size < MIN_PASSAGES_FOR_COPY) return false;
  let shared = 0;
  for (const passage of shorter) if (longer.has(passage)) shared += 1;
  return shared >= COPY_SHARE * shorter.size;
}

/**
 * Counts the articles and independent outlets carrying a piece of evidence.
 * @param articles - the articles carrying it (repeats are counted once)
 */
export function countCorroboration(articles: readonly EvidenceArticle[]): Corroboration {
  const unique = [...new Map(articles.map((article) => [article.id, article])).values()];
  // Union-find over articles: one root per outlet.
  const parent = unique.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const join = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const compared = unique.slice(0, MAX_ARTICLES_COMPARED).map((article) => new Set(article.passages));
  for (let a = 0; a < compared.length; a++) {
    for (let b = a + 1; b < compared.length; b++) {
      const [first, second] = [compared[a], compared[b]];
      if (first && second && find(a) !== find(b) && sameText(first, second)) join(a, b);
    }
  }
  // A copy takes the outlet of its story (the first credit in its group), not its masthead: a site
  // that reprints an AA story is not thereby AA for every other story it runs.
  const creditOf = new Map<number, { key: string; name: string } | null>();
  for (const [index, article] of unique.entries()) {
    const root = find(index);
    const key = outletKey(article.publisher);
    const credit = key === null ? null : { key, name: article.publisher?.trim() ?? key };
    if (!creditOf.has(root) || (creditOf.get(root) === null && credit !== null)) creditOf.set(root, credit);
  }
  const names = new Map<string, string>();
  let unnamed = 0;
  for (const credit of creditOf.values()) {
    if (credit === null) unnamed += 1;
    else if (!names.has(credit.key)) names.set(credit.key, credit.name);
  }
  return { articles: unique.length, outlets: names.size + unnamed, outletNames: [...names.values()] };
}

/**
 * How a count reads in a reply: "reported by 1 article", "reported by 3 articles from 2 outlets (AA, APP)".
 * @param corroboration - the counts
 */
export function describeCorroboration(corroboration: Corroboration): string {
  const { articles, outlets, outletNames } = corroboration;
  const articleWords = `${articles} article${articles === 1 ? "" : "s"}`;
  const unnamed = outlets - outletNames.length;
  const parts = [...outletNames, ...(unnamed > 0 ? [`${unnamed} unnamed`] : [])];
  const outletWords = `${outlets} outlet${outlets === 1 ? "" : "s"}`;
  return `Reported by ${articleWords} from ${outletWords}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}
