import { expect } from 'vitest';
import { suggestAttributions, type SuggestedAttribution } from '../src/suggest/suggest.js';

/**
 * The phenomena tests' ways of reading a sentence in one language: every suggestion, the one it must give, or every
 * suggestion as its kind, speaker and target. Each suggestion's content is checked to be the text at its offsets.
 */
export function phenomenaReading(languageCode: string) {
  const suggest = (text: string): SuggestedAttribution[] => {
    const { language, suggestions } = suggestAttributions(text, { language: languageCode });
    expect(language).toBe(languageCode);
    for (const suggestion of suggestions) expect(text.slice(suggestion.content.start, suggestion.content.end)).toBe(suggestion.content.text);
    return suggestions;
  };
  const only = (text: string): SuggestedAttribution => {
    const suggestions = suggest(text);
    expect(suggestions).toHaveLength(1);
    return suggestions[0]!;
  };
  const read = (text: string): Array<[string, string, string | null]> =>
    suggest(text).map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName]);
  return { suggest, only, read };
}
