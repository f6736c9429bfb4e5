/**
 * Fetches one web page politely and defensively: http and https only, a deadline, a size cap on
 * the decoded body, and redirects followed by hand so each hop is checked. With an address guard,
 * every hop's host is resolved and checked first and the connection goes to exactly the checked
 * addresses (a custom `lookup`), so a name cannot be re-resolved to a private address between the
 * check and the connection (DNS rebinding).
 *
 * Node's own `http`/`https` are used rather than `fetch`: `fetch` cannot be told which address to
 * connect to without an extra dispatcher package.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { pipeline, type Readable } from "node:stream";
import { checkHost, type AddressGuard, type ResolvedAddress } from "./addressGuard.js";

/** A news page's HTML is well under a megabyte or two; past this it is a dump, a video or a trap. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** A page that takes longer than this (all hops together) is not coming; news sites answer in seconds. */
export const FETCH_TIMEOUT_MS = 15_000;
/** Browsers allow about 20; news links go through at most a shortener and a canonical redirect or two. */
export const MAX_REDIRECTS = 5;
/** Names the bot and what it does, so site operators can tell what fetched their page. */
export const USER_AGENT = "DostluqBot/0.1 (news archive bot; fetches one page when an editor adds it)";

/** How to fetch. */
export interface FetchOptions {
  /** Checks every hop's host; absent on the trusted command line. */
  readonly guard?: AddressGuard;
  /** Default {@link MAX_PAGE_BYTES}. */
  readonly maxBytes?: number;
  /** Default {@link FETCH_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Default {@link MAX_REDIRECTS}. */
  readonly maxRedirects?: number;
}

/** A fetched HTML page. */
export interface FetchedPage {
  readonly ok: true;
  /** The address the page was finally served from, after redirects. */
  readonly url: string;
  readonly html: string;
}

/** Why a page could not be fetched, in words for the person who asked. */
export interface FetchRefusal {
  readonly ok: false;
  readonly reason: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Raised inside a fetch to end it with a reason for the user. */
class Refusal extends Error {}

/** A `lookup` that hands the socket the addresses already checked, whatever it asks for. */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const first = addresses[0];
    if (first === undefined) {
      callback(new Error("no checked address"), "", 4);
      return;
    }
    if (options.all === true) {
      (callback as unknown as (err: null, all: readonly ResolvedAddress[]) => void)(null, addresses);
      return;
    }
    callback(null, first.address, first.family);
  };
}

function open(
  url: URL,
  addresses: readonly ResolvedAddress[] | null,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      signal,
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "en;q=1, *;q=0.5",
      },
      ...(addresses === null ? {} : { lookup: pinnedLookup(addresses) }),
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

function decodedStream(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  // pipeline, not pipe: an aborted response must end the decompressor too, or reading would hang.
  const through = (decoder: Readable & NodeJS.WritableStream): Readable =>
    pipeline(response, decoder, () => undefined);
  if (encoding === "gzip" || encoding === "x-gzip") return through(createGunzip());
  if (encoding === "deflate") return through(createInflate());
  if (encoding === "br") return through(createBrotliDecompress());
  if (encoding === "identity" || encoding === "") return response;
  throw new Refusal(`the page is sent in an unknown encoding (${encoding})`);
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new Refusal(
      `the page is too large (${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)})`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decodedStream(response)) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) {
      response.destroy();
      throw new Refusal(`the page is too large (over ${formatBytes(maxBytes)})`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The charset a page declares in its header or in a `<meta>` near its top, else UTF-8. */
function decodeHtml(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 2048).toString("latin1");
  const declared =
    /charset\s*=\s*["']?([\w-]+)/iu.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(declared).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** The media type of a response: its header, or for a missing one what the body starts with. */
function mediaType(contentType: string, body: Buffer): string {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "") return type;
  const start = body.subarray(0, 512).toString("latin1").trimStart().toLowerCase();
  if (start.startsWith("%pdf")) return "application/pdf";
  return start.startsWith("<") ? "text/html" : "application/octet-stream";
}

function parseWebUrl(value: string, base?: URL): URL {
  if (!URL.canParse(value, base?.href)) throw new Refusal(`"${value}" is not a web address`);
  const url = new URL(value, base);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Refusal(`only http and https addresses can be fetched, not ${url.protocol.slice(0, -1)}`);
  if (url.username !== "" || url.password !== "")
    throw new Refusal("addresses with a user name or password are not fetched");
  return url;
}

async function fetchHops(start: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let url = parseWebUrl(start);
  for (let hop = 0; ; hop++) {
    let addresses: readonly ResolvedAddress[] | null = null;
    if (options.guard !== undefined) {
      const check = await checkHost(url, options.guard);
      if (!check.ok)
        throw new Refusal(
          hop === 0 ? `refused: ${check.reason}` : `refused: redirected to ${url.href}, and ${check.reason}`,
        );
      addresses = check.addresses;
    }
    const response = await open(url, addresses, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.resume();
      const location = response.headers.location;
      if (location === undefined) throw new Refusal(`HTTP ${status} redirect without a Location`);
      if (hop >= maxRedirects) throw new Refusal(`more than ${maxRedirects} redirects`);
      url = parseWebUrl(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new Refusal(`HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""}`);
    }
    const contentType = response.headers["content-type"] ?? "";
    const declaredType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    if (declaredType !== "" && !HTML_TYPES.has(declaredType)) {
      response.destroy();
      throw new Refusal(`not an HTML page (${declaredType})`);
    }
    const body = await readCapped(response, options.maxBytes ?? MAX_PAGE_BYTES);
    const type = mediaType(contentType, body);
    if (!HTML_TYPES.has(type)) throw new Refusal(`not an HTML page (${type})`);
    return { ok: true, url: url.href, html: decodeHtml(body, contentType) };
  }
}

/**
 * Fetches an HTML page. Never throws: every failure (bad address, refused host, timeout, HTTP
 * error, non-HTML, too large, network error) comes back as a reason.
 *
 * @param address - the page's address
 * @param options - guard, limits
 */
export async function fetchPage(
  address: string,
  options: FetchOptions = {},
): Promise<FetchedPage | FetchRefusal> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchHops(address, options, controller.signal);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    if (controller.signal.aborted)
      return {
        ok: false,
        reason: `no answer within ${(timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 1 : 0)} s`,
      };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `could not fetch the page (${code ?? (error as Error).message})` };
  } finally {
    clearTimeout(timer);
  }
}
