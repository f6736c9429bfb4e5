/**
 * Places of Azerbaijan that the gazetteer's city list lacks, with the region they are in: Karabakh's
 * towns (Aghdam, Shusha, Lachin ...) and Nakhchivan's, and Azerbaijan's smaller cities. A question
 * naming the region ("the senate delegation to Karabakh") is about a report naming the town ("visited
 * Aghdam and Shusha"), as one naming a country is about a report naming its city.
 */
import { foldText } from "../text/fold.js";
import { ownEntry } from "../text/ownEntry.js";

/** Where a place is: its region (if it is in one the press names) and its country. */
export interface PlaceWithin {
  readonly region: string | null;
  readonly country: string;
}

const KARABAKH = [
  "aghdam",
  "shusha",
  "lachin",
  "fuzuli",
  "kalbajar",
  "khankendi",
  "jabrayil",
  "zangilan",
  "gubadli",
  "khojaly",
  "khojavend",
  "aghdara",
];
const NAKHCHIVAN = ["ordubad", "julfa", "sharur", "babek", "shahbuz"];
const OTHER_AZERBAIJANI = [
  "ganja",
  "sheki",
  "gabala",
  "shamakhi",
  "lankaran",
  "sumgait",
  "mingachevir",
  "quba",
  "shirvan",
  "naftalan",
  "zagatala",
  "guba",
];

const PLACES: Readonly<Record<string, PlaceWithin>> = Object.fromEntries([
  ...KARABAKH.map((place) => [place, { region: "Karabakh", country: "Azerbaijan" }]),
  ...NAKHCHIVAN.map((place) => [place, { region: "Nakhchivan", country: "Azerbaijan" }]),
  ...OTHER_AZERBAIJANI.map((place) => [place, { region: null, country: "Azerbaijan" }]),
]);

/**
 * The region and country of a place the gazetteer lacks, or `null`.
 * @param name - a place as printed ("Aghdam", "SHUSHA")
 */
export function placeWithin(name: string): PlaceWithin | null {
  return ownEntry(PLACES, foldText(name).toLowerCase().trim()) ?? null;
}
