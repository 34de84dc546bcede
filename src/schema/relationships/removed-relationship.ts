import type { RemovedRelationship } from '../../data/node-writes.js';
import { builder } from '../builder.js';
import { RelationshipTypeEnum } from './relationship.js';

export const RemovedRelationshipRef = builder.objectRef<RemovedRelationship>('RemovedRelationship');

RemovedRelationshipRef.implement({
  description: 'A relationship that a delete with cascade removed along with its node.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id, e.g. "claims:person:andriy-biletsky->statement:azov-advance-2-6-km".' }),
    type: t.field({ type: RelationshipTypeEnum, description: 'What kind of relationship it was.', resolve: (removed) => removed.type }),
    from: t.exposeID('from', { description: 'Id of the node it left.' }),
    to: t.exposeID('to', { description: 'Id of the node it entered.' }),
  }),
});
