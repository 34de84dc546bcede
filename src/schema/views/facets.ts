import { type FacetName, facetNames, type FacetPlan, type StatementFacets, statementFacets } from '../../data/facets.js';
import { builder } from '../builder.js';
import { boundedInt, maximumPageSize } from '../lib/bounds.js';
import { expensiveField } from '../lib/expensive-field.js';
import { asksFor, nodePlan } from '../lib/look-ahead.js';
import { requireFilterNodes } from '../lib/loading.js';
import { RankedActorRef } from './ranking.js';
import { idsOfStatementFilter, StatementFilterInput } from '../nodes/statement.js';
import { LanguageCountRef } from './language-count.js';
import { PeriodCountRef } from './period-count.js';
import { PlaceCountRef } from './place-count.js';
import { StatusCountRef } from './status-count.js';

/** Where each facet's actors or places are selected. */
const nodePaths: Partial<Record<FacetName, readonly string[]>> = { claimants: ['claimants', 'actor'], blamed: ['blamed', 'actor'], places: ['places', 'place'] };

const StatementFacetsRef = builder.objectRef<StatementFacets>('StatementFacets').implement({
  description:
    'How the statements a filter selects are spread: counts by verification status, claimant, blamed party, month, language and ' +
    'place. Each list holds the values with the most statements first (equal counts by value), except `periods`, in date order.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'How many statements the filter selects.' }),
    statuses: t.field({ type: [StatusCountRef], description: 'By verification status.', resolve: (facets) => [...facets.statuses] }),
    claimants: t.field({
      type: [RankedActorRef],
      description: 'By who claims them: each actor with how many of the statements it claims.',
      resolve: (facets) => facets.claimants.map(({ value, count }) => ({ actor: value, count })),
    }),
    blamed: t.field({
      type: [RankedActorRef],
      description: 'By who is blamed in them: each actor with how many of the statements blame it.',
      resolve: (facets) => facets.blamed.map(({ value, count }) => ({ actor: value, count })),
    }),
    periods: t.field({
      type: [PeriodCountRef],
      description: 'By month, earliest first; a statement dated only to the year counts under the year. Undated statements are in no period.',
      resolve: (facets) => [...facets.periods],
    }),
    languages: t.field({ type: [LanguageCountRef], description: 'By the language of their text.', resolve: (facets) => [...facets.languages] }),
    places: t.field({
      type: [PlaceCountRef],
      description: 'By place: each place with how many of the statements are about it or a place inside it (following LOCATED_IN).',
      resolve: (facets) => [...facets.places],
    }),
  }),
});

builder.queryFields((t) => ({
  facets: t.field({
    type: StatementFacetsRef,
    description:
      'Counts of the statements a filter selects, by status, claimant, blamed party, month, language and place, in one database ' +
      'round trip: `facets(filter: { place: "place:donbas", status: [DISPUTED] }) { periods { period count } }`.',
    // Every statement the filter selects is read, with its claimants, blames and places.
    complexity: 5_000,
    extensions: expensiveField,
    args: {
      filter: t.arg({ type: StatementFilterInput, description: 'Only statements matching all of this; every statement when omitted.' }),
      first: t.arg.int({
        defaultValue: 10,
        description: `How many values of each facet, 1 to ${maximumPageSize}.`,
        validate: boundedInt(1, maximumPageSize),
      }),
    },
    resolve: async (_root, { filter, first }, context, info) => {
      // Only the facets asked for are counted, each reading the stored keys its actors' or places' fields declare.
      const plan: FacetPlan = Object.fromEntries(
        facetNames.filter((name) => asksFor(info, [], name)).map((name) => [name, name in nodePaths ? nodePlan(info, nodePaths[name]!).keys : null]),
      );
      const facets = await statementFacets(context.runner, filter ?? {}, first ?? 10, plan);
      if (facets.total === 0) await requireFilterNodes(context, idsOfStatementFilter(filter));
      return facets;
    },
  }),
}));
