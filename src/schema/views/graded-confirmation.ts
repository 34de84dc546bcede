import type { GradedConfirmation } from '../../data/corroboration.js';
import type { ActorRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { ActorRef } from '../nodes/entity.js';
import { BasisEnum } from '../relationships/basis.js';
import { ConfirmationStrengthEnum } from '../relationships/confirmation.js';
import { bestGradeFields } from '../nodes/reliability.js';

export const GradedConfirmationRef = builder.objectRef<GradedConfirmation>('GradedConfirmation');

GradedConfirmationRef.implement({
  description:
    'One actor\'s confirmation of a statement, with what kind of backing it is and the best grades behind it: those of the ' +
    'sources that report the statement and hold the confirmation\'s quote (every source that reports it, for a confirmation without a quote).',
  fields: (t) => ({
    confirmer: t.field({ type: ActorRef, description: 'Who confirms it.', resolve: (confirmation) => confirmation.confirmer as ActorRecord }),
    strength: t.field({ type: ConfirmationStrengthEnum, description: 'How firmly.', resolve: (confirmation) => confirmation.strength }),
    basis: t.field({
      type: BasisEnum,
      description: 'STATED by the confirmer, or INFERRED by someone else (`inferredBy`): a reading to weigh apart from what the confirmer said.',
      resolve: (confirmation) => confirmation.basis,
    }),
    inferredBy: t.field({
      type: ActorRef,
      nullable: true,
      description: 'For an INFERRED confirmation: whose reasoning it is, e.g. Housen reading Prigozhin\'s video.',
      resolve: (confirmation) => confirmation.inferredBy as ActorRecord | null,
    }),
    independent: t.exposeBoolean('independent', { description: 'Tied to no claimant through MEMBER_OF, LEADS or PART_OF within a few hops.' }),
    adversarial: t.exposeBoolean('adversarial', { description: 'From a camp opposed to every claimant\'s at the statement\'s date: an admission against interest.' }),
    ...bestGradeFields(t, 'the sources behind it'),
  }),
});
