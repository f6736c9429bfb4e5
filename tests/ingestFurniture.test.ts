/**
 * Regressions found by probing with pages unlike the seeds: each case once leaked into answers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../src/loadKnowledgeBase.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import { decodeText } from "../src/ingest/decodeText.js";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { isMenuLine, isStandaloneDebris } from "../src/ingest/lineSignals.js";
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
    "Like Trade Desk on Facebook, follow @TradeDeskPK on Twitter to keep up and have your say.",
    "Follow The Caspian Wire on Telegram for every update from Baku and Islamabad as it happens.",
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

describe("the top of a real page", () => {
  // Invented for this test: the masthead, bars and strips a news site prints above its headline.
  const PAGE = [
    " date 2025-04-02",
    "The Caspian Courier: your window on the region",
    "Home | Latest | Pakistan | World | Business | Sports | Life & Style | E-Paper",
    "Politics  Economy  Society  Oil&Gas  Central Asia  World",
    "Wednesday 02 April 2025",
    "USD 280.40 | EUR 303.15 | Gold Rs 351,000/tola",
    "Baku: +14°C, light rain",
    "BREAKING: Heavy snowfall closes Lowari tunnel",
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. [Accept]",
    "Gwadar and Alat ports agree to share container data",
    "Customs systems of both ports will be linked by the end of the year",
    "By Staff Reporter",
    STORY,
    "Officials said the link would cut the time a container waits at each port by two days.",
  ].join("\n");
  const parsed = parseArticle("page.txt", PAGE).article;

  it("takes the headline above the story, not the masthead, a bar or a strip", () => {
    expect(parsed?.title).toBe("Gwadar and Alat ports agree to share container data");
  });

  it("keeps only the story: the cookie notice is no paragraph however long", () => {
    expect(parsed?.paragraphs).toEqual([
      STORY,
      "Officials said the link would cut the time a container waits at each port by two days.",
    ]);
  });

  it("drops a strip of prices but keeps a headline that quotes a sum beside its section", () => {
    expect(isStandaloneDebris("USD 280.40 | EUR 303.15 | Gold Rs 351,000/tola")).toBe(true);
    expect(isStandaloneDebris("Trade hits $1bn | Business")).toBe(false);
  });

  it.each([
    "Home | Latest | Pakistan | World | Business | Sports",
    "Politics Economy Society Business Oil&Gas Transport ICT World",
    "Xəbər lenti | News feed | Politics | Economy | Military",
  ])("reads %s as a navigation bar", (line) => {
    expect(isMenuLine(line)).toBe(true);
  });

  it.each([
    "Pakistan, Azerbaijan sign trade deal in Baku",
    "Dar, Bayramov discuss regional situation over phone",
    "Lahore and Ganja: Two Cities, One Friendship",
    // A headline in Title Case is all capitals too, but names no sections.
    "PM Shehbaz Meets Azerbaijani President In Baku Today",
  ])("reads the headline %s as no navigation bar", (line) => {
    expect(isMenuLine(line)).toBe(false);
  });
});
