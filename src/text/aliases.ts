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
  // News style's names for a foreign minister and for an ambassador, which no dictionary gives.
  ["fm", "foreign minister", "top diplomat", "chief diplomat"],
  ["ambassador", "envoy", "envoys"],
  ["turkiye", "turkey", "turkish republic", "turkish", "turks"],
  ["pta", "preferential trade agreement", "preferential trade deal"],
  ["baku", "baki"],
  ["socar", "state oil company of the azerbaijani republic", "state oil company of azerbaijan"],
  ["ispr", "inter-services public relations", "inter services public relations"],
  // The Pakistan Army's General Headquarters in Rawalpindi, always "GHQ" in the news.
  ["ghq", "general headquarters", "general head quarters"],
  // Liquefied natural gas, always "LNG" in energy news, and often spelt "liquified".
  ["lng", "liquefied natural gas", "liquified natural gas"],
  // The two countries' flag carriers and Pakistan's air force, by the initials the press uses.
  ["paf", "pakistan air force"],
  ["pia", "pakistan international airlines"],
  ["azal", "azerbaijan airlines"],
  ["oic", "organization of islamic cooperation", "organisation of islamic cooperation"],
  ["eco", "economic cooperation organization", "economic cooperation organisation"],
  ["un", "united nations"],
  ["cop29", "cop 29", "cop-29"],
  ["aliyev", "aliev"],
  ["organization", "organisation"],
  [
    "mou",
    "memorandum of understanding",
    "memoranda of understanding",
    "memorandums of understanding",
    "mous",
  ],
  // Abbreviations people type that no dictionary lists as the word.
  ["dollar", "usd"],
  ["headquarters", "hq", "hqs"],
  ["government", "govt", "gov"],
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
  // A count in digits or in words is the same count ("2 day visit", "a two-day visit").
  ["2", "two"],
  ["3", "three"],
  ["4", "four"],
  ["5", "five"],
  ["6", "six"],
  ["7", "seven"],
  ["8", "eight"],
  ["9", "nine"],
  ["10", "ten"],
  // Nationality adjectives say no more than the country names, which are in nearly every article.
  ["pakistan", "pakistani", "pakistanis", "pak"],
  ["azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "azeris"],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * Spellings of several plain words ("prime minister"), as against variants of one word ("shahbaz",
 * "jf-17"); a variant that contains its canonical term ("nagorno karabakh") is just that term.
 */
const KEEPS_ITS_WORDS = /^[a-z]+(?: [a-z]+)+$/u;

/**
 * A designation's variant letter ("JF-17C", "JF-17B"): the same aircraft, a later model, so it reads
 * as the designation.
 */
const VARIANT_LETTER = "(?:[a-d](?![a-z0-9]))?";
const VARIANT_SUFFIX = /(?<=\d)[a-d]$/u;

const SPELLING_TO_CANONICAL = new Map<string, string>();
for (const [canonical, ...spellings] of ALIAS_GROUPS) {
  if (canonical === undefined) continue;
  // A designation written as its canonical term may carry a variant letter too ("jf17c").
  if (/[a-z]\d+$/u.test(canonical)) SPELLING_TO_CANONICAL.set(canonical, canonical);
  for (const spelling of spellings) {
    SPELLING_TO_CANONICAL.set(spelling, canonical);
    // A phrase's plural is the same concept: "the two foreign ministers", "top diplomats".
    if (KEEPS_ITS_WORDS.test(spelling) && !spelling.endsWith("s"))
      SPELLING_TO_CANONICAL.set(`${spelling}s`, canonical);
  }
}

/**
 * Whether a folded word is itself one of the spellings that {@link applyAliases} rewrites.
 * @param word - one folded word
 */
export function isAliasSpelling(word: string): boolean {
  return SPELLING_TO_CANONICAL.has(word) || SPELLING_TO_CANONICAL.has(word.replace(VARIANT_SUFFIX, ""));
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
    .map((spelling) => escapeRegExp(spelling) + (/\d$/u.test(spelling) ? VARIANT_LETTER : ""))
    .join("|")})(?![a-z0-9])`,
  "gu",
);

/**
 * Rewrites every known spelling in folded text to its canonical term.
 * @param folded - text already passed through `foldText`
 * @param keepWords - whether a spelled-out alias keeps its words beside the canonical term
 */
export function applyAliases(folded: string, keepWords = true): string {
  return folded.replace(ALIAS_PATTERN, (matched) => {
    const spelling = SPELLING_TO_CANONICAL.has(matched) ? matched : matched.replace(VARIANT_SUFFIX, "");
    const canonical = SPELLING_TO_CANONICAL.get(spelling) ?? spelling;
    // A phrase keeps its words beside the canonical term: "preferential trade agreement" is still
    // about trade and an agreement, and "foreign minister" still a minister.
    return keepWords && KEEPS_ITS_WORDS.test(spelling) && !spelling.split(" ").includes(canonical)
      ? `${canonical} ${spelling}`
      : canonical;
  });
}
