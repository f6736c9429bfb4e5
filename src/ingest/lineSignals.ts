/**
 * Signals that classify one line of a saved web page. Each rule describes a kind of page furniture
 * by its shape (a ticker, a byline, a comment form, a section label), so it holds for pages this
 * archive has never seen.
 */

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

/** Words a line of prose ends on: a sentence-final mark, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’')\]]*$/u;

/** Headings that open a block of links to other pages ("Explore", "Related Articles", ...). */
const BLOCK_MARKER =
  /^(?:explore(?: more)?|related(?: articles| stories| news| posts| content| coverage| reading)?|recommended(?: for you| stories)?|read (?:more|also|next)|also read|see also|more (?:from|on|stories|news)\b.*|latest(?: news| stories)?|trending(?: now| news)?|popular(?: now| stories)?|most (?:read|popular|viewed)|top stories|editor'?s? picks?|you (?:may|might) (?:also )?like|what to read next|in (?:other|case you missed)\b.*|further reading|tags?|topics|categories|comments?(?: \(\d+\))?|leave a (?:reply|comment)|share(?: this(?: article| story)?)?|follow us.*|advertisement|sponsored(?: content)?)\s*:?$/iu;

/** Navigation and form furniture that is debris wherever it stands. */
const FURNITURE =
  /^(?:follow\b.{0,40}\bon (?:x|twitter|whatsapp|facebook|instagram|telegram|youtube|google news)\b.*|(?:copyright|©).*|all rights reserved.*|back to top|skip to (?:main )?content|print|email|subscribe.*|sign (?:up|in).*|log ?in|newsletter.*|cookie.*|accept(?: all)? cookies|menu|home|search|close|cancel reply|post comment|submit)\s*[.!]?$/iu;

/**
 * Lines that are furniture at any length: copyright footers, long timestamp lines, prompts to
 * follow or subscribe ("Follow us on ...", "Like Business on Facebook, follow @Desk on X"). Each opens
 * with its tell, so a sentence of the story cannot match.
 */
const FURNITURE_AT_ANY_LENGTH =
  /^(?:(?:copyright|©)\s.*|.*\ball rights reserved\b.*|(?:published|updated|last updated|posted)\s*:?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).{0,120}|(?:follow|like|join|subscribe to)\s+(?:us|our\b).{0,80}\b(?:twitter|facebook|whatsapp|instagram|telegram|youtube|linkedin|google news|channel|newsletter)\b.*|(?:follow|like|join)\s+(?:[@\p{L}\d.&'’-]+\s+){1,4}on\s+(?:x|twitter|facebook|whatsapp|instagram|telegram|youtube|linkedin|threads|tiktok)\b.*)$/iu;

/** Words one of which every furniture or comment-form line contains: a cheap test before the regexes. */
const FURNITURE_TELL =
  /copyright|©|rights reserved|published|updated|posted|follow|like|join|subscribe|comment|email|required fields|notify me|logged in/iu;

/** Comment-form prompts and notices. */
const COMMENT_FORM =
  /(?:please enter your (?:comment|name|email)|your email address will not be published|required fields are marked|save my name,? email|notify me of (?:new|follow-up)|you must be logged in to post|leave a comment|add a comment|\bcomments? (?:are|is) closed)/iu;

/** Byline or timestamp lines: "By Azernews", "NNI Published 28 May, 2025 06:02am", "2 min read". */
const BYLINE_OR_TIMESTAMP = new RegExp(
  [
    String.raw`^by\s+\S.{0,60}$`,
    String.raw`^(?:\S+\s+){0,4}(?:published|updated|posted|last updated)\b.{0,60}\d.{0,40}$`,
    String.raw`^\d+\s+min(?:ute)?s?\s+read$`,
    String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:${MONTHS})\.?\s+\d{1,2},?\s+\d{4}(?:[,\s]+\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[a-z]{2,4})?)?$`,
    String.raw`^\d{1,2}\s+(?:${MONTHS})\.?,?\s+\d{4}(?:[,\s]+\d{1,2}:\d{2}\s*(?:am|pm)?)?$`,
    String.raw`^\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?$`,
    String.raw`^\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[a-z]{2,4})?$`,
  ].join("|"),
  "iu",
);

/**
 * A reader's comment, signed the way comment threads sign them: "Rizwan K | 5 hours ago Why ...",
 * "Sana · 2 days ago", "Amjad - 3 hrs ago".
 */
const READER_COMMENT =
  /^\p{L}[\p{L}\d .'’_-]{0,40}?\s+[|·•–-]\s+(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/iu;

/** A cookie notice: "We use cookies to ...", "By continuing to browse you agree to our use of cookies." */
const COOKIE_NOTICE =
  /\b(?:uses? cookies|use of cookies|cookie (?:policy|notice|settings|preferences)|cookies help us|accept (?:all )?cookies)\b/iu;

/** A strip of breaking or trending headlines above the page: "BREAKING: ...", "TRENDING: ...". */
const NEWS_STRIP = /^(?:breaking(?: news)?|trending|live|just in|latest|flash|ticker)\s*[:|▶-]/iu;

/** A weather reading: "Baku: +17°C, partly cloudy", "Lahore 24°C Haze". */
const WEATHER = /[+-−]?\d{1,2}\s?°\s?[CF]\b/u;
/** Words up to which a line with a temperature is a weather box, not a story about the heat. */
const MAX_WEATHER_WORDS = 14;

/** A date or time standing alone: "Thursday 05 October 2023", "15 January 2025 11:20 (UTC +04:00)". */
const DATE_ALONE = new RegExp(
  String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}\s+(?:${MONTHS})\.?,?\s+\d{4}(?:[,\s]+\d{1,2}:\d{2}(?:\s*\(?\s*(?:utc|gmt|pkt|azt)\s*[+-]?\s*\d{1,2}(?::\d{2})?\s*\)?)?)?$`,
  "iu",
);

/** Segments of a strip of figures (currency, fuel, gold) lack a number less often than this ("Trade hits $1bn | Business" is a headline). */
const MAX_FIGURELESS_SHARE = 0.5;
/** A strip of figures has at least this many segments. */
const MIN_FIGURE_SEGMENTS = 2;

/**
 * "USD 1.7 | EUR 1.9815 | Brent 64.88", "Gold (24K) Rs 355,000/tola | Silver Rs 4,050/tola": a
 * strip of prices (asked only of a line that is no prose).
 */
function isFigureStrip(line: string): boolean {
  const segments = line.split(/\s+[|•·]\s+/u).filter((segment) => segment.trim() !== "");
  if (segments.length < MIN_FIGURE_SEGMENTS) return false;
  const figureless = segments.filter((segment) => !/\d/u.test(segment)).length;
  return (
    figureless / segments.length < MAX_FIGURELESS_SHARE &&
    segments.every((segment) => countWords(segment) <= MAX_MENU_ITEM_WORDS + 2)
  );
}

/** A quote line of a stock or currency ticker: "AIRLINK 159.05 Decreased By ▼ -3.77 (-2.32%)". */
export function isTickerLine(line: string): boolean {
  if (/[▲▼△▽↑↓]/u.test(line)) return true;
  if (/creased/iu.test(line) && /\b(?:increased|decreased)\s+by\b/iu.test(line)) return true;
  const compact = line.replace(/\s+/gu, "");
  if (compact.length === 0 || !/%/u.test(line)) return false;
  const numeric = compact.replace(/[^0-9.,%+\-()]/gu, "").length;
  // Ticker strips are mostly figures; prose that quotes a percentage is mostly letters.
  return numeric / compact.length > 0.4;
}

/** True for "SOURCE: AA"-style credit lines. */
export function sourceCredit(line: string): string | null {
  const match = /^(?:source|sources|courtesy|credit)\s*:\s*(.{2,40})$/iu.exec(line.trim());
  return match?.[1]?.trim() ?? null;
}

/**
 * How many words a line has (runs of non-space holding a letter or digit). Every line is measured
 * by several signals, so counts are remembered; splitting each time was the parser's main cost.
 * @param line - one line of a page
 */
export function countWords(line: string): number {
  const cached = WORD_COUNTS.get(line);
  if (cached !== undefined) return cached;
  let count = 0;
  let wordHasText = false;
  for (let at = 0; at <= line.length; at++) {
    const code = at < line.length ? line.charCodeAt(at) : 32;
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009) {
      if (wordHasText) count++;
      wordHasText = false;
    } else if (!wordHasText && isLetterOrDigit(line, at, code)) {
      wordHasText = true;
    }
  }
  if (WORD_COUNTS.size >= MAX_COUNTED_LINES) WORD_COUNTS.clear();
  WORD_COUNTS.set(line, count);
  return count;
}

/** ASCII letters and digits directly; other characters (ə, ş, Cyrillic, dashes) by their class. */
function isLetterOrDigit(line: string, at: number, code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(line.charAt(at));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_COUNTS = new Map<string, number>();
/** Lines of a few articles at a time are measured repeatedly; older counts need not be kept. */
const MAX_COUNTED_LINES = 10_000;

/** Splits a line into its words (runs of non-space holding a letter or digit). */
function wordsOf(line: string): string[] {
  return line.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** A line that reads as running text: enough words and a sentence-final mark, or simply long. */
export function isProse(line: string): boolean {
  const words = countWords(line);
  // Eight words with a full stop is a sentence; headlines rarely end on a full stop.
  if (words >= 8 && SENTENCE_END.test(line)) return true;
  // Long unpunctuated runs are paragraphs whose final mark the page lost.
  return words >= 30;
}

/** Fewer words than this is a label ("Read more.") even between two paragraphs of the story. */
const MIN_SHORT_PARAGRAPH_WORDS = 4;

/**
 * A short sentence standing as a paragraph of its own between two paragraphs of the story: "About
 * 600 people attended the three screenings." Too short for {@link isProse} alone, it is told from
 * a headline by its full stop and from page furniture by the running text on both sides of it.
 * @param line - the line
 * @param before - the nearest line above it that was kept as story text, if it is the one right above
 * @param after - the line right below it
 */
export function isShortParagraph(
  line: string,
  before: string | undefined,
  after: string | undefined,
): boolean {
  return (
    before !== undefined &&
    after !== undefined &&
    isProse(before) &&
    isProse(after) &&
    countWords(line) >= MIN_SHORT_PARAGRAPH_WORDS &&
    /^[\p{Lu}\p{N}"“]/u.test(line) &&
    /[.!?]["”’')]*$/u.test(line) &&
    !isStandaloneDebris(line)
  );
}

/** A line shaped like a headline or link text: short, no sentence-final full stop. */
export function isHeadlineLike(line: string): boolean {
  const words = countWords(line);
  return words >= 2 && words <= 25 && !/[.…]["”’')\]]*$/u.test(line) && !isProse(line);
}

/** "ASIA PACIFIC", "WORLD", "OPINION": a section label in capitals. */
export function isSectionLabel(line: string): boolean {
  const words = wordsOf(line);
  return words.length > 0 && words.length <= 4 && line === line.toUpperCase() && /\p{Lu}{2}/u.test(line);
}

/** A line of only a person's name, the way author bylines stand: "Qabil Ashirov". */
export function isBareName(line: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}'’-]+\s){1,3}\p{Lu}[\p{Ll}'’-]+$/u.test(line.trim());
}

/** An image caption with a credit: "Leaders meet in Baku / AA", "... (Photo: Reuters)". */
export function captionCredit(line: string): string | null {
  const match =
    /\s\/\s*([\p{Lu}][\p{L}. ]{1,24})$|\((?:photo|image|file photo|picture)\s*:?\s*([^)]{2,30})\)$/iu.exec(
      line,
    );
  if (!match) return null;
  return (match[1] ?? match[2] ?? "").trim() || null;
}

/** Items of a navigation bar: "Home | Latest | Pakistan", "Politics  Economy  Society". */
const MENU_SEPARATOR = /\s*[|•·]\s*|\s{2,}/u;
/** A navigation bar has at least this many items... */
const MIN_MENU_ITEMS = 4;
/** ... of at most this many words each ("Life & Style", "Oil & Gas", "Central Asia"). */
const MAX_MENU_ITEM_WORDS = 3;
/** A bar written without separators has at least this many capitalised words and no lower-case one... */
const MIN_BARE_MENU_WORDS = 6;
/** ... most of them (this share) the names of a news site's sections, or a headline in Title Case would be one. */
const MIN_SECTION_SHARE = 0.75;

/** Names news sites give their sections, as a bar without separators lists them. */
const SECTION_NAMES: ReadonlySet<string> = new Set(
  (
    "home latest news pakistan world business sports sport opinion opinions politics economy society region " +
    "analytics analysis interview interviews photo photos video videos entertainment health sci-tech tech " +
    "technology lifestyle life style editorial editorials op-ed e-paper epaper national international markets " +
    "multimedia programmes programs features urdu live tv print newspaper magazine magazines prism images blogs " +
    "culture oil&gas oil gas ict transport energy science education columns letters more & nation asia " +
    "central iran türkiye turkey karachi lahore islamabad peshawar quetta baku military green showbiz weather"
  ).split(" "),
);

/**
 * A navigation bar: "Home | Latest | Pakistan | Business | Opinion", "Politics Economy Society
 * Business Oil&Gas ICT World" (section names, each a word or three, none of them a sentence).
 */
export function isMenuLine(line: string): boolean {
  const items = line
    .trim()
    .split(MENU_SEPARATOR)
    .filter((item) => /[\p{L}\p{N}]/u.test(item));
  if (items.length >= MIN_MENU_ITEMS && items.every((item) => countWords(item) <= MAX_MENU_ITEM_WORDS))
    return !items.some((item) => /[.!?]$/u.test(item));
  const words = wordsOf(line);
  return (
    words.length >= MIN_BARE_MENU_WORDS &&
    !/[,:;.!?"“”]/u.test(line) &&
    words.every((word) => /^(?:\p{Lu}|&|\d)/u.test(word)) &&
    words.filter((word) => SECTION_NAMES.has(word.toLowerCase())).length >= MIN_SECTION_SHARE * words.length
  );
}

/** Whether a line is page debris by itself, whatever stands around it. */
export function isStandaloneDebris(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return false;
  if (countWords(trimmed) <= 8 && (FURNITURE.test(trimmed) || BYLINE_OR_TIMESTAMP.test(trimmed))) return true;
  return (
    (FURNITURE_TELL.test(trimmed) && (FURNITURE_AT_ANY_LENGTH.test(trimmed) || COMMENT_FORM.test(trimmed))) ||
    isTickerLine(trimmed) ||
    READER_COMMENT.test(trimmed) ||
    COOKIE_NOTICE.test(trimmed) ||
    (!isProse(trimmed) &&
      (isMenuLine(trimmed) ||
        NEWS_STRIP.test(trimmed) ||
        DATE_ALONE.test(trimmed) ||
        isFigureStrip(trimmed) ||
        (WEATHER.test(trimmed) && countWords(trimmed) <= MAX_WEATHER_WORDS))) ||
    sourceCredit(trimmed) !== null ||
    /^related(?=\p{Lu})/u.test(trimmed) ||
    isSectionLabel(trimmed) ||
    (captionCredit(trimmed) !== null && !isProse(trimmed))
  );
}

/** Whether a line opens a block of links to other pages. */
export function isBlockMarker(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 40 && BLOCK_MARKER.test(trimmed);
}
