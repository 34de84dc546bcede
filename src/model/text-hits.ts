import { foldDiacritics } from './names.js';

/** Where words were found in a text, in UTF-16 code units as quote offsets are counted: `text.slice(start, end)`. */
export type TextHit = Readonly<{ start: number; end: number }>;

/** A stretch of text around a hit: `before + match + after` is `text.slice(start - before.length, end + after.length)`. */
export type Snippet = Readonly<{ before: string; match: string; after: string }>;

/** How many characters of context a snippet shows on each side of its hit, at most. */
export const snippetContext = 80;

const asciiOnly = /^[\x00-\x7f]*$/;

/** A word as the search folds it: lower case, without accents. ASCII words, the most, skip Unicode normalisation. */
const folded = (word: string) => (asciiOnly.test(word) ? word.toLowerCase() : foldDiacritics(word));

/**
 * Where the query's words first stand in the text one after another, as a phrase (the last may be the start of a word,
 * as a search box types it); where they never do, the first word of the query that the text holds. Words are runs of
 * letters and digits, folded as the search index folds them. One pass over the text, keeping the last few words.
 */
export function firstHit(text: string, queryWords: readonly string[], lastIsPrefix: boolean): TextHit | undefined {
  if (queryWords.length === 0) return undefined;
  const matches = (word: string, index: number) =>
    lastIsPrefix && index === queryWords.length - 1 ? word.startsWith(queryWords[index]!) : word === queryWords[index];
  const recent: { word: string; start: number; end: number }[] = [];
  let single: TextHit | undefined;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = { word: folded(found[0]), start: found.index, end: found.index + found[0].length };
    recent.push(word);
    if (recent.length > queryWords.length) recent.shift();
    if (recent.length === queryWords.length && recent.every((candidate, index) => matches(candidate.word, index))) {
      return { start: recent[0]!.start, end: word.end };
    }
    if (!single && queryWords.some((_query, index) => matches(word.word, index))) single = { start: word.start, end: word.end };
  }
  return single;
}

/** The hit with up to `snippetContext` characters on each side, cut at a space so that no word is cut in two. */
export function snippetAround(text: string, hit: TextHit): Snippet {
  const from = Math.max(0, hit.start - snippetContext);
  const to = Math.min(text.length, hit.end + snippetContext);
  const beforeCut = from === 0 ? 0 : text.indexOf(' ', from) + 1;
  const afterCut = to === text.length ? to : text.lastIndexOf(' ', to);
  const start = beforeCut > 0 && beforeCut <= hit.start ? beforeCut : from;
  const end = afterCut >= hit.end ? afterCut : to;
  return { before: text.slice(start, hit.start), match: text.slice(hit.start, hit.end), after: text.slice(hit.end, end) };
}
