import type { Counted } from '../../data/facets.js';
import type { VerificationStatus } from '../../model/kinds.js';
import { builder } from '../builder.js';
import { VerificationStatusEnum } from '../nodes/statement.js';

export const StatusCountRef = builder.objectRef<Counted<VerificationStatus>>('StatusCount').implement({
  description: 'How many of the statements have this verification status.',
  fields: (t) => ({
    status: t.field({ type: VerificationStatusEnum, description: 'The status.', resolve: (counted) => counted.value }),
    count: t.exposeInt('count', { description: 'How many statements have it.' }),
  }),
});
