import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import { readArchive } from "../src/ingest/readArchive.js";

describe("mentions and links in a question", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = createKnowledgeBase(await readArchive("seeds"));
  });

  it("are left out, so the question is answered as if they were not there", () => {
    const plain = kb.ask("When did Azerbaijan receive the JF-17?");
    const noisy = kb.ask(
      "@everyone When did Azerbaijan receive the JF-17? <@123456789012345678> <#42> <@&7> https://example.com/x",
    );
    expect(noisy.status).toBe("answered");
    expect(noisy.answer).toBe(plain.answer);
    expect(noisy.excerpts).toEqual(plain.excerpts);
  });

  it("make no question on their own", () => {
    expect(kb.ask("@everyone <@123456789012345678> @here")).toMatchObject({
      status: "invalid",
      error: "The question has no words in it once mentions and links are left out.",
    });
  });
});
