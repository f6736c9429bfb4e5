/**
 * The time fields of `ask --json` on the bundled seeds, through the same `toAskJson` the CLI prints
 * (in-process: the CLI's own spawn is tested in cliJson.test.ts).
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toAskJson, type AskJson } from "../src/cli/askJson.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { loadKnowledgeBase } from "../src/loadKnowledgeBase.js";

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase(resolve(import.meta.dirname, "..", "seeds"), { cacheDir: null });
});

function askJson(question: string): AskJson {
  return JSON.parse(JSON.stringify(toAskJson(kb.ask(question)))) as AskJson;
}

describe("ask --json with a time scope, on the seeds", () => {
  it("reports the Lachin meeting of May 2025 as carried by 2 articles from 2 outlets (NNI, ISPR)", () => {
    const lachin = askJson("what happened in lachin in may 2025");
    expect(lachin).toMatchObject({
      status: "answered",
      scope: {
        since: "2025-05-01",
        until: "2025-05-31",
        phrase: "in may 2025",
        label: "Articles from May 2025 only",
      },
      corroboration: { articles: 2, outlets: 2 },
      conflicts: [],
    });
    expect(lachin.answer).toMatch(/Shehbaz Sharif and .*Ilham Aliyev in Lachin/u);
    expect([...lachin.corroboration.outletNames].sort()).toEqual(["ISPR", "NNI"]);
    for (const excerpt of lachin.excerpts) expect(excerpt.ageDays).toBeGreaterThan(0);
  });

  it("abstains on 2023 and says the archive holds nothing from then", () => {
    const none = askJson("what did Pakistan and Azerbaijan agree in 2023");
    expect(none).toMatchObject({ status: "no_answer", excerpts: [], scope: { since: "2023-01-01" } });
    expect(none.reason).toMatch(/^The archive has no evidence from 2023: no article is dated then/u);
  });

  it("keeps the old keys and adds the new ones with empty values when unscoped", () => {
    const plain = askJson("When did Azerbaijan receive the JF-17?");
    expect(Object.keys(plain).sort()).toEqual(
      ["answer", "conflicts", "corroboration", "excerpts", "freshness", "question", "scope", "status"].sort(),
    );
    expect(plain.scope).toBeNull();
    expect(plain.corroboration).toEqual({ articles: 1, outlets: 1, outletNames: ["Azernews"] });
  });
});
