/**
 * Once before all test files: compile WordNet into .cache/ if a fresh checkout has not yet, so the
 * CLI processes several tests start at once do not each compile it.
 */
import { warmUpAnswering } from "../../src/answer/lexiconWords.js";

export default function setup(): void {
  warmUpAnswering();
}
