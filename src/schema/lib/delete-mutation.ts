import { nodeIdOf } from '../../model/fields.js';
import type { NodeKind } from '../../model/kinds.js';
import { deleteNodeOfKind } from '../../writes/nodes.js';
import { builder } from '../builder.js';
import { RemovedRelationshipRef } from '../relationships/removed-relationship.js';
import { writeAs } from './write-as.js';

/**
 * Defines the mutation that deletes a node of this kind, e.g. `deletePerson`. It refuses while relationships
 * remain, naming them; with `cascade: true`, which only the admin role may pass, it removes them too and lists each.
 */
export function defineDeleteMutation<Kind extends NodeKind>(name: `delete${NoInfer<Kind>}`, kind: Kind) {
  const noun = kind.toLowerCase();
  return builder.relayMutationField(
    name,
    {
      description: `Which ${noun} to delete, and whether its relationships go with it.`,
      inputFields: (t) => ({
        id: t.id({ required: true, description: `The ${noun}'s id.`, validate: nodeIdOf([kind]) }),
        cascade: t.boolean({
          defaultValue: false,
          description: 'Also remove every relationship it takes part in (admin only). Without it, a node that still has relationships is not deleted.',
        }),
      }),
    },
    {
      description: `Deletes a ${noun}. Refuses while it still has relationships, unless \`cascade\` is true (admin only).`,
      authScopes: (_root, args) => (args.input.cascade ? { cascadeDelete: true } : { write: true }),
      resolve: (_root, { input }, context) =>
        writeAs(context, (transaction, stamp) => deleteNodeOfKind(transaction, stamp, kind, input.id, input.cascade ?? false)),
    },
    {
      description: `What ${name} removed.`,
      outputFields: (t) => ({
        deletedId: t.exposeID('deletedId', { description: `The id of the deleted ${noun}.` }),
        removedRelationships: t.field({
          type: [RemovedRelationshipRef],
          description: 'The relationships removed with it (empty unless cascade was true).',
          resolve: (deletion) => deletion.removedRelationships,
        }),
      }),
    },
  );
}
