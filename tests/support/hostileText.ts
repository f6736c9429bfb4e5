/**
 * Hostile user text for reliability tests (a fixed list; fast-check arbitraries are in
 * hostileArbitrary.ts), covering empty
 * and whitespace input, over-long text, control and invisible characters, emoji, markdown, mentions,
 * URLs, regex metacharacters, SQL and HTML, prototype keys, and Urdu, Azerbaijani and Russian text.
 */
/** Pieces that hostile input is assembled from. */
export const HOSTILE_PIECES: readonly string[] = [
  "",
  " ",
  "   ",
  "\t",
  "\u0000",
  "\u0007",
  "\u001b[2J\u001b[31m",
  "\u0085",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202e",
  "\u2066",
  "\u2028",
  "\ufeff",
  "\ud800",
  "😀",
  "🇵🇰🇦🇿",
  "👨‍👩‍👧",
  "**bold**",
  "__under__",
  "~~strike~~",
  "||spoiler||",
  "`code`",
  "```js\nconsole.log(1)\n```",
  "> quote",
  ">>> block",
  "# heading",
  "-# subtext",
  "- item",
  "1. item",
  "[click](https://evil.example/x)",
  "@everyone",
  "@here",
  "<@123>",
  "<@!123456789012345678>",
  "<#123>",
  "<@&123>",
  "https://example.com/a?b=c&d=e#f",
  ".*+?^${}()|[]\\",
  "(a+)+$",
  "'; DROP TABLE articles;--",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&lt;b&gt;",
  "پاکستان اور آذربائیجان کے تعلقات",
  "Azərbaycan və Pakistan münasibətləri",
  "Азербайджан и Пакистан",
  "JF-17",
  "When did Azerbaijan receive the JF-17?",
  "defence",
  "trade",
  "energy",
  "\n",
  "\r\n",
  "\\",
  "\\\\*",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
];

/**
 * A fixed list of hostile questions, one per line (no line breaks inside), for batch runs: each
 * piece alone, each with the JF-17 question around it, and a few long and combined ones.
 */
export function hostileQuestionLines(): string[] {
  const oneLine = (text: string): string => text.replace(/\r\n|\r|\n/g, " ");
  const lines = HOSTILE_PIECES.map(oneLine);
  for (const part of HOSTILE_PIECES)
    lines.push(oneLine(`${part} When did Azerbaijan receive ${part} the JF-17?`));
  lines.push("x".repeat(301), "@everyone ".repeat(100), HOSTILE_PIECES.map(oneLine).join(" "));
  return lines;
}
