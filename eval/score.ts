import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { suggestWithSignals, type AttributionKind, type ScoredAttribution, type SuggestedAttribution } from '../src/suggest/suggest.js';

export type TruthItem = Readonly<{ kind: AttributionKind; speaker: string; content: string; target?: string }>;
export type Tally = { suggested: number; correct: number; expected: number; found: number };
export type Measure = AttributionKind | 'ALL' | 'SPEAKERS';
export const kinds: readonly AttributionKind[] = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'BLAMES'];
export const measures: readonly Measure[] = [...kinds, 'ALL', 'SPEAKERS'];
/** The thresholds the evaluation reports: a suggestion counts at a threshold when its confidence reaches it. */
export const minConfidences: readonly number[] = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/** Of the suggestions whose content overlaps a true attribution's, how many name one of those attributions' speakers. */
export type SpeakerTally = { checked: number; right: number };
/** Passages that read like attributions but are none (headlines, "the claim that …", refusals), and how many a suggestion overlaps. */
export type NegativeTally = { passages: number; taken: number };
/**
 * Why truths were missed and suggestions were wrong, in counts. A missed truth is put in the first class that holds:
 * a suggestion that is right for it was matched to another truth (one suggestion over two statements); a suggestion overlaps its content with the right kind but another speaker; with the right speaker but another kind;
 * with neither; or no suggestion overlaps it. A wrong suggestion overlaps some truth's content, or none.
 */
export type ErrorBreakdown = {
  missedSharedSuggestion: number; missedWrongSpeaker: number; missedWrongKind: number; missedBothWrong: number; missedNoSuggestion: number;
  wrongOverlappingTruth: number; wrongOverlappingNoTruth: number;
};
export const breakdownFields: readonly (keyof ErrorBreakdown)[] = [
  'missedSharedSuggestion', 'missedWrongSpeaker', 'missedWrongKind', 'missedBothWrong', 'missedNoSuggestion', 'wrongOverlappingTruth', 'wrongOverlappingNoTruth',
];

/** An article, its truth written by hand, and what the rules suggest for it (run once, scored at any threshold). */
export type Article = Readonly<{
  name: string;
  language: string;
  text: string;
  truth: readonly TruthItem[];
  negatives: readonly string[];
  suggestions: readonly ScoredAttribution[];
}>;

export type ArticleScore = Readonly<{
  name: string;
  language: string;
  tallies: Record<Measure, Tally>;
  speakers: SpeakerTally;
  negatives: NegativeTally;
  errors: ErrorBreakdown;
  missed: TruthItem[];
  wrong: SuggestedAttribution[];
}>;

export type SetScore = Readonly<{
  articles: ArticleScore[];
  total: Record<Measure, Tally>;
  speakers: SpeakerTally;
  negatives: NegativeTally;
  errors: ErrorBreakdown;
}>;

type Span = { start: number; end: number };

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

function passageSpan(text: string, passage: string): Span {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`truth passage not in the text: ${passage}`);
  return { start, end: start + passage.length };
}

function overlaps(first: Span, second: Span): boolean {
  return first.start < second.end && second.start < first.end;
}

/** One-to-one matching, most confident suggestions first. */
function match(text: string, truth: readonly TruthItem[], suggestions: readonly SuggestedAttribution[], sameKind: boolean): { matchedTruth: Set<TruthItem>; matchedSuggestions: Set<SuggestedAttribution> } {
  const matchedTruth = new Set<TruthItem>();
  const matchedSuggestions = new Set<SuggestedAttribution>();
  const ordered = [...suggestions].sort((first, second) => second.confidence - first.confidence);
  for (const suggestion of ordered) {
    const hit = truth.find((item) => !matchedTruth.has(item) && (!sameKind || item.kind === suggestion.kind)
      && speakerNamesMatch(item.speaker, suggestion.speakerName) && overlaps(passageSpan(text, item.content), suggestion.content));
    if (hit) {
      matchedTruth.add(hit);
      matchedSuggestions.add(suggestion);
    }
  }
  return { matchedTruth, matchedSuggestions };
}

function speakerTally(text: string, truth: readonly TruthItem[], suggestions: readonly SuggestedAttribution[]): SpeakerTally {
  const tally = { checked: 0, right: 0 };
  for (const suggestion of suggestions) {
    const found = truth.filter((item) => overlaps(passageSpan(text, item.content), suggestion.content));
    if (found.length === 0) continue;
    tally.checked += 1;
    if (found.some((item) => speakerNamesMatch(item.speaker, suggestion.speakerName))) tally.right += 1;
  }
  return tally;
}

function negativeTally(text: string, negatives: readonly string[], suggestions: readonly SuggestedAttribution[]): NegativeTally {
  const taken = negatives.filter((passage) => suggestions.some((suggestion) => overlaps(passageSpan(text, passage), suggestion.content)));
  return { passages: negatives.length, taken: taken.length };
}

function errorBreakdown(text: string, missed: readonly TruthItem[], wrong: readonly SuggestedAttribution[], truth: readonly TruthItem[], suggestions: readonly SuggestedAttribution[]): ErrorBreakdown {
  const errors: ErrorBreakdown = { missedSharedSuggestion: 0, missedWrongSpeaker: 0, missedWrongKind: 0, missedBothWrong: 0, missedNoSuggestion: 0, wrongOverlappingTruth: 0, wrongOverlappingNoTruth: 0 };
  for (const item of missed) {
    const span = passageSpan(text, item.content);
    const near = suggestions.filter((suggestion) => overlaps(span, suggestion.content));
    const sameSpeaker = (suggestion: SuggestedAttribution): boolean => speakerNamesMatch(item.speaker, suggestion.speakerName);
    if (near.some((suggestion) => suggestion.kind === item.kind && sameSpeaker(suggestion))) errors.missedSharedSuggestion += 1;
    else if (near.some((suggestion) => suggestion.kind === item.kind && !sameSpeaker(suggestion))) errors.missedWrongSpeaker += 1;
    else if (near.some((suggestion) => suggestion.kind !== item.kind && sameSpeaker(suggestion))) errors.missedWrongKind += 1;
    else if (near.length > 0) errors.missedBothWrong += 1;
    else errors.missedNoSuggestion += 1;
  }
  for (const suggestion of wrong) {
    if (truth.some((item) => overlaps(passageSpan(text, item.content), suggestion.content))) errors.wrongOverlappingTruth += 1;
    else errors.wrongOverlappingNoTruth += 1;
  }
  return errors;
}

export function readArticle(directory: string, file: string): Article {
  const name = basename(file, '.txt');
  const text = readFileSync(join(directory, file), 'utf8');
  const truth = JSON.parse(readFileSync(join(directory, `${name}.truth.json`), 'utf8')) as TruthItem[];
  const negativesFile = join(directory, `${name}.negatives.json`);
  const negatives = existsSync(negativesFile) ? JSON.parse(readFileSync(negativesFile, 'utf8')) as string[] : [];
  const { language, suggestions } = suggestWithSignals(text);
  return { name, language, text, truth, negatives, suggestions };
}

export function readArticles(directory: string): Article[] {
  return readdirSync(directory).filter((file) => file.endsWith('.txt')).sort().map((file) => readArticle(directory, file));
}

export function scoreArticle(article: Article, minConfidence = 0): ArticleScore {
  const { name, language, text, truth, negatives } = article;
  const suggestions = article.suggestions.filter((suggestion) => suggestion.confidence >= minConfidence);
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
  tallies.ALL = { suggested: suggestions.length, correct: byKind.matchedSuggestions.size, expected: truth.length, found: byKind.matchedTruth.size };
  const anyKind = match(text, truth, suggestions, false);
  tallies.SPEAKERS = { suggested: suggestions.length, correct: anyKind.matchedSuggestions.size, expected: truth.length, found: anyKind.matchedTruth.size };
  const missed = truth.filter((item) => !byKind.matchedTruth.has(item));
  const wrong = suggestions.filter((suggestion) => !byKind.matchedSuggestions.has(suggestion));
  return {
    name, language, tallies,
    speakers: speakerTally(text, truth, suggestions),
    negatives: negativeTally(text, negatives, suggestions),
    errors: errorBreakdown(text, missed, wrong, truth, suggestions),
    missed, wrong,
  };
}

/** Sums articles' scores: for a whole set, or for the articles of one language. */
export function sumScores(articles: readonly ArticleScore[]): Omit<SetScore, 'articles'> {
  const total = emptyTallies();
  const speakers = { checked: 0, right: 0 };
  const negatives = { passages: 0, taken: 0 };
  const errors: ErrorBreakdown = { missedSharedSuggestion: 0, missedWrongSpeaker: 0, missedWrongKind: 0, missedBothWrong: 0, missedNoSuggestion: 0, wrongOverlappingTruth: 0, wrongOverlappingNoTruth: 0 };
  for (const article of articles) {
    for (const field of breakdownFields) errors[field] += article.errors[field];
    for (const measure of measures) {
      for (const field of ['suggested', 'correct', 'expected', 'found'] as const) total[measure][field] += article.tallies[measure][field];
    }
    speakers.checked += article.speakers.checked;
    speakers.right += article.speakers.right;
    negatives.passages += article.negatives.passages;
    negatives.taken += article.negatives.taken;
  }
  return { total, speakers, negatives, errors };
}

export function scoreSet(articles: readonly Article[], minConfidence = 0): SetScore {
  const scores = articles.map((article) => scoreArticle(article, minConfidence));
  return { articles: scores, ...sumScores(scores) };
}

export function evaluateDirectory(directory: string, minConfidence = 0): SetScore {
  return scoreSet(readArticles(directory), minConfidence);
}

export function precision(tally: Tally): number | null {
  return tally.suggested === 0 ? null : tally.correct / tally.suggested;
}

export function recall(tally: Tally): number | null {
  return tally.expected === 0 ? null : tally.found / tally.expected;
}

export function speakerAccuracy(tally: SpeakerTally): number | null {
  return tally.checked === 0 ? null : tally.right / tally.checked;
}
