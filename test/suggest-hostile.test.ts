import { describe, expect, it } from 'vitest';
import { suggestShapes } from '../bench/suggest-shapes.js';
import { maxUnitLength } from '../src/suggest/sentences.js';
import { suggestAttributions, type SuggestedAttribution, type TextSpan } from '../src/suggest/suggest.js';

/*
 * The inputs that once held the server for minutes (chains of "zegt dat", quotes never closed, runs of capitals, …).
 * How long they take is `npm run bench:suggest`'s to report; here, that each answers, with spans that are the text's,
 * and that doubling the text only adds to the answer: what the first half says is said again word for word.
 */

const spansOf = (suggestion: SuggestedAttribution): TextSpan[] =>
  [suggestion.speaker, suggestion.cue, suggestion.content, suggestion.contentContinuation, suggestion.target].filter((span): span is TextSpan => span !== null);

function expectWellFormed(text: string, suggestions: readonly SuggestedAttribution[]): void {
  for (const suggestion of suggestions) {
    for (const span of spansOf(suggestion)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.start).toBeLessThan(span.end);
      expect(span.text).toBe(text.slice(span.start, span.end));
    }
  }
}

const half = 100_000;
const whole = 200_000;
const large = suggestShapes(whole);

// A limit for a busy machine, met only when something hangs: the cold first call can take seconds there.
describe('hostile input', { timeout: 120_000 }, () => {
  it.each(suggestShapes(half).map((shape, index) => [shape.name, shape.text, large[index]!.text] as const))('%s: answers, and twice the text repeats the first half’s answer', (name, halfText, wholeText) => {
    expect(wholeText.startsWith(halfText)).toBe(true);
    const first = suggestAttributions(halfText).suggestions;
    const both = suggestAttributions(wholeText).suggestions;
    expectWellFormed(halfText, first);
    expectWellFormed(wholeText, both);
    // Units the cut at the half does not reach are read the same in both: a unit is at most maxUnitLength long. Only the
    // confidence may differ, and only upwards: a speaker named again further on is surer (the real-article shape repeats
    // fewer copies of the articles than the half holds once the set outgrows half of it).
    const settled = (suggestion: SuggestedAttribution): boolean => spansOf(suggestion).every((span) => span.end < half - 2 * maxUnitLength);
    const withoutConfidence = ({ confidence: _confidence, ...rest }: SuggestedAttribution) => rest;
    const firstSettled = first.filter(settled);
    const bothSettled = both.filter(settled);
    expect(bothSettled.map(withoutConfidence)).toEqual(firstSettled.map(withoutConfidence));
    bothSettled.forEach((suggestion, index) => expect(suggestion.confidence).toBeGreaterThanOrEqual(firstSettled[index]!.confidence));
    expect(both.length).toBeGreaterThanOrEqual(first.length);
    // The cut falls at different places in a repeated piece, whose parts differ in how many attributions they hold: a
    // little slack on top of twice, growing with the answer, and nothing like a blow-up.
    if (first.length > 0) expect(both.length).toBeLessThanOrEqual(2 * first.length + Math.max(10, Math.ceil(first.length / 20)));
  });
});
