/**
 * Edit distance for spelling correction.
 */

/**
 * Optimal-string-alignment distance (Levenshtein plus transpositions), stopping once above `max`.
 * @param a - one word
 * @param b - the other
 * @param max - the largest distance of interest
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * The set of letters a-z a word holds, as a 26-bit mask (other characters are left out).
 * @param word - one word
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

function bitCount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A lower bound of {@link editDistance} from two words' {@link letterMask}s: each letter one word
 * has and the other lacks costs at least one edit, and an edit removes or adds one letter on each
 * side. Lets a scan skip most candidates without filling a distance table.
 * @param a - one word's letter mask
 * @param b - the other's
 */
export function editDistanceLowerBound(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every word of letters a-z one edit from `word` (a deletion, insertion, substitution or swap of
 * neighbours: {@link editDistance} 1), for looking up a misspelling's neighbours in a sorted list
 * instead of scanning it. `word` itself is left out.
 * @param word - one word
 * @param lastPosition - edits only at positions up to this one (a variant edited at position `i`
 *   keeps the word's first `i` characters): where no listed word starts with the first `i + 1`
 *   characters, later edits can find nothing
 */
export function oneEditVariants(word: string, lastPosition = word.length): Set<string> {
  const variants = new Set<string>();
  const last = Math.min(lastPosition, word.length);
  for (let i = 0; i < word.length && i <= last; i++) {
    variants.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of ALPHABET) variants.add(word.slice(0, i) + letter + word.slice(i + 1));
  }
  for (let i = 0; i <= last; i++)
    for (const letter of ALPHABET) variants.add(word.slice(0, i) + letter + word.slice(i));
  variants.delete(word);
  for (const variant of variants) if (!/^[a-z]+$/u.test(variant)) variants.delete(variant);
  return variants;
}
