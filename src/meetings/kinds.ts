/**
 * What sort of encounter a sentence tells, read from its event words: a phone call, a summit of
 * leaders, a signing, a visit, or else a meeting (talks, consultations, a press conference).
 */
import type { MeetingKind } from "../types.js";

/**
 * Words that make a sentence tell an encounter (with participants of both sides it is one).
 * ASCII-only and tested on every sentence of the archive, so without the `u` flag: V8 matches a
 * case-insensitive pattern about three times faster without it (so are the other patterns here).
 */
export const EVENT_WORDS =
  /\b(?:met|meets|meeting (?:with|between)|meetings with|(?:during|in|at) (?:a|an|their) (?:[\w-]+ ){0,2}meeting|held (?:a |an )?(?:[\w-]+ ){0,5}(?:meetings?|talks|consultations|discussions?|dialogue|session)|had (?:a |an )?(?:[\w-]+ ){0,3}(?:meetings?|talks|discussions?|call|conversation)|talks (?:with|between)|at (?:the )?talks|summit (?:of|between|was held|has been held|took place)|(?:held|hold|attended|joined) (?:a|an|the|their) (?:[\w-]+ ){0,2}summit|(?:joint )?press (?:conference|statements)|visited|arrived (?:in|here|at)|(?:paid|pays|paying|made|undertook) (?:an? )?(?:[\w-]+ ){0,3}visit|received|welcomed|hosted|called on|calls on|talking to|(?:tele)?phon(?:e|ic) (?:call|conversation)|telephoned|spoke (?:with|to)|video (?:call|link|conference)|signed (?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){0,3}(?:agreements?|memorand(?:um|a)|MoUs?|accords?|protocols?|documents?|deals?|declarations?|contracts?)|(?:was|were) signed by|signing ceremony|presented (?:his|her) credentials|attended the (?:meeting|talks))\b/i;

const CALL =
  /\b(?:(?:tele)?phon(?:e|ic) (?:call|conversation)|telephoned|telephone|over (?:the )?phone|by phone|video (?:call|link|conference))\b/i;
/** A summit, unless the sentence only meets "on the sidelines of" one. */
const SUMMIT = /\b(?:summit|trilateral|tripartite)\b/i;
const SIDELINES = /\b(?:sidelines|margins?)\b/i;
const SIGNING = /\b(?:signed|signing)\b/i;
const VISIT =
  /\b(?:visited|arrived (?:in|here|at)|(?:paid|pays|paying|made|undertook) (?:an? )?(?:[\w-]+ ){0,3}visit)\b/i;
/** A first word that says the sentence is about a meeting, whatever else it mentions. */
const MEETING_FIRST = /\b(?:met|meets|meeting|talks|consultations|called on|received|press conference)\b/i;

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
