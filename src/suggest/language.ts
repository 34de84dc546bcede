import { languages, lexiconOf, type Language } from './lexicon/lexicon.js';

/** Counts each language's most frequent function words; ties go to the first language listed. */
export function detectLanguage(text: string): Language {
  const counts = new Map<Language, number>(languages.map((language) => [language, 0]));
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const language of languages) {
      if (lexiconOf(language).functionWords.has(match[0])) counts.set(language, counts.get(language)! + 1);
    }
  }
  return languages.reduce((best, language) => (counts.get(language)! > counts.get(best)! ? language : best), 'en' as Language);
}

export function normaliseLanguage(language: string | undefined, text: string): Language {
  const primary = language?.toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(primary ?? '') ? (primary as Language) : detectLanguage(text);
}
