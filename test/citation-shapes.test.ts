import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../src/model/dates.js';
import type { SourceRecord } from '../src/model/records.js';
import { apaAuthor, citationOf } from '../src/schema/lib/citation.js';

const article = (fields: Partial<SourceRecord>): SourceRecord => ({
  kind: 'Source',
  id: 'source:wagner-dreigt',
  provenance: { createdAt: null, createdBy: null, updatedAt: null, updatedBy: null },
  title: 'Wagner dreigt Bachmoet te verlaten',
  publisher: 'VRT NWS',
  url: 'https://example.org/a',
  published: parsePartialDate('2023-05-05')!,
  language: 'nl',
  text: 'Prigozjin dreigt.',
  description: null,
  reliability: null,
  authors: [],
  publishedBy: null,
  accessed: null,
  archiveUrl: null,
  ...fields,
});

const tail = '(2023, May 5). Wagner dreigt Bachmoet te verlaten. VRT NWS. https://example.org/a';

describe('APA 7 citations, one per shape of byline and date', () => {
  it('puts the title first when there is no author', () => {
    expect(citationOf(article({}), null)).toBe('Wagner dreigt Bachmoet te verlaten. (2023, May 5). VRT NWS. https://example.org/a');
  });

  it('writes one author as surname and initials', () => {
    expect(citationOf(article({ authors: ['Jan Peeters'] }), null)).toBe(`Peeters, J. ${tail}`);
  });

  it('joins two authors with "&"', () => {
    expect(citationOf(article({ authors: ['Jan Peeters', 'An De Smet'] }), null)).toBe(`Peeters, J., & De Smet, A. ${tail}`);
  });

  it('lists three to twenty authors with "&" before the last', () => {
    const authors = Array.from({ length: 20 }, (_, index) => `Auteur${index + 1} Achternaam${index + 1}`);
    const listed = Array.from({ length: 19 }, (_, index) => `Achternaam${index + 1}, A.`).join(', ');
    expect(citationOf(article({ authors }), null)).toBe(`${listed}, & Achternaam20, A. ${tail}`);
    expect(citationOf(article({ authors: ['Jan Peeters', 'An De Smet', 'Ludwig van Beethoven'] }), null)).toBe(
      `Peeters, J., De Smet, A., & van Beethoven, L. ${tail}`,
    );
  });

  it('gives more than twenty authors as the first nineteen, an ellipsis and the last', () => {
    const authors = Array.from({ length: 23 }, (_, index) => `Auteur${index + 1} Achternaam${index + 1}`);
    const first = Array.from({ length: 19 }, (_, index) => `Achternaam${index + 1}, A.`).join(', ');
    expect(citationOf(article({ authors }), null)).toBe(`${first}, . . . Achternaam23, A. ${tail}`);
  });

  it('writes "(n.d.)" without a date, and a month or year only as precisely as known', () => {
    expect(citationOf(article({ authors: ['Jan Peeters'], published: null }), null)).toBe(
      'Peeters, J. (n.d.). Wagner dreigt Bachmoet te verlaten. VRT NWS. https://example.org/a',
    );
    expect(citationOf(article({ published: parsePartialDate('2023-05')! }), null)).toContain('(2023, May).');
  });

  it('names the organisation that published it before the publisher text', () => {
    expect(citationOf(article({ authors: ['Jan Peeters'] }), 'De Standaard')).toBe(
      'Peeters, J. (2023, May 5). Wagner dreigt Bachmoet te verlaten. De Standaard. https://example.org/a',
    );
  });

  it.each([
    ['Jean-Paul Sartre', 'Sartre, J.-P.'],
    ['Mary Ann Smith', 'Smith, M. A.'],
    ['Le Guin, Ursula K.', 'Le Guin, U. K.'],
    ['Madonna', 'Madonna'],
    ['Владимир Путин', 'Путин, В.'],
  ])('writes %s as %s', (byline, written) => {
    expect(apaAuthor(byline)).toBe(written);
  });
});
