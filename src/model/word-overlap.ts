import { foldDiacritics } from './names.js';

/** Words shorter than this ("de", "het", "the", "and") say little about what a claim is about. */
export const minimumWordLength = 4;
/** Words are compared by their first letters, so that "targeted" and "targeting", "trekken" and "trekt" agree. */
const stemLength = 5;

/** The words of a text that say what it is about, each once, folded and cut to their first letters. */
export function significantWords(text: string): Set<string> {
  return new Set(
    foldDiacritics(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= minimumWordLength)
      .map((word) => word.slice(0, stemLength)),
  );
}

/** The share of a text's significant words that another text also has, 0 to 1; 0 for a text without any. */
export function wordOverlap(words: ReadonlySet<string>, otherWords: ReadonlySet<string>): number {
  if (words.size === 0) return 0;
  let shared = 0;
  for (const word of words) if (otherWords.has(word)) shared += 1;
  return shared / words.size;
}

/**
 * A statement already in the graph is taken for the same claim from this share of the claim's words on: the review
 * page offers it as such only from here, and a draft has a dispute dispute it only from here.
 */
export const sameClaimOverlap = 0.5;
