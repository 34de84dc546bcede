export type Language = 'nl' | 'en';

const stopWords: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: new Set('de het een en van in is dat op te zijn met voor niet die aan er ook als bij om maar uit dan zich nog wel naar hij zij ze wordt werd heeft hebben was waren door over deze dit geen volgens zegt zei'.split(' ')),
  en: new Set('the a an and of in is that on to be with for not this it as at by from but or he she they was were has have had been which who said says will would its their there'.split(' ')),
};

/** Counts each language's most frequent function words; a draw goes to English. */
export function detectLanguage(text: string): Language {
  const counts: Record<Language, number> = { nl: 0, en: 0 };
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (stopWords.nl.has(word)) counts.nl += 1;
    if (stopWords.en.has(word)) counts.en += 1;
  }
  return counts.nl > counts.en ? 'nl' : 'en';
}

export function normaliseLanguage(language: string | undefined, text: string): Language {
  const primary = language?.toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' || primary === 'en' ? primary : detectLanguage(text);
}
