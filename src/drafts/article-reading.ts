import { actorKinds } from '../model/kinds.js';
import { type SuggestedAttribution, suggestAttributions } from '../suggest/suggest.js';
import { type NameWithKeys, namesWithKeys, rememberingNameKeys } from './mentions.js';

/** A suggestion with the name keys its speaker, its target and the names in its content are looked up by. */
export type SuggestionReading = Readonly<{
  suggestion: SuggestedAttribution;
  speakerKeys: readonly string[];
  targetKeys: readonly string[];
  names: readonly NameWithKeys[];
}>;

export type ArticleReading = Readonly<{ language: string; readings: readonly SuggestionReading[] }>;

/**
 * All the CPU work of a draft, done where it runs (a thread of the suggestion pool): the rules, and the keys every
 * name they found is looked up by, which for an article of hundreds of suggestions is as much work again.
 */
export function readArticle(text: string, language: string | undefined): ArticleReading {
  const read = suggestAttributions(text, language ? { language } : {});
  const keysOf = rememberingNameKeys();
  return {
    language: read.language,
    readings: read.suggestions.map((suggestion) => ({
      suggestion,
      speakerKeys: keysOf(suggestion.speakerName, suggestion.speakerKind ? [suggestion.speakerKind] : actorKinds),
      targetKeys: suggestion.targetName === null ? [] : keysOf(suggestion.targetName, actorKinds),
      names: [suggestion.content, suggestion.contentContinuation].flatMap((span) => (span ? namesWithKeys(text, span.start, span.end, keysOf) : [])),
    })),
  };
}
