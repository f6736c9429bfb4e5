/**
 * The meetings one article tells: each sentence that reports officials of both countries meeting,
 * visiting, talking, calling, signing or holding a summit, with its kind, its date resolved against
 * the article's own date (or the wire's dateline), its place, its participants and the sentences
 * that tell more about it.
 */
import type { Article, MeetingKind } from "../types.js";
import { splitSentences } from "../text/sentences.js";
import { countryCues, type Side } from "./countries.js";
import { referenceDate, resolveSentenceDate, type ResolvedDate } from "./dates.js";
import { EVENT_WORDS, kindOfEvent } from "./kinds.js";
import { findParticipants, type Participant } from "./participants.js";
import { countryOfPlace, findPlace, titleCasePlace } from "./places.js";

/** Where a draft's date comes from: the text, the article's own date, or nowhere. */
export type DateBasis = "text" | "report" | "none";

/** A meeting as one article tells it, before meetings told by several articles are merged. */
export interface MeetingDraft {
  readonly articleId: string;
  readonly date: ResolvedDate;
  readonly basis: DateBasis;
  readonly kind: MeetingKind;
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

// The patterns tested on every sentence are ASCII and case-insensitive: without the `u` flag V8
// matches them about three times faster.
const FUTURE =
  /\b(?:will|would|shall|to be|is to|are to|set to|expected to|scheduled to|due to|plans? to|planning to|intends? to)\s+(?:\w+\s+)?(?:visit|meet|hold|travel|receive|host)\b/i;
/** Someone joining a meeting already told: their names go to that meeting. */
const JOINS_MEETING =
  /\b(?:also attended|attended the (?:meeting|talks)|was also present|also present|joined the (?:meeting|talks)|(?:was|were) (?:received|welcomed|greeted|accompanied)|delegations? (?:was |were )?(?:led|headed) by)\b/i;
/** A sentence whose subject is the person the sentence before named: "He said this while talking to ...". */
const PRONOUN_SUBJECT = /^(?:He|She)\b/u;
/** Sentences either side of an event that may tell an official's nationality. */
const SIDE_CONTEXT = 2;
/** How many sentences after an event that names no one may still name its participants. */
const PARTICIPANTS_DISTANCE = 2;
/** A sentence that goes on about the meeting just told. */
const REFERS_TO_MEETING =
  /\b(?:the|this|that|these) (?:meeting|talks|discussions?|consultations|visit|call|conversation)\b|\bduring the (?:meeting|talks|visit)\b|\bthe two (?:leaders|sides|ministers)\b|\bboth (?:sides|leaders)\b/i;
/** A sentence that leans on the one before it ("The resolve to this effect", "This commitment"). */
const LEANS_BACK = /^(?:\S+ ){0,4}(?:this|these|that)\b/i;
const QUOTED = /^["“‘']/u;
/** "Azerbaijan and Pakistan held the first meeting of ...": the countries themselves meet, through delegations. */
const COUNTRIES_MEET =
  /\b(?:Pakistan|Azerbaijan)\w*\s+and\s+(?:Pakistan|Azerbaijan)\w*\s+(?:on \w+\s+|have\s+|also\s+)?(?:held|hold|had|signed)\b/u;
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
  kind: MeetingKind;
  place: string | null;
  participants: Participant[];
  /** Told by a sentence naming only the countries: the next sentences may name who took part. */
  placeholder: boolean;
  /** The countries themselves held it ("Pakistan and Azerbaijan held ..."), so it stands unnamed. */
  countriesMeet: boolean;
  evidence: string[];
  followUps: number;
  lastLine: number;
}

function linesOf(article: Article): Line[] {
  return article.paragraphs.flatMap((paragraph, index) =>
    splitSentences(paragraph).map((text) => ({ text, paragraph: index })),
  );
}

function sideOfCountry(country: string | null): Side | null {
  if (country === "Pakistan") return "pakistan";
  if (country === "Azerbaijan") return "azerbaijan";
  return null;
}

/**
 * Whether Pakistani and Azerbaijani sides both take part: the participants' own nationality, the
 * sentence's country names and the country of the place it names and, for officials the sentence
 * leaves without a nationality, the sentences around it, the headline and the dateline's country.
 */
function involvesBothSides(
  participants: readonly Participant[],
  lines: readonly Line[],
  at: number,
  article: Article,
  place: string | null,
): boolean {
  const sides = new Set<Side>(countryCues(lines[at]?.text ?? ""));
  const placeSide = place === null ? null : sideOfCountry(countryOfPlace(place));
  if (placeSide !== null) sides.add(placeSide);
  for (const participant of participants) if (participant.side !== null) sides.add(participant.side);
  if (participants.some((participant) => participant.side === null)) {
    const around = lines
      .slice(Math.max(0, at - SIDE_CONTEXT), at + SIDE_CONTEXT + 1)
      .map((line) => line.text);
    for (const near of [...around, article.title]) {
      for (const side of countryCues(near ?? "")) sides.add(side);
    }
    const filedSide = article.place === null ? null : sideOfCountry(countryOfPlace(article.place));
    if (filedSide !== null) sides.add(filedSide);
  }
  return sides.has("pakistan") && sides.has("azerbaijan");
}

function addParticipants(draft: OpenDraft, participants: readonly Participant[]): void {
  for (const participant of participants) {
    if (!draft.participants.some((known) => known.key === participant.key))
      draft.participants.push(participant);
  }
}

/** Officials an article has named with their role, by the surname it goes on to call them by. */
type KnownPeople = Map<string, Participant>;

function remember(known: KnownPeople, participants: readonly Participant[]): void {
  for (const participant of participants) {
    const surname = participant.text.split(" ").at(-1) ?? "";
    // Only a named person's surname ("Jabbarov"), never a role's last word ("Secretary").
    if (!participant.key.includes(":") && participant.key !== "delegations" && !known.has(surname))
      known.set(surname, participant);
  }
}

/**
 * The people a sentence names: with their roles, the person of the sentence before for a leading
 * "He"/"She", and, beside someone named with a role, people named earlier by surname alone
 * ("The following day, Jabbarov held talks with Finance Minister ...").
 */
function participantsOf(lines: readonly Line[], index: number, known: KnownPeople): Participant[] {
  const text = lines[index]?.text ?? "";
  const named = findParticipants(text);
  remember(known, named);
  if (named.length > 0) {
    for (const [surname, person] of known) {
      if (named.some((p) => p.key === person.key) || !text.includes(surname)) continue;
      const escaped = surname.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
      if (new RegExp(`\\b${escaped}\\b`, "u").test(text)) named.unshift(person);
    }
  }
  if (!PRONOUN_SUBJECT.test(text)) return named;
  const antecedent = findParticipants(lines[index - 1]?.text ?? "")[0];
  return antecedent === undefined || named.some((p) => p.key === antecedent.key)
    ? named
    : [antecedent, ...named];
}

/**
 * Extracts the meetings an article tells, in article order, each as a draft citing the article.
 * @param article - one article of the archive
 */
export function extractFromArticle(article: Article): MeetingDraft[] {
  const lines = linesOf(article);
  const articleDate = referenceDate(article.date, article.datelineDate);
  const drafts: OpenDraft[] = [];
  let current: OpenDraft | null = null;
  let previousEnd = null as string | null;
  let pending: { date: ResolvedDate; text: string } | null = null;
  const known: KnownPeople = new Map();

  const events = lines.map(({ text }) => !QUOTED.test(text) && EVENT_WORDS.test(text) && !FUTURE.test(text));
  for (const [index, line] of lines.entries()) {
    const isEvent = events[index] ?? false;
    const near: boolean = current !== null && index - current.lastLine <= FOLLOW_UP_DISTANCE;
    // A date matters on an event, on the sentence before one (it may date it) and on sentences
    // that may still tell about the last meeting; resolving only those keeps extraction cheap.
    const needsDate: boolean = isEvent || (events[index + 1] ?? false) || near;
    const own: ResolvedDate | null = needsDate
      ? resolveSentenceDate(line.text, { articleDate, previousEnd })
      : null;
    const fillsPlaceholder: boolean =
      current !== null && current.placeholder && index - current.lastLine <= PARTICIPANTS_DISTANCE;
    const joins: boolean = current !== null && index - current.lastLine <= 1 && JOINS_MEETING.test(line.text);
    const named: Participant[] =
      isEvent || fillsPlaceholder || joins ? participantsOf(lines, index, known) : [];

    if (
      current !== null &&
      (fillsPlaceholder || joins) &&
      own === null &&
      named.length > 0 &&
      !FUTURE.test(line.text)
    ) {
      if (current.placeholder) current.participants = [];
      current.placeholder = false;
      addParticipants(current, named);
      current.evidence.push(line.text);
      current.place ??= findPlace(line.text, article.place);
      current.lastLine = index;
    } else if (isEvent && (named.length > 0 || countryCues(line.text).size === 2)) {
      const place = findPlace(line.text, article.place);
      const participants: Participant[] = named.length > 0 ? named : [DELEGATIONS];
      if (named.length > 0 && !involvesBothSides(participants, lines, index, article, place)) {
        pending = null;
        continue;
      }
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
      } else if (articleDate !== null && line.paragraph < LEDE_PARAGRAPHS) {
        [date, basis] = [{ date: articleDate, precision: "reported" }, "report"];
      } else {
        [date, basis] = [{ date: null, precision: "unknown" }, "none"];
      }
      evidence.push(line.text);
      current = {
        date,
        basis,
        kind: kindOfEvent(line.text, participants.length),
        place,
        participants: [...participants],
        placeholder: named.length === 0,
        countriesMeet: named.length === 0 && COUNTRIES_MEET.test(line.text),
        evidence,
        followUps: 0,
        lastLine: index,
      };
      drafts.push(current);
      if (date.precision === "day") previousEnd = date.endDate ?? date.date;
    } else if (
      current !== null &&
      own === null &&
      near &&
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

  const filedAt = article.place === null ? null : titleCasePlace(article.place);
  return drafts
    .filter((draft) => !draft.placeholder || draft.countriesMeet)
    .map(({ date, basis, kind, place, participants, evidence }) => ({
      articleId: article.id,
      date,
      basis,
      kind,
      // A call has no place; an event the text does not place is where the wire filed it from.
      place: kind === "call" ? null : (place ?? filedAt),
      participants,
      evidence,
    }));
}
