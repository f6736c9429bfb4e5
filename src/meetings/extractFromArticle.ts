/**
 * The meetings one article tells: each sentence that reports officials of both countries meeting,
 * visiting, talking or calling, with its date resolved, its place, its participants and the
 * sentences that tell more about it.
 */
import type { Article } from "../types.js";
import { splitSentences } from "../text/sentences.js";
import { countryCues, type Side } from "./countries.js";
import { resolveSentenceDate, type ResolvedDate } from "./dates.js";
import { findParticipants, type Participant } from "./participants.js";
import { findPlace } from "./places.js";

/** Where a draft's date comes from: the text, the article's own date, or nowhere. */
export type DateBasis = "text" | "report" | "none";

/** A meeting as one article tells it, before meetings told by several articles are merged. */
export interface MeetingDraft {
  readonly articleId: string;
  readonly date: ResolvedDate;
  readonly basis: DateBasis;
  readonly place: string | null;
  readonly participants: readonly Participant[];
  readonly evidence: readonly string[];
}

/** Paragraphs that open a news report, where an undated event is the one being reported. */
const LEDE_PARAGRAPHS = 2;
/** Sentences after a meeting that may still tell about it without naming it again. */
const MAX_FOLLOW_UP_EVIDENCE = 4;
/** How far after the last sentence about a meeting "the meeting" still means that one. */
const FOLLOW_UP_DISTANCE = 3;

const TRIGGER =
  /\b(?:met|meets|meeting (?:with|between)|meetings with|(?:held|had) (?:a |an )?(?:series of |round of )?(?:[\w-]+ ){0,3}(?:meetings?|talks|consultations|discussions?|call|conversation)|talks with|visited|received|welcomed|hosted|called on|(?:tele)?phone (?:call|conversation)|spoke (?:with|to)|attended the (?:meeting|talks))\b/iu;
const FUTURE =
  /\b(?:will|would|shall|to be|is to|are to|set to|expected to|scheduled to|due to|plans? to|planning to|intends? to)\s+(?:\w+\s+)?(?:visit|meet|hold|travel|receive|host)\b/iu;
/** Someone joining a meeting already told: their names go to that meeting. */
const JOINS_MEETING =
  /\b(?:also attended|attended the (?:meeting|talks)|was also present|also present|joined the (?:meeting|talks))\b/iu;
/** A sentence that goes on about the meeting just told. */
const REFERS_TO_MEETING =
  /\b(?:the|this|that|these) (?:meeting|talks|discussions?|consultations|visit|call|conversation)\b|\bduring the (?:meeting|talks|visit)\b|\bthe two (?:leaders|sides|ministers)\b|\bboth (?:sides|leaders)\b/iu;
/** A sentence that leans on the one before it ("The resolve to this effect", "This commitment"). */
const LEANS_BACK = /^(?:\S+ ){0,4}(?:this|these|that)\b/iu;
const QUOTED = /^["“‘']/u;
/** "Azerbaijan and Pakistan held the first meeting of ...": the countries themselves meet, through delegations. */
const COUNTRIES_MEET =
  /\b(?:Pakistan|Azerbaijan)\w*\s+and\s+(?:Pakistan|Azerbaijan)\w*\s+(?:on \w+\s+|have\s+|also\s+)?(?:held|hold|had)\b/u;
/** Who meets when a sentence names only the two countries. */
const DELEGATIONS: Participant = {
  text: "Pakistani and Azerbaijani delegations",
  key: "delegations",
  side: null,
};

interface Line {
  readonly text: string;
  readonly paragraph: number;
}

interface OpenDraft {
  date: ResolvedDate;
  basis: DateBasis;
  place: string | null;
  participants: Participant[];
  evidence: string[];
  followUps: number;
  lastLine: number;
}

function linesOf(article: Article): Line[] {
  return article.paragraphs.flatMap((paragraph, index) =>
    splitSentences(paragraph).map((text) => ({ text, paragraph: index })),
  );
}

/**
 * Whether Pakistani and Azerbaijani sides both take part: the participants' own nationality, the
 * sentence's country names and, for officials the sentence leaves without a nationality, the
 * neighbouring sentences and the headline.
 */
function involvesBothSides(
  participants: readonly Participant[],
  lines: readonly Line[],
  at: number,
  title: string,
): boolean {
  const sides = new Set<Side>(countryCues(lines[at]?.text ?? ""));
  for (const participant of participants) if (participant.side !== null) sides.add(participant.side);
  if (participants.some((participant) => participant.side === null)) {
    for (const near of [lines[at - 1]?.text, lines[at + 1]?.text, title]) {
      for (const side of countryCues(near ?? "")) sides.add(side);
    }
  }
  return sides.has("pakistan") && sides.has("azerbaijan");
}

function addParticipants(draft: OpenDraft, participants: readonly Participant[]): void {
  for (const participant of participants) {
    if (!draft.participants.some((known) => known.key === participant.key))
      draft.participants.push(participant);
  }
}

/**
 * Extracts the meetings an article tells, in article order, each as a draft citing the article.
 * @param article - one article of the archive
 */
export function extractFromArticle(article: Article): MeetingDraft[] {
  const lines = linesOf(article);
  const drafts: OpenDraft[] = [];
  let current: OpenDraft | null = null;
  let previousEnd = null as string | null;
  let pending: { date: ResolvedDate; text: string } | null = null;

  const events = lines.map(({ text }) => !QUOTED.test(text) && TRIGGER.test(text) && !FUTURE.test(text));
  for (const [index, line] of lines.entries()) {
    const isEvent = events[index] ?? false;
    // A date matters on an event, on the sentence before one (it may date it) and on sentences
    // that may still tell about the last meeting; resolving only those keeps extraction cheap.
    const needsDate: boolean =
      isEvent ||
      (events[index + 1] ?? false) ||
      (current !== null && index - current.lastLine <= FOLLOW_UP_DISTANCE);
    const own: ResolvedDate | null = needsDate
      ? resolveSentenceDate(line.text, { articleDate: article.date, previousEnd })
      : null;
    const named = isEvent ? findParticipants(line.text) : [];
    const participants =
      named.length === 0 && isEvent && COUNTRIES_MEET.test(line.text) ? [DELEGATIONS] : named;

    if (isEvent && current !== null && own === null && JOINS_MEETING.test(line.text)) {
      addParticipants(current, participants);
      current.evidence.push(line.text);
      current.place ??= findPlace(line.text);
      current.lastLine = index;
    } else if (participants.length > 0 && involvesBothSides(participants, lines, index, article.title)) {
      const previous = lines[index - 1];
      const evidence: string[] = [];
      if (previous !== undefined && LEANS_BACK.test(line.text)) evidence.push(previous.text);
      let date: ResolvedDate;
      let basis: DateBasis;
      if (own !== null) {
        [date, basis] = [own, "text"];
      } else if (pending !== null) {
        [date, basis] = [pending.date, "text"];
        if (!evidence.includes(pending.text)) evidence.push(pending.text);
      } else if (article.date !== null && line.paragraph < LEDE_PARAGRAPHS) {
        [date, basis] = [{ date: article.date, precision: "day" }, "report"];
      } else {
        [date, basis] = [{ date: null, precision: "unknown" }, "none"];
      }
      evidence.push(line.text);
      current = {
        date,
        basis,
        place: findPlace(line.text),
        participants: [...participants],
        evidence,
        followUps: 0,
        lastLine: index,
      };
      drafts.push(current);
      if (date.precision === "day") previousEnd = date.endDate ?? date.date;
    } else if (
      current !== null &&
      own === null &&
      index - current.lastLine <= FOLLOW_UP_DISTANCE &&
      current.followUps < MAX_FOLLOW_UP_EVIDENCE &&
      REFERS_TO_MEETING.test(line.text) &&
      !QUOTED.test(line.text) &&
      !FUTURE.test(line.text)
    ) {
      current.evidence.push(line.text);
      current.followUps += 1;
      current.lastLine = index;
    }
    pending = own !== null && !isEvent ? { date: own, text: line.text } : null;
  }

  return drafts.map(({ date, basis, place, participants, evidence }) => ({
    articleId: article.id,
    date,
    basis,
    place,
    participants,
    evidence,
  }));
}
