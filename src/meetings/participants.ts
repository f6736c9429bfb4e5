/**
 * Officials named in a sentence, with their roles and, where the text says so, their side:
 * "Pakistani Prime Minister Shehbaz Sharif", "President of Azerbaijan Ilham Aliyev",
 * "Elnur Mammadov, Azerbaijan's Deputy Foreign Minister", "the Pakistani Foreign Secretary".
 * Only role words and nationality cues are known here, never the names of particular people.
 */
import { foldText } from "../text/fold.js";
import { sideOfWord, type Side } from "./countries.js";
import { ownEntry } from "../text/ownEntry.js";

/** An official taking part in a meeting. */
export interface Participant {
  /** Role and name as printed, e.g. "Prime Minister Shehbaz Sharif". */
  readonly text: string;
  /** What identifies the person across articles: the folded surname, or the role when unnamed. */
  readonly key: string;
  /** The folded given name of a person named in full ("shehbaz"), which some reports use alone. */
  readonly given?: string;
  readonly side: Side | null;
}

const PORTFOLIO =
  "(?:Foreign Affairs|Defen[cs]e Industry|Defen[cs]e Production|Defen[cs]e|Petroleum|Energy|Economy|Finance|Interior|Trade|Commerce|Industry|Education|Culture|Health|Planning(?: and Development)?|Information|Agriculture|Digital Development|Transport|Communications?|Emergency Situations|Water|Power|Railways|Maritime Affairs|Religious Affairs|Science and Technology|Youth and Sports|Labou?r|Justice|Tourism|Investment|Privati[sz]ation|Overseas Pakistanis|Economic Affairs|Parliamentary Affairs|IT|Information Technology|Telecommunications?|Development|Special Initiatives|Foreign Trade|Housing|Climate Change|Ports and Shipping|Aviation)";
const CORE_ROLE = [
  "Chief of (?:the )?(?:Army|Naval|Air|Defen[cs]e|General) Staff",
  "Chairman(?: of the| of)? Senate",
  "Speaker of (?:the )?(?:Milli Majlis|National Assembly|Senate)",
  "Chairman of (?:the )?Joint Chiefs of Staff Committee",
  "Field Marshal",
  "Air Chief Marshal",
  "Colonel General",
  "Lieutenant General",
  "Major General",
  "General",
  "Admiral",
  "Prime Minister",
  "PM",
  "Vice President",
  "President",
  "(?:Foreign|Defen[cs]e|Interior|Finance|Energy|Economy|Trade|Commerce|Information|Petroleum) Minister",
  `(?:Minister|Secretary)(?: of State)?(?: (?:of|for) (?:the )?${PORTFOLIO}(?:,? (?:(?:and|&) )?${PORTFOLIO})*)?`,
  "Foreign Secretary",
  "Ambassador",
  "High Commissioner",
  "Envoy",
  "Speaker",
  "Senator",
  "Governor",
  "Chief Minister",
  "Commander",
  "Chairman",
  // "his Azerbaijani counterpart Jeyhun Bayramov": the nationality says whose.
  "counterpart",
].join("|");
const ROLE_UNIT = `(?:(?:Acting|Deputy|First Deputy|Vice|Federal|Caretaker|Interim|Additional|Special|[Nn]ewly[- ]appointed|[Nn]ew) )*(?:${CORE_ROLE})`;
/** "Deputy Prime Minister cum Foreign Minister", "Deputy Prime Minister and Foreign Minister". */
const ROLE_CHAIN = `${ROLE_UNIT}(?:(?: cum| and)? ${ROLE_UNIT})*`;
const NAME_WORD = "[A-Z][\\p{L}'’-]+";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,4}`;
/** A nationality word: a demonym or a possessive ("Pakistani", "Turkish", "Azerbaijan's"). */
const NATIONALITY = "(?:Pakistan|Azerbaijan|[A-Z][\\p{L}]+(?:['’]s|ish|ian|ese|ean|i))";

/** Role (with an optional nationality before it or "of <country>" after it), then maybe a name. */
const ROLE_FIRST = new RegExp(
  `(?:\\b(${NATIONALITY}) )?\\b(${ROLE_CHAIN})\\b(?: of (?:the (?:Islamic )?Republic of )?(${NAME_WORD}))?(?: to (?:the )?${NAME_WORD})?(?:,? (${NAME}))?`,
  "gu",
);
/** A name, then its role in apposition: "Elnur Mammadov, Azerbaijan's Deputy Foreign Minister". */
const NAME_FIRST = new RegExp(`\\b(${NAME}), (?:the )?(?:(${NATIONALITY}) )?(${ROLE_CHAIN})\\b`, "gu");
/** After a name: ", Minister of Defence, Azerbaijan" or ", Azerbaijan's Minister ...". */
const APPOSITION = new RegExp(
  `^,? (?:[^,]{0,40}, )?(?:(${NATIONALITY}) )?(?:${ROLE_CHAIN})(?: of (?:the )?(${NAME_WORD}))?(?: \\([A-Z]+\\))?(?:, (${NAME_WORD}))?`,
  "u",
);

/** Capitalised words that end a name: roles, calendar words, institutions, sentence glue. */
const NOT_NAME = new Set(
  (
    "the a an on in at and of for to with during after before while by from as also " +
    "president minister prime pm deputy foreign secretary general field marshal chief army staff " +
    "ambassador envoy speaker senator governor commander admiral colonel acting vice " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday yesterday today " +
    "assembly office council committee palace day republic company organization conference " +
    "ministry house forces navy government state parliament senate milli majlis chairman " +
    "additional federal armed here counterpart headquarters secretariat airbase " +
    "ni hi sj tbt"
  ).split(" "),
);
/** Honorifics and common first names that never identify a person by themselves. */
const NOT_SURNAME = new Set(["syed", "muhammad", "mohammad", "mohammed", "mr", "mrs", "ms", "dr", "sheikh"]);
/** Patronymic suffixes that follow an Azerbaijani surname ("Hasanov Zakir Asgar Oglu"). */
const PATRONYMIC = /^(?:oglu|ogly|qizi|kyzy|gizi)$/u;
/** Surname endings common in Azerbaijan and the region, used only to find a surname-first order. */
const SURNAME_ENDING = /(?:ov|ova|ev|eva|li|zade|zada)$/u;
/** Abbreviated roles written out. */
const ROLE_EXPANSIONS: Readonly<Record<string, string>> = {
  PM: "Prime Minister",
};

function countryWordSide(word: string | undefined): Side | null {
  if (word === undefined) return null;
  const side = sideOfWord(word);
  // A possessive of an unknown place ("Baku's") says nothing about nationality.
  return side === "other" && /['’]s$/u.test(word) ? null : side;
}

/** The leading words of a capitalised run that form a name, `null` when none do. */
function cleanName(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const words: string[] = [];
  for (const word of raw.split(" ")) {
    const bare = word.replace(/['’]s$/u, "");
    const side = sideOfWord(bare);
    if (NOT_NAME.has(bare.toLowerCase()) || side === "pakistan" || side === "azerbaijan") break;
    words.push(bare);
  }
  return words.length === 0 ? null : words.join(" ");
}

/** Keeps the title nearest the name: "Chief of the Army Staff Field Marshal" → "Field Marshal". */
function nearestRole(chain: string): string {
  const units = [...chain.matchAll(new RegExp(ROLE_UNIT, "gu"))];
  let start = 0;
  for (let index = 1; index < units.length; index += 1) {
    const previous = units[index - 1];
    const unit = units[index];
    if (previous === undefined || unit === undefined) continue;
    const between = chain.slice(previous.index + previous[0].length, unit.index);
    if (!/\bcum\b/u.test(between)) start = unit.index;
  }
  const role = chain
    .slice(start)
    .trim()
    .replace(/^(?:[Nn]ewly[- ]appointed|[Nn]ew) /u, "");
  return ownEntry(ROLE_EXPANSIONS, role) ?? role;
}

/**
 * The identity key of a named person: the folded surname (honorifics and patronymics dropped).
 * @param name - a person's name as printed
 */
export function surnameKey(name: string): string {
  let words = foldText(name)
    .toLowerCase()
    .split(/[^a-z'-]+/u)
    .filter((word) => word !== "" && !NOT_SURNAME.has(word));
  const patronymic = words.findIndex((word) => PATRONYMIC.test(word));
  if (patronymic > 0) {
    // "Hasanov Zakir Asgar oglu": the father's name goes with the suffix; the surname may lead.
    words = words.slice(0, patronymic - 1);
    const leading = words.find((word) => SURNAME_ENDING.test(word));
    if (leading !== undefined) return leading;
  }
  return words.at(-1) ?? name.toLowerCase();
}

/** The surname key and, for a name of several words, the given name ("PM Shehbaz" is Sharif). */
function identityOf(name: string): { key: string; given?: string } {
  const key = surnameKey(name);
  const words = foldText(name)
    .toLowerCase()
    .split(/[^a-z'-]+/u)
    .filter((word) => word !== "" && !NOT_SURNAME.has(word));
  const given = words[0];
  return words.length > 1 && given !== undefined && given !== key ? { key, given } : { key };
}

function addParticipant(found: Participant[], candidate: Participant): void {
  const same = found.findIndex((participant) => participant.key === candidate.key);
  if (same === -1) {
    found.push(candidate);
    return;
  }
  const existing = found[same];
  if (existing === undefined) return;
  found[same] = {
    text: candidate.text.length > existing.text.length ? candidate.text : existing.text,
    key: existing.key,
    side: existing.side ?? candidate.side,
  };
}

/** A participant and the span of the sentence that names it. */
interface Candidate {
  readonly participant: Participant;
  readonly start: number;
  readonly end: number;
  /** Named people outrank a bare "Pakistani Foreign Secretary" read from the same words. */
  readonly named: boolean;
}

function roleFirstCandidates(sentence: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of sentence.matchAll(ROLE_FIRST)) {
    const name = cleanName(match[4]);
    let side = countryWordSide(match[1]) ?? countryWordSide(match[3]);
    const role = nearestRole(match[2] ?? "");
    const end = match.index + match[0].length;
    if (name !== null) {
      const after = APPOSITION.exec(sentence.slice(end));
      side ??= countryWordSide(after?.[1]) ?? countryWordSide(after?.[2]) ?? countryWordSide(after?.[3]);
      const participant = { text: `${role} ${name}`, ...identityOf(name), side };
      candidates.push({ participant, start: match.index, end: end + (after?.[0].length ?? 0), named: true });
    } else if (side === "pakistan" || side === "azerbaijan") {
      const country = side === "pakistan" ? "Pakistani" : "Azerbaijani";
      const participant = { text: `${country} ${role}`, key: `${side}:${role.toLowerCase()}`, side };
      candidates.push({ participant, start: match.index, end, named: false });
    }
  }
  return candidates;
}

function nameFirstCandidates(sentence: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of sentence.matchAll(NAME_FIRST)) {
    const name = cleanName(match[1]);
    if (name === null) continue;
    const role = nearestRole(match[3] ?? "");
    const participant = { text: `${role} ${name}`, ...identityOf(name), side: countryWordSide(match[2]) };
    candidates.push({ participant, start: match.index, end: match.index + match[0].length, named: true });
  }
  return candidates;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The officials a sentence names with a role, in order of appearance, each once.
 * @param sentence - one sentence of an article
 */
export function findParticipants(sentence: string): Participant[] {
  const roleFirst = roleFirstCandidates(sentence);
  const named = roleFirst.filter((candidate) => candidate.named);
  const nameFirst = nameFirstCandidates(sentence).filter(
    (candidate) => !named.some((n) => overlaps(n, candidate)),
  );
  const unnamed = roleFirst.filter(
    (candidate) => !candidate.named && ![...named, ...nameFirst].some((other) => overlaps(other, candidate)),
  );
  const found: Participant[] = [];
  for (const candidate of [...named, ...nameFirst, ...unnamed].sort((a, b) => a.start - b.start)) {
    addParticipant(found, candidate.participant);
  }
  return found;
}
