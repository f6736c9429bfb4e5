/**
 * Regressions found by probing with pages unlike the seeds: each case once leaked into answers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { decodeText } from "../src/ingest/decodeText.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { readArchive } from "../src/ingest/readArchive.js";
import { parseEvalFile } from "../src/eval/evaluate.js";

function bodyOf(page: string): readonly string[] {
  return parseArticle("page.txt", page).article?.paragraphs ?? [];
}

const STORY =
  "Pakistan and Azerbaijan agreed on Monday to open a direct cargo route through the Caspian Sea ports.";

describe("furniture at any length", () => {
  it.each([
    "Copyright © 2024 The Daily Example Media Group Limited. All rights reserved. Reproduction in whole or in part without written permission is prohibited.",
    "Published: Tuesday, March 12, 2024 - 10:30am | Last updated 11:45am.",
    "Updated: March 12, 2024 at 2:05 pm Pakistan Standard Time.",
    "Follow us on Twitter and Facebook for the latest updates on Pakistan and Azerbaijan.",
    "Farhan J | 3 hours ago  Why do we never hear about the cargo route before it is signed?",
    "Leyla · 2 days ago Great news for traders in both countries, well done to the ministers.",
  ])("drops %s", (line) => {
    expect(
      bodyOf(` date 2024-03-12 Cargo route agreed between the two countries\n${STORY}\n${line}\n`),
    ).toEqual([STORY]);
  });

  it("keeps the lead paragraph under a share bar", () => {
    const page = ` date 2024-03-12 Home\nCargo route agreed between the two countries\nShare\nFacebook\nWhatsApp\n${STORY}\n`;
    expect(bodyOf(page)).toEqual([STORY]);
  });
});

describe("Windows-1252 files", () => {
  it("decodes curly quotes, dashes and the euro sign, not invisible control characters", () => {
    const decoded = decodeText(
      new Uint8Array([0x93, 0x42, 0x61, 0x6b, 0x75, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]),
    );
    expect(decoded).toEqual({ ok: true, text: "“Baku” – €5", note: "not valid UTF-8; read as Windows-1252" });
  });
});

describe("eval files", () => {
  it("names the line that is not JSON", () => {
    expect(() => parseEvalFile('{"id":"a","q":"x"}\nnot json\n')).toThrow("eval file line 2: not valid JSON");
  });
});

describe("answer spans on the fixture archive", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = createKnowledgeBase(await readArchive("tests/fixtures/archive"));
  });

  it("gives a role written in lower case as who someone is", () => {
    expect(kb.ask("Who is Niyazi Bayramov?").answer).toMatch(/^The mayor of Ganja — /u);
  });

  it("reads 'by the end of 2026' as a date", () => {
    expect(kb.ask("When will the JF-17 jets be delivered?").answer).toMatch(/^By the end of 2026 — /u);
  });

  it("turns a weekday into the calendar date it means in that article", () => {
    // The article is dated 2024-07-09, a Tuesday: "on Tuesday" is that very day.
    expect(kb.ask("When did the COAS meet Guliyev?").answer).toMatch(/^On Tuesday \(2024-07-09\) — /u);
  });
});
