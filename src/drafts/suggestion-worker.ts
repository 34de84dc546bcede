import type { MessagePort } from 'node:worker_threads';
import { type ArticleReading, readArticle } from './article-reading.js';

/** What a thread of the suggestion pool runs: the reading of the text alone (`readArticle`), which touches nothing else. */
export type SuggestionTask = Readonly<{ text: string; language: string | undefined }>;

/** `started` hears when the reading begins: the request's budget counts from then, not from its wait for a thread. */
export default function suggest({ text, language, started }: SuggestionTask & Readonly<{ started: MessagePort }>): ArticleReading {
  started.postMessage('started');
  started.close();
  return readArticle(text, language);
}
