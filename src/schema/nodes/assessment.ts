import type { Context } from '../../context.js';
import { type AssessmentRecord, assessmentsOfStatements } from '../../data/assessments.js';
import { nodeIdOf, shortText } from '../../model/fields.js';
import { assessStatement } from '../../writes/statements.js';
import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';
import { writeAs } from '../lib/write-as.js';
import { SourceRef } from './source.js';
import { StatementRef, VerificationStatusEnum } from './statement.js';

export const AssessmentRef = builder.objectRef<AssessmentRecord>('Assessment').implement({
  description:
    'One check of a statement: who made it, when, with what verdict, and in whose words. A statement\'s verificationStatus ' +
    'and verificationNote are those of its latest assessment.',
  fields: (t) => ({
    by: t.exposeString('by', { description: 'The name of the token (or "seed", "import") that recorded it.' }),
    at: t.field({ type: 'DateTime', description: 'When it was recorded.', resolve: (assessment) => assessment.at }),
    status: t.field({ type: VerificationStatusEnum, description: 'The verdict.', resolve: (assessment) => assessment.status }),
    wording: t.exposeString('wording', { nullable: true, description: 'The verdict in words, e.g. the source\'s own "kon nog niet onafhankelijk geverifieerd worden".' }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source whose words the wording is, when it is a source\'s.',
      resolve: (assessment) => assessment.sourceId,
    }),
  }),
});

builder.objectField(StatementRef, 'assessments', (t) =>
  t.loadableList({
    type: AssessmentRef,
    description: 'Every check of it recorded through claimgraph, oldest first; the latest sets its verificationStatus.',
    extensions: storedKeys('id'),
    load: (ids: string[], context: Context) => assessmentsOfStatements(context.runner, ids),
    resolve: (statement) => statement.id,
  }),
);

builder.relayMutationField(
  'assessStatement',
  {
    description: 'A check of a statement.',
    inputFields: (t) => ({
      statement: t.id({ required: true, description: 'The statement checked.', validate: nodeIdOf(['Statement']) }),
      status: t.field({ type: VerificationStatusEnum, required: true, description: 'The verdict.' }),
      wording: t.string({ description: 'The verdict in words, as its author gives it.', validate: shortText }),
      source: t.id({ description: 'The source whose words the wording is, when it is a source\'s.', validate: nodeIdOf(['Source']) }),
    }),
  },
  {
    description:
      'Records who checked a statement, when, and with what verdict, keeping every earlier check; the statement\'s ' +
      'verificationStatus and verificationNote become this one\'s.',
    resolve: (_root, { input }, context) =>
      writeAs(context, (transaction, stamp) =>
        assessStatement(transaction, stamp, {
          statementId: input.statement,
          status: input.status,
          wording: input.wording ?? null,
          sourceId: input.source ?? null,
        }),
      ),
  },
  {
    description: 'The statement as checked, and the assessment recorded.',
    outputFields: (t) => ({
      statement: t.field({ type: StatementRef, description: 'The statement, with its new verification.', resolve: (result) => result.statement }),
      assessment: t.field({ type: AssessmentRef, description: 'The assessment recorded.', resolve: (result) => result.assessment }),
    }),
  },
);
