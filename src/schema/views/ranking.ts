import { type RankedActor, rankActors, rankings } from '../../data/rankings.js';
import { expensiveField } from '../lib/expensive-field.js';
import { builder } from '../builder.js';
import { ActorRef } from '../nodes/entity.js';
import { requireFilterNodes } from '../lib/loading.js';
import { idsOfStatementFilter, StatementFilterInput } from '../nodes/statement.js';
import { boundedInt, maximumPageSize } from '../lib/bounds.js';

const RankingEnum = builder.enumType('ActorRanking', {
  description: 'What to rank actors by.',
  values: {
    CLAIMS: { description: 'Statements they assert.' },
    CONFIRMATIONS: { description: 'Statements they back up.' },
    DISPUTES: { description: 'Statements they contradict.' },
    BLAMES_MADE: { description: 'Blames they lay on others.' },
    BLAMES_RECEIVED: { description: 'Blames laid on them.' },
  } satisfies Record<keyof typeof rankings, unknown>,
});

export const RankedActorRef = builder.objectRef<RankedActor>('RankedActor');

RankedActorRef.implement({
  description: 'An actor and its count.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The person or organisation.', resolve: (ranked) => ranked.actor }),
    count: t.exposeInt('count', { description: 'How many of what was ranked by.' }),
  }),
});

builder.queryFields((t) => ({
  rankActors: t.field({
    type: [RankedActorRef],
    description:
      'Actors sorted by a count, highest first (equal counts by id); actors with a count of zero are left out. With a filter, ' +
      'only the statements it selects count: `rankActors(by: CLAIMS, filter: { place: "place:donbas" })`.',
    // Every actor's count is computed before the highest are kept.
    complexity: 5_000,
    extensions: expensiveField,
    args: {
      by: t.arg({ type: RankingEnum, required: true, description: 'What to count.' }),
      filter: t.arg({ type: StatementFilterInput, description: 'Only statements matching all of this count; every statement when omitted.' }),
      first: t.arg.int({
        defaultValue: 20,
        description: `How many actors, 1 to ${maximumPageSize}.`,
        validate: boundedInt(1, maximumPageSize),
      }),
    },
    resolve: async (_root, { by, first, filter }, context) => {
      const ranked = await rankActors(context.runner, by, first ?? 20, filter ?? {});
      if (ranked.length === 0) await requireFilterNodes(context, idsOfStatementFilter(filter));
      return ranked;
    },
  }),
}));
