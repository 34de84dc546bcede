import { english } from './en.js';
import type { Language, Lexicon } from './lexicon.js';
import { dutch } from './nl.js';

const lexicons: Readonly<Record<Language, Lexicon>> = { nl: dutch, en: english };

export function lexiconOf(language: Language): Lexicon {
  return lexicons[language];
}

export const languages = Object.keys(lexicons) as Language[];
