import { LRUCache } from 'lru-cache';

/** How many query texts yoga keeps parsed, as its own cache does. */
const documentsKept = 1024;

/**
 * Parsed documents (and parse errors) by query text, for yoga's parser cache, kept until the bound pushes out the least
 * recently used. Yoga's own cache also lets each entry expire after an hour, and to know the time it sets a timer at
 * nearly every request; a parsed document never goes stale.
 */
export function documentCache<Value extends {}>(): LRUCache<string, Value> {
  return new LRUCache<string, Value>({ max: documentsKept });
}
