import type { MessagePort } from 'node:worker_threads';
import { suggestAttributions } from '../suggest/suggest.js';

/** What a thread of the suggestion pool runs: the rules alone, which read the text and nothing else. */
export type SuggestionTask = Readonly<{ text: string; language: string | undefined }>;

/** `started` hears when the reading begins: the request's budget counts from then, not from its wait for a thread. */
export default function suggest({ text, language, started }: SuggestionTask & Readonly<{ started: MessagePort }>): ReturnType<typeof suggestAttributions> {
  started.postMessage('started');
  started.close();
  return suggestAttributions(text, language ? { language } : {});
}
