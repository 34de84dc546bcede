/** How many query texts yoga keeps parsed, as its own cache does. */
const documentsKept = 1024;

/**
 * Parsed documents (and parse errors) by query text, for yoga's parser cache, kept until the bound pushes out the least
 * recently used. Yoga's own cache also lets each entry expire after an hour, and to know the time it sets a timer at
 * nearly every request; a parsed document never goes stale.
 */
export function documentCache<Value>(): { get: (text: string) => Value | undefined; set: (text: string, value: Value) => void } {
  const entries = new Map<string, Value>();
  return {
    get: (text) => {
      const value = entries.get(text);
      if (value !== undefined) {
        // A Map keeps the order of insertion: the entry moves to the newest end.
        entries.delete(text);
        entries.set(text, value);
      }
      return value;
    },
    set: (text, value) => {
      entries.delete(text);
      entries.set(text, value);
      if (entries.size > documentsKept) entries.delete(entries.keys().next().value!);
    },
  };
}
