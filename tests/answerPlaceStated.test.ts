/**
 * Where-questions: a sentence that says where something is in so many words ("located in Gulberg")
 * answers before one about the same thing that names a place in passing.
 */
import { describe, expect, it } from "vitest";
import { askQuestion } from "../src/answer/ask.js";
import { engineOf } from "./support/answerFixtures.js";

const engine = engineOf({
  "a_office.txt": ` date 2025-06-12 Azerbaijani trade office opens in Lahore
Azerbaijan on Thursday opened a trade office in Lahore, its second in Pakistan.
The Azerbaijani trade office will help exporters with permits, while samples will be cleared at the customs house in Lahore.
The trade office, located in Gulberg, was opened by the Azerbaijani trade minister.
`,
  "b_other.txt": ` date 2025-06-01 Carpets in Baku
A carpet fair opened in Baku with stalls from Lahore and Karachi.
`,
});

describe("a place stated as where something is", () => {
  it("answers 'where in Lahore is the trade office' with 'located in Gulberg'", () => {
    const result = askQuestion(engine, "where in lahore is the azerbaijani trade office");
    expect(result.status).toBe("answered");
    expect(result.excerpts[0]?.text).toMatch(/located in Gulberg/u);
  });
});

describe("where someone is from", () => {
  const art = engineOf({
    "c_bus.txt": ` date 2025-11-05 Truck art in Baku
A city bus painted in Pakistani truck art drew crowds in the Azerbaijani capital, as the culture days opened at the Icherisheher reserve.
The bus was painted by Ustad Karim Bakhsh, a truck artist from Lahore's Badami Bagh, with two of his students.
`,
    "d_other.txt": ` date 2025-06-01 Carpets in Baku
A carpet fair opened in Baku with stalls from Lahore and Karachi.
`,
  });

  it("answers 'where is X from' with the place after 'from', not where X's work was shown", () => {
    const result = askQuestion(art, "where is the truck artist who painted the bus from");
    expect(result.answer).toMatch(/^Lahore's Badami Bagh — /u);
  });
});

describe("a passive verb said as the sentence's predicate", () => {
  const jets = engineOf({
    "e_arrival.txt": ` date 2025-09-25 Jets arrive
The first four JF-17 jets built in Pakistan have arrived at the Kurdamir air base, the Ministry of Defence of Azerbaijan said.
`,
    "f_contract.txt": ` date 2025-03-04 Contract signed
Azerbaijan has signed a contract with Pakistan for fighter aircraft.
The JF-17 aircraft will be built at the Pakistan Aeronautical Complex in Kamra.
`,
    "g_other.txt": ` date 2025-06-01 Carpets in Baku
A carpet fair opened in Baku with stalls from Lahore and Karachi.
`,
  });

  it("answers 'where are they being built' from 'will be built at', not 'jets built in Pakistan have arrived'", () => {
    const result = askQuestion(jets, "where are azerbaijan's jf-17s being built");
    expect(result.excerpts[0]?.text).toMatch(/will be built at/u);
  });
});
