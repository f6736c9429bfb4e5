/**
 * The world's cities and countries, from the `city-timezones` package (about 7,300 cities with
 * their country and province, shipped as data): which country a place is in, and whether a word
 * names a country or a province at all ("Astana, News.Az" is not "Astana, News").
 */
import { cityMapping } from "city-timezones";
import { foldText } from "../text/fold.js";

/** What the gazetteer knows of a name. */
export interface GazetteerEntry {
  /** The country the place is in (the country itself for a country's name). */
  readonly country: string;
  readonly isCountry: boolean;
}

/** Country names the package spells otherwise, as the press writes them. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  turkiye: "Turkey",
  "united states": "United States of America",
  usa: "United States of America",
  uk: "United Kingdom",
};

let entries: Map<string, GazetteerEntry> | null = null;

function foldedKey(name: string): string {
  return foldText(name).toLowerCase().trim();
}

function load(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  const population = new Map<string, number>();
  // Folded once per distinct name: countries and provinces repeat for each of their 7,300 cities,
  // and loading runs inside the first question that names a place.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = foldedKey(name);
      keys.set(name, key);
    }
    return key;
  };
  for (const city of cityMapping) {
    const country = { country: city.country, isCountry: true };
    map.set(keyOf(city.country), country);
    if (city.province !== "")
      map.set(
        keyOf(city.province),
        map.get(keyOf(city.province)) ?? { country: city.country, isCountry: false },
      );
    for (const name of [city.city, city.city_ascii]) {
      const key = keyOf(name);
      const known = map.get(key);
      // A name shared by several cities is the most populous one's.
      if (known?.isCountry === true || (population.get(key) ?? -1) >= city.pop) continue;
      map.set(key, { country: city.country, isCountry: false });
      population.set(key, city.pop);
    }
  }
  for (const [alias, country] of Object.entries(COUNTRY_ALIASES))
    map.set(alias, { country, isCountry: true });
  return map;
}

/**
 * What the gazetteer knows of a place name, or `null` when it knows nothing.
 * @param name - a place as printed ("Rawalpindi", "ISLAMABAD", "Türkiye")
 */
export function lookUpPlace(name: string): GazetteerEntry | null {
  entries ??= load();
  return entries.get(foldedKey(name)) ?? null;
}

/**
 * Whether a name is a country's, as the gazetteer knows it ("Pakistan", "turkiye", "china").
 * @param name - a place as printed, or its index term
 */
export function isCountryName(name: string): boolean {
  return lookUpPlace(name)?.isCountry === true;
}
