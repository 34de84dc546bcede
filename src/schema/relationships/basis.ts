import { nodesByIds } from '../../data/nodes.js';
import { nodeIdOf } from '../../model/fields.js';
import { actorKinds, defaultBasis } from '../../model/kinds.js';
import type { ActorRecord, RelationshipRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { ActorRef } from '../nodes/entity.js';
import { storedKeys } from '../lib/look-ahead.js';
import type { InputFieldBuilder } from '../lib/write-as.js';
import type { BuilderTypes } from '../lib/builder-types.js';

export const BasisEnum = builder.enumType('Basis', {
  description: 'What a relationship rests on: whose act a confirmation or dispute is, or whose knowledge a structural relationship is.',
  values: {
    STATED: { description: 'The actor said it: their own words back the statement up, or contradict it.' },
    INFERRED: {
      description:
        'Someone else drew it from what the actor said or did (inferredBy): e.g. Housen reading Prigozhin\'s own losses as confirming the Azov reports.',
    },
    BACKGROUND: {
      description: 'For a structural relationship: the background knowledge of someone who modelled it (knownBy), not the words of any source.',
    },
  },
});

/** The basis of a confirmation or dispute, and whose inference it is. */
export function basisFields(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, RelationshipRecord>) {
  return {
    basis: t.field({
      type: BasisEnum,
      description: 'STATED by the actor (the default), or INFERRED by someone else.',
      extensions: storedKeys('basis'),
      // A confirmation or dispute is never BACKGROUND: the write rule (basisProblems) refuses it.
      resolve: (relationship) => (relationship.basis === 'INFERRED' ? 'INFERRED' : defaultBasis),
    }),
    inferredBy: t.loadable({
      type: ActorRef,
      nullable: true,
      description: 'For an INFERRED one: the person or organisation whose reasoning it is.',
      extensions: storedKeys('inferredBy'),
      load: async (ids: string[], context) => {
        const found = await nodesByIds(context.runner, ids);
        return found.map((fetched) => (fetched?.node as ActorRecord | undefined) ?? new Error('No such actor.'));
      },
      resolve: (relationship) => relationship.inferredBy,
    }),
  };
}

/** The same as input: left out keeps what is recorded, null clears it. */
export function basisInputFields(t: InputFieldBuilder) {
  return {
    basis: t.field({ type: BasisEnum, description: 'STATED by the actor (the default), or INFERRED by inferredBy.' }),
    inferredBy: t.id({ description: 'For INFERRED: the person or organisation whose reasoning it is.', validate: nodeIdOf(actorKinds) }),
  };
}
