/** fast-check arbitraries of hostile user text, assembled from {@link HOSTILE_PIECES}. */
import fc from "fast-check";
import { HOSTILE_PIECES } from "./hostileText.js";

const piece = fc.constantFrom(...HOSTILE_PIECES);

/** Arbitrary hostile text: assembled pieces, random Unicode (incl. lone surrogates), or over 300 characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" ")),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc
    .tuple(piece, fc.integer({ min: 290, max: 1200 }))
    .map(([part, length]) => `${part}${"@everyone `x` ".repeat(length / 13)}`.slice(0, length)),
);
