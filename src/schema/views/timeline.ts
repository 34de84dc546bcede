import type { StatementRecord } from '../../model/records.js';
import { countTimeline, isTimelineCursor, timelineCursor, timelinePage } from '../../data/timeline.js';
import { expensiveField } from '../lib/expensive-field.js';
import { builder } from '../builder.js';
import { dateRangeInOrder, nodeIdOf } from '../../model/fields.js';
import { entityKinds } from '../../model/kinds.js';
import { requireFilterNodes } from '../lib/loading.js';
import { maximumPageSize } from '../lib/bounds.js';
import { resolvePage } from '../lib/pagination.js';
import { StatementRef } from '../nodes/statement.js';

builder.queryFields((t) => ({
  timeline: t.connection({
    type: StatementRef,
    description:
      'Dated statements in date order, with their actors and relationships through the Statement fields. A date known ' +
      'only to the month or year sorts at the start of its period and is shown as it is ("2023-05"), never as a made-up day; ' +
      'it counts as inside any range it overlaps. It stands beside `statements(orderBy: { field: DATE })`, which orders by the ' +
      'same first day, because it asks a different question: one entity in any part (claiming, confirming, disputing or ' +
      'mentioned) rather than the filter\'s separate actor and mentions, always earliest first, with ' +
      'cursors that name the date as it is known.',
    // Statements in scope are filtered by date and sorted before a page is cut.
    complexity: (args) => ({ field: 500, multiplier: Math.min(args.first ?? 20, maximumPageSize) }),
    extensions: expensiveField,
    validate: dateRangeInOrder,
    args: {
      entity: t.arg.id({ description: 'Only statements this entity claims, confirms, disputes or is mentioned in.', validate: nodeIdOf(entityKinds) }),
      place: t.arg.id({ description: 'Only statements mentioning this place or a place inside it.', validate: nodeIdOf(['Place']) }),
      from: t.arg({ type: 'PartialDate', description: 'Only statements whose date overlaps the period starting here.' }),
      to: t.arg({ type: 'PartialDate', description: 'Only statements whose date overlaps the period ending here.' }),
    },
    resolve: (_root, { entity, place, from, to, ...args }, context) => {
      const filter = { entity, place, from, to };
      return resolvePage<StatementRecord>(
        args,
        async (page) => {
          const statements = await timelinePage(context.runner, filter, page);
          if (statements.length === 0) await requireFilterNodes(context, [entity, place]);
          return statements;
        },
        () => countTimeline(context.runner, filter),
        timelineCursor,
        isTimelineCursor,
      );
    },
  }),
}));
