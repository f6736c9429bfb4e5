/**
 * Instances of a kind that the domain names in its own languages and no dictionary lists, such as
 * Azerbaijan's and Pakistan's parliaments. WordNet relates "parliament" to "legislature", never to
 * "Milli Majlis"; this table does, for the few such names the press uses untranslated.
 */
import { analyzeText } from "./terms.js";

/** Kind -> its instances as the press names them. */
const INSTANCES_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  parliament: ["milli majlis", "milli mejlis", "majlis-e-shoora", "majlis e shoora"],
};

/** Index term of a kind -> the index terms of its instances' names. */
const INSTANCE_TERMS = new Map<string, readonly string[]>(
  Object.entries(INSTANCES_OF_KIND).map(([kind, names]) => [
    analyzeText(kind)[0] ?? kind,
    [...new Set(names.flatMap((name) => analyzeText(name)))],
  ]),
);

/** Index term of an instance's name -> the index terms of its kinds. */
const KIND_TERMS = new Map<string, string[]>();
for (const [kind, terms] of INSTANCE_TERMS)
  for (const term of terms) KIND_TERMS.set(term, [...(KIND_TERMS.get(term) ?? []), kind]);

/**
 * The index terms of the instances of a kind ("parliament": milli, majli, ...), none for other terms.
 * @param kindTerm - an index term
 */
export function instanceTermsOf(kindTerm: string): readonly string[] {
  return INSTANCE_TERMS.get(kindTerm) ?? [];
}

/**
 * The index terms of the kinds a name's term is an instance of ("majli": parliament).
 * @param instanceTerm - an index term
 */
export function kindTermsOf(instanceTerm: string): readonly string[] {
  return KIND_TERMS.get(instanceTerm) ?? [];
}
