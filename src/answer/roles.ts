/**
 * Offices, as index terms: what makes "who is the defence minister" ask for a name.
 */
import { analyzeText } from "../text/terms.js";

/** Offices a question may name ("defence minister", "foreign secretary"), as index terms. */
export const ROLE_TERMS: ReadonlySet<string> = new Set(
  analyzeText(
    "minister president pm fm coas ambassador envoy secretary chief commander general governor mayor " +
      "chairman chairperson speaker head director spokesperson adviser advisor consul attache leader",
  ),
);
