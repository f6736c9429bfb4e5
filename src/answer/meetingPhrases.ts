/**
 * Meetings told in other words: news reports a meeting as "X HELD TALKS WITH Y", "X CALLED ON Y" or
 * "X RECEIVED Y" as often as "X met Y". WordNet relates "call" and "receive" to "meet" only through
 * rare senses (a fraction of a synonym's credit) and "hold talks" not at all, and a bare "call" or
 * "receive" is as often a phone call or a delivery. So the phrases are read whole, in a sentence's
 * text, each with what must follow it for the words to be a meeting.
 */
import { analyzeText } from "../text/terms.js";

/** "Held (bilateral) talks with", "holds a meeting with", "held wide-ranging discussions with". */
const HELD_TALKS =
  /\b(?:held|holds|hold|holding)\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|meetings|discussions|consultations)\s+with\b/iu;

/**
 * "Called on Prime Minister X", "paid a courtesy call on the President": a visit to a person, named
 * (capitalised) right after. "Called on the international community TO act" is an appeal: a "to"
 * and a verb later in the clause tell it.
 */
const CALLED_ON = /\bcall(?:ed|s|ing)?\s+on\s+(?:the\s+)?\p{Lu}[^.;]*/u;
/** The appeal "called on X TO do": "to" before a word that is no article ("according to a statement" is not one). */
const APPEAL = /\bto\s+(?!(?:a|an|the|his|her|their|its)\b)\p{Ll}/u;

/**
 * "The Foreign Secretary received Elnur Mammadov", "received the visiting Speaker": a person,
 * named by two capitalised words or a title, is received. "Azerbaijan received the Pakistani-made
 * aircraft" or "received JF-17 jets" receives a thing.
 */
const RECEIVED_PERSON =
  /\breceiv(?:e|ed|es|ing)\s+(?:the\s+)?(?:visiting\s+)?(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b(?![-\p{N}])|(?:\p{L}+\s+){0,2}(?:[Mm]inister|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Ss]peaker|[Ss]ecretary|[Cc]hairman|[Cc]ommander|[Cc]hief|[Gg]overnor|delegation)\b)/u;
/** "She was received at the airport by the Minister": a visitor's reception, told in the passive. */
const RECEIVED_BY = /\b(?:was|were|is|are|been|being)\s+received\b[^.;]{0,60}?\bby\s+(?:the\s+)?\p{Lu}/u;

/** The index terms a sentence telling a meeting in other words stands for: "meet", "meeting". */
export const MEETING_TERMS: ReadonlySet<string> = new Set(analyzeText("meet meeting"));

/**
 * Whether a sentence tells a meeting in words other than "meet": held talks with, called on,
 * received a person.
 * @param text - the sentence as written (capitals tell names)
 */
export function tellsMeetingOtherwise(text: string): boolean {
  if (HELD_TALKS.test(text) || RECEIVED_BY.test(text)) return true;
  const call = CALLED_ON.exec(text);
  if (call !== null && !APPEAL.test(call[0])) return true;
  return RECEIVED_PERSON.test(text);
}
