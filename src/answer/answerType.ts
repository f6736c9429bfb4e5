/**
 * What a question asks for, read from its opening words the way a reader does ("when" wants a
 * date, "did ..." a yes or no, "why" a reason). Patterns are data, tried in order; the first
 * that matches decides.
 */

/** The kind of answer a question wants. */
export type AnswerType =
  /** "when", "what year", "since when": a date phrase. */
  | "date"
  /** "where", "in which city": a place. */
  | "place"
  /** "who met X", "who attended": a person the question did not name. */
  | "person"
  /** "who is X": X's title or description. */
  | "description"
  /** "who is X's minister of Y": the name bound to that title. */
  | "titleHolder"
  /** "how many", "how much": a number or amount. */
  | "number"
  /** "why", "for what purpose": a reason or purpose. */
  | "reason"
  /** "did", "has", "is": yes or no, with the sentence that says so. */
  | "yesno"
  /** "what did X discuss / agree / say": the sentence reporting what was said or agreed. */
  | "content"
  /** "which X", "what X": a specific instance of X (an organisation, equipment, a list of areas). */
  | "which"
  /** Anything else: the best sentence. */
  | "other";

/** Courtesy and filler that open a question without changing what it asks ("can you tell me when ..."). */
const LEADING_FILLER =
  /^(?:(?:hey|hi|hello|ok|okay|so|and|but|also|please|pls|plz|bot|dostluq)\b[\s,!]*)*(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:tell|show|explain to|let) (?:me|us)(?: know)?|(?:do|does) (?:you|anyone|anybody) know|i (?:want|would like|wanna|need) to know|tell me|tell us|(?:i (?:was )?)?wonder(?:ing)?|explain|remind me)\b[\s,]*/u;

/** Words that open a yes/no question. */
const YES_NO_OPENERS =
  /^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|isn't|wasn't|didn't|doesn't|hasn't|haven't|aren't|weren't)\b/u;

/** Titles that make "who is the X" ask for a name rather than a description. */
const ROLE_WORD =
  /\b(?:minister|president|premier|pm|fm|coas|ambassador|envoy|secretary|chief|commander|general|governor|mayor|chairman|chairperson|chair|speaker|head|director|spokesperson|spokesman|adviser|advisor|consul|attache|leader|king|emir|ceo)s?\b/u;

/**
 * Verbs that report what was said, agreed or done at a meeting (their base forms). A "what did X
 * ..." question with one of them asks for the content of the report, and a sentence with one of
 * them reports content.
 */
export const REPORTING_VERBS: readonly string[] = (
  "discuss talk agree say sign decide resolve review cover pledge vow announce emphasise emphasize stress " +
  "underscore highlight propose offer promise reaffirm affirm commit praise express assess note " +
  "focus address explore examine consider exchange welcome urge call hail mention"
).split(" ");

/**
 * The reporting verbs that say only that something was talked about, not what was done: any report
 * of the meeting answers "what did they talk about", while "what did they sign" needs a signing.
 */
export const GENERIC_REPORTING_VERBS: readonly string[] =
  "discuss talk say review cover address explore examine consider exchange mention note focus".split(" ");

/** Any inflection of a reporting verb, as a whole word. */
const REPORTING_VERB_FORM = new RegExp(
  `\\b(?:${REPORTING_VERBS.map((verb) => `${verb.replace(/e$/u, "")}(?:e|es|ed|ing|s|d)?`).join("|")})\\b`,
  "u",
);

/** Whether a folded text holds some inflection of a reporting verb ("discussed", "agreeing"). */
export function hasReportingVerb(folded: string): boolean {
  return REPORTING_VERB_FORM.test(folded);
}

/**
 * Phrases that ask what came of a meeting without a reporting verb ("what came out of", "what
 * did they go over", "what was the outcome of").
 */
const OUTCOME_PHRASE =
  /\b(?:come|came|comes) out of\b|\b(?:go|went|goes|gone) over\b|\b(?:outcomes?|results?|upshot) of\b|\bwhat (?:happened|took place) (?:at|in|during)\b/u;

/**
 * Reads a question's answer type.
 * @param folded - the question folded to lower-case ASCII, as `foldText` gives it
 */
export function detectAnswerType(folded: string): AnswerType {
  // "What ELSE did they discuss": what they discussed beyond what the asker knows.
  const q = stripLeadingFiller(folded).replace(/^(what|which) else\b/u, "$1");
  if (/^is it (?:true|correct|right|a fact) (?:that )?/u.test(q)) return "yesno";
  if (
    /^(?:when|since when|until when|till when|how long ago|(?:on|in|at|by|from) (?:what|which) (?:year|month|day|date|time))\b/u.test(
      q,
    ) ||
    /\b(?:what|which) (?:year|month|day|date|time)\b/u.test(q)
  ) {
    return "date";
  }
  if (
    /^(?:where|(?:in|at|to|from) (?:what|which) (?:city|country|place|town|venue|capital|region|location)|(?:what|which) (?:city|country|place|town|venue|capital|region|location))\b/u.test(
      q,
    ) ||
    // "In what PART of Karachi is the consulate": a place within a place.
    /^(?:in|at|to|from) (?:what|which) (?:part|district|quarter|neighbou?rhood|suburb|area|locality) of\b/u.test(
      q,
    )
  ) {
    return "place";
  }
  if (
    /^(?:why|how come|for what (?:reason|purpose)|what (?:was|is|were|are) the (?:reason|purpose|aim|goal|objective|occasion)s?|what(?:'s|s| was| is) the point of|what for\b)/u.test(
      q,
    )
  ) {
    return "reason";
  }
  if (
    /^(?:(?:by|for|of|to|at) )?(?:how (?:many|much|big|large|long|often|old)|what (?:number|amount|percentage|share|value|quantity))\b/u.test(
      q,
    )
  )
    return "number";
  if (/\bwho (?:is|was) (?:he|she|that|this|it)\b[\s?!.]*$/u.test(q)) return "description";
  if (
    /^what (?:does|do|did) .+ (?:stand for|mean)\b/u.test(q) ||
    /^what (?:is|are) (?:the )?(?:full form|meaning|acronym) of\b/u.test(q)
  )
    return "description";
  const nameOf = /^(?:what|whats|what's) (?:is|was|are|were)? ?the names? of (.*)$/u.exec(q);
  if (nameOf) return ROLE_WORD.test(nameOf[1] ?? "") ? "titleHolder" : "description";
  // "who runs the defence ministry", "who heads SOCAR": the name bound to the office of running it.
  // ("who led the delegation" asks for a person, not an office, and so does "who CHAIRED the
  // commission's MEETING": one occasion's doer.)
  const onOneOccasion =
    /^who (?:ran|headed|led|chaired)\b/u.test(q) &&
    /\b(?:meeting|session|talks|summit|conference|ceremony|round|visit)\b/u.test(q);
  if (
    !onOneOccasion &&
    (/^who (?:runs|ran|heads|headed|leads|led|chairs|chaired|is in charge of|was in charge of)\b.*\b(?:ministry|department|company|firm|agency|bank|office|organi[sz]ation|commission|committee|council|army|navy|air force|corporation|authority|board)\b/u.test(
      q,
    ) ||
      // "who runs SOCAR", "who is the guy running SOCAR": the office of running it, whatever it is.
      /^who (?:runs|ran|heads|headed|chairs|chaired)\b/u.test(q) ||
      /^who(?:'s| is| was) (?:the |that )?(?:guy|man|woman|person|one|official|people)? ?(?:running|heading|chairing|in charge of)\b/u.test(
        q,
      ))
  )
    return "titleHolder";
  const whoIs = /^who(?:'s| is| was| are| were| has been| will be)\s+(.*)$/u.exec(q);
  // "Who were the two leaders at the meeting": people, not the holder of one office.
  if (whoIs && /^who (?:are|were)\b/u.test(q) && /\b(?:the )?(?:two|three|four|\w+s)\b/u.test(whoIs[1] ?? ""))
    return "person";
  // "Who was AT the ceremony", "who was THERE", "who was present": people at an occasion, not who someone is.
  if (whoIs && /^(?:at|in|on|with|among|there|present|behind|also)\b/u.test(whoIs[1] ?? "")) return "person";
  if (whoIs && ROLE_WORD.test(whoIs[1] ?? "")) return "titleHolder";
  // "Who was THE REVIEWING OFFICER at the parade", "who was the top scorer": a part someone played
  // on an occasion, described, asks who played it; "who is Rovshan Mammadov" asks who someone is.
  if (whoIs && /^(?:the|a|an) /u.test(whoIs[1] ?? "")) return "person";
  if (whoIs) return "description";
  if (
    /^(?:who|whom|with whom|by whom|to whom|who else|which (?:person|people|official|officials|leader|leaders))\b/u.test(
      q,
    )
  )
    return "person";
  if (YES_NO_OPENERS.test(q)) return "yesno";
  if (
    /^(?:what|which)\b.*\b(?:discuss|discussed|talk|talked|agree|agreed|say|said|sign|signed|decide|decided|review|reviewed|cover|covered|pledge|pledged|vow|vowed|announce|announced|emphasi[sz]ed?|stress|stressed|underscore|underscored|highlight|highlighted|propose|proposed|offer|offered|promise|promised)(?: about| on| over| upon)?$/u.test(
      q,
    )
  )
    return "content";
  if (
    /^what (?:was|were|is|are) (?:discussed|agreed|signed|decided|said|announced|reviewed|covered)\b/u.test(q)
  )
    return "content";
  // "what did they talk about during ...", "what came out of the meeting": the verb may stand anywhere.
  if (
    /^what\b/u.test(q) &&
    (OUTCOME_PHRASE.test(q) ||
      (/^what (?:did|do|does|was|were|is|are|have|has|had|will)\b/u.test(q) && hasReportingVerb(q)))
  )
    return "content";
  if (
    /(?:^|\b(?:in|of|on|for|to|with|by|at) )(?:what|which)\s+\p{L}/u.test(q) &&
    !/^what (?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b/u.test(q)
  )
    return "which";
  // "jf17 deal azerbaijan how much": typed as keywords, the question word comes last.
  if (/\bhow (?:many|much)\b/u.test(q)) return "number";
  return "other";
}

/**
 * The question without opening courtesy ("can you tell me", "hey bot,"), so its real first word decides.
 * @param folded - the folded question
 */
export function stripLeadingFiller(folded: string): string {
  let q = folded.trim();
  for (let round = 0; round < 3; round += 1) {
    const next = q.replace(LEADING_FILLER, "").trim();
    if (next === q) break;
    q = next;
  }
  // "besides cutting tariffs WHAT DID they agree": what the asker knows, then the question.
  const beyond = questionBeyondKnown(q);
  if (beyond !== null) return beyond;
  // "back in may 2025, when the ministers spoke, WHAT DID ...": the question is the clause that
  // opens with a question word, after a scene set before it.
  const asked = q.includes(",") ? SCENE_THEN_QUESTION.exec(q) : null;
  return asked?.[1] !== undefined && !QUESTION_OPENER.test(q) ? asked[1].trim() : q;
}

/** A question opens with one of these. */
const QUESTION_OPENER =
  /^(?:who|whom|whose|what|whats|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b/u;

/** What the asker already knows, then the question itself, with or without a comma between. */
const BEYOND_KNOWN_THEN_QUESTION =
  /^(?:besides|apart from|aside from|other than|in addition to)\s+[^?,]{1,80}?[\s,]+((?:who|whom|what|which|when|where|how|did|does|do|is|are|was|were|has|have|had|will)\b.*)$/iu;

/**
 * The question after what the asker says they know: "BESIDES CUTTING TARIFFS what did they
 * agree", "apart from the PTA, what ...": the question from its question word, or `null` when it
 * opens otherwise.
 * @param question - the question, as typed or folded
 */
export function questionBeyondKnown(question: string): string | null {
  return BEYOND_KNOWN_THEN_QUESTION.exec(question.trim())?.[1]?.trim() ?? null;
}

/** A clause that sets a scene, a comma, then the question itself: the last clause that opens as a question does. */
const SCENE_THEN_QUESTION =
  /^[^?]{3,160},\s*((?:who|whom|whose|what|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b[^,]*)$/u;
