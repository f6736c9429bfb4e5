/**
 * What sort of encounter a sentence tells, read from its event words: a phone call, a summit of
 * leaders, a signing, a visit, or else a meeting (talks, consultations, a press conference).
 */
import type { MeetingKind } from "../types.js";

/** Words that make a sentence tell an encounter (with participants of both sides it is one). */
export const EVENT_WORDS =
  /\b(?:met|meets|meeting (?:with|between)|meetings with|(?:during|in|at) (?:a|an|their) (?:[\w-]+ ){0,2}meeting|held (?:a |an )?(?:[\w-]+ ){0,5}(?:meetings?|talks|consultations|discussions?|dialogue|session)|had (?:a |an )?(?:[\w-]+ ){0,3}(?:meetings?|talks|discussions?|call|conversation)|talks (?:with|between)|at (?:the )?talks|consultations|summit|(?:joint )?press (?:conference|statements)|visited|arrived (?:in|here|at)|(?:paid|pays|paying|made|undertook) (?:an? )?(?:[\w-]+ ){0,3}visit|received|welcomed|hosted|called on|calls on|talking to|(?:tele)?phon(?:e|ic) (?:call|conversation)|telephoned|spoke (?:with|to)|video (?:call|link|conference)|signed|signing ceremony|presented (?:his|her) credentials|attended the (?:meeting|talks))\b/iu;

const CALL =
  /\b(?:(?:tele)?phon(?:e|ic) (?:call|conversation)|telephoned|telephone|over (?:the )?phone|by phone|video (?:call|link|conference))\b/iu;
/** A summit, unless the sentence only meets "on the sidelines of" one. */
const SUMMIT = /\b(?:summit|trilateral|tripartite)\b/iu;
const SIDELINES = /\b(?:sidelines|margins?)\b/iu;
const SIGNING = /\b(?:signed|signing)\b/iu;
const VISIT =
  /\b(?:visited|arrived (?:in|here|at)|(?:paid|pays|paying|made|undertook) (?:an? )?(?:[\w-]+ ){0,3}visit)\b/iu;
/** A first word that says the sentence is about a meeting, whatever else it mentions. */
const MEETING_FIRST = /\b(?:met|meets|meeting|talks|consultations|called on|received|press conference)\b/iu;

function firstIndex(pattern: RegExp, sentence: string): number {
  return pattern.exec(sentence)?.index ?? Number.POSITIVE_INFINITY;
}

/**
 * The kind of encounter a sentence tells.
 * @param sentence - a sentence that tells an encounter
 * @param parties - how many participants it names (three leaders make a summit)
 */
export function kindOfEvent(sentence: string, parties: number): MeetingKind {
  if (CALL.test(sentence)) return "call";
  if (SUMMIT.test(sentence) && !SIDELINES.test(sentence))
    return parties >= 3 || /summit/iu.test(sentence) ? "summit" : "meeting";
  const meeting = firstIndex(MEETING_FIRST, sentence);
  const signing = firstIndex(SIGNING, sentence);
  const visit = firstIndex(VISIT, sentence);
  if (signing < meeting && signing <= visit) return "signing";
  if (visit < meeting) return "visit";
  return "meeting";
}
