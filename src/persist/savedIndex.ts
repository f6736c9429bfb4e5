/**
 * The saved index file: everything serving needs, so start-up reads one file instead of parsing the
 * archive. What every question reads (postings, passage terms, article metadata) is read into
 * memory and used as typed arrays where it lies; what is read rarely (passage text, the meeting
 * timeline past its head, the update base) stays in the file and is read when asked for, so memory
 * and start-up grow with the index, not with the archive's text.
 *
 * Layout: `DOSTLUQ4` | checksum (u32) | header length (u32) | header JSON | padding to 8 bytes |
 * resident sections, each 8-byte aligned | on-demand sections. The checksum covers everything
 * after itself up to the end of the resident sections; each on-demand section has its own,
 * checked by streaming it once at load, so a corrupt file is rebuilt, never served.
 */
import { open, type FileHandle } from "node:fs/promises";
import { readSync } from "node:fs";
import type { FileNote } from "../ingest/readArchive.js";
import type { CompactStore, Ragged } from "../search/compactStore.js";
import type { SentenceIndexData } from "../search/sentenceIndex.js";
import type { Article, Meeting, SkippedFile, TopicSummary } from "../types.js";
import type { ManifestEntry } from "./manifest.js";
import type { PrecomputedBase } from "./precompute.js";

const MAGIC = Buffer.from("DOSTLUQ4", "latin1");
/** A 32-bit word checksum: enough to catch truncation and flipped bytes, not an adversary. */
const DIGEST_BYTES = 4;
const PREFIX_BYTES = MAGIC.length + DIGEST_BYTES + 4;
/** Bumped whenever the layout or the header's fields change: older files are rebuilt. */
export const SAVED_INDEX_VERSION = 5;
/** Typed arrays need their offset aligned to their element size; 8 covers every kind used. */
const ALIGNMENT = 8;
/** Meetings kept in the header: more than `/latest` shows; the rest of the timeline is read if asked for. */
export const TIMELINE_HEAD = 100;
/**
 * Passage term lists up to this size are read into memory at load, past it read per passage: about
 * 10,000 articles' worth, where reading them per passage costs a question a tenth more time and
 * holding them is a few tens of MB; at 50,000 articles they are 96 MB.
 */
const RESIDENT_TERMS_MAX_BYTES = 48 * 1024 * 1024;
/** Checksums over large regions run in slices this big, yielding in between, so a reload while serving never stalls. */
const CHECK_SLICE_BYTES = 8 * 1024 * 1024;

/** What building saves. */
export interface SavedIndexInput {
  readonly codeFingerprint: string;
  readonly manifest: readonly ManifestEntry[];
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
  readonly notes: readonly FileNote[];
  /** The whole meeting timeline, newest first. */
  readonly timeline: readonly Meeting[];
  /** Catalogue summaries, by topic name. */
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
  readonly index: SentenceIndexData;
  /** The passage store, its text and passage terms in memory. */
  readonly store: CompactStore & { readonly text: Uint8Array; readonly passageTerms: Ragged };
  /** What updating by the article starts from (meeting drafts, topic candidates). */
  readonly base: PrecomputedBase;
}

/** A saved index as read: resident data, and readers for what stays in the file. */
export interface SavedIndex {
  readonly codeFingerprint: string;
  readonly manifest: readonly ManifestEntry[];
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
  readonly notes: readonly FileNote[];
  /** The newest `TIMELINE_HEAD` meetings. */
  readonly timelineHead: readonly Meeting[];
  /** How many meetings the whole timeline holds. */
  readonly timelineLength: number;
  /** Reads the whole timeline from the file. */
  readonly timeline: () => Meeting[];
  readonly topicSummaries: readonly (readonly [string, TopicSummary])[];
  readonly index: SentenceIndexData;
  /** Its text is a reader of the file. */
  readonly store: CompactStore;
  /** Reads the update base from the file (once). */
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
/** An on-demand section: `[name, offset from the file's start, bytes, checksum]`. */
type OnDemand = readonly [name: string, offset: number, bytes: number, checksum: number];

const BYTES: Record<ArrayKind, number> = { u8: 1, u16: 2, u32: 4 };

function kindOf(array: Uint8Array | Uint16Array | Uint32Array): ArrayKind {
  if (array instanceof Uint32Array) return "u32";
  if (array instanceof Uint16Array) return "u16";
  return "u8";
}

function residentArrays(saved: SavedIndexInput): [string, Uint8Array | Uint16Array | Uint32Array][] {
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
    ["textOffsets", store.textOffsets],
    // The values stay on disk (an on-demand section); the offsets say where each passage's lie.
    ["passageTerms.offsets", store.passageTerms.offsets],
    ...ragged("passageArticles", store.passageArticles),
    ...ragged("articlePassages", store.articlePassages),
    ["articleParagraphs", store.articleParagraphs],
    ["articleFrequency", store.articleFrequency],
    ["contextTerms", store.contextTerms],
    ["contextOffsets", store.contextOffsets],
  ];
}

function align(offset: number): number {
  return Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
}

/** Checksum state: FNV-style xor-multiply over 32-bit little-endian words, then any tail bytes. */
function startChecksum(totalBytes: number): number {
  return 0x811c9dc5 ^ totalBytes;
}

function addToChecksum(hash: number, bytes: Uint8Array): number {
  const words = bytes.length >>> 2;
  let state = hash;
  if (bytes.byteOffset % 4 === 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    for (let i = 0; i < words; i++) state = Math.imul(state ^ (view[i] ?? 0), 0x01000193);
  } else {
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < words; i++) state = Math.imul(state ^ data.getUint32(i * 4, true), 0x01000193);
  }
  for (let i = words * 4; i < bytes.length; i++) state = Math.imul(state ^ (bytes[i] ?? 0), 0x01000193);
  return state;
}

/**
 * FNV-style xor-multiply over 32-bit words. Multiplying by an odd number is invertible, so any
 * change to one word changes the result; it reads hundreds of MB in a fraction of SHA-1's time.
 * @param bytes - the checked region
 */
export function checksum(bytes: Uint8Array): number {
  return addToChecksum(startChecksum(bytes.length), bytes) >>> 0;
}

/**
 * Adds bytes to a checksum in slices, yielding between them (slices are whole words, so the result
 * is the same as in one go).
 */
async function addInSlices(start: number, bytes: Uint8Array): Promise<number> {
  let hash = start;
  for (let at = 0; at < bytes.length; at += CHECK_SLICE_BYTES) {
    hash = addToChecksum(hash, bytes.subarray(at, Math.min(bytes.length, at + CHECK_SLICE_BYTES)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return hash;
}

/**
 * Encodes a saved index into the bytes of its file.
 * @param saved - what to save
 */
export function encodeSavedIndex(saved: SavedIndexInput): Buffer {
  const arrays = residentArrays(saved);
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, array] of arrays) {
    sections.push([name, kindOf(array), offset, array.length]);
    offset = align(offset + array.byteLength);
  }
  const residentBytes = offset;
  const onDemandData: [string, Uint8Array][] = [
    ["text", saved.store.text],
    [
      "passageTerms.values",
      new Uint8Array(
        saved.store.passageTerms.values.buffer,
        saved.store.passageTerms.values.byteOffset,
        saved.store.passageTerms.values.byteLength,
      ),
    ],
    ["timeline", Buffer.from(JSON.stringify(saved.timeline))],
    ["base", Buffer.from(JSON.stringify(saved.base))],
  ];
  const headerFields = {
    version: SAVED_INDEX_VERSION,
    codeFingerprint: saved.codeFingerprint,
    manifest: saved.manifest,
    articles: saved.articles,
    skipped: saved.skipped,
    notes: saved.notes,
    timelineHead: saved.timeline.slice(0, TIMELINE_HEAD),
    timelineLength: saved.timeline.length,
    topicSummaries: saved.topicSummaries,
    terms: saved.index.terms,
    averageLength: saved.index.averageLength,
    extraFrequency: saved.store.extraFrequency,
    sections,
  };
  // On-demand sections are placed after the resident ones; their offsets depend on the header's
  // length, which depends on them: lay out with placeholders, then with the real offsets.
  const layout = (onDemand: readonly OnDemand[]): Buffer =>
    Buffer.from(JSON.stringify({ ...headerFields, residentBytes, onDemand }));
  const place = (headerLength: number): OnDemand[] => {
    let at = align(PREFIX_BYTES + headerLength) + residentBytes;
    return onDemandData.map(([name, bytes]) => {
      const entry: OnDemand = [name, at, bytes.length, checksum(bytes)];
      at += bytes.length;
      return entry;
    });
  };
  let header = layout(place(0));
  for (let tries = 0; tries < 3; tries++) {
    const next = layout(place(header.length));
    if (next.length === header.length) {
      header = next;
      break;
    }
    header = next;
  }
  const onDemand = place(header.length);
  const bodyStart = align(PREFIX_BYTES + header.length);
  const end = onDemand.reduce((last, [, at, bytes]) => Math.max(last, at + bytes), bodyStart + residentBytes);
  const file = Buffer.alloc(end);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(header.length, MAGIC.length + DIGEST_BYTES);
  header.copy(file, PREFIX_BYTES);
  for (const [i, [, array]] of arrays.entries()) {
    const section = sections[i];
    if (section)
      Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(file, bodyStart + section[2]);
  }
  for (const [i, [, bytes]] of onDemandData.entries()) {
    const at = onDemand[i]?.[1] ?? 0;
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).copy(file, at);
  }
  const checked = file.subarray(MAGIC.length + DIGEST_BYTES, bodyStart + residentBytes);
  file.writeUInt32LE(checksum(checked), MAGIC.length);
  return file;
}

interface Header {
  readonly version: number;
  readonly codeFingerprint: string;
  readonly manifest: ManifestEntry[];
  readonly articles: Article[];
  readonly skipped: SkippedFile[];
  readonly notes: FileNote[];
  readonly timelineHead: Meeting[];
  readonly timelineLength: number;
  readonly topicSummaries: [string, TopicSummary][];
  readonly terms: string[];
  readonly averageLength: number;
  readonly extraFrequency: [string, number][];
  readonly sections: Section[];
  readonly residentBytes: number;
  readonly onDemand: OnDemand[];
}

/** Closes a saved index's file once nothing serves from it any more. */
const openFiles = new FinalizationRegistry<FileHandle>((handle) => {
  void handle.close().catch(() => undefined);
});

async function readExactly(
  handle: FileHandle,
  bytes: number,
  position: number,
  what: string,
): Promise<Buffer> {
  const buffer = Buffer.alloc(bytes);
  let done = 0;
  while (done < bytes) {
    const { bytesRead } = await handle.read(buffer, done, bytes - done, position + done);
    if (bytesRead === 0) throw new SavedIndexError(`truncated (${what})`);
    done += bytesRead;
  }
  return buffer;
}

function parseHeader(headerBytes: Buffer): unknown {
  try {
    return JSON.parse(headerBytes.toString("utf8")) as unknown;
  } catch {
    throw new SavedIndexError("unreadable header");
  }
}

function checkHeader(prefix: Buffer, parsed: unknown): Header {
  if (!prefix.subarray(0, MAGIC.length).equals(MAGIC))
    throw new SavedIndexError("not a saved index (bad magic)");
  const header = parsed as Header;
  if (header.version !== SAVED_INDEX_VERSION) {
    throw new SavedIndexError(`version ${header.version}, expected ${SAVED_INDEX_VERSION}`);
  }
  return header;
}

function readHeader(prefix: Buffer, headerBytes: Buffer): Header {
  return checkHeader(prefix, parseHeader(headerBytes));
}

/**
 * Reads only a saved index's manifest (the files it was built from), without the rest of the file.
 * @param path - the saved index file
 * @returns the manifest, or `null` when the file is missing or not a saved index of this version
 */
export async function readSavedManifest(path: string): Promise<ManifestEntry[] | null> {
  return (await readSavedOrigin(path))?.manifest ?? null;
}

/**
 * Reads only what a saved index was built from: its manifest and the build code's fingerprint.
 * @param path - the saved index file
 * @returns both, or `null` when the file is missing or not a saved index of this version
 */
export async function readSavedOrigin(
  path: string,
): Promise<{ readonly manifest: ManifestEntry[]; readonly codeFingerprint: string } | null> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, "r");
    const prefix = await readExactly(handle, PREFIX_BYTES, 0, "prefix");
    const length = prefix.readUInt32LE(MAGIC.length + DIGEST_BYTES);
    const header = readHeader(prefix, await readExactly(handle, length, PREFIX_BYTES, "header"));
    return { manifest: header.manifest, codeFingerprint: header.codeFingerprint };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * Reads only what updating the timeline and summaries by the article starts from: the articles'
 * metadata and the update base (its own checksum checked), without the index itself. A worker
 * thread re-merging the timeline needs no postings: reading them cost it a second and 600 MB at
 * 50,000 articles.
 * @param path - the saved index file
 * @throws SavedIndexError when the file is not a usable saved index (or cannot be read)
 */
export async function readSavedBase(
  path: string,
): Promise<{ readonly articles: readonly Article[]; readonly base: PrecomputedBase }> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new SavedIndexError(`cannot open (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const prefix = await readExactly(handle, PREFIX_BYTES, 0, "prefix");
    const length = prefix.readUInt32LE(MAGIC.length + DIGEST_BYTES);
    const header = readHeader(prefix, await readExactly(handle, length, PREFIX_BYTES, "header"));
    const section = header.onDemand.find(([name]) => name === "base");
    if (!section) throw new SavedIndexError("missing section base");
    await checkOnDemand(handle, section);
    const bytes = await readExactly(handle, section[2], section[1], "section base");
    return { articles: header.articles, base: JSON.parse(bytes.toString("utf8")) as PrecomputedBase };
  } finally {
    await handle.close();
  }
}

/** Checks an on-demand section by streaming it through the checksum, holding one slice at a time. */
async function checkOnDemand(handle: FileHandle, [name, offset, bytes, expected]: OnDemand): Promise<void> {
  const slice = Buffer.alloc(Math.min(CHECK_SLICE_BYTES, Math.max(bytes, 1)));
  let hash = startChecksum(bytes);
  for (let at = 0; at < bytes; at += slice.length) {
    const length = Math.min(slice.length, bytes - at);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(slice, done, length - done, offset + at + done);
      if (bytesRead === 0) throw new SavedIndexError(`truncated (section ${name})`);
      done += bytesRead;
    }
    hash = addToChecksum(hash, slice.subarray(0, length));
  }
  if (hash >>> 0 !== expected) throw new SavedIndexError(`checksum mismatch in section ${name} (corrupt)`);
}

/** Options of {@link readSavedIndex}. */
export interface ReadOptions {
  /** Passage term lists up to this many bytes are read into memory; default `RESIDENT_TERMS_MAX_BYTES`. */
  readonly residentTermsMaxBytes?: number;
}

/**
 * Opens a saved index file: reads the header and resident sections, checks every checksum, and
 * keeps the file open for what is read on demand (closed once the result is no longer referenced).
 * @param path - the saved index file
 * @param options - what to hold in memory
 * @throws SavedIndexError when the file is not a usable saved index (or cannot be read)
 */
export async function readSavedIndex(path: string, options: ReadOptions = {}): Promise<SavedIndex> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new SavedIndexError(`cannot open (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return await readOpened(handle, options.residentTermsMaxBytes ?? RESIDENT_TERMS_MAX_BYTES);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readOpened(handle: FileHandle, residentTermsMaxBytes: number): Promise<SavedIndex> {
  const prefix = await readExactly(handle, PREFIX_BYTES, 0, "prefix");
  const headerLength = prefix.readUInt32LE(MAGIC.length + DIGEST_BYTES);
  const headerBytes = await readExactly(handle, headerLength, PREFIX_BYTES, "header");
  const bodyStart = align(PREFIX_BYTES + headerLength);
  // Parsed once (12 MB at 50,000 articles), but trusted only once the checksum over it checks out.
  const parsed = parseHeader(headerBytes);
  const residentBytes = (parsed as { residentBytes?: unknown } | null)?.residentBytes;
  if (typeof residentBytes !== "number" || !Number.isInteger(residentBytes) || residentBytes < 0)
    throw new SavedIndexError("unreadable header");
  // One aligned buffer for the resident sections, so typed arrays view it in place.
  const body = Buffer.from(new ArrayBuffer(residentBytes));
  let done = 0;
  while (done < residentBytes) {
    const { bytesRead } = await handle.read(body, done, residentBytes - done, bodyStart + done);
    if (bytesRead === 0) throw new SavedIndexError("truncated (resident sections)");
    done += bytesRead;
  }
  // The checked region is the header's length field, the header, its padding and the resident
  // sections: the first three together are whole words, so the sections can follow in slices.
  const gap = Buffer.alloc(bodyStart - PREFIX_BYTES - headerLength);
  const lead = Buffer.concat([prefix.subarray(MAGIC.length + DIGEST_BYTES), headerBytes, gap]);
  const hash = await addInSlices(addToChecksum(startChecksum(lead.length + residentBytes), lead), body);
  if (hash >>> 0 !== prefix.readUInt32LE(MAGIC.length))
    throw new SavedIndexError("checksum mismatch (truncated or corrupt)");
  const header = checkHeader(prefix, parsed);
  for (const section of header.onDemand) await checkOnDemand(handle, section);

  const sections = new Map(header.sections.map((section) => [section[0], section]));
  const view = (name: string): Uint8Array | Uint16Array | Uint32Array => {
    const section = sections.get(name);
    if (!section) throw new SavedIndexError(`missing section ${name}`);
    const [, kind, offset, length] = section;
    if (offset + length * BYTES[kind] > body.length)
      throw new SavedIndexError(`section ${name} out of bounds`);
    if (kind === "u32") return new Uint32Array(body.buffer, offset, length);
    if (kind === "u16") return new Uint16Array(body.buffer, offset, length);
    return new Uint8Array(body.buffer, offset, length);
  };
  const typed =
    <T extends Uint8Array | Uint16Array | Uint32Array>(type: { new (...args: never[]): T }) =>
    (name: string): T => {
      const array = view(name);
      if (!(array instanceof type)) throw new SavedIndexError(`section ${name} has the wrong type`);
      return array;
    };
  const u8 = typed(Uint8Array);
  const u16 = typed(Uint16Array);
  const u32 = typed(Uint32Array);
  const ragged = (name: string): Ragged => ({
    offsets: u32(`${name}.offsets`),
    values: u32(`${name}.values`),
  });
  const onDemand = new Map(header.onDemand.map((section) => [section[0], section]));
  const readSection = (name: string): Buffer => {
    const section = onDemand.get(name);
    if (!section) throw new SavedIndexError(`missing section ${name}`);
    return readRange(section[1], section[1] + section[2]);
  };
  // Synchronous positioned reads: a passage's text is a few hundred bytes, read from the page cache.
  const fd = handle.fd;
  const readRange = (start: number, end: number): Buffer => {
    // Not zeroed (the reads below fill it or throw), and a small one is cut from Node's shared
    // pool: a question reads a few hundred of these, and an ArrayBuffer of its own for each was a
    // third of the garbage collector's work at 50,000 articles.
    const buffer = Buffer.allocUnsafe(Math.max(0, end - start));
    let read = 0;
    while (read < buffer.length) {
      const bytes = readSync(fd, buffer, read, buffer.length - read, start + read);
      if (bytes === 0) throw new SavedIndexError("truncated (read past the end)");
      read += bytes;
    }
    return buffer;
  };
  const textStart = onDemand.get("text")?.[1] ?? 0;
  const passageTermOffsets = u32("passageTerms.offsets");
  const termsSection = onDemand.get("passageTerms.values");
  const termValues = passageTermOffsets[passageTermOffsets.length - 1] ?? 0;
  if (termsSection?.[2] !== termValues * 4)
    throw new SavedIndexError("section passageTerms.values has the wrong length");
  const termsStart = termsSection[1];
  const readPassageTerms = (start: number, end: number): Uint32Array => {
    const bytes = readRange(termsStart + start * 4, termsStart + end * 4);
    // A fresh buffer starts at offset 0, so it is aligned for 32-bit values.
    return new Uint32Array(bytes.buffer, bytes.byteOffset, end - start);
  };
  let base: PrecomputedBase | null = null;
  const saved: SavedIndex = {
    codeFingerprint: header.codeFingerprint,
    manifest: header.manifest,
    articles: header.articles,
    skipped: header.skipped,
    notes: header.notes,
    timelineHead: header.timelineHead,
    timelineLength: header.timelineLength,
    timeline: () => JSON.parse(readSection("timeline").toString("utf8")) as Meeting[],
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
      text: (start, end) => readRange(textStart + start, textStart + end),
      textOffsets: u32("textOffsets"),
      passageTerms: {
        offsets: passageTermOffsets,
        // A small archive's terms are held (a question reads them faster); a large one's stay on disk.
        values: termsSection[2] <= residentTermsMaxBytes ? readPassageTerms(0, termValues) : readPassageTerms,
      },
      passageArticles: ragged("passageArticles"),
      articlePassages: ragged("articlePassages"),
      articleParagraphs: u32("articleParagraphs"),
      articleFrequency: u32("articleFrequency"),
      extraFrequency: header.extraFrequency,
      contextTerms: u8("contextTerms"),
      contextOffsets: u32("contextOffsets"),
    },
    base: () => {
      base ??= JSON.parse(readSection("base").toString("utf8")) as PrecomputedBase;
      return base;
    },
  };
  // Every reader of the file (text, timeline, base) goes through readRange: once it is unreachable,
  // nothing can read the file any more and it is closed.
  openFiles.register(readRange, handle);
  return saved;
}
