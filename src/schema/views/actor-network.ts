import { z } from 'zod';
import { actorNetwork } from '../../data/actor-network.js';
import { dateRangeInOrder, nodeIdOf } from '../../model/fields.js';
import { actorKinds } from '../../model/kinds.js';
import { expensiveField } from '../lib/expensive-field.js';
import { builder } from '../builder.js';
import { boundedInt } from '../lib/bounds.js';
import { GraphRef, graphLimits } from './graph.js';
import { requireFilterNodes } from '../lib/loading.js';

const ActorNetworkFilterInput = builder.inputType('ActorNetworkFilter', {
  description: 'Which statements the actor network is drawn from. All given conditions must hold.',
  validate: dateRangeInOrder,
  fields: (t) => ({
    place: t.id({ description: 'Only statements mentioning this place or a place inside it, e.g. "place:bakhmut".', validate: nodeIdOf(['Place']) }),
    from: t.field({ type: 'PartialDate', description: 'Only statements whose date overlaps the period starting here.' }),
    to: t.field({ type: 'PartialDate', description: 'Only statements whose date overlaps the period ending here.' }),
    actors: t.idList({ description: 'Only edges with one of these actors at either end, at most 100.', validate: z.array(nodeIdOf(actorKinds)) }),
  }),
});

builder.queryFields((t) => ({
  actorNetwork: t.field({
    type: GraphRef,
    description:
      'People and organisations tied by what they said, statements folded into weighted edges: ' +
      'CORROBORATES (A confirms what B claims), CONTRADICTS (A disputes what B claims) and BLAMES. ' +
      'Each edge carries its weight and the ids of the statements behind it. One database round trip.',
    // Every statement in scope is read to weigh the edges before the heaviest are kept.
    complexity: (args) => 5_000 + 4 * (args.limit ?? 200),
    extensions: expensiveField,
    args: {
      filter: t.arg({ type: ActorNetworkFilterInput, description: 'Which statements count; all when omitted.' }),
      limit: t.arg.int({
        defaultValue: 200,
        description: `At most this many actors, those with the heaviest edges first, 1 to ${graphLimits.limit}.`,
        validate: boundedInt(1, graphLimits.limit),
      }),
    },
    resolve: async (_root, { filter, limit }, context) => {
      const network = await actorNetwork(context.runner, filter ?? {}, limit ?? 200);
      if (network.nodes.length === 0) await requireFilterNodes(context, [filter?.place, ...(filter?.actors ?? [])]);
      return network;
    },
  }),
}));
