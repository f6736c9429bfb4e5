/**
 * The domain's many spellings, mapped to one canonical term. Applied to folded text (lower-case
 * ASCII) before tokenising, identically at index and query time, so every spelling finds every other.
 * Each entry is one concept: `[canonical, ...spellings]`; spellings may be phrases.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ["shehbaz", "shahbaz", "shebaz"],
  ["karabakh", "garabagh", "qarabag", "karabagh", "nagorno-karabakh", "nagorno karabakh", "nagorno"],
  ["defence", "defense"],
  ["jf17", "jf-17", "jf 17", "jf17s", "jf-17s"],
  ["coas", "chief of the army staff", "chief of army staff", "army chief"],
  ["pm", "prime minister", "premier"],
  ["fm", "foreign minister"],
  ["turkiye", "turkey", "turkish republic"],
  ["pta", "preferential trade agreement", "preferential trade deal"],
  ["baku", "baki"],
  ["socar", "state oil company of the azerbaijani republic", "state oil company of azerbaijan"],
  ["ispr", "inter-services public relations", "inter services public relations"],
  ["oic", "organization of islamic cooperation", "organisation of islamic cooperation"],
  ["eco", "economic cooperation organization", "economic cooperation organisation"],
  ["un", "united nations"],
  ["cop29", "cop 29", "cop-29"],
  ["aliyev", "aliev"],
  ["organization", "organisation"],
  // Nationality adjectives say no more than the country names, which are in nearly every article.
  ["pakistan", "pakistani", "pakistanis"],
  ["azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "azeris"],
];

/**
 * Words a question may use for what an article says another way. Unlike aliases they are not the
 * same thing ("visit" is not "meet"), so evidence found through them earns only partial credit.
 */
export const RELATED_WORDS: readonly (readonly string[])[] = [
  ["visit", "meet", "meeting", "trip", "talks", "hold", "host", "receive"],
  ["receive", "get", "acquire", "obtain", "deliver", "delivery"],
  ["agreement", "deal", "accord", "pact", "treaty", "memorandum", "mou"],
  ["support", "back", "backing", "solidarity", "stand"],
  ["discuss", "talk", "talks", "review", "deliberation", "consultation"],
  ["official", "minister", "secretary", "leader", "president", "delegation", "envoy", "ambassador"],
  ["country", "nation", "state"],
  ["cooperation", "collaboration", "partnership", "ties", "relations"],
  ["sign", "ink", "conclude"],
  ["praise", "commend", "hail", "congratulate", "appreciate"],
  ["thank", "gratitude", "appreciate"],
  ["invite", "invitation"],
  ["plan", "intend", "aim", "would", "will"],
  ["win", "victory", "success", "triumph"],
];

/** Irregular English forms the stemmer cannot reduce (it maps "meeting" to "meet", not "met"). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  met: "meet",
  held: "hold",
  won: "win",
  went: "go",
  gone: "go",
  got: "get",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  made: "make",
  said: "say",
  told: "tell",
  saw: "see",
  seen: "see",
  came: "come",
  became: "become",
  began: "begin",
  begun: "begin",
  bought: "buy",
  sold: "sell",
  sought: "seek",
  spoke: "speak",
  spoken: "speak",
  brought: "bring",
  thought: "think",
  led: "lead",
  paid: "pay",
  signed: "sign",
  chose: "choose",
  chosen: "choose",
  agreed: "agree",
  visited: "visit",
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

const SPELLING_TO_CANONICAL = new Map<string, string>();
for (const [canonical, ...spellings] of ALIAS_GROUPS) {
  if (canonical === undefined) continue;
  for (const spelling of spellings) SPELLING_TO_CANONICAL.set(spelling, canonical);
}

/**
 * The plain words a canonical term is also spelt as ("fm" -> foreign minister), folded.
 * @param canonical - a canonical term of `ALIAS_GROUPS`
 */
export function spelledOutAs(canonical: string): readonly string[] {
  const group = ALIAS_GROUPS.find(([first]) => first === canonical);
  return (group ?? []).slice(1).filter((spelling) => /^[a-z]+(?: [a-z]+)+$/u.test(spelling));
}

/** Longest spellings first so "chief of the army staff" wins over "army". */
const ALIAS_PATTERN = new RegExp(
  `(?<![a-z0-9])(?:${[...SPELLING_TO_CANONICAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![a-z0-9])`,
  "gu",
);

/**
 * Rewrites every known spelling in folded text to its canonical term.
 * @param folded - text already passed through `foldText`
 * @param keepWords - whether a spelled-out alias keeps its words beside the canonical term
 */
export function applyAliases(folded: string, keepWords = true): string {
  return folded.replace(ALIAS_PATTERN, (spelling) => {
    const canonical = SPELLING_TO_CANONICAL.get(spelling) ?? spelling;
    // A phrase keeps its words beside the canonical term: "preferential trade agreement" is still
    // about trade and an agreement, and "foreign minister" still a minister.
    return keepWords && KEEPS_ITS_WORDS.test(spelling) && !spelling.split(" ").includes(canonical)
      ? `${canonical} ${spelling}`
      : canonical;
  });
}

/**
 * Spellings of several plain words ("prime minister"), as against variants of one word ("shahbaz",
 * "jf-17"); a variant that contains its canonical term ("nagorno karabakh") is just that term.
 */
const KEEPS_ITS_WORDS = /^[a-z]+(?: [a-z]+)+$/u;
