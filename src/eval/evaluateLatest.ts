/**
 * Scoring the `/latest` timeline against gold events: which events were found (recall), which
 * entries are real events (precision), and for each found event whether its date, place, kind,
 * participants and sources are right.
 *
 * A timeline entry and a gold event are paired when the entry cites one of the event's articles
 * and shares a participant with it or has its date; each is paired at most once, best pairs first.
 */
import { z } from "zod";
import { foldText } from "../text/fold.js";
import { daysBetween } from "../meetings/calendar.js";
import type { Meeting } from "../types.js";

const GoldEventSchema = z.object({
  id: z.string(),
  /** `dev` events may be tuned against; `check` events were frozen before tuning; `fresh` ones were written after it. */
  split: z.enum(["dev", "check", "fresh"]).default("dev"),
  date: z.string().nullable(),
  precision: z.enum(["day", "month", "year", "reported", "unknown"]),
  place: z.string().nullable(),
  kind: z.enum(["meeting", "summit", "visit", "call", "signing"]),
  /** Surnames, or a role ("Prime Minister") where the text names nobody. */
  participants: z.array(z.string()).min(1),
  sources: z.array(z.string()).min(1),
});

/** The gold file: every event of a corpus. */
export const GoldFileSchema = z.object({ note: z.string().optional(), events: z.array(GoldEventSchema) });

/** One event a corpus tells, as a careful reader dates and places it. */
export type GoldEvent = z.output<typeof GoldEventSchema>;

/**
 * Reads a gold file.
 * @param text - the file's JSON text
 * @throws Error naming the gold file's first problem
 */
export function parseGoldFile(text: string): GoldEvent[] {
  const parsed = GoldFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `evaluateLatest: bad gold file at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}`,
    );
  }
  return parsed.data.events;
}

/** How one found event was told. */
export interface EventMatch {
  readonly gold: GoldEvent;
  readonly meeting: Meeting;
  readonly exactDate: boolean;
  /** Days between the entry's date and the gold date; `null` when either is undated. */
  readonly dayError: number | null;
  readonly place: boolean;
  readonly kind: boolean;
  /** Shared participants over all participants named by either (Jaccard). */
  readonly participantOverlap: number;
  /** The entry cites every gold article and no other. */
  readonly sourcesComplete: boolean;
}

/** The figures of one run, over one split or all events. */
export interface LatestReport {
  readonly gold: number;
  /** Timeline entries counted for precision (every entry, or those citing the split's articles). */
  readonly entries: number;
  readonly matches: readonly EventMatch[];
  readonly missed: readonly GoldEvent[];
  readonly spurious: readonly Meeting[];
}

function words(text: string): string[] {
  return foldText(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== "");
}

/** Whether a gold participant ("Dar", "Prime Minister") is one of the entry's participants. */
function namesParticipant(gold: string, participant: string): boolean {
  const wanted = words(gold);
  const have = words(participant);
  return (
    wanted.length > 0 && have.some((_, at) => wanted.every((word, offset) => have[at + offset] === word))
  );
}

function participantOverlap(gold: GoldEvent, meeting: Meeting): { shared: number; overlap: number } {
  const used = new Set<number>();
  let shared = 0;
  for (const name of gold.participants) {
    const at = meeting.participants.findIndex((p, index) => !used.has(index) && namesParticipant(name, p));
    if (at === -1) continue;
    used.add(at);
    shared += 1;
  }
  const union = gold.participants.length + meeting.participants.length - shared;
  return { shared, overlap: union === 0 ? 0 : shared / union };
}

function placeKeyOf(place: string | null): string | null {
  return place === null ? null : (words(place.split(",")[0] ?? "")[0] ?? null);
}

function exactDate(gold: GoldEvent, meeting: Meeting): boolean {
  if (gold.precision === "unknown") return meeting.date === null;
  return meeting.date === gold.date && meeting.precision === gold.precision;
}

function judge(gold: GoldEvent, meeting: Meeting): EventMatch {
  const dayError =
    gold.date === null || meeting.date === null ? null : Math.abs(daysBetween(gold.date, meeting.date));
  const cited = new Set(meeting.sources.map((source) => source.source));
  return {
    gold,
    meeting,
    exactDate: exactDate(gold, meeting),
    dayError,
    place: placeKeyOf(gold.place) === placeKeyOf(meeting.place),
    kind: gold.kind === meeting.kind,
    participantOverlap: participantOverlap(gold, meeting).overlap,
    sourcesComplete: cited.size === gold.sources.length && gold.sources.every((source) => cited.has(source)),
  };
}

/**
 * Pairs timeline entries with gold events and scores each pair.
 * @param meetings - the timeline built from the corpus
 * @param gold - the corpus's gold events
 */
export function evaluateLatest(meetings: readonly Meeting[], gold: readonly GoldEvent[]): LatestReport {
  const pairs: { g: number; m: number; score: number }[] = [];
  for (const [g, event] of gold.entries()) {
    for (const [m, meeting] of meetings.entries()) {
      if (!meeting.sources.some((source) => event.sources.includes(source.source))) continue;
      const { shared } = participantOverlap(event, meeting);
      const sameDay = event.date !== null && meeting.date === event.date;
      if (shared === 0 && !sameDay) continue;
      pairs.push({ g, m, score: shared * 2 + (sameDay ? 1 : 0) });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.m - b.m);
  const goldTaken = new Map<number, number>();
  const meetingTaken = new Set<number>();
  for (const { g, m } of pairs) {
    if (goldTaken.has(g) || meetingTaken.has(m)) continue;
    goldTaken.set(g, m);
    meetingTaken.add(m);
  }
  const matches: EventMatch[] = [];
  const missed: GoldEvent[] = [];
  for (const [g, event] of gold.entries()) {
    const m = goldTaken.get(g);
    const meeting = m === undefined ? undefined : meetings[m];
    if (meeting === undefined) missed.push(event);
    else matches.push(judge(event, meeting));
  }
  const spurious = meetings.filter((_, m) => !meetingTaken.has(m));
  return { gold: gold.length, entries: meetings.length, matches, missed, spurious };
}

/**
 * The figures of one split: its events, and the entries citing only its events' articles (an
 * entry citing an article of both splits counts in both).
 * @param report - the report over every event
 * @param split - which gold events to keep
 */
export function splitReport(report: LatestReport, split: GoldEvent["split"]): LatestReport {
  const keep = (event: GoldEvent): boolean => event.split === split;
  const articles = new Set(
    [...report.matches.map((match) => match.gold), ...report.missed]
      .filter(keep)
      .flatMap((event) => event.sources),
  );
  const matches = report.matches.filter((match) => keep(match.gold));
  const missed = report.missed.filter(keep);
  const spurious = report.spurious.filter((meeting) =>
    meeting.sources.some((source) => articles.has(source.source)),
  );
  return {
    gold: matches.length + missed.length,
    entries: matches.length + spurious.length,
    matches,
    missed,
    spurious,
  };
}

function percent(part: number, whole: number): string {
  return `${part}/${whole} (${whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`})`;
}

/**
 * The figures as lines: recall, precision, date accuracy (exact and within one day), day-precision
 * dates more than a day off, place and kind accuracy, participant overlap and complete sources.
 * @param label - what the figures cover ("all", "dev", "check")
 * @param report - the figures
 */
export function formatLatestFigures(label: string, report: LatestReport): string {
  const found = report.matches.length;
  const count = (test: (match: EventMatch) => boolean): number => report.matches.filter(test).length;
  const withinDay = count((m) => m.exactDate || (m.dayError !== null && m.dayError <= 1));
  const farOff = count((m) => m.gold.precision === "day" && (m.dayError === null || m.dayError > 1));
  const overlap =
    found === 0 ? 0 : report.matches.reduce((sum, match) => sum + match.participantOverlap, 0) / found;
  return [
    `${label}: event recall ${percent(found, report.gold)}, precision ${percent(found, report.entries)}`,
    `  exact date ${percent(
      count((m) => m.exactDate),
      found,
    )}, date within one day ${percent(withinDay, found)}, day-precision events more than one day off: ${farOff}`,
    `  place ${percent(
      count((m) => m.place),
      found,
    )}, kind ${percent(
      count((m) => m.kind),
      found,
    )}, participant overlap ${overlap.toFixed(2)}, sources complete ${percent(
      count((m) => m.sourcesComplete),
      found,
    )}`,
  ].join("\n");
}

function describe(meeting: Meeting): string {
  const sources = meeting.sources.map((source) => source.source).join(", ");
  return `${meeting.date ?? "undated"} (${meeting.precision}) ${meeting.kind} at ${meeting.place ?? "?"}: ${meeting.participants.join("; ")} [${sources}]`;
}

/**
 * Every miss, wrong date, wrong place, wrong kind and spurious entry, one per line.
 * @param report - the report over every event
 */
export function formatLatestProblems(report: LatestReport): string {
  const lines: string[] = [];
  for (const event of report.missed)
    lines.push(
      `missed ${event.id} (${event.split}): ${event.date ?? "undated"} ${event.place ?? "?"} ${event.participants.join(", ")}`,
    );
  for (const match of report.matches) {
    const { gold } = match;
    const wrong = [
      match.exactDate ? null : `date ${gold.date ?? "undated"} (${gold.precision})`,
      match.place ? null : `place ${gold.place ?? "none"}`,
      match.kind ? null : `kind ${gold.kind}`,
      match.sourcesComplete ? null : `sources ${gold.sources.join(", ")}`,
    ].filter((part) => part !== null);
    if (wrong.length > 0)
      lines.push(`${gold.id} (${gold.split}) wants ${wrong.join("; ")}; got ${describe(match.meeting)}`);
  }
  for (const meeting of report.spurious) lines.push(`spurious: ${describe(meeting)}`);
  return lines.join("\n");
}
