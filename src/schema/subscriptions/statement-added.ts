import { filter as pipeFilter } from 'graphql-yoga';
import { nodesByIds } from '../../data/nodes.js';
import { type EventOf, lost } from '../../events/event-stream.js';
import { notFound } from '../../errors.js';
import { actorKinds, entityKinds } from '../../model/kinds.js';
import { nodeIdOf } from '../../model/fields.js';
import { EventsUnavailable } from '../../model/failures.js';
import type { StatementRecord } from '../../model/records.js';
import { forNextEvent } from '../../context.js';
import { builder } from '../builder.js';
import { requireFilterNodes } from '../lib/loading.js';
import { StatementRef } from '../nodes/statement.js';

type StatementAddedFilter = Readonly<{ entity?: string | null; place?: string | null; actor?: string | null; source?: string | null }>;

export const StatementAddedFilterInput = builder.inputType('StatementAddedFilter', {
  description: 'Which new statements to hear of; every field given must hold.',
  fields: (t) => ({
    entity: t.id({ description: 'It mentions this entity, or this actor claims, confirms or disputes it.', validate: nodeIdOf(entityKinds) }),
    place: t.id({
      description: 'It mentions this place or a place inside it (following LOCATED_IN), e.g. "place:donbas" hears of statements about Bakhmut.',
      validate: nodeIdOf(['Place']),
    }),
    actor: t.id({ description: 'This actor claims, confirms or disputes it, e.g. "person:yevgeny-prigozhin".', validate: nodeIdOf(actorKinds) }),
    source: t.id({ description: 'This source reports it.', validate: nodeIdOf(['Source']) }),
  }),
});

type StatementEvent = EventOf<'statementAdded'>;

function matches(event: StatementEvent, filter: StatementAddedFilter): boolean {
  return (
    (!filter.entity || event.actorIds.includes(filter.entity) || event.mentionedIds.includes(filter.entity)) &&
    (!filter.place || event.placeIds.includes(filter.place)) &&
    (!filter.actor || event.actorIds.includes(filter.actor)) &&
    (!filter.source || event.sourceIds.includes(filter.source))
  );
}

/**
 * The events a subscriber hears: without a filter, each statement created; with one, each statement the first time it
 * matches, which may be when a claim or mention added after it was created joins it to what the filter names. A filter
 * operator rather than a generator, so that a client who leaves ends the subscription at once, not at the next event.
 */
function statementsMatching(filter: StatementAddedFilter) {
  const filtered = Object.values(filter).some(Boolean);
  const heard = new Set<string>();
  return pipeFilter((event: StatementEvent | typeof lost) => {
    if (event === lost) return true;
    if (filtered ? !matches(event, filter) || heard.has(event.statementId) : !event.created) return false;
    heard.add(event.statementId);
    return true;
  });
}

builder.subscriptionFields((t) => ({
  statementAdded: t.field({
    type: StatementRef,
    description:
      'Each new statement, as it is written (an import sends one per statement it creates). With a filter, each statement the ' +
      'first time it matches: a statement created bare and then claimed by Prigozhin reaches a subscriber to his statements then.',
    args: { filter: t.arg({ type: StatementAddedFilterInput, description: 'Only statements matching this.' }) },
    subscribe: async (_root, { filter }, context) => {
      await requireFilterNodes(context, Object.values(filter ?? {}));
      return statementsMatching(filter ?? {})(context.events.subscribe('statementAdded', context.requester));
    },
    // Each event is read afresh, at the bookmarks of the write that made it.
    resolve: async (event: StatementEvent | typeof lost, _args, context) => {
      if (event === lost) throw new EventsUnavailable();
      forNextEvent(context, event.bookmarks);
      const [fetched] = await nodesByIds(context.runner, [event.statementId]);
      if (!fetched) throw notFound(event.statementId);
      return fetched.node as StatementRecord;
    },
  }),
}));
