import { type SourceHit, searchSources } from '../../data/source-search.js';
import { badInput } from '../../errors.js';
import { searchWords } from '../../model/fields.js';
import { builder } from '../builder.js';
import { boundedInt } from '../lib/bounds.js';
import { expensiveField } from '../lib/expensive-field.js';
import { nodePlan } from '../lib/look-ahead.js';
import { SourceRef } from '../nodes/source.js';
import { SourceSnippetRef } from './source-snippet.js';

/** Each hit carries its source's whole text to find the words in, so a page is kept short. */
const maximumSourceHits = 20;

const SourceHitRef = builder.objectRef<SourceHit>('SourceHit').implement({
  description: 'A source whose full text holds the words searched for, and where they stand in it.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The source: its title, date, link and full text.', resolve: (hit) => hit.source }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better.' }),
    start: t.int({
      description: 'Offset in `source.text` of the first place the words stand together (else of the first of them), in UTF-16 code units as quotes count them.',
      resolve: (hit) => hit.hit.start,
    }),
    end: t.int({ description: 'Offset just past the words found: `source.text.slice(start, end)` is `snippet.match`.', resolve: (hit) => hit.hit.end }),
    snippet: t.field({ type: SourceSnippetRef, description: 'The words found with the text around them, to show highlighted.', resolve: (hit) => hit.snippet }),
  }),
});

builder.queryFields((t) => ({
  sourceHits: t.field({
    type: [SourceHitRef],
    description:
      'Sources whose full text holds every word of the query, case and accents ignored, the last word also as the start of a ' +
      'word ("munitie" and "Bachm" find the article); best first. Each hit says where the words stand, so that the article can be ' +
      'opened at the hit, with a snippet around them.',
    // A full-text query, then each hit's whole text read to find the words.
    complexity: (args) => 200 + 50 * (args.first ?? 10),
    extensions: expensiveField,
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for, e.g. "munitie beloofd".', validate: searchWords }),
      first: t.arg.int({
        defaultValue: 10,
        description: `How many sources, 1 to ${maximumSourceHits}.`,
        validate: boundedInt(1, maximumSourceHits),
      }),
    },
    resolve: async (_root, { query, first }, context, info) => {
      const hits = await searchSources(context.runner, query, first ?? 10, nodePlan(info, ['source']).keys);
      if (!hits) throw badInput('query', 'must hold a word to look for: letters or digits');
      return hits;
    },
  }),
}));
