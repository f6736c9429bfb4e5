/**
 * Decoding of archive files into text, refusing what is not text. Real pages saved by hand
 * sometimes arrive as Windows-1252; those are read, not dropped.
 */

/** How many leading bytes are inspected for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is binary, not text with a stray byte. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Windows-1252's printable characters in 0x80-0x9F (curly quotes, dashes, the euro sign). Node's
 * decoder for that label falls back to Latin-1 there and yields invisible C1 control characters.
 */
const WINDOWS_1252_SPECIALS: Readonly<Record<number, string>> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

/** Decodes bytes as Windows-1252, including its 0x80-0x9F punctuation. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += WINDOWS_1252_SPECIALS[byte] ?? String.fromCharCode(byte);
  return text;
}

/** A decoded file, or the reason it is not text. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly note: string | null }
  | { readonly ok: false; readonly reason: string };

function controlShare(text: string): number {
  const sample = text.slice(0, SNIFF_BYTES);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/gu)?.length ?? 0;
  return controls / sample.length;
}

/**
 * Decodes UTF-8 that is valid except for a multi-byte character cut off at the very end (a file
 * still being written, or copied short).
 *
 * @returns the text without the partial character, or `null` when the file is invalid elsewhere.
 */
function wholeCharacters(bytes: Uint8Array): string | null {
  // A UTF-8 character is at most 4 bytes, so at most 3 of a cut-off one can remain.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut] ?? 0;
    if ((lead & 0xc0) === 0x80) continue;
    if (lead < 0xc0) return null;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Decodes the bytes of an archive file as UTF-8, falling back to Windows-1252.
 * @param bytes - the file content
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0))
    return { ok: false, reason: "binary file (contains NUL bytes)" };
  let text: string;
  let note: string | null = null;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const whole = wholeCharacters(bytes);
    if (whole !== null) {
      text = whole;
      note = "ends in the middle of a character (half-written?); the partial character was dropped";
    } else {
      text = decodeWindows1252(bytes);
      note = "not valid UTF-8; read as Windows-1252";
    }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE)
    return { ok: false, reason: "binary file (mostly control bytes)" };
  if (text.trim() === "") return { ok: false, reason: "empty file" };
  return { ok: true, text: text.replace(/^\uFEFF/u, ""), note };
}
