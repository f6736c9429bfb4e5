import { describe, expect, it } from "vitest";
import { createRandom, pick, type Random } from "../src/bench/random.js";
import { addDays } from "../src/meetings/calendar.js";
import type { MeetingDraft } from "../src/meetings/extractFromArticle.js";
import { clusterDrafts, joinsCluster, samePerson } from "../src/meetings/merge.js";
import type { Participant } from "../src/meetings/participants.js";
import type { DatePrecision, MeetingKind } from "../src/types.js";

/**
 * The merge without its lookup: every cluster with a member sharing a participant is a candidate,
 * whatever its dates. The lookup by participant and month must place every draft the same way.
 */
function referenceClusters(drafts: readonly MeetingDraft[]): MeetingDraft[][] {
  const clusters: MeetingDraft[][] = [];
  for (const draft of drafts) {
    const home = clusters.find(
      (members) =>
        members.some((member) =>
          member.participants.some((a) => draft.participants.some((b) => samePerson(a, b))),
        ) && joinsCluster(members, draft),
    );
    if (home) home.push(draft);
    else clusters.push([draft]);
  }
  return clusters;
}

// Surnames shared by several people, a given name used alone as a key, unnamed roles: the ways
// participants match or fail to match.
const PEOPLE: readonly Participant[] = [
  { text: "President Ilham Aliyev", key: "aliyev", given: "ilham", side: "azerbaijan" },
  { text: "Minister Elchin Aliyev", key: "aliyev", given: "elchin", side: "azerbaijan" },
  { text: "President Ilham", key: "ilham", side: "azerbaijan" },
  { text: "PM Shehbaz Sharif", key: "sharif", given: "shehbaz", side: "pakistan" },
  { text: "PM Shehbaz", key: "shehbaz", side: "pakistan" },
  { text: "Ilham Qureshi", key: "qureshi", given: "ilham", side: "pakistan" },
  { text: "the delegations", key: "delegations", side: null },
  { text: "the Pakistani Foreign Secretary", key: "pakistan:foreign secretary", side: "pakistan" },
];
const PRECISIONS: readonly [DatePrecision, MeetingDraft["basis"]][] = [
  ["day", "text"],
  ["day", "text"],
  ["reported", "report"],
  ["month", "text"],
  ["year", "text"],
  ["unknown", "none"],
];
const KINDS: readonly MeetingKind[] = ["meeting", "visit", "signing", "summit", "call"];
const PLACES = ["Baku", "Islamabad", null] as const;

function randomDraft(random: Random, index: number): MeetingDraft {
  const [precision, basis] = pick(random, PRECISIONS);
  // Days across two years, clustered near month ends so the padding across months is exercised.
  const day = addDays("2024-01-01", Math.floor(random() * 730));
  const start =
    precision === "month" ? `${day.slice(0, 7)}-01` : precision === "year" ? `${day.slice(0, 4)}-01-01` : day;
  const long = precision === "day" && random() < 0.15;
  const participants = [pick(random, PEOPLE), ...(random() < 0.6 ? [pick(random, PEOPLE)] : [])];
  return {
    articleId: `a${String(index).padStart(4, "0")}.txt`,
    date:
      precision === "unknown"
        ? { date: null, precision }
        : {
            date: start,
            precision,
            ...(long ? { endDate: addDays(start, 1 + Math.floor(random() * 40)) } : {}),
          },
    basis,
    kind: pick(random, KINDS),
    place: pick(random, PLACES),
    participants,
    evidence: [`sentence ${index}`],
  };
}

describe("merge lookup by participant and month", () => {
  it("places every draft as the merge over all clusters does, across seeds", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = createRandom(seed);
      // Few days apart on average, so many drafts are date-compatible and clusters grow.
      const drafts = Array.from({ length: 400 }, (_, index) => randomDraft(random, index));
      const expected = referenceClusters(drafts).map((members) => members.map((draft) => draft.articleId));
      const actual = clusterDrafts(drafts).map((members) => members.map((draft) => draft.articleId));
      expect(actual).toEqual(expected);
      // The fixture must exercise merging at all: a third or more of the drafts share a cluster.
      expect(actual.length).toBeLessThan(drafts.length * 0.8);
    }
  });

  it("merges a meeting on a month's last day with its report the next day", () => {
    const base = randomDraft(createRandom(9), 0);
    const held: MeetingDraft = {
      ...base,
      articleId: "held.txt",
      date: { date: "2025-03-31", precision: "day" },
      basis: "text",
      kind: "meeting",
      place: "Baku",
      participants: [PEOPLE[0] as Participant],
    };
    const reported: MeetingDraft = {
      ...held,
      articleId: "reported.txt",
      date: { date: "2025-04-01", precision: "reported" },
      basis: "report",
    };
    expect(clusterDrafts([held, reported])).toHaveLength(1);
  });

  it("does not take two people sharing a given name for one", () => {
    const base = randomDraft(createRandom(10), 0);
    const first: MeetingDraft = {
      ...base,
      articleId: "first.txt",
      date: { date: "2025-03-10", precision: "day" },
      basis: "text",
      kind: "meeting",
      place: "Baku",
      participants: [PEOPLE[0] as Participant],
    };
    const other: MeetingDraft = {
      ...first,
      articleId: "other.txt",
      participants: [PEOPLE[5] as Participant],
    };
    expect(clusterDrafts([first, other])).toHaveLength(2);
  });
});
