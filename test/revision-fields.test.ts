import { describe, expect, it } from 'vitest';
import { changesAsFields } from '../src/data/revision-changes.js';
import { storedDate } from '../src/data/properties.js';
import { parsePartialDate } from '../src/model/dates.js';

const created = (properties: Record<string, unknown>) => Object.entries(properties).map(([field, to]) => ({ field, from: null, to }));

describe('a revision in the fields a client sees', () => {
  it('shows a month-dated claim as its month, never as the days stored beside it, and leaves out where its quote stands', () => {
    const claim = created({
      medium: 'Telegram',
      quote: 'geen enkele Russische soldaat',
      quoteSourceId: 'source:bakhmut-azov-wagner-2023-05',
      quoteStart: 120,
      quoteEnd: 149,
      ...storedDate('date', parsePartialDate('2023-05')),
    });
    expect(changesAsFields(claim)).toEqual([
      { field: 'date', from: null, to: '2023-05' },
      { field: 'medium', from: null, to: 'Telegram' },
      { field: 'quote', from: null, to: 'geen enkele Russische soldaat' },
    ]);
    const fields = JSON.stringify(changesAsFields(claim));
    for (const internal of ['2023-05-01', '2023-05-31', 'dateStart', 'dateEnd', 'quoteStart', 'quoteSourceId']) expect(fields).not.toContain(internal);
  });

  it('names an entity\'s names per language as names, its kind as kind, and a blame\'s statement as statement', () => {
    expect(
      changesAsFields([
        { field: 'name_nl', from: 'Jevgeni Prigozjin', to: 'Jevgeni Prigozjine' },
        { field: 'name_ru', from: null, to: 'Евгений Пригожин' },
        { field: 'organisationKind', from: 'OTHER', to: 'MERCENARY_GROUP' },
        { field: 'statementId', from: null, to: 'statement:promised-ammunition-not-arrived' },
        { field: 'searchText', from: 'a', to: 'b' },
        { field: 'confirmationCount', from: 1, to: 2 },
      ]),
    ).toEqual([
      { field: 'kind', from: 'OTHER', to: 'MERCENARY_GROUP' },
      {
        field: 'names',
        from: [{ language: 'nl', name: 'Jevgeni Prigozjin' }],
        to: [
          { language: 'nl', name: 'Jevgeni Prigozjine' },
          { language: 'ru', name: 'Евгений Пригожин' },
        ],
      },
      { field: 'statement', from: null, to: 'statement:promised-ammunition-not-arrived' },
    ]);
  });

  it("gives a structural relationship's sources as pairs of source and quote, without the offsets the server finds", () => {
    expect(
      changesAsFields(
        created({ sourceIds: ['source:a'], sourceQuotes: ['de leider van Wagner'], sourceStarts: [3], sourceEnds: [23], ...storedDate('since', parsePartialDate('2014-02')) }),
      ),
    ).toEqual([
      { field: 'since', from: null, to: '2014-02' },
      { field: 'sources', from: null, to: [{ source: 'source:a', quote: 'de leider van Wagner' }] },
    ]);
  });
});
