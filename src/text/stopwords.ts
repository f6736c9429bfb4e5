/**
 * Function words and question words that carry no topic. Kept short on purpose: a content word
 * wrongly listed here can never be matched, while a function word wrongly left out only costs a
 * little ranking noise.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor of in on at to for from by with without into onto about above below over under " +
    "after before during since until than then as is are was were be been being am do does did done doing " +
    "has have had having will would shall should can could may might must it its it's this that these those " +
    "there here their them they he him his she her hers we us our you your i me my mine what which who whom " +
    "whose when where why how whether if so such not no yes any all both each every some other another " +
    "more most much many very also just only own same too again further once s t also up down out off " +
    "via per among between against vs versus through while whereas upon within besides tell explain describe " +
    // Reporting verbs: every news sentence "said" something, so they locate nothing.
    "say says said saying tells told " +
    // "What happened in ...": the question is about the time or place, not the verb.
    "happen happens happened happening occur occurs occurred occurring"
  ).split(/\s+/u),
);
