/**
 * A sentence whose subject is "He" or "the visiting dignitary" is said of the person named before
 * it, with the titles the article gives him, on an archive of our own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { personReferredTo } from "../src/answer/personAnaphor.js";
import type { BuiltAnswerEngine } from "../src/search/engine.js";
import { engineOf } from "./support/answerFixtures.js";

const PAGES: Record<string, string> = {
  "gas.txt": ` date 2025-03-12 Gas framework signed
ISLAMABAD: Pakistan and Azerbaijan signed a framework for gas cargoes on Tuesday.
The signing was witnessed by Azerbaijan's Minister of Energy Parviz Shahbazov and Pakistani officials.
Mr Shahbazov said the first cargo could arrive in June.
He also called on Prime Minister Shehbaz Sharif later in the day.
Officials said prices would be linked to the Brent benchmark.
`,
  "ghq.txt": ` date 2025-06-10 Army chief visit
RAWALPINDI: Colonel General Karim Valiyev, Chief of the General Staff of the Azerbaijan Armed Forces, called on the army chief at the headquarters on Monday.
Matters of regional security were discussed.
The visiting dignitary laid a floral wreath at the martyrs' monument.
`,
};

describe("a person named by pronoun or as the visitor", () => {
  let engine: BuiltAnswerEngine;
  beforeAll(() => {
    engine = engineOf(PAGES);
  });

  function passageOf(start: string): number {
    const id = engine.store.passages.findIndex((passage) => passage.text.startsWith(start));
    if (id < 0) throw new Error(`no passage ${start}`);
    return id;
  }

  it("resolves He to the name the sentence before opens with, with the titles the article gives it", () => {
    const terms = personReferredTo(engine.store, passageOf("He also called on"));
    expect([...terms]).toEqual(expect.arrayContaining(["shahbazov", "energi", "minist"]));
  });

  it("resolves the visiting dignitary to the person the lead opens with, with his apposition", () => {
    const terms = personReferredTo(engine.store, passageOf("The visiting dignitary"));
    expect([...terms]).toEqual(expect.arrayContaining(["valiyev", "chief", "staff"]));
  });

  it("names no one for a sentence whose subject is no person referred to", () => {
    expect(personReferredTo(engine.store, passageOf("Officials said prices")).size).toBe(0);
    expect(personReferredTo(engine.store, passageOf("Mr Shahbazov")).size).toBe(0);
  });

  it("answers did-X-meet-Y from what is told of X as He", () => {
    // The sentence names neither the energy nor the minister: "He" is Azerbaijan's Minister of Energy.
    const result = askQuestion(engine, "Did the energy minister meet Shehbaz Sharif?");
    expect(result.answer).toMatch(/^Yes — He also called on/u);
  });
});
