/**
 * Regressions found by asking about pages unlike the seeds. Each page is parsed from raw text, as a
 * file dropped into the archive would be.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../src/ingest/parseArticle.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import type { Article } from "../src/types.js";

const PAGES: Record<string, string> = {
  "wire.txt": ` date 2025-06-14 Pakistan, Azerbaijan sign investment deal
BAKU, June 14 (Reuters) - Azerbaijan and Pakistan signed agreements worth $2 billion on Saturday covering oil refining and mining.
Ambassador Khazar Farhadov said the agreements would strengthen people-to-people ties between the two countries.
`,
  "summit.txt": ` date 2024-11-12 Summit
Prime Minister Shehbaz Sharif on Tuesday addressed the climate summit in Baku, calling for climate finance.
On the sidelines of the summit, the prime minister met President Ilham Aliyev and thanked him for the hospitality.
`,
  "thanks.txt": ` date 2025-01-05 Thanks
Aliyev thanked Sharif for the support of Pakistan during the conflict over the region.
Sharif thanked Aliyev for the invitation to attend the anniversary celebrations in the capital.
`,
};

function articleOf(id: string, page: string): Article {
  const { article } = parseArticle(id, page);
  if (!article) throw new Error(`fixture ${id} did not parse`);
  return article;
}

describe("answers on unseen page shapes", () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    const articles = Object.entries(PAGES).map(([id, page]) => articleOf(id, page));
    kb = createKnowledgeBase({ articles, skipped: [], notes: [] });
  });

  it("reads a wire dateline with a spaced hyphen: place and agency", () => {
    const article = articleOf("wire.txt", PAGES["wire.txt"] ?? "");
    expect(article.place).toBe("BAKU");
    expect(article.publisher).toBe("Reuters");
    expect(article.paragraphs[0]).toMatch(/^Azerbaijan and Pakistan signed/u);
  });

  it("answers a question of names when the sentence refers to one of them by title", () => {
    // "the prime minister" is Sharif, named one sentence earlier; Aliyev stands in the sentence.
    const result = kb.ask("Where did Sharif meet Aliyev in November 2024?");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/the prime minister met President Ilham Aliyev/u);
  });

  it("gives a one-word title as who someone is", () => {
    expect(kb.ask("Who is Khazar Farhadov?").answer).toMatch(/^Ambassador — /u);
  });

  it("prefers the sentence that says the question's words in its order", () => {
    // Both sentences hold Sharif, Aliyev and "thanked"; only one has Sharif thanking Aliyev.
    expect(kb.ask("Why did Sharif thank Aliyev?").excerpts[0]?.text).toMatch(/^Sharif thanked Aliyev/u);
    expect(kb.ask("Why did Aliyev thank Sharif?").excerpts[0]?.text).toMatch(/^Aliyev thanked Sharif/u);
  });
});

describe("which-questions about things the archive does not hold", () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = createKnowledgeBase({
      articles: [articleOf("summit.txt", PAGES["summit.txt"] ?? "")],
      skipped: [],
      notes: [],
    });
  });

  it("abstain rather than answer from the place name alone", () => {
    // "football team" is what is asked; a sentence that only mentions Baku says nothing about it.
    expect(kb.ask("Which football team won in Baku?").status).toBe("no_answer");
  });
});

describe("dev-style questions worded afresh, on the bundled archive", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const { readArchive } = await import("../src/ingest/readArchive.js");
    kb = createKnowledgeBase(await readArchive("seeds"));
  });

  it("finds 'victory' for 'win'", () => {
    const result = kb.ask("Which war did Azerbaijan win in 2020?");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/2020 Karabakh war/u);
  });

  it("reads 'The following day' as the date a when-question asks for", () => {
    expect(kb.ask("When did the Pakistani PM meet the Minister of Defense Industry?").answer).toMatch(
      /^The following day — /u,
    );
  });

  it("answers 'What happened in ...' by the date, not the verb", () => {
    expect(kb.ask("What happened in late September 2024?").excerpts[0]?.text).toMatch(
      /JF-17 Thunder Block III/u,
    );
  });

  it("abstains when the focus names something no article has", () => {
    // "victory" relates to "won", and Baku is named, but no article mentions football.
    expect(kb.ask("Which football team won in Baku?").status).toBe("no_answer");
  });
});
