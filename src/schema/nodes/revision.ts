import type { Context } from '../../context.js';
import type { NodeRecord, RelationshipRecord } from '../../model/records.js';
import type { FieldChange } from '../../data/revision-changes.js';
import { revisionActions, type RevisionRecord, revisionsOfTargets } from '../../data/revisions.js';
import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';
import { RelationshipRef } from '../relationships/relationship.js';

const RevisionActionEnum = builder.enumType('RevisionAction', {
  description: 'What a write did to a node or relationship.',
  values: {
    CREATE: { description: 'Created it.' },
    UPDATE: { description: 'Changed some of its fields.' },
    DELETE: { description: 'Deleted it; `changes` holds what it was.' },
  } satisfies Record<(typeof revisionActions)[number], { description: string }>,
});

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange');

FieldChangeRef.implement({
  description:
    'One field as a write found it and as it left it, named as the API names it: a date as precise as it is known ("2023-05"), ' +
    'names per language as `names`, the sources of a structural relationship as `sources`; what the server derives for itself is not listed.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field, e.g. "description", "date" or "quote".' }),
    from: t.field({ type: 'JSON', nullable: true, description: 'Its value before the write; null when it had none.', resolve: (change) => change.from }),
    to: t.field({ type: 'JSON', nullable: true, description: 'Its value after the write; null when the write cleared it.', resolve: (change) => change.to }),
  }),
});

export const RevisionRef = builder.objectRef<RevisionRecord>('Revision');

RevisionRef.implement({
  description: 'One write to a node or relationship: who made it, when, and which fields it changed.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When the write was made.', resolve: (revision) => revision.at }),
    by: t.exposeString('by', { description: 'The name of the token (or "seed", "import") that made it.' }),
    action: t.field({ type: RevisionActionEnum, description: 'Whether it created, changed or deleted it.', resolve: (revision) => revision.action }),
    changes: t.field({
      type: [FieldChangeRef],
      description: 'The fields it changed, by name; on a CREATE every field written, on a DELETE every field held.',
      resolve: (revision) => revision.changes,
    }),
  }),
});

/** `t.loadableList` options for a `history` field: the revisions of every parent of a request in one round trip. */
const history = {
  type: RevisionRef,
  description: 'Every write to it through claimgraph, oldest first.',
  extensions: storedKeys('id'),
  load: (ids: string[], context: Context) => revisionsOfTargets(context.runner, ids),
  // The Node interface's parents are typed unknown; every node and relationship has an id.
  resolve: (parent: unknown) => (parent as NodeRecord | RelationshipRecord).id,
};

builder.interfaceFields(builder.nodeInterfaceRef(), (t) => ({ history: t.loadableList(history) }));
builder.interfaceFields(RelationshipRef, (t) => ({ history: t.loadableList(history) }));

builder.queryFields((t) => ({
  history: t.field({
    type: [RevisionRef],
    description: 'Every write to the node or relationship with this id, oldest first; still readable after it was deleted.',
    args: { id: t.arg.id({ required: true, description: 'The id of a node or relationship, present or deleted.' }) },
    resolve: async (_root, { id }, context) => (await revisionsOfTargets(context.runner, [String(id)]))[0] ?? [],
  }),
}));
