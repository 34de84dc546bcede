import { type CampRequest, type Corroboration, campsOfActors, corroborationOfStatements } from '../../data/corroboration.js';
import type { ActorRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { GradedConfirmationRef } from './graded-confirmation.js';
import { bestGradeFields } from '../nodes/reliability.js';
import { ActorRef } from '../nodes/entity.js';
import { OrganisationRef } from '../nodes/organisation.js';
import { StatementRef } from '../nodes/statement.js';

/** A camp's loader key, "person:yevgeny-prigozhin@2023-09", back into the actor and the date. */
const campRequestOf = (key: string): CampRequest => {
  const separator = key.lastIndexOf('@');
  return { actorId: key.slice(0, separator), at: key.slice(separator + 1) || null };
};

const CorroborationRef = builder.objectRef<Corroboration>('Corroboration');

CorroborationRef.implement({
  description:
    'How well a statement stands: how many assert, back up and contradict it, and how much the backing is worth. ' +
    'An actor\'s camp is the top organisation it belongs to or leads (see `Actor.camp`).',
  fields: (t) => ({
    claimants: t.exposeInt('claimants', { description: 'Distinct actors who assert it.' }),
    confirmers: t.exposeInt('confirmers', { description: 'Distinct actors who back it up.' }),
    disputers: t.exposeInt('disputers', { description: 'Distinct actors who contradict it.' }),
    independentConfirmations: t.int({
      description: `Confirmers tied to no claimant through MEMBER_OF, LEADS or PART_OF within a few hops.`,
      resolve: (corroboration) => corroboration.independentConfirmers.length,
    }),
    adversarialConfirmations: t.int({
      description: 'Confirmers from a camp opposed to every claimant\'s: admissions against interest, which analysts trust most.',
      resolve: (corroboration) => corroboration.adversarialConfirmers.length,
    }),
    statedConfirmations: t.int({
      description: 'Confirmations in the confirmers\' own words (basis STATED).',
      resolve: (corroboration) => corroboration.confirmations.filter((confirmation) => confirmation.basis === 'STATED').length,
    }),
    inferredConfirmations: t.int({
      description: 'Confirmations that are someone else\'s reading of what the confirmer said or did (basis INFERRED): weigh them apart.',
      resolve: (corroboration) => corroboration.confirmations.filter((confirmation) => confirmation.basis === 'INFERRED').length,
    }),
    independentConfirmers: t.field({
      type: [ActorRef],
      description: 'Who the independent confirmers are.',
      resolve: (corroboration) => corroboration.independentConfirmers as ActorRecord[],
    }),
    adversarialConfirmers: t.field({
      type: [ActorRef],
      description: 'Who the adversarial confirmers are.',
      resolve: (corroboration) => corroboration.adversarialConfirmers as ActorRecord[],
    }),
    ...bestGradeFields(t, 'the sources that report it'),
    confirmations: t.field({
      type: [GradedConfirmationRef],
      description:
        'Each confirmer, by id, with its strength, its basis (STATED, or INFERRED by whom), the kind of backing and the best grades behind it.',
      resolve: (corroboration) => [...corroboration.confirmations],
    }),
  }),
});

builder.objectField(StatementRef, 'corroboration', (t) =>
  t.loadable({
    type: CorroborationRef,
    description: 'How well this statement stands: counts of claimants, confirmers and disputers, and independent and adversarial backing.',
    load: (statementIds: string[], context) => corroborationOfStatements(context.runner, statementIds),
    resolve: (statement) => statement.id,
  }),
);

builder.interfaceField(ActorRef, 'camp', (t) =>
  t.loadable({
    type: OrganisationRef,
    nullable: true,
    description:
      'The top organisation this actor belongs to, leads or is part of (following MEMBER_OF/LEADS, then PART_OF upwards), ' +
      'e.g. Prigozhin → Wagner Group → Russian Federation, through ties that hold at `at` (any time when left out). ' +
      'Null for actors in no camp, such as independent analysts.',
    args: { at: t.arg({ type: 'PartialDate', description: 'Judge the camp at this date, e.g. "2023-09" after Prigozhin left Wagner.' }) },
    // Keyed "id@date": a camp depends on both.
    load: (keys: string[], context) => campsOfActors(context.runner, keys.map(campRequestOf)),
    resolve: (actor, { at }) => `${actor.id}@${at ?? ''}`,
  }),
);
