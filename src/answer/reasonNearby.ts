/**
 * Why-questions across sentences: a report tells the event in one sentence and why in another
 * ("The team performed over Baku ON THE OCCASION OF Armed Forces Day." / "Seven jets of the team
 * flew above the seafront ..."; "Sharif met Aliyev in Baku." / "Sharif thanked Aliyev FOR
 * INVITING HIM TO ATTEND the celebrations"). When the sentence that best tells the event the
 * question asks about gives no reason, the reason is the one a sentence near it in its report gives.
 */
import type { PassageStore } from "../search/passageStore.js";
import { statedReason } from "./answerSpan.js";
import { refersBack } from "./discourse.js";

/**
 * Sentences before or after the event's within which its report gives the reason: a lead and the
 * detail after it, the meeting and who invited whom; farther, it is another part of the story.
 */
const REASON_WINDOW = 2;

/** Articles of a syndicated sentence read: one report's sentences are the same in its copies. */
const MAX_ARTICLES_READ = 3;

/** A sentence near the event's that gives its reason, and the reason it gives. */
export interface NearbyReason {
  readonly passageId: number;
  readonly reason: string;
}

/**
 * The sentence near `passageId`, in the report that carries it, that states a reason ("on the
 * occasion of", "to attend", "because": {@link statedReason}) and is about
 * the question's names (it names one, or refers back to the event): the nearest, the earlier of two
 * at one distance (a report gives the occasion before the detail).
 * @param store - the passages
 * @param passageId - the sentence that best tells the event asked about
 * @param names - the question's names as index terms (weighted or not: "Pakistan" too)
 * @returns the sentence and its reason, or `null` when none near it gives one
 */
export function reasonNearby(
  store: PassageStore,
  passageId: number,
  names: ReadonlySet<string>,
): NearbyReason | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  for (const articleIndex of passage.articleIndexes.slice(0, MAX_ARTICLES_READ)) {
    const order = store.articlePassages[articleIndex] ?? [];
    const at = order.indexOf(passageId);
    if (at < 0) continue;
    for (let distance = 1; distance <= REASON_WINDOW; distance++) {
      for (const near of [order[at - distance], order[at + distance]]) {
        const found = near === undefined ? null : reasonOf(store, near, names);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

function reasonOf(store: PassageStore, passageId: number, names: ReadonlySet<string>): NearbyReason | null {
  const passage = store.passages[passageId];
  if (passage === undefined) return null;
  const about = passage.terms.some((term) => names.has(term)) || refersBack(passage.text);
  if (!about) return null;
  // Said in so many words: a bare "to VERB" beside the event is as often what was wanted as why.
  const reason = statedReason(passage.text);
  return reason === null ? null : { passageId, reason };
}
