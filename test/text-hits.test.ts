import { describe, expect, it } from 'vitest';
import { firstHit, snippetAround, snippetContext } from '../src/model/text-hits.js';

const article = 'Want van de beloofde munitie, waar Wagner al weken om vraagt, is nog altijd geen spoor in Bachmoet. Munitie kwam niet.';

describe('where the words of a search stand in a text', () => {
  it('finds them together, as a phrase, at their offsets', () => {
    const hit = firstHit(article, ['beloofde', 'munitie'], false)!;
    expect(article.slice(hit.start, hit.end)).toBe('beloofde munitie');
  });

  it('takes the last word as the start of a word, and ignores case and accents', () => {
    const hit = firstHit('Het Oekraïense leger zegt het.', ['oekraien'], true)!;
    expect('Het Oekraïense leger zegt het.'.slice(hit.start, hit.end)).toBe('Oekraïense');
    const typed = firstHit(article, ['bachm'], true)!;
    expect(article.slice(typed.start, typed.end)).toBe('Bachmoet');
  });

  it('falls back to the first word it holds when the words never stand together, and finds nothing of words it lacks', () => {
    const hit = firstHit(article, ['munitie', 'bachmoet'], false)!;
    expect(article.slice(hit.start, hit.end)).toBe('munitie');
    expect(firstHit(article, ['kyiv'], true)).toBeUndefined();
  });

  it('counts offsets in UTF-16 code units, as quotes do', () => {
    const text = '😀 km² gewonnen bij Бахмут';
    const hit = firstHit(text, ['бахмут'], false)!;
    expect(text.slice(hit.start, hit.end)).toBe('Бахмут');
  });

  it('cuts a snippet at spaces around the hit', () => {
    const long = `${'woord '.repeat(40)}de beloofde munitie ${'ander '.repeat(40)}`;
    const hit = firstHit(long, ['beloofde', 'munitie'], false)!;
    const snippet = snippetAround(long, hit);
    expect(snippet.match).toBe('beloofde munitie');
    expect(snippet.before.length).toBeLessThanOrEqual(snippetContext);
    expect(snippet.after.length).toBeLessThanOrEqual(snippetContext);
    expect(snippet.before.startsWith('woord ')).toBe(true);
    expect(snippet.after.endsWith('ander')).toBe(true);
    expect(long.slice(hit.start - snippet.before.length, hit.end + snippet.after.length)).toBe(snippet.before + snippet.match + snippet.after);
  });
});
