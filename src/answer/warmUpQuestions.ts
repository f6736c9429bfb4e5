/**
 * Questions the bot asks itself once at start-up, their answers discarded, so that its first users
 * do not pay for what every question's first run costs: the engine compiles the answer chain's hot
 * code on first use, and each answer type has its own (a date's patterns, a list's, a title's). At
 * 10,000 articles the first twenty bench questions ran three times slower than the rest before this.
 * The questions are written for the purpose, one or two of each answer type and phrasing the chain
 * tells apart, about nothing in particular; none is from an evaluation set.
 */

/** One or two questions of each answer type, with a misspelling and a time scope among them. */
export const WARM_UP_QUESTIONS: readonly string[] = [
  "When did the presidents of Pakistan and Azerbaijan last meet?",
  "Where did the foreign ministers hold talks?",
  "Who led the Azerbaijani delegation to Islamabad?",
  "Who is the defence minister of Pakistan?",
  "Who is Ilham Aliyev?",
  "How many agreements were signed during the visit?",
  "How much will Azerbaijan invest in Pakistan?",
  "Why did the prime minister travel to Baku?",
  "Did Pakistan and Azerbaijan sign a trade agreement?",
  "What did the two leaders discuss in their telephone call?",
  "What did the ambassador say about tourism?",
  "Which companies signed memorandums of understanding?",
  "Which city hosted the joint military exercise in 2024?",
  "What is the latest news on the preferential trade agreement?",
  "When will the next session of the joint economic commision be held?",
];

/**
 * Start-up time the warm-up may take: at 50,000 articles loading the index takes about a second of
 * the two the bot may take to start, and a busy machine makes each question slower.
 */
export const WARM_UP_BUDGET_MS = 600;

/**
 * Asks {@link WARM_UP_QUESTIONS} in order and discards the answers, stopping once `budgetMs` is
 * spent (the first is always asked). Answering remembers only what it derives from the archive
 * (memoised lookups), so no later answer changes.
 * @param ask - the served knowledge base's `/ask`
 * @param budgetMs - how long the warm-up may take
 * @param now - the clock, in milliseconds
 * @returns how long it took, in milliseconds
 */
export function warmUpAsking(
  ask: (question: string) => unknown,
  budgetMs = WARM_UP_BUDGET_MS,
  now: () => number = () => performance.now(),
): number {
  const started = now();
  for (const question of WARM_UP_QUESTIONS) {
    ask(question);
    if (now() - started >= budgetMs) break;
  }
  return now() - started;
}
