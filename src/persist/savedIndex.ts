/**
 * The saved index file: everything serving needs, so start-up reads one file instead of parsing the
 * archive, and typed arrays are used as they lie in the file.
 *
 * Layout: `DOSTLUQ1` | SHA-1 of the rest (20 bytes) | header length (u32 LE) | header JSON |
 * padding to 8 bytes | typed-array sections, each 8-byte aligned, listed in the header.
 */
import { open, type FileHandle } from "node:fs/promises";
import type { FileNote } from "../ingest/readArchive.js";
import type { CompactStore, Ragged } from "../search/compactStore.js";
import type { SentenceIndexData } from "../search/sentenceIndex.js";
import type { Article, Meeting, SkippedFile, TopicSummary } from "../types.js";
import type { ManifestEntry } from "./manifest.js";
import type { PrecomputedBase } from "./precompute.js";

const MAGIC = Buffer.from("DOSTLUQ3", "latin1");
/** A 32-bit word checksum: enough to catch truncation and flipped bytes, not an adversary. */
const DIGEST_BYTES = 4;
const PREFIX_BYTES = MAGIC.length + DIGEST_BYTES + 4;
/** Bumped whenever the layout or the header's fields change: older files are rebuilt. */
export const SAVED_INDEX_VERSION = 3;
/** Typed arrays need their offset aligned to their element size; 8 covers every kind used. */
const ALIGNMENT = 8;

/** Everything a saved index holds. */
export interface SavedIndex {
  readonly codeFingerprint: string;
  readonly manifest: readonly ManifestEntry[];
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
  readonly notes: readonly FileNote[];
  readonly meetings: readonly Meeting[];
  /** Catalogue summaries, by topic name. */
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
  readonly index: SentenceIndexData;
  readonly store: CompactStore;
  /**
   * What updating by the article starts from (meeting drafts, topic candidates). Stored as its own
   * section and parsed only when first asked for: serving never needs it, an update does.
   */
  readonly base: () => PrecomputedBase;
}

/** A saved index that cannot be used (truncated, corrupt, another version). */
export class SavedIndexError extends Error {
  constructor(readonly reason: string) {
    super(`Saved index: ${reason}`);
    this.name = "SavedIndexError";
  }
}

type ArrayKind = "u8" | "u16" | "u32";
type Section = readonly [name: string, kind: ArrayKind, offset: number, length: number];

const BYTES: Record<ArrayKind, number> = { u8: 1, u16: 2, u32: 4 };

function kindOf(array: Uint8Array | Uint16Array | Uint32Array): ArrayKind {
  if (array instanceof Uint32Array) return "u32";
  if (array instanceof Uint16Array) return "u16";
  return "u8";
}

function arraysOf(saved: SavedIndex): [string, Uint8Array | Uint16Array | Uint32Array][] {
  const { index, store } = saved;
  const ragged = (name: string, r: Ragged): [string, Uint32Array][] => [
    [`${name}.offsets`, r.offsets],
    [`${name}.values`, r.values],
  ];
  return [
    ["postingOffsets", index.postingOffsets],
    ["postingPassages", index.postingPassages],
    ["postingFrequencies", index.postingFrequencies],
    ["passageLengths", index.passageLengths],
    ["text", store.text],
    ["textOffsets", store.textOffsets],
    ...ragged("passageTerms", store.passageTerms),
    ...ragged("passageArticles", store.passageArticles),
    ...ragged("articlePassages", store.articlePassages),
    ["articleParagraphs", store.articleParagraphs],
    ["articleFrequency", store.articleFrequency],
    ["base", Buffer.from(JSON.stringify(saved.base()))],
  ];
}

function align(offset: number): number {
  return Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
}

/**
 * Encodes a saved index into the bytes of its file.
 * @param saved - what to save
 */
export function encodeSavedIndex(saved: SavedIndex): Buffer {
  const arrays = arraysOf(saved);
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, array] of arrays) {
    sections.push([name, kindOf(array), offset, array.length]);
    offset = align(offset + array.byteLength);
  }
  const header = Buffer.from(
    JSON.stringify({
      version: SAVED_INDEX_VERSION,
      codeFingerprint: saved.codeFingerprint,
      manifest: saved.manifest,
      articles: saved.articles,
      skipped: saved.skipped,
      notes: saved.notes,
      meetings: saved.meetings,
      topicSummaries: saved.topicSummaries,
      terms: saved.index.terms,
      averageLength: saved.index.averageLength,
      extraFrequency: saved.store.extraFrequency,
      articleContextTerms: saved.store.articleContextTerms,
      sections,
    }),
  );
  const bodyStart = align(PREFIX_BYTES + header.length);
  const file = Buffer.alloc(bodyStart + offset);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(header.length, MAGIC.length + DIGEST_BYTES);
  header.copy(file, PREFIX_BYTES);
  for (const [i, [, array]] of arrays.entries()) {
    const section = sections[i];
    if (section)
      Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(file, bodyStart + section[2]);
  }
  file.writeUInt32LE(checksum(file.subarray(MAGIC.length + DIGEST_BYTES)), MAGIC.length);
  return file;
}

interface Header {
  readonly version: number;
  readonly codeFingerprint: string;
  readonly manifest: ManifestEntry[];
  readonly articles: Article[];
  readonly skipped: SkippedFile[];
  readonly notes: FileNote[];
  readonly meetings: Meeting[];
  readonly topicSummaries: [string, TopicSummary][];
  readonly terms: string[];
  readonly averageLength: number;
  readonly extraFrequency: [string, number][];
  readonly articleContextTerms: string[][];
  readonly sections: Section[];
}

/**
 * FNV-style xor-multiply over 32-bit words. Multiplying by an odd number is invertible, so any
 * change to one word changes the result; it reads 150 MB in a fraction of SHA-1's time, which
 * counted against start-up.
 * @param bytes - the checked region
 */
export function checksum(bytes: Uint8Array): number {
  const words = bytes.length >>> 2;
  let hash = 0x811c9dc5 ^ bytes.length;
  if (bytes.byteOffset % 4 === 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    for (let i = 0; i < words; i++) hash = Math.imul(hash ^ (view[i] ?? 0), 0x01000193);
  } else {
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < words; i++) hash = Math.imul(hash ^ data.getUint32(i * 4, true), 0x01000193);
  }
  for (let i = words * 4; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

/**
 * Reads only a saved index's manifest (the files it was built from), without the rest of the file.
 * @param path - the saved index file
 * @returns the manifest, or `null` when the file is missing or not a saved index of this version
 */
export async function readSavedManifest(path: string): Promise<ManifestEntry[] | null> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, "r");
    const prefix = Buffer.alloc(PREFIX_BYTES);
    await handle.read(prefix, 0, PREFIX_BYTES, 0);
    if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const length = prefix.readUInt32LE(MAGIC.length + DIGEST_BYTES);
    const header = Buffer.alloc(length);
    await handle.read(header, 0, length, PREFIX_BYTES);
    const parsed = JSON.parse(header.toString("utf8")) as Partial<Header>;
    return parsed.version === SAVED_INDEX_VERSION && Array.isArray(parsed.manifest) ? parsed.manifest : null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * Decodes a saved index file, checking its magic, digest and version.
 * @param file - the file's bytes
 * @throws SavedIndexError when the file is not a usable saved index
 */
export function decodeSavedIndex(file: Buffer): SavedIndex {
  if (file.length < PREFIX_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SavedIndexError("not a saved index (bad magic)");
  }
  if (checksum(file.subarray(MAGIC.length + DIGEST_BYTES)) !== file.readUInt32LE(MAGIC.length)) {
    throw new SavedIndexError("checksum mismatch (truncated or corrupt)");
  }
  const headerLength = file.readUInt32LE(MAGIC.length + DIGEST_BYTES);
  let header: Header;
  try {
    header = JSON.parse(file.toString("utf8", PREFIX_BYTES, PREFIX_BYTES + headerLength)) as Header;
  } catch {
    throw new SavedIndexError("unreadable header");
  }
  if (header.version !== SAVED_INDEX_VERSION) {
    throw new SavedIndexError(`version ${header.version}, expected ${SAVED_INDEX_VERSION}`);
  }
  const bodyStart = align(PREFIX_BYTES + headerLength);
  let body = file.subarray(bodyStart);
  // Sections are viewed in place when the file's buffer is aligned (large reads are), else copied once.
  if (body.byteOffset % ALIGNMENT !== 0) {
    const copy = new Uint8Array(body.length);
    copy.set(body);
    body = Buffer.from(copy.buffer);
  }
  const sections = new Map(header.sections.map((section) => [section[0], section]));
  const view = (name: string): Uint8Array | Uint16Array | Uint32Array => {
    const section = sections.get(name);
    if (!section) throw new SavedIndexError(`missing section ${name}`);
    const [, kind, offset, length] = section;
    if (offset + length * BYTES[kind] > body.length)
      throw new SavedIndexError(`section ${name} out of bounds`);
    const at = body.byteOffset + offset;
    if (kind === "u32") return new Uint32Array(body.buffer, at, length);
    if (kind === "u16") return new Uint16Array(body.buffer, at, length);
    return new Uint8Array(body.buffer, at, length);
  };
  const u32 = (name: string): Uint32Array => {
    const array = view(name);
    if (!(array instanceof Uint32Array)) throw new SavedIndexError(`section ${name} has the wrong type`);
    return array;
  };
  const u16 = (name: string): Uint16Array => {
    const array = view(name);
    if (!(array instanceof Uint16Array)) throw new SavedIndexError(`section ${name} has the wrong type`);
    return array;
  };
  const ragged = (name: string): Ragged => ({
    offsets: u32(`${name}.offsets`),
    values: u32(`${name}.values`),
  });
  let base: PrecomputedBase | null = null;
  const baseBytes = view("base");
  return {
    base: () => {
      try {
        base ??= JSON.parse(
          Buffer.from(baseBytes.buffer, baseBytes.byteOffset, baseBytes.byteLength).toString("utf8"),
        ) as PrecomputedBase;
      } catch {
        throw new SavedIndexError("unreadable update base");
      }
      return base;
    },
    codeFingerprint: header.codeFingerprint,
    manifest: header.manifest,
    articles: header.articles,
    skipped: header.skipped,
    notes: header.notes,
    meetings: header.meetings,
    topicSummaries: header.topicSummaries,
    index: {
      terms: header.terms,
      postingOffsets: u32("postingOffsets"),
      postingPassages: u32("postingPassages"),
      postingFrequencies: u16("postingFrequencies"),
      passageLengths: u16("passageLengths"),
      averageLength: header.averageLength,
    },
    store: {
      text: view("text") as Uint8Array,
      textOffsets: u32("textOffsets"),
      passageTerms: ragged("passageTerms"),
      passageArticles: ragged("passageArticles"),
      articlePassages: ragged("articlePassages"),
      articleParagraphs: u32("articleParagraphs"),
      articleFrequency: u32("articleFrequency"),
      extraFrequency: header.extraFrequency,
      articleContextTerms: header.articleContextTerms,
    },
  };
}
