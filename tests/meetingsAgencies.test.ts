import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/ingest/parseArticle.js";
import { extractMeetings } from "../src/meetings/index.js";
import { findPlace } from "../src/meetings/places.js";
import type { Article, Meeting } from "../src/types.js";

/** Parses a page as the archive would, so datelines and page dates are read as in real files. */
function page(id: string, text: string): Article {
  const { article } = parseArticle(id, text);
  if (article === null) throw new Error(`no article in ${id}`);
  return article;
}

function only(meetings: Meeting[]): Meeting {
  expect(meetings).toHaveLength(1);
  const [meeting] = meetings;
  if (meeting === undefined) throw new Error("no meeting");
  return meeting;
}

// Names and events below are invented; the sentences follow how wire agencies write.
describe("meetings as the agencies report them", () => {
  it("counts 'yesterday' from a wire dateline a day after the page date, not a year off", () => {
    const meeting = only(
      extractMeetings([
        page(
          "w1.txt",
          " date 2023-10-11 Home | World\nMinisters agree on air links\nQUETTA, Oct 12 (APP): Interior Minister Kamran Baloch and Azerbaijan's Interior Minister Vilayat Rustamov met here yesterday and agreed to open new air links.\n",
        ),
      ]),
    );
    expect(meeting).toMatchObject({ date: "2023-10-11", precision: "day", place: "Quetta", kind: "meeting" });
  });

  it("reads a weekday against the page of the day after and a statement's weekday as the event's", () => {
    const meetings = extractMeetings([
      page(
        "w2.txt",
        " date 2024-03-08 Home\nLeaders meet\nPrime Minister Tariq Noon and President of Azerbaijan Elchin Guliyev on Thursday held talks in Multan.\n",
      ),
      page(
        "w3.txt",
        " date 2024-04-12 Home\nEnergy talks\nPrime Minister Tariq Noon met President Elchin Guliyev in Baku to discuss gas supplies to Pakistan, the PM Office said on Thursday.\n",
      ),
    ]);
    // 2024-03-08 and 2024-04-12 are Fridays.
    expect(meetings.map((m) => [m.date, m.precision, m.place])).toEqual([
      ["2024-03-07", "day", "Multan"],
      ["2024-04-11", "day", "Baku"],
    ]);
  });

  it("never takes the agency's name for part of the place", () => {
    const meeting = only(
      extractMeetings([
        page(
          "w4.txt",
          " date 2024-07-02 News.Az\nFMs meet\nAzerbaijani Foreign Minister Rauf Karimli met with Pakistan's Foreign Minister Sana Mirza in Astana, News.Az reports.\n",
        ),
      ]),
    );
    expect(meeting.place).toBe("Astana");
  });

  it("dates a report without a date expression by its article, as 'reported'", () => {
    const meeting = only(
      extractMeetings([
        page(
          "w5.txt",
          " date 2024-07-02 News.Az\nFMs meet\nAzerbaijani Foreign Minister Rauf Karimli met with Pakistan's Foreign Minister Sana Mirza in Astana.\n",
        ),
      ]),
    );
    expect(meeting).toMatchObject({ date: "2024-07-02", precision: "reported" });
  });

  it("finds a summit whose leaders are named in the next sentence, apart from a meeting the same day", () => {
    const meetings = extractMeetings([
      page(
        "s1.txt",
        " date 2025-04-04 Report.az\nGanja summit\nGANJA, Azerbaijan, April 4. A trilateral summit of Azerbaijan, Türkiye and Pakistan has been held in Ganja, Report informs.\nPresident Elchin Guliyev, President of Türkiye Mehmet Kaya and Prime Minister of Pakistan Tariq Noon adopted a joint declaration.\n",
      ),
      page(
        "s2.txt",
        " date 2025-04-04 ARY\nArmy chiefs meet\nRAWALPINDI: General Asad Khan, Chief of Army Staff, called on Colonel General Orkhan Aliyev, Minister of Defence of Azerbaijan, in Ganja on Friday.\n",
      ),
    ]);
    expect(meetings.map((m) => [m.kind, m.date, m.place, m.participants.length])).toEqual([
      ["summit", "2025-04-04", "Ganja", 3],
      ["meeting", "2025-04-04", "Ganja", 2],
    ]);
  });

  it("gives a phone call no place, even under a dateline", () => {
    const meeting = only(
      extractMeetings([
        page(
          "c1.txt",
          " date 2025-03-05 APP\nPM telephones President\nISLAMABAD, Mar 5 (APP): Prime Minister Tariq Noon on Wednesday telephoned President of Azerbaijan Elchin Guliyev and greeted him on Novruz.\n",
        ),
      ]),
    );
    expect(meeting).toMatchObject({ kind: "call", place: null, date: "2025-03-05", precision: "day" });
  });

  it("merges one event told by several agencies, citing every one, but not a call of the same day", () => {
    const meetings = extractMeetings([
      page(
        "m1.txt",
        " date 2025-06-03 AA\nTalks\nPakistan and Azerbaijan on Monday agreed to expand trade, Prime Minister Tariq Noon and President Elchin Guliyev said at a joint press conference in Baku.\n",
      ),
      page(
        "m2.txt",
        " date 2025-06-02 Trend\nDocuments signed\nBAKU, Azerbaijan, June 2. A signing ceremony was held after the talks between President of Azerbaijan Elchin Guliyev and Prime Minister of Pakistan Tariq Noon, Trend reports.\n",
      ),
      page(
        "m3.txt",
        " date 2025-06-03 APP\nCall\nPrime Minister Tariq Noon on Monday had a telephone conversation with President Elchin Guliyev of Azerbaijan and thanked him for his support to Pakistan.\n",
      ),
    ]);
    expect(meetings.map((m) => [m.kind, m.date, m.sources.map((s) => s.source)])).toEqual([
      ["meeting", "2025-06-02", ["m1.txt", "m2.txt"]],
      ["call", "2025-06-02", ["m3.txt"]],
    ]);
  });

  it("takes a pronoun's person from the sentence before and a passive welcome into the visit", () => {
    const meetings = extractMeetings([
      page(
        "p1.txt",
        " date 2024-12-03 APP\nEnvoy calls on Chairman\nISLAMABAD, Dec 3 (APP): Chairman Senate Imran Lodhi on Tuesday said Pakistan and Azerbaijan should expand parliamentary exchanges.\nHe said this while talking to Ambassador of Azerbaijan Samir Huseynov, who called on him.\n",
      ),
      page(
        "p2.txt",
        " date 2024-11-25 Dawn\nFM arrives\nISLAMABAD: Azerbaijani Foreign Minister Rauf Karimli arrived in Islamabad on Sunday on a two-day official visit.\nHe was received at the airport by Additional Foreign Secretary Bilal Hashmi.\nKarimli will hold talks with Foreign Minister Sana Mirza today.\n",
      ),
    ]);
    expect(meetings.map((m) => [m.kind, m.date, m.place, m.participants])).toEqual([
      ["meeting", "2024-12-03", "Islamabad", ["Chairman Senate Imran Lodhi", "Ambassador Samir Huseynov"]],
      [
        "visit",
        "2024-11-24",
        "Islamabad",
        ["Foreign Minister Rauf Karimli", "Additional Foreign Secretary Bilal Hashmi"],
      ],
    ]);
  });

  it("knows one person by the given name alone in another report, and by the surname later on", () => {
    const meetings = extractMeetings([
      page(
        "g1.txt",
        " date 2024-09-25 Dawn\nTalks\nPM Tariq and Azerbaijani President Elchin Guliyev discussed energy during a meeting in New York on Tuesday, Pakistan's mission said.\n",
      ),
      page(
        "g2.txt",
        " date 2024-09-24 AZERTAC\nTalks\nPrime Minister of Pakistan Tariq Noon and President of Azerbaijan Elchin Guliyev met in New York on Tuesday.\nThe following day, Guliyev held talks with Finance Minister Omar Qazi of Pakistan.\n",
      ),
    ]);
    expect(meetings.map((m) => [m.date, m.participants, m.sources.map((s) => s.source)])).toEqual([
      ["2024-09-24", ["Prime Minister Tariq Noon", "President Elchin Guliyev"], ["g1.txt", "g2.txt"]],
      ["2024-09-25", ["President Elchin Guliyev", "Finance Minister Omar Qazi"], ["g2.txt"]],
    ]);
  });
});

describe("findPlace", () => {
  it("reads 'the ... city of X', keeps a known region after a comma and drops anything else", () => {
    expect(findPlace("They met in the Azerbaijani city of Shusha on Friday.")).toBe("Shusha");
    expect(findPlace("They met in Lachin, Azerbaijan.")).toBe("Lachin, Azerbaijan");
    expect(findPlace("They met in Astana, Trend reports.")).toBe("Astana");
  });

  it("prefers a city to a country, and the dateline's city to its own country", () => {
    expect(findPlace("He visited Azerbaijan and held talks in Ganja.")).toBe("Ganja");
    expect(findPlace("He visited Azerbaijan.", "BAKU")).toBe("Baku");
    expect(findPlace("He visited Azerbaijan.", "ISLAMABAD")).toBe("Azerbaijan");
    expect(findPlace("The ministers met here today.", "QUETTA")).toBe("Quetta");
  });

  it("takes no possessive, month or title for a place", () => {
    expect(findPlace("They discussed investment in Pakistan's energy sector.")).toBeNull();
    expect(findPlace("They met in January.")).toBeNull();
    expect(findPlace("He met in President Aliyev's office.")).toBeNull();
  });
});
