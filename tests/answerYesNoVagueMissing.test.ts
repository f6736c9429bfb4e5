/**
 * Yes/no questions in vague words on a small archive of our own: a sentence naming everyone asked
 * about states a claim whose one vague word it leaves out ("did the minister GO to Sheki"), not
 * one whose several words it leaves out ("was the VALUE of the Sheki centre MADE PUBLIC").
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_centre.txt": ` date 2025-10-01 Repair centre for Sheki
Pakistan Aeronautical Complex Kamra and Azerbaijan's AzAeroTech will build a repair centre for training aircraft in the town of Sheki, the ministry said on Wednesday.
About 80 technicians will be trained at Kamra before the facility opens.
`,
});

describe("a vague claim", () => {
  it("is not stated by a sentence that leaves most of it out", () => {
    const answer = askQuestion(engine, "was the value of the sheki centre made public").answer ?? "";
    expect(answer).not.toMatch(/^Yes/u);
  });

  it("is stated by a sentence naming everyone, its one vague word left out", () => {
    const answer = askQuestion(engine, "will azaerotech get a centre in sheki").answer ?? "";
    expect(answer).toMatch(/^Yes — /u);
  });
});

const invitation = engineOf({
  "b_invitation.txt": ` date 2025-07-04 Talks in Shusha
President Ilham Aliyev received Senator Farah Durrani in Shusha on Thursday.
Durrani conveyed an invitation to Aliyev to visit Gwadar, which the president accepted.
Separately, the women's hockey teams of the two countries played a friendly in Ganja.
`,
  "c_trade.txt": ` date 2025-07-09 Trade fair
Traders from Sialkot will come to Baku in August for a trade fair on sports goods.
The organisers said buyers from Georgia and Turkiye would come as well.
`,
  "d_rail.txt": ` date 2025-07-12 Rail link
A freight train from Karachi is expected to come to Baku through Iran by the end of the year.
Officials said the route would cut the journey by ten days.
`,
});

describe("a specific claim with one vague word", () => {
  it("is stated by a sentence with every other word of it, the vague one said otherwise", () => {
    // "come" is the vague word; "to visit Gwadar" says it otherwise.
    const answer =
      askQuestion(invitation, "did aliyev accept durranis invitation to come to gwadar").answer ?? "";
    expect(answer).toMatch(/^Yes — Durrani conveyed an invitation/u);
  });

  it("is not stated when a thing it names is missing: the men's teams are not the women's", () => {
    const answer =
      askQuestion(invitation, "did the men's hockey teams play a friendly in ganja").answer ?? "";
    expect(answer).not.toMatch(/^Yes/u);
  });
});
