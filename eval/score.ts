import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { suggestAttributions, type AttributionKind, type SuggestedAttribution } from '../src/suggest/suggest.js';

export type TruthItem = Readonly<{ kind: AttributionKind; speaker: string; content: string; target?: string }>;
export type Tally = { suggested: number; correct: number; expected: number; found: number };
export type Measure = AttributionKind | 'SPEAKERS';
export const measures: readonly Measure[] = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'BLAMES', 'SPEAKERS'];

export type ArticleScore = Readonly<{
  name: string;
  language: string;
  tallies: Record<Measure, Tally>;
  missed: TruthItem[];
  wrong: SuggestedAttribution[];
}>;

const emptyTallies = (): Record<Measure, Tally> => Object.fromEntries(measures.map((measure) => [measure, { suggested: 0, correct: 0, expected: 0, found: 0 }])) as Record<Measure, Tally>;

function normalisedWords(name: string): string[] {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u)
    .filter((word) => word !== '' && !['de', 'het', 'the', 'een', 'a', 'an', 'zijn', 'his', 'her', 'haar'].includes(word));
}

/** Same speaker when one name contains the other, or both end in the same surname. */
export function speakerNamesMatch(first: string, second: string): boolean {
  const left = normalisedWords(first).join(' ');
  const right = normalisedWords(second).join(' ');
  if (left === '' || right === '') return false;
  if (` ${left} `.includes(` ${right} `) || ` ${right} `.includes(` ${left} `)) return true;
  const lastLeft = left.split(' ').at(-1)!;
  return lastLeft.length >= 3 && lastLeft === right.split(' ').at(-1);
}

function truthSpan(text: string, item: TruthItem): { start: number; end: number } {
  const start = text.indexOf(item.content);
  if (start < 0) throw new Error(`truth content not in the text: ${item.content}`);
  return { start, end: start + item.content.length };
}

function overlaps(first: { start: number; end: number }, second: { start: number; end: number }): boolean {
  return first.start < second.end && second.start < first.end;
}

/** One-to-one matching, most confident suggestions first. */
function match(text: string, truth: readonly TruthItem[], suggestions: readonly SuggestedAttribution[], sameKind: boolean): { matchedTruth: Set<TruthItem>; matchedSuggestions: Set<SuggestedAttribution> } {
  const matchedTruth = new Set<TruthItem>();
  const matchedSuggestions = new Set<SuggestedAttribution>();
  const ordered = [...suggestions].sort((first, second) => second.confidence - first.confidence);
  for (const suggestion of ordered) {
    const hit = truth.find((item) => !matchedTruth.has(item) && (!sameKind || item.kind === suggestion.kind)
      && speakerNamesMatch(item.speaker, suggestion.speakerName) && overlaps(truthSpan(text, item), suggestion.content));
    if (hit) {
      matchedTruth.add(hit);
      matchedSuggestions.add(suggestion);
    }
  }
  return { matchedTruth, matchedSuggestions };
}

export function scoreArticle(name: string, text: string, truth: readonly TruthItem[]): ArticleScore {
  const { language, suggestions } = suggestAttributions(text);
  const tallies = emptyTallies();
  const byKind = match(text, truth, suggestions, true);
  for (const suggestion of suggestions) {
    tallies[suggestion.kind].suggested += 1;
    if (byKind.matchedSuggestions.has(suggestion)) tallies[suggestion.kind].correct += 1;
  }
  for (const item of truth) {
    tallies[item.kind].expected += 1;
    if (byKind.matchedTruth.has(item)) tallies[item.kind].found += 1;
  }
  const anyKind = match(text, truth, suggestions, false);
  tallies.SPEAKERS = { suggested: suggestions.length, correct: anyKind.matchedSuggestions.size, expected: truth.length, found: anyKind.matchedTruth.size };
  return {
    name, language, tallies,
    missed: truth.filter((item) => !byKind.matchedTruth.has(item)),
    wrong: suggestions.filter((suggestion) => !byKind.matchedSuggestions.has(suggestion)),
  };
}

export function evaluateDirectory(directory: string): { articles: ArticleScore[]; total: Record<Measure, Tally> } {
  const articles = readdirSync(directory).filter((file) => file.endsWith('.txt')).sort().map((file) => {
    const name = basename(file, '.txt');
    const text = readFileSync(join(directory, file), 'utf8');
    const truth = JSON.parse(readFileSync(join(directory, `${name}.truth.json`), 'utf8')) as TruthItem[];
    return scoreArticle(name, text, truth);
  });
  const total = emptyTallies();
  for (const article of articles) {
    for (const measure of measures) {
      for (const field of ['suggested', 'correct', 'expected', 'found'] as const) total[measure][field] += article.tallies[measure][field];
    }
  }
  return { articles, total };
}

export function precision(tally: Tally): number | null {
  return tally.suggested === 0 ? null : tally.correct / tally.suggested;
}

export function recall(tally: Tally): number | null {
  return tally.expected === 0 ? null : tally.found / tally.expected;
}
