/**
 * Keeps fetches asked for from Discord out of the host's own network: a host is resolved first,
 * and every address it resolves to must be a public unicast address. Loopback, private, link-local
 * (cloud metadata at 169.254.169.254 included), carrier-grade NAT, multicast, unspecified,
 * reserved, IPv6 unique-local and link-local, and IPv4-mapped or -embedded IPv6 are refused.
 */
import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  readonly address: string;
  /** 4 or 6. */
  readonly family: number;
}

/** Resolves a host name to every address it has (like `dns.lookup` with `all: true`). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** How the guard decides; both parts can be replaced in tests. */
export interface AddressGuard {
  readonly resolve: Resolver;
  /** Why an address may not be fetched, or `null` when it may. */
  readonly refusalOf: (address: string) => string | null;
}

/** The outcome of checking a host: the addresses to connect to, or why not. */
export type HostCheck =
  | { readonly ok: true; readonly addresses: readonly ResolvedAddress[] }
  | { readonly ok: false; readonly reason: string };

/** Words for ipaddr.js range names, as a user reads them. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  loopback: "a loopback address",
  private: "a private address",
  linkLocal: "a link-local address (cloud metadata lives there)",
  carrierGradeNat: "a carrier-grade NAT address",
  multicast: "a multicast address",
  unspecified: "the unspecified address",
  broadcast: "the broadcast address",
  uniqueLocal: "a private (unique local) IPv6 address",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
};

/**
 * Why an IP address may not be fetched from Discord, or `null` for a public unicast address.
 * @param address - an IPv4 or IPv6 address in text form
 */
export function nonPublicReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const range = ipaddr.parse(address).range();
  if (range === "unicast") return null;
  return RANGE_WORDS[range] ?? `a non-public address (${range})`;
}

/** The system resolver: every address of the name, as the operating system resolves it. */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family,
  }));

/** The guard used for `/archive add`: the system resolver and public addresses only. */
export const PUBLIC_ONLY: AddressGuard = { resolve: systemResolver, refusalOf: nonPublicReason };

/** A URL's host name without the brackets of an IPv6 literal. */
function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

/**
 * Resolves a URL's host and checks every address. An IP literal is checked as it is; a name is
 * refused when any of its addresses is refused, so a name cannot mix a public address with a
 * private one and be connected to the private one.
 *
 * @param url - the address about to be fetched
 * @param guard - the resolver and policy
 */
export async function checkHost(url: URL, guard: AddressGuard): Promise<HostCheck> {
  const host = bareHost(url.hostname);
  if (ipaddr.isValid(host)) {
    const reason = guard.refusalOf(host);
    return reason === null
      ? { ok: true, addresses: [{ address: host, family: host.includes(":") ? 6 : 4 }] }
      : { ok: false, reason: `${host} is ${reason}` };
  }
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await guard.resolve(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, reason: `the host ${host} could not be resolved (${code})` };
  }
  if (addresses.length === 0) return { ok: false, reason: `the host ${host} has no address` };
  for (const { address } of addresses) {
    const reason = guard.refusalOf(address);
    if (reason !== null) return { ok: false, reason: `${host} resolves to ${address}, ${reason}` };
  }
  return { ok: true, addresses };
}
