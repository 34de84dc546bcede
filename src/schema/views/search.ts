import { searchWords } from '../../model/fields.js';
import { nodeKinds } from '../../model/kinds.js';
import { type SearchHit, searchNodes } from '../../data/search.js';
import { expensiveField } from '../lib/expensive-field.js';
import { builder } from '../builder.js';
import { boundedInt, maximumPageSize } from '../lib/bounds.js';
import { asksFor, nodePlan } from '../lib/look-ahead.js';

export const NodeKindEnum = builder.enumType('NodeKind', {
  description: 'The kinds of node in the graph.',
  values: nodeKinds,
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A node that matches a search, with how well.',
  fields: (t) => ({
    node: t.field({ type: builder.nodeInterfaceRef(), description: 'The person, organisation, place or statement found.', resolve: (hit) => hit.node }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better. Comparable within one kind only.' }),
    matchedName: t.exposeString('matchedName', {
      nullable: true,
      description: 'For a person, organisation or place: the name or alias the query matched, e.g. "Prigozjin". Null for statements.',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names in every language, aliases and statement text. Case, accents and ' +
      'transliteration do not matter: "Prigozhin", "Prigozjin" and "Пригожин" find the same person, ' +
      '"Bachmoet" and "Bakhmut" the same place. The last word also matches the start of a word, so "Prigoz" ' +
      'already finds Prigozhin, as a search box suggests while typing. Each hit says which name matched.',
    // Fuzzy full-text matching over two indexes, then a node read per hit.
    complexity: (args) => 200 + 10 * (args.first ?? 20),
    extensions: expensiveField,
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for.', validate: searchWords }),
      kinds: t.arg({
        type: [NodeKindEnum],
        description: 'Only these kinds; all searchable kinds when omitted.',
      }),
      transliterate: t.arg.boolean({
        defaultValue: true,
        description:
          'Match names across transliterations and one-letter differences ("Prigozjin" finds "Prigozhin"). ' +
          'Off: only the literal spelling and its accent-free form match.',
      }),
      first: t.arg.int({
        defaultValue: 20,
        description: `How many hits, 1 to ${maximumPageSize}.`,
        validate: boundedInt(1, maximumPageSize),
      }),
    },
    resolve: (_root, { query, kinds, first, transliterate }, context, info) =>
      searchNodes(context.runner, {
        text: query,
        kinds: kinds && kinds.length > 0 ? kinds : nodeKinds,
        first: first ?? 20,
        transliterate: transliterate ?? true,
        keys: nodePlan(info, ['node']).keys,
        matchedNames: asksFor(info, [], 'matchedName'),
      }),
  }),
}));
