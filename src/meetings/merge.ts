/**
 * One meeting, one entry: drafts telling the same meeting (in one article or several) are merged
 * when their dates are compatible (day dates within a day), their places and kinds do not
 * conflict, and they share a participant, or share place and kind where one names nobody.
 */
import type { DatePrecision, IsoDate, Meeting, MeetingKind, MeetingSource } from "../types.js";
import { addDays, daysBetween, isoOf, partsOf } from "./calendar.js";
import type { DateBasis, MeetingDraft } from "./extractFromArticle.js";
import type { Participant } from "./participants.js";
import { placeKey } from "./places.js";
import { chooseSummary } from "./summary.js";

/** A report is usually published the day of the event or the next; two days allow for time zones. */
const REPORT_LAG_DAYS = 2;

/** Two reports of one event may date it a day apart (time zones, a wire filed past midnight). */
const DAY_TOLERANCE = 1;

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  reported: 1,
  month: 2,
  year: 3,
  unknown: 4,
};

interface Cluster {
  drafts: MeetingDraft[];
}

function spanOf(draft: MeetingDraft): [IsoDate, IsoDate] | null {
  const { date, endDate } = draft.date;
  return date === null ? null : [date, endDate ?? date];
}

/** Whether two drafts can tell the same meeting as far as their dates go. */
export function datesCompatible(a: MeetingDraft, b: MeetingDraft): boolean {
  const spanA = spanOf(a);
  const spanB = spanOf(b);
  if (spanA === null || spanB === null) return spanA === spanB;
  if (a.basis === "report" || b.basis === "report") {
    const [report, other] = a.basis === "report" ? [a, b] : [b, a];
    const reported = report.date.date ?? "";
    const [start, end] = spanOf(other) ?? ["", ""];
    if (other.basis === "report") return Math.abs(daysBetween(start, reported)) <= DAY_TOLERANCE;
    return start <= reported && daysBetween(end, reported) <= REPORT_LAG_DAYS;
  }
  const coarser = PRECISION_RANK[a.date.precision] >= PRECISION_RANK[b.date.precision] ? a : b;
  const [startA, endA] = spanA;
  const [startB, endB] = spanB;
  switch (coarser.date.precision) {
    case "year":
      return startA.slice(0, 4) === startB.slice(0, 4);
    case "month":
      return startA.slice(0, 7) === startB.slice(0, 7);
    default: {
      // One article telling two days tells two events; reports from two articles may differ by one.
      const tolerance = a.articleId === b.articleId ? 0 : DAY_TOLERANCE;
      return daysBetween(endB, startA) <= tolerance && daysBetween(endA, startB) <= tolerance;
    }
  }
}

function placesCompatible(a: MeetingDraft, b: MeetingDraft): boolean {
  return a.place === null || b.place === null || placeKey(a.place) === placeKey(b.place);
}

/**
 * One person, named in full in one report and by the given name alone in another ("PM Shehbaz").
 * @param a - a participant
 * @param b - another
 */
export function samePerson(a: Participant, b: Participant): boolean {
  return a.key === b.key || a.key === b.given || a.given === b.key;
}

function shareParticipant(a: MeetingDraft, b: MeetingDraft): boolean {
  return a.participants.some((participant) => b.participants.some((other) => samePerson(participant, other)));
}

/** A summit and a call are events of their own; a meeting, a visit and a signing may be one. */
function kindsCompatible(a: MeetingDraft, b: MeetingDraft): boolean {
  const apart = (kind: MeetingKind): boolean => kind === "summit" || kind === "call";
  return a.kind === b.kind || (!apart(a.kind) && !apart(b.kind));
}

/** Names nobody: only delegations or unnamed officials ("the Pakistani Foreign Secretary"). */
function namesNobody(draft: MeetingDraft): boolean {
  return draft.participants.every(
    (participant) => participant.key.includes(":") || participant.key === "delegations",
  );
}

/** Same place and kind, where one of them cannot share a participant because it names nobody. */
function samePlaceAndKind(a: MeetingDraft, b: MeetingDraft): boolean {
  return (
    a.place !== null &&
    b.place !== null &&
    placeKey(a.place) === placeKey(b.place) &&
    a.kind === b.kind &&
    (namesNobody(a) || namesNobody(b))
  );
}

/**
 * Whether two drafts tell the same meeting.
 * @param a - a meeting as one article tells it
 * @param b - another
 */
export function sameMeeting(a: MeetingDraft, b: MeetingDraft): boolean {
  return (
    datesCompatible(a, b) &&
    placesCompatible(a, b) &&
    kindsCompatible(a, b) &&
    (shareParticipant(a, b) || samePlaceAndKind(a, b))
  );
}

const BASIS_RANK: Readonly<Record<DateBasis, number>> = { text: 0, report: 1, none: 2 };

/** The draft whose date is best founded: told by the text, then the most precise. */
function bestDated(drafts: readonly MeetingDraft[]): MeetingDraft | undefined {
  return [...drafts].sort(
    (a, b) =>
      BASIS_RANK[a.basis] - BASIS_RANK[b.basis] ||
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision],
  )[0];
}

function mergeParticipants(drafts: readonly MeetingDraft[]): string[] {
  const people: Participant[] = [];
  for (const participant of drafts.flatMap((draft) => draft.participants)) {
    const at = people.findIndex((known) => samePerson(known, participant));
    const known = people[at];
    if (known === undefined) people.push(participant);
    // The fuller naming wins, and keeps the given name so later reports still match it.
    else if (participant.text.length > known.text.length)
      people[at] = { ...participant, given: participant.given ?? known.given ?? known.key };
  }
  return people.map((participant) => participant.text);
}

/** The kind most drafts give; a tie goes to the first told. */
function majorityKind(drafts: readonly MeetingDraft[]): MeetingKind {
  const counts = new Map<MeetingKind, number>();
  for (const draft of drafts) counts.set(draft.kind, (counts.get(draft.kind) ?? 0) + 1);
  let best: MeetingKind = drafts[0]?.kind ?? "meeting";
  for (const [kind, count] of counts) if (count > (counts.get(best) ?? 0)) best = kind;
  return best;
}

function toMeeting(cluster: Cluster, articleDates: ReadonlyMap<string, IsoDate | null>): Meeting {
  const { drafts } = cluster;
  const dated = bestDated(drafts);
  const places = drafts.flatMap((draft) => (draft.place === null ? [] : [draft.place]));
  const place = places.sort((a, b) => b.length - a.length)[0] ?? null;
  const evidence = [...new Set(drafts.flatMap((draft) => draft.evidence))];
  const ids = [...new Set(drafts.map((draft) => draft.articleId))].sort();
  const sources: MeetingSource[] = ids.map((source) => ({ source, date: articleDates.get(source) ?? null }));
  const base = {
    date: dated?.date.date ?? null,
    precision: dated?.date.precision ?? "unknown",
    kind: majorityKind(drafts),
    place,
    participants: mergeParticipants(drafts),
    summary: chooseSummary(evidence),
    evidence,
    sources,
  } satisfies Meeting;
  const endDate = dated?.date.endDate;
  return endDate === undefined ? base : { ...base, endDate };
}

/**
 * Whether a draft joins a cluster: it tells the same meeting as every member, or as one of them
 * with dates, places and kinds compatible with all.
 * @param members - the cluster's drafts
 * @param draft - the draft placed
 */
export function joinsCluster(members: readonly MeetingDraft[], draft: MeetingDraft): boolean {
  return (
    members.every((member) => sameMeeting(member, draft)) ||
    (members.some((member) => sameMeeting(member, draft)) &&
      members.every(
        (member) =>
          datesCompatible(member, draft) && placesCompatible(member, draft) && kindsCompatible(member, draft),
      ))
  );
}

/**
 * Groups drafts that tell the same meeting, in archive order: each draft joins the first cluster
 * it fits (see `joinsCluster`) among those filed under one of its participants and its months.
 * @param drafts - meetings as each article tells them, in archive order
 * @returns the clusters, each its drafts in order
 */
export function clusterDrafts(drafts: readonly MeetingDraft[]): MeetingDraft[][] {
  const clusters: MeetingDraft[][] = [];
  // A draft joins only a cluster with which it shares a participant (see `samePerson`) and whose
  // dates are compatible with its own, so clusters are looked up by participant and month: merging
  // stays near-linear on archives of any size (by participant and year, it took 93 s at 50,000 articles).
  const byKey = new Map<string, number[]>();
  for (const draft of drafts) {
    const candidates = new Set<number>();
    for (const key of lookupKeys(draft)) for (const index of byKey.get(key) ?? []) candidates.add(index);
    let home: number | undefined;
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const members = clusters[index];
      if (members !== undefined && joinsCluster(members, draft)) {
        home = index;
        break;
      }
    }
    const index = home ?? clusters.push([]) - 1;
    clusters[index]?.push(draft);
    for (const key of ownKeys(draft)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [index]);
      else if (list.at(-1) !== index) list.push(index);
    }
  }
  return clusters;
}

/**
 * Merges drafts that tell the same meeting into one entry citing every article that tells it.
 * @param drafts - meetings as each article tells them, in archive order
 * @param articleDates - each article's own date, for the citations
 */
export function mergeDrafts(
  drafts: readonly MeetingDraft[],
  articleDates: ReadonlyMap<string, IsoDate | null>,
): Meeting[] {
  return clusterDrafts(drafts).map((members) => toMeeting({ drafts: members }, articleDates));
}

/**
 * Days a draft's span is widened by before it is filed by month: the day tolerance and the report
 * lag, so two drafts whose dates may be compatible always share a month.
 */
const MONTH_PAD_DAYS = Math.max(DAY_TOLERANCE, REPORT_LAG_DAYS);

/** The months (`YYYY-MM`) a draft's span touches once widened by `MONTH_PAD_DAYS` on both sides. */
function paddedMonths(start: IsoDate, end: IsoDate): string[] {
  const last = addDays(end, MONTH_PAD_DAYS).slice(0, 7);
  const months: string[] = [];
  for (let { year, month } = partsOf(addDays(start, -MONTH_PAD_DAYS)); ; month++) {
    const key = isoOf(year, month, 1).slice(0, 7);
    months.push(key);
    if (key >= last) break;
  }
  return months;
}

/**
 * When a draft is filed: each month its widened span touches, and a draft dated only to the year
 * under its year too, which any draft of that year may join.
 */
function filedTimes(draft: MeetingDraft): string[] {
  const span = spanOf(draft);
  if (span === null) return ["none"];
  const months = paddedMonths(...span).map((month) => `M:${month}`);
  return draft.date.precision === "year" ? [...months, `Y:${span[0].slice(0, 4)}`] : months;
}

/**
 * When the clusters a draft may join were filed (see `datesCompatible`): its own widened months,
 * drafts dated only to its year and, when it is itself dated only to a year, every month of it.
 */
function lookedUpTimes(draft: MeetingDraft): string[] {
  const span = spanOf(draft);
  if (span === null) return ["none"];
  const year = span[0].slice(0, 4);
  const months = new Set(paddedMonths(...span));
  if (draft.date.precision === "year")
    for (let month = 1; month <= 12; month++) months.add(`${year}-${String(month).padStart(2, "0")}`);
  return [...[...months].map((month) => `M:${month}`), `Y:${year}`];
}

/**
 * Keys a draft is filed under: each participant's key, and its given name in a space of its own,
 * with each time of `filedTimes`. Given names are not looked up against given names: two people
 * sharing a first name are not one person, and on a large archive every cluster naming a "Leyla"
 * would be a candidate.
 */
function ownKeys(draft: MeetingDraft): string[] {
  const times = filedTimes(draft);
  return draft.participants.flatMap((participant) =>
    [`k:${participant.key}`, ...(participant.given === undefined ? [] : [`g:${participant.given}`])].flatMap(
      (key) => times.map((time) => `${key}|${time}`),
    ),
  );
}

/**
 * Keys of the clusters a draft may join: a member with the same key, a member whose key is this
 * participant's given name, or whose given name is this key (the three ways `samePerson` matches),
 * at each time of `lookedUpTimes`.
 */
function lookupKeys(draft: MeetingDraft): string[] {
  const times = lookedUpTimes(draft);
  return draft.participants.flatMap((participant) =>
    [
      `k:${participant.key}`,
      `g:${participant.key}`,
      ...(participant.given === undefined ? [] : [`k:${participant.given}`]),
    ].flatMap((key) => times.map((time) => `${key}|${time}`)),
  );
}
