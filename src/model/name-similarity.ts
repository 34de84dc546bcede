import { distance } from 'fastest-levenshtein';
import { entitySpellings, skeletonTokens } from './names.js';
import type { LocalizedName } from './records.js';

type Named = Readonly<{ name: string; names: readonly LocalizedName[]; aliases: readonly string[] }>;

/** How alike the closest spellings of two entities are, 0 to 1, and which two they are. */
export type NameSimilarity = Readonly<{ similarity: number; spellings: readonly [string, string] }>;

/*
 * Bounds that keep comparing two entities a few thousand small steps, however many spellings they have: the first
 * distinct spellings (canonical name first, as skeletons), and the first words of each.
 */
const spellingsCompared = 24;
const wordsPerSpelling = 6;

type Spelling = Readonly<{ text: string; words: readonly string[]; letters: number }>;

/** Each entity's spellings as compared, folded once however many others it is compared with; held only while the entity is. */
const foldedSpellings = new WeakMap<Named, Spelling[]>();

/** An entity's distinct spellings as skeleton words, canonical name first. */
function comparedSpellings(entity: Named): Spelling[] {
  const known = foldedSpellings.get(entity);
  if (known) return known;
  const seen = new Set<string>();
  const spellings: Spelling[] = [];
  for (const text of entitySpellings(entity)) {
    const words = skeletonTokens(text).slice(0, wordsPerSpelling);
    const joined = words.join(' ');
    if (words.length === 0 || seen.has(joined)) continue;
    seen.add(joined);
    spellings.push({ text, words, letters: words.join('').length });
    if (spellings.length === spellingsCompared) break;
  }
  foldedSpellings.set(entity, spellings);
  return spellings;
}

/**
 * How alike two spellings are: each word of the one with fewer words is paired, in turn, with the closest word of the
 * other not yet paired; the edits between paired words and the letters of words left unpaired are the difference,
 * counted against the letters of the longer spelling. "Prigozhine" and "Prigozhin" are 8/9 alike, "Russische leger"
 * and "Russische legertop" 11/14. Word order does not matter ("Prigozhin Yevgeny").
 */
function spellingSimilarity(left: Spelling, right: Spelling, wordDistance: (left: string, right: string) => number): number {
  const [fewer, more] = left.words.length <= right.words.length ? [left, right] : [right, left];
  const paired = new Set<number>();
  let edits = 0;
  for (const word of fewer.words) {
    let closest = -1;
    let closestDistance = Infinity;
    more.words.forEach((candidate, index) => {
      if (paired.has(index)) return;
      const between = wordDistance(word, candidate);
      if (between < closestDistance) [closest, closestDistance] = [index, between];
    });
    paired.add(closest);
    edits += closestDistance;
  }
  more.words.forEach((word, index) => {
    if (!paired.has(index)) edits += word.length;
  });
  return Math.max(0, 1 - edits / Math.max(left.letters, right.letters));
}

/**
 * The closest pair of spellings of two entities, compared as skeletons (src/model/names.ts), so that transliterations
 * of one name are alike already: 1 when two spellings fold to the same words.
 */
export function nameSimilarity(left: Named, right: Named): NameSimilarity {
  const distances = new Map<string, number>();
  const wordDistance = (a: string, b: string) => {
    const key = `${a} ${b}`;
    let known = distances.get(key);
    if (known === undefined) distances.set(key, (known = distance(a, b)));
    return known;
  };
  const rightSpellings = comparedSpellings(right);
  let best: NameSimilarity = { similarity: 0, spellings: [left.name, right.name] };
  for (const one of comparedSpellings(left)) {
    for (const other of rightSpellings) {
      // Two spellings alike at best by the share of letters the longer has beyond the shorter: skip those that cannot beat the best.
      if (1 - Math.abs(one.letters - other.letters) / Math.max(one.letters, other.letters) <= best.similarity) continue;
      const similarity = spellingSimilarity(one, other, wordDistance);
      if (similarity > best.similarity) best = { similarity, spellings: [one.text, other.text] };
    }
  }
  return best;
}
