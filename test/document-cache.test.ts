import { describe, expect, it } from 'vitest';
import { documentCache } from '../src/http/document-cache.js';

describe('the cache of parsed documents', () => {
  it('keeps 1,024 query texts and forgets the one least recently asked for first', () => {
    const cache = documentCache<number>();
    for (let text = 0; text < 1024; text++) cache.set(`{ q${text} }`, text);
    // Asking for the oldest makes it the newest: the next one in line goes when another text comes.
    expect(cache.get('{ q0 }')).toBe(0);
    cache.set('{ another }', 1024);
    expect(cache.get('{ q1 }')).toBeUndefined();
    expect(cache.get('{ q0 }')).toBe(0);
    expect(cache.get('{ q2 }')).toBe(2);
    expect(cache.get('{ another }')).toBe(1024);
  });
});
