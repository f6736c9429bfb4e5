/**
 * The topic catalogue: the themes the archive talks about, with the names a user may type for each
 * (aliases) and the keywords that mark a sentence as being about it. Keywords describe the theme
 * itself, never a particular article, so they hold for articles the archive has never seen.
 */
import { analyzeCanonical as analyzeText } from "../text/terms.js";
import { foldText } from "../text/fold.js";
import type { TopicInfo } from "../types.js";

/** A keyword of a theme and how strongly it signals the theme. */
export interface TopicKeyword {
  /** A word or phrase, written as in prose; analysed like article text. */
  readonly text: string;
  /** 1 for a term that is the theme itself, lower for terms that also occur around it. */
  readonly weight: number;
}

/** A catalogue entry: what `/topic` shows plus the keywords used to score sentences. */
export interface TopicDefinition extends TopicInfo {
  readonly keywords: readonly TopicKeyword[];
}

/*
 * Keywords are matched on stems, so a word whose stem is shared by common unrelated words is left
 * out ("import" is also the stem of "important", "capital" of "capitalize").
 */

/** A term that names the theme outright. */
const STRONG = 1;
/** A term that is usually, but not always, about the theme ("security", "business"). */
const WEAK = 0.5;

function keywords(strong: readonly string[], weak: readonly string[] = []): TopicKeyword[] {
  return [
    ...strong.map((text) => ({ text, weight: STRONG })),
    ...weak.map((text) => ({ text, weight: WEAK })),
  ];
}

/** Every theme, in the order `/topic` lists them. */
export const TOPIC_CATALOGUE: readonly TopicDefinition[] = [
  {
    name: "defence",
    description: "Military ties: arms deals such as the JF-17, defence industry, army and security talks.",
    aliases: ["defense", "military", "army", "armed forces", "JF-17", "security", "defence industry"],
    keywords: keywords(
      [
        "defence",
        "military",
        "army",
        "armed forces",
        "air force",
        "navy",
        "naval",
        "jf-17",
        "fighter",
        "aircraft",
        "jet",
        "warplane",
        "weapon",
        "arms",
        "ammunition",
        "coas",
        "ispr",
        "field marshal",
        "colonel general",
        "general staff",
        "joint exercise",
        "military exercise",
        "drill",
        "troops",
      ],
      ["security", "strategic", "thunder", "drone", "missile", "regional security"],
    ),
  },
  {
    name: "trade",
    description:
      "Trade between the two countries: the Preferential Trade Agreement, tariffs, exports and imports.",
    aliases: ["commerce", "PTA", "preferential trade agreement", "exports", "tariffs"],
    keywords: keywords(
      [
        "trade",
        "pta",
        "commerce",
        "commercial",
        "export",
        "tariff",
        "customs",
        "trade barriers",
        "free trade",
        "goods",
        "market access",
      ],
      ["business", "agriculture", "economic integration", "trade volume"],
    ),
  },
  {
    name: "investment",
    description: "Azerbaijani investment in Pakistan, joint ventures and economic partnerships.",
    aliases: ["investments", "investors", "economy", "economic cooperation", "joint ventures"],
    keywords: keywords(
      ["investment", "invest", "investor", "joint venture", "fund", "financing"],
      ["economic", "business environment", "economic partnership", "projects", "diversify"],
    ),
  },
  {
    name: "energy",
    description: "Energy cooperation: SOCAR, oil, gas, LNG, petroleum and renewables.",
    aliases: ["oil", "gas", "oil and gas", "SOCAR", "petroleum", "LNG", "renewables", "power"],
    keywords: keywords(
      [
        "energy",
        "oil",
        "gas",
        "lng",
        "petroleum",
        "socar",
        "renewable",
        "renewable energy",
        "pipeline",
        "electricity",
        "hydropower",
        "solar",
        "wind power",
        "fuel",
        "refinery",
      ],
      ["power", "energy giant"],
    ),
  },
  {
    name: "connectivity",
    description: "Transport links: air, sea and land routes, flights, corridors and logistics.",
    aliases: ["transport", "transportation", "routes", "flights", "logistics", "corridor"],
    keywords: keywords(
      [
        "connectivity",
        "transport",
        "transportation",
        "route",
        "corridor",
        "logistics",
        "flight",
        "direct flights",
        "airline",
        "railway",
        "rail",
        "road",
        "port",
        "shipping",
        "transit",
      ],
      ["linkages", "sea", "land", "air", "flow of goods"],
    ),
  },
  {
    name: "diplomacy",
    description:
      "Visits, political consultations, invitations and cooperation in multilateral forums (UN, OIC, ECO).",
    aliases: [
      "visits",
      "consultations",
      "political consultations",
      "multilateral",
      "foreign policy",
      "diplomatic",
    ],
    keywords: keywords(
      [
        "diplomacy",
        "diplomatic",
        "visit",
        "state visit",
        "official visit",
        "consultations",
        "political consultations",
        "multilateral",
        "multilateralism",
        "united nations",
        "oic",
        "eco",
        "cop29",
        "foreign minister",
        "deputy foreign minister",
        "foreign secretary",
        "foreign ministry",
        "ambassador",
        "embassy",
        "envoy",
        "delegation",
        "invitation",
        "summit",
        "trilateral",
      ],
      ["international", "bilateral", "reciprocal", "forum", "organizations", "host"],
    ),
  },
  {
    name: "culture and education",
    description: "Cultural and educational exchanges, people-to-people contacts, tourism and twinned cities.",
    aliases: ["culture", "education", "cultural", "educational", "people-to-people", "tourism", "students"],
    keywords: keywords(
      [
        "culture",
        "cultural",
        "education",
        "educational",
        "student",
        "scholarship",
        "university",
        "academic",
        "tourism",
        "tourist",
        "people-to-people",
        "twinning",
        "sister city",
        "heritage",
        "language",
        "literature",
        "art",
        "film",
        "youth",
      ],
      ["exchanges", "communities", "grassroots", "knowledge sharing", "understanding", "friendship"],
    ),
  },
  {
    name: "Karabakh",
    description:
      "The Karabakh conflict, Azerbaijan's 2020 victory and Pakistan's support for its territorial integrity.",
    aliases: ["Nagorno-Karabakh", "Garabagh", "Qarabag", "Armenia", "Victory Day", "occupation"],
    keywords: keywords(
      [
        "karabakh",
        "armenia",
        "armenian",
        "victory day",
        "territorial integrity",
        "liberation",
        "occupied territories",
        "illegal occupation",
        "peace agreement",
        "occupation",
      ],
      ["victory", "war", "sovereignty", "conflict", "anniversary"],
    ),
  },
  {
    name: "Kashmir",
    description: "The Kashmir dispute and Azerbaijan's backing of Pakistan's position on it.",
    aliases: ["Jammu and Kashmir", "Kashmir issue", "Kashmir dispute", "self-determination"],
    keywords: keywords(
      ["kashmir", "jammu", "self-determination", "line of control", "indian illegally occupied"],
      ["oppressed", "occupied", "dispute"],
    ),
  },
];

/** One way of writing a typed name: folded text, and the analysed terms for spelling variants. */
function lookupKeys(name: string): string[] {
  const folded = foldText(name).replace(/\s+/gu, " ").trim();
  const analysed = analyzeText(name).join(" ");
  return analysed === "" ? [folded] : [folded, analysed];
}

const TOPIC_BY_KEY = new Map<string, TopicDefinition>();
for (const topic of TOPIC_CATALOGUE) {
  for (const written of [topic.name, ...topic.aliases]) {
    for (const key of lookupKeys(written)) if (!TOPIC_BY_KEY.has(key)) TOPIC_BY_KEY.set(key, topic);
  }
}

/**
 * Finds the catalogue topic a user means, by name or alias, ignoring case, diacritics and the
 * project's spelling aliases (`defense` finds `defence`, `culture` finds `culture and education`).
 * @param name - what the user typed
 * @returns the topic, or `null` when the name is not in the catalogue
 */
export function findTopic(name: string): TopicDefinition | null {
  for (const key of lookupKeys(name)) {
    if (key === "") continue;
    const topic = TOPIC_BY_KEY.get(key);
    if (topic) return topic;
  }
  return null;
}

/**
 * The catalogue as shown to users (name, description, aliases), without scoring keywords.
 */
export function topicCatalogue(): readonly TopicInfo[] {
  return TOPIC_CATALOGUE.map(({ name, description, aliases }) => ({ name, description, aliases }));
}
