import { filter as pipeFilter } from 'graphql-yoga';
import { relationshipBetween } from '../../data/relationships.js';
import { type EventOf, lost } from '../../events/event-stream.js';
import { relationshipNotFound } from '../../errors.js';
import { nodeId } from '../../model/fields.js';
import type { RelationshipType } from '../../model/kinds.js';
import { EventsUnavailable } from '../../model/failures.js';
import { forNextEvent } from '../../context.js';
import { builder } from '../builder.js';
import { RelationshipRef, RelationshipTypeEnum } from '../relationships/relationship.js';

type RelationshipEvent = EventOf<'relationshipAdded'>;

/** The events of these types at this node; a filter operator, so that a client who leaves ends it at once. */
const relationshipsMatching = (types: readonly RelationshipType[] | null | undefined, entity: string | null | undefined) =>
  pipeFilter(
    (event: RelationshipEvent | typeof lost) =>
      event === lost || ((!types || types.includes(event.type)) && (!entity || event.from === entity || event.to === entity)),
  );

builder.subscriptionFields((t) => ({
  relationshipAdded: t.field({
    type: RelationshipRef,
    description: 'Each new relationship as it is written: a claim, a confirmation, a blame, a mention, a membership …',
    args: {
      types: t.arg({ type: [RelationshipTypeEnum], description: 'Only of these types; any when omitted.' }),
      entity: t.arg.id({ description: 'Only those that start or end at this node, e.g. "person:yevgeny-prigozhin".', validate: nodeId }),
    },
    subscribe: (_root, { types, entity }, context) =>
      relationshipsMatching(types, entity)(context.events.subscribe('relationshipAdded', context.requester)),
    resolve: async (event: RelationshipEvent | typeof lost, _args, context) => {
      if (event === lost) throw new EventsUnavailable();
      forNextEvent(context, event.bookmarks);
      const relationship = await relationshipBetween(context.runner, event);
      if (!relationship) throw relationshipNotFound(event.type, event.id);
      return relationship;
    },
  }),
}));
