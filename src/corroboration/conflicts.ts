/**
 * Disagreement: when the articles behind one answer give different values for the same fact (two
 * dates for one meeting, two amounts for one deal), both are shown with their sources instead of
 * one being chosen silently.
 *
 * A claim is what one excerpt says the answer is: the date it gives for a when-question, the amount
 * it gives for a how-much question. A coarser claim that contains a finer one ("May 2025" and
 * "28 May 2025") agrees with it; a disagreement needs two claims that cannot both be true, from
 * different articles.
 */
import type { Citation } from "../types.js";
import type { Period } from "../time/period.js";
import { ownEntry } from "../text/ownEntry.js";

/** What kind of fact the articles disagree on. */
export type ConflictKind = "date" | "amount";

/** One value of a disputed fact, with every article that gives it. */
export interface ConflictValue {
  /** The value as a reader sees it ("2024-03-14", "$2 billion"). */
  readonly value: string;
  readonly sources: readonly Citation[];
}

/** A fact the evidence disagrees on. */
export interface Conflict {
  readonly about: ConflictKind;
  /** Two or more values that cannot all be true, in order of first appearance. */
  readonly values: readonly ConflictValue[];
}

/** One excerpt's date for the asked fact. */
export interface DateClaim {
  readonly period: Period;
  readonly citation: Citation;
}

/** One excerpt's amount for the asked fact. */
export interface AmountClaim {
  readonly amount: Amount;
  readonly citation: Citation;
}

/** A sum of money or a count, normalised so "$2bn" and "2 billion dollars" compare equal. */
export interface Amount {
  /** The currency or unit ("USD", "PKR", "AZN"), or "" for a bare count. */
  readonly unit: string;
  readonly value: number;
  /** As written in the text. */
  readonly text: string;
}

function periodText(period: Period): string {
  return period.start === period.end
    ? period.start
    : period.start.slice(0, period.precision === "month" ? 7 : 4);
}

/** Groups claims by value; a group's sources are its distinct articles. */
function grouped<T>(claims: readonly { key: string; shown: string; item: T; citation: Citation }[]) {
  const groups = new Map<string, { shown: string; item: T; sources: Citation[]; seen: Set<string> }>();
  for (const claim of claims) {
    const group = groups.get(claim.key) ?? {
      shown: claim.shown,
      item: claim.item,
      sources: [],
      seen: new Set(),
    };
    if (!group.seen.has(claim.citation.source)) {
      group.seen.add(claim.citation.source);
      group.sources.push(claim.citation);
    }
    groups.set(claim.key, group);
  }
  return [...groups.values()].map(({ shown, item, sources }) => ({ shown, item, sources }));
}

/** Whether the values come from at least two articles, so they are a disagreement between sources. */
function acrossArticles(groups: readonly { sources: readonly Citation[] }[]): boolean {
  return new Set(groups.flatMap((group) => group.sources.map((source) => source.source))).size >= 2;
}

/**
 * Finds disagreeing dates among the excerpts' claims.
 * @param claims - each excerpt's date for the asked fact
 * @returns the conflict, or `null` when the dates agree (a month containing a day agrees with it)
 */
export function findDateConflict(claims: readonly DateClaim[]): Conflict | null {
  const groups = grouped(
    claims.map((claim) => ({
      key: `${claim.period.start}/${claim.period.end}`,
      shown: periodText(claim.period),
      item: claim.period,
      citation: claim.citation,
    })),
  );
  // A coarser period containing a finer one ("May 2025" around "28 May 2025") is the same claim, less precisely.
  const finest = groups.filter(
    (group) =>
      !groups.some(
        (other) =>
          other !== group &&
          other.item.start >= group.item.start &&
          other.item.end <= group.item.end &&
          (other.item.start !== group.item.start || other.item.end !== group.item.end),
      ),
  );
  const disjoint = finest.some((a) =>
    finest.some((b) => a !== b && (a.item.end < b.item.start || b.item.end < a.item.start)),
  );
  if (!disjoint || !acrossArticles(finest)) return null;
  return { about: "date", values: finest.map((group) => ({ value: group.shown, sources: group.sources })) };
}

/**
 * Finds disagreeing amounts among the excerpts' claims.
 * @param claims - each excerpt's amount for the asked fact
 */
export function findAmountConflict(claims: readonly AmountClaim[]): Conflict | null {
  const groups = grouped(
    claims.map((claim) => ({
      key: `${claim.amount.unit}:${claim.amount.value}`,
      shown: claim.amount.text,
      item: claim.amount,
      citation: claim.citation,
    })),
  );
  // Amounts in different currencies are not compared: a deal may be quoted in dollars and manats.
  const units = new Set(groups.map((group) => group.item.unit));
  if (groups.length < 2 || units.size !== 1 || !acrossArticles(groups)) return null;
  return { about: "amount", values: groups.map((group) => ({ value: group.shown, sources: group.sources })) };
}

/** Currency words and signs, to a unit code. */
const CURRENCIES: readonly [RegExp, string][] = [
  [/^(?:\$|us\$|usd|dollars?|us dollars?)$/iu, "USD"],
  [/^(?:€|eur|euros?)$/iu, "EUR"],
  [/^(?:rs\.?|pkr|rupees?|pakistani rupees?)$/iu, "PKR"],
  [/^(?:azn|manats?|₼)$/iu, "AZN"],
];

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

function unitOf(word: string | undefined): string | null {
  if (word === undefined) return null;
  return CURRENCIES.find(([pattern]) => pattern.test(word.trim()))?.[1] ?? null;
}

const CURRENCY_BEFORE = String.raw`(\$|US\$|USD|€|EUR|Rs\.?|PKR|AZN|₼)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(thousand|million|billion|trillion|mn|bn|[kmb])\b`;
const CURRENCY_AFTER = String.raw`(dollars?|US dollars?|USD|euros?|EUR|rupees?|PKR|manats?|AZN)\b`;
/** "$2 billion", "USD 2.5bn", "Rs 300 million", "2 billion dollars", "40 million dollar". */
const AMOUNT = new RegExp(
  String.raw`(?:${CURRENCY_BEFORE}\s?${NUMBER}(?:\s?${SCALE})?|${NUMBER}(?:\s?${SCALE})?\s?${CURRENCY_AFTER})`,
  "giu",
);

/**
 * Sums of money in a text, normalised.
 * @param text - an excerpt
 */
export function amountsIn(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, before, number1, scale1, number2, scale2, after] = match;
    const number = Number((number1 ?? number2 ?? "").replace(/,/gu, ""));
    const scale = ownEntry(SCALES, (scale1 ?? scale2 ?? "").toLowerCase()) ?? 1;
    const unit = unitOf(before ?? after);
    if (unit === null || !Number.isFinite(number)) continue;
    amounts.push({ unit, value: number * scale, text: whole.trim() });
  }
  return amounts;
}

/**
 * How a conflict reads in a reply: "Sources disagree on the date: 2024-03-14 (APP, …); 2024-03-15 (Dawn, …)".
 * @param conflict - the conflict
 * @param cite - how one source is named
 */
export function describeConflict(conflict: Conflict, cite: (citation: Citation) => string): string {
  const values = conflict.values
    .map((value) => `${value.value} (${value.sources.map(cite).join("; ")})`)
    .join(" vs ");
  return `Sources disagree on the ${conflict.about}: ${values}`;
}
