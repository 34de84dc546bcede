import { suggestAttributions } from '../suggest/suggest.js';

/** What a thread of the suggestion pool runs: the rules alone, which read the text and nothing else. */
export type SuggestionTask = Readonly<{ text: string; language: string | undefined }>;

export default function suggest({ text, language }: SuggestionTask): ReturnType<typeof suggestAttributions> {
  return suggestAttributions(text, language ? { language } : {});
}
